/**
 * Employee turnover calculator: leavers over the average headcount of a period, given as
 * the headcount at its start and end (`mode=startend`) or as the average (`mode=average`),
 * and the rate annualised over the period's length in months.
 */
import { turnoverRate, type Headcount, type TurnoverResult } from '@/lib/formulas/people';
import { hasErrors, readMode, readNumbers, type FieldSpec, type Params, type Reading } from './form';
import type { CalculatorLocale } from './numbers';

export const modes = ['startend', 'average'] as const;
export type TurnoverMode = (typeof modes)[number];

const people = { integer: true, min: 0, max: 1_000_000 } as const;

export const fields = {
  leavers: people,
  start: { ...people, mode: 'startend' },
  end: { ...people, mode: 'startend' },
  // An average of monthly headcounts may have decimals.
  average: { min: 0, max: 1_000_000, positive: true, mode: 'average' },
  months: { integer: true, min: 1, max: 120, default: '12' },
} satisfies Record<string, FieldSpec>;

export type TurnoverField = keyof typeof fields;

export type TurnoverInput = { leavers: number; months: number } & Headcount;

export interface TurnoverCalculation extends TurnoverResult {
  leavers: number;
  months: number;
  /** Given in `startend` mode: the formula of the average is shown with them. */
  startHeadcount?: number;
  endHeadcount?: number;
}

export type TurnoverReading = Reading<TurnoverField, TurnoverInput>;

/** The GET parameters this calculator reads. */
export const paramNames = ['mode', ...Object.keys(fields)] as readonly string[];

export function read(params: Params, locale: CalculatorLocale): TurnoverReading {
  const mode = readMode(params, modes);
  const { values, errors, numbers } = readNumbers(fields, params, locale, mode);
  if (hasErrors(errors)) return { values, errors };
  const { leavers, months, start, end, average } = numbers as Required<typeof numbers>;
  if (mode === 'average') return { values, errors, input: { leavers, months, averageHeadcount: average } };
  if (start === 0 && end === 0) return { values, errors: { form: 'zeroHeadcount' } };
  return { values, errors, input: { leavers, months, startHeadcount: start, endHeadcount: end } };
}

/** The rate for the period and annualised (percentages, unrounded), with the numbers used. */
export function calculate(input: TurnoverInput): TurnoverCalculation {
  const { months, ...rest } = input;
  return { ...input, ...turnoverRate(rest, months) };
}
