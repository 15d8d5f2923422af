interface Props {
  legend: string;
  options: readonly { value: string; label: string }[];
  /** The mode checked when the page is rendered; the reader's choice is the input's own state. */
  checked: string;
}

/**
 * Radio buttons for the `mode` parameter. Which fields show for the chosen mode is left to
 * CSS (`:has(…:checked)`), so switching works before and without JavaScript.
 */
export function ModeSwitch({ legend, options, checked }: Props) {
  return (
    <fieldset className="calc-modes">
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <label key={value}>
          <input type="radio" name="mode" value={value} defaultChecked={value === checked} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
