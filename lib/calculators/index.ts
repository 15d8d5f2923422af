/**
 * The in-page calculators, by the name a page or a Markdown entry uses for them. Each
 * module reads its GET parameters (`read`) and computes with lib/formulas (`calculate`).
 */
import * as commission from './commission';
import * as enps from './enps';
import { MAX_NUMBER_LENGTH } from './numbers';
import * as turnover from './turnover';

export const CALCULATORS = { enps, turnover, commission } as const;

export type CalculatorName = keyof typeof CALCULATORS;

export function isCalculatorName(name: unknown): name is CalculatorName {
  return typeof name === 'string' && Object.hasOwn(CALCULATORS, name);
}

/**
 * The parameters of a request that a calculator reads, first value of each, each cut just
 * past the longest number read: what a page hands the client component as `initial`, so a
 * stranger's long or unrelated parameters never reach the HTML or the client payload.
 */
export function calculatorParams(
  name: CalculatorName,
  searchParams: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of CALCULATORS[name].paramNames) {
    const value = searchParams[key];
    const first = typeof value === 'string' ? value : value?.[0];
    if (first !== undefined) params[key] = first.slice(0, MAX_NUMBER_LENGTH + 1);
  }
  return params;
}
