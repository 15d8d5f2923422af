import type { ReactNode } from 'react';

export interface Figure {
  label: string;
  value: string;
  /** Ties the figure to its colour in a chart (`calc-tone-…`). */
  tone?: string;
}

interface Props {
  /** Said while there is no result. */
  empty: string;
  /** The key numbers, announced when they change; none while the form has errors. */
  figures?: readonly Figure[];
  /** A sentence announced with the figures (e.g. that the cap applied). */
  note?: string;
  /** Details not announced on every keystroke: formulas, chart, table. */
  children?: ReactNode;
}

/** The result of a calculator: key figures in a polite live region, then the details. */
export function ResultPanel({ empty, figures, note, children }: Props) {
  return (
    <div className="calc-result">
      <div role="status" aria-live="polite" aria-atomic="true">
        {figures ? (
          <dl className="calc-figures">
            {figures.map(({ label, value, tone }) => (
              <div key={label} className={tone && `calc-tone-${tone}`}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="calc-empty">{empty}</p>
        )}
        {figures && note && <p className="calc-note">{note}</p>}
      </div>
      {figures && children}
    </div>
  );
}
