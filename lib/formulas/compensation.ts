// Sales-compensation arithmetic written in the glossary's entries and run by its calculators.
// Amounts are in any one currency (all arguments of a call in the same one); shares and
// rates are fractions (0.4 means 40%). Nothing is rounded here: the caller rounds for display.
// Tiered payouts (accelerators, decelerators, caps) are `commissionPayout` in ./commission.ts.

/** Throws unless `value` is a finite number of at least zero. */
function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of at least 0 (got ${value})`);
  }
}

/** Throws unless `value` is a finite number greater than zero: it divides. */
function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number greater than 0 (got ${value})`);
  }
}

/**
 * Quota attainment: the share of a quota that was achieved, as a fraction
 * (1.15 means 115%). For a team, pass the team's totals, not an average of percentages.
 *
 * @param attained what was credited against the quota in the period (an amount, or units
 *   if the quota is in units), at least 0
 * @param quota the quota for the same period and measure, greater than 0
 * @throws RangeError if `attained` is negative or `quota` is not positive
 */
export function quotaAttainment(attained: number, quota: number): number {
  requireNonNegative('attained', attained);
  requirePositive('quota', quota);
  return attained / quota;
}

/**
 * A commission at one flat rate: the commissionable amount times the rate, in the
 * amount's currency.
 *
 * @param revenue the commissionable amount (deal value, ARR, margin… as the plan says), at least 0
 * @param rate the commission rate as a fraction, from 0 to 1 (0.08 means 8%)
 * @throws RangeError if `revenue` is negative or `rate` is outside 0–1
 */
export function flatCommission(revenue: number, rate: number): number {
  requireNonNegative('revenue', revenue);
  requireNonNegative('rate', rate);
  if (rate > 1) throw new RangeError(`rate must be a fraction from 0 to 1, e.g. 0.08 for 8% (got ${rate})`);
  return revenue * rate;
}

/**
 * On-target earnings (OTE): what a salesperson earns in the period at exactly 100% of
 * quota, the fixed base plus the variable pay at target, in their currency.
 *
 * @param base fixed pay for the period (in Italy, for an employee, the RAL), at least 0
 * @param variableAtTarget variable pay due at 100% of quota, at least 0
 * @throws RangeError if either amount is negative or not finite
 */
export function onTargetEarnings(base: number, variableAtTarget: number): number {
  requireNonNegative('base', base);
  requireNonNegative('variableAtTarget', variableAtTarget);
  return base + variableAtTarget;
}

/** How on-target earnings split between fixed and variable pay; the two shares add up to 1. */
export interface PayMix {
  /** Fixed pay as a fraction of OTE (0.6 for a 60/40 mix). */
  fixed: number;
  /** Variable pay at target as a fraction of OTE (0.4 for a 60/40 mix). */
  variable: number;
}

/**
 * Pay mix: the fixed and variable shares of on-target earnings, as fractions
 * (`{ fixed: 0.6, variable: 0.4 }` for a 60/40 mix).
 *
 * @param base fixed pay for the period, at least 0
 * @param variableAtTarget variable pay due at 100% of quota, at least 0
 * @throws RangeError if either amount is negative, or both are 0 (there is nothing to split)
 */
export function payMix(base: number, variableAtTarget: number): PayMix {
  const ote = onTargetEarnings(base, variableAtTarget);
  requirePositive('base + variableAtTarget', ote);
  return { fixed: base / ote, variable: variableAtTarget / ote };
}

/**
 * The commission rate a plan implies at target: the variable pay at target divided by the
 * quota, as a fraction (0.08 means 8%), so that selling exactly the quota at this flat
 * rate earns exactly the variable pay at target.
 *
 * @param variableAtTarget variable pay due at 100% of quota, at least 0
 * @param quota the quota in the same currency and period, greater than 0
 * @throws RangeError if `variableAtTarget` is negative or `quota` is not positive
 */
export function targetCommissionRate(variableAtTarget: number, quota: number): number {
  requireNonNegative('variableAtTarget', variableAtTarget);
  requirePositive('quota', quota);
  return variableAtTarget / quota;
}

/**
 * Quota over-assignment: how far the individual quotas, added up, exceed the target they
 * are meant to deliver, as a fraction (0.1 means the quotas add up to 110% of the target).
 * Negative when the quotas add up to less than the target (under-assignment).
 *
 * @param quotas each person's quota for the period, each at least 0
 * @param target the company's (or the manager's) target for the same period, greater than 0
 * @throws RangeError if a quota is negative, there are no quotas, or `target` is not positive
 */
export function quotaOverAssignment(quotas: readonly number[], target: number): number {
  if (quotas.length === 0) throw new RangeError('quotas must list at least one quota');
  quotas.forEach((quota, i) => requireNonNegative(`quotas[${i}]`, quota));
  requirePositive('target', target);
  const assigned = quotas.reduce((sum, quota) => sum + quota, 0);
  return assigned / target - 1;
}

/**
 * Quota-to-OTE ratio: how many units of currency a salesperson must sell for each unit of
 * on-target earnings (5 means a quota five times the OTE). Use the same period for both.
 *
 * @param quota the quota for the period, at least 0
 * @param ote on-target earnings for the same period, greater than 0
 * @throws RangeError if `quota` is negative or `ote` is not positive
 */
export function quotaToOteRatio(quota: number, ote: number): number {
  requireNonNegative('quota', quota);
  requirePositive('ote', ote);
  return quota / ote;
}
