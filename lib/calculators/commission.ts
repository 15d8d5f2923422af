/**
 * Commission payout calculator. The base rate is a percentage (`mode=rate`) or follows from
 * the variable pay at target (`mode=target`); up to four accelerator tiers (`t1from`,
 * `t1mult` … `t4from`, `t4mult`, thresholds in % of quota), an optional decelerator
 * (`decBelow` in % of quota, `decMult`) and an optional cap. Blank tier rows are ignored.
 */
import { commissionPayout, type CommissionInput, type CommissionResult, type CommissionTier } from '@/lib/formulas/commission';
import { hasErrors, readMode, readNumbers, type FieldSpec, type Params, type Reading } from './form';
import type { CalculatorLocale } from './numbers';

export const modes = ['rate', 'target'] as const;
export type CommissionMode = (typeof modes)[number];

const money = { min: 0, max: 1e12 } as const;
// Thresholds are in % of quota: an accelerator may start at 150%, so up to ten times quota.
const threshold = { min: 0, max: 1000, optional: true } as const;
const multiplier = { min: 0, max: 10, optional: true } as const;

export const TIER_ROWS = [1, 2, 3, 4] as const;
export type TierRow = (typeof TIER_ROWS)[number];

export const fields = {
  quota: { ...money, positive: true },
  attained: money,
  rate: { min: 0, max: 100, mode: 'rate' },
  variable: { ...money, mode: 'target' },
  t1from: threshold,
  t1mult: multiplier,
  t2from: threshold,
  t2mult: multiplier,
  t3from: threshold,
  t3mult: multiplier,
  t4from: threshold,
  t4mult: multiplier,
  decBelow: threshold,
  // A decelerator pays less than the base rate: from 0 to 1 (commissionPayout refuses more).
  decMult: { ...multiplier, max: 1 },
  cap: { ...money, optional: true },
} satisfies Record<string, FieldSpec>;

export type CommissionField = keyof typeof fields;

export type CommissionReading = Reading<CommissionField, CommissionInput>;

export interface CommissionCalculation extends CommissionResult {
  quota: number;
  attained: number;
  /** Base rate as a fraction (0.05 = 5%): as given, or variable at target ÷ quota. */
  rate: number;
  /** Given in `target` mode. */
  variableAtTarget?: number;
  cap?: number;
}

/** The GET parameters this calculator reads. */
export const paramNames = ['mode', ...Object.keys(fields)] as readonly string[];

type Numbers = Partial<Record<CommissionField, number>>;
type Errors = CommissionReading['errors'];

/**
 * A pair of optional fields that go together (a tier's threshold and multiplier): both
 * blank is no row, one blank is `incomplete`. Undefined when absent or in error.
 */
function pair(first: CommissionField, second: CommissionField, numbers: Numbers, errors: Errors) {
  if (errors[first] || errors[second]) return undefined;
  const a = numbers[first];
  const b = numbers[second];
  if (a === undefined && b === undefined) return undefined;
  if (a === undefined) errors[first] = 'incomplete';
  if (b === undefined) errors[second] = 'incomplete';
  return a === undefined || b === undefined ? undefined : ([a, b] as const);
}

export function read(params: Params, locale: CalculatorLocale): CommissionReading {
  const mode = readMode(params, modes);
  const { values, errors, numbers } = readNumbers(fields, params, locale, mode);

  // Checked on the fractions handed to commissionPayout, so its own checks can never fail.
  const tiers: CommissionTier[] = [];
  for (const row of TIER_ROWS) {
    const field = `t${row}from` as const;
    const tier = pair(field, `t${row}mult`, numbers, errors);
    if (!tier) continue;
    const from = tier[0] / 100;
    // Against the highest start so far: a row below any earlier one overlaps it.
    if (tiers.some((earlier) => from <= earlier.from)) errors[field] = 'tierOrder';
    tiers.push({ from, multiplier: tier[1] });
  }
  const dec = pair('decBelow', 'decMult', numbers, errors);
  const decelerator = dec && { below: dec[0] / 100, multiplier: dec[1] };
  if (decelerator && tiers[0] && decelerator.below > tiers[0].from) errors.decBelow = 'decAboveTier';

  if (hasErrors(errors)) return { values, errors };
  const { quota, attained, rate, variable, cap } = numbers as Required<Numbers>;
  const plan = {
    quota,
    attained,
    tiers,
    ...(decelerator && { decelerator }),
    ...(cap !== undefined && { cap }),
  };
  return { values, errors, input: mode === 'rate' ? { ...plan, rate: rate / 100 } : { ...plan, variableAtTarget: variable } };
}

/** Attainment, payout, effective rate, whether the cap bit, and what each slice paid. */
export function calculate(input: CommissionInput): CommissionCalculation {
  return {
    ...commissionPayout(input),
    quota: input.quota,
    attained: input.attained,
    // CommissionInput's definition of the base rate in target mode, shown in the formula.
    rate: input.rate ?? input.variableAtTarget! / input.quota,
    ...(input.variableAtTarget !== undefined && { variableAtTarget: input.variableAtTarget }),
    ...(input.cap !== undefined && { cap: input.cap }),
  };
}
