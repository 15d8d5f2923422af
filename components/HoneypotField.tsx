interface Props {
  /** What a screen reader that still reaches it would hear: "leave this field empty". */
  label: string;
}

/**
 * A field people never see or reach by keyboard and bots fill in: a post that carries a
 * value here is thanked and dropped by the endpoint. Hidden by position, not display:none,
 * which many bots skip.
 */
export function HoneypotField({ label }: Props) {
  return (
    <p className="feedback-trap" aria-hidden="true">
      <label>
        {label} <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </p>
  );
}
