interface Props {
  /** Unique on the page: the label, hint and error ids derive from it. */
  id: string;
  /** The GET parameter. */
  name: string;
  label: string;
  /** The text to refill the input with (uncontrolled: typing before hydration is kept). */
  defaultValue: string;
  hint?: string;
  /** The error message, shown next to the input and linked to it. */
  error?: string;
  /** Shown only while this mode is chosen (see the mode rules in globals.css). */
  when?: string;
}

/** A labelled number input in the page's notation, with its hint and error message. */
export function CalculatorField({ id, name, label, defaultValue, hint, error, when }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="calc-field" data-when={when}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="calc-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      />
      {error && (
        <p id={errorId} className="calc-error">
          {error}
        </p>
      )}
    </div>
  );
}
