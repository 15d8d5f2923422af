interface Props {
  /** The error of the form as a whole (e.g. a zero total), linked from the form. */
  error?: string;
  errorId: string;
  submit: string;
}

/** The end of a calculator's form: its own error, if any, and the submit button. */
export function FormEnd({ error, errorId, submit }: Props) {
  return (
    <>
      {error && (
        <p id={errorId} className="calc-error">
          {error}
        </p>
      )}
      <button type="submit" className="calc-submit">
        {submit}
      </button>
    </>
  );
}
