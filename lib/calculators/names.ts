/** The calculators an editor can place in an entry with `::calculator{name="…"}`. */
export const CALCULATOR_NAMES = ['enps', 'turnover', 'commission'] as const;
export type CalculatorName = (typeof CALCULATOR_NAMES)[number];

export function isCalculatorName(value: unknown): value is CalculatorName {
  return typeof value === 'string' && (CALCULATOR_NAMES as readonly string[]).includes(value);
}
