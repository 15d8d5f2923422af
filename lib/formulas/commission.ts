/**
 * Sales-commission formulas: what a commission plan pays for the revenue a seller brought
 * in (base rate, accelerators, decelerator, cap), how a draw against commission settles,
 * and how much of a commission a clawback recovers.
 *
 * Conventions shared by every function here:
 * - amounts (quota, revenue, payouts, caps, draws) are in one currency, whichever the
 *   caller uses, and are returned unrounded: the caller rounds for display;
 * - rates, multipliers and attainment are plain fractions: 0.05 is 5%, 1.2 is 120%;
 * - impossible inputs (negative amounts, a zero quota, non-finite numbers, tiers out of
 *   order) throw a RangeError whose message names the input at fault.
 */

/** An accelerator tier: revenue from `from` × quota upwards pays `multiplier` × the base rate. */
export interface CommissionTier {
  /** Attainment at which the tier starts, as a fraction of quota: 1 = 100%, 1.2 = 120%. */
  readonly from: number;
  /** Multiplier applied to the base rate for revenue in this tier: 1.5 pays rate × 1.5. */
  readonly multiplier: number;
}

/** A decelerator: revenue below `below` × quota pays `multiplier` × the base rate. */
export interface CommissionDecelerator {
  /** Attainment below which revenue is decelerated, as a fraction of quota: 0.5 = 50%. */
  readonly below: number;
  /** Multiplier applied to the base rate below the threshold, from 0 to 1: 0.5 pays half. */
  readonly multiplier: number;
}

interface CommissionPlanInput {
  /** Quota for the period, in currency; above 0. */
  readonly quota: number;
  /** Revenue credited to the seller in the period, in currency; 0 or more. */
  readonly attained: number;
  /** Accelerator tiers, in strictly increasing order of `from`. None: one flat rate. */
  readonly tiers?: readonly CommissionTier[];
  /** Reduced rate for the revenue below a threshold. */
  readonly decelerator?: CommissionDecelerator;
  /** Most the plan pays for the period, in currency; 0 or more. None: no cap. */
  readonly cap?: number;
}

/**
 * A commission plan and the revenue it pays on. The base rate is given either directly
 * (`rate`, commission per unit of revenue: 0.05 = 5%) or as the variable pay at 100% of
 * quota (`variableAtTarget`, in currency), which sets rate = variableAtTarget ÷ quota.
 */
export type CommissionInput = CommissionPlanInput &
  ({ readonly rate: number; readonly variableAtTarget?: never } | { readonly variableAtTarget: number; readonly rate?: never });

/** One slice of revenue and what it paid. */
export interface CommissionSlice {
  /** Where the slice starts, as a fraction of quota. */
  from: number;
  /** Where it ends, as a fraction of quota; `Infinity` for the last slice. */
  to: number;
  /** Multiplier on the base rate: the slice pays rate × multiplier on its revenue. */
  multiplier: number;
  /** Revenue that fell in the slice, in currency. */
  revenue: number;
  /** What the slice paid, in currency, after the cap (0 for revenue beyond the cap). */
  payout: number;
}

export interface CommissionResult {
  /** attained ÷ quota: 1.3 is 130%. */
  attainment: number;
  /** Commission paid for the period, in currency, after the cap. */
  payout: number;
  /** What the plan would pay without the cap, in currency; equals `payout` when not capped. */
  uncappedPayout: number;
  /** payout ÷ attained (0.0577 is 5.77%); 0 when nothing was attained. */
  effectiveRate: number;
  /**
   * Every slice of the plan in order: the decelerated slice (if any), the base slice, then
   * one per accelerator tier, including slices the revenue did not reach (revenue 0).
   * A slice of zero width (a decelerator ending where the first tier starts) is left out.
   */
  tiers: CommissionSlice[];
  /** True when the cap cut the payout, i.e. the uncapped payout was above the cap. */
  capped: boolean;
}

/**
 * The commission a plan pays for the revenue attained in a period.
 *
 * Every slice is paid **marginally**: each part of the revenue is paid at the rate of the
 * slice it falls in, never retroactively on the whole amount.
 * - decelerated slice, from 0 to `decelerator.below` × quota: rate × `decelerator.multiplier`;
 * - base slice, up to the first tier (or without end): rate;
 * - tier i, from `tiers[i].from` × quota to the next tier's start: rate × `tiers[i].multiplier`.
 *
 * The decelerator is marginal too: crossing its threshold raises the rate on the revenue
 * above it, not on everything already sold, so there is no jump at the threshold.
 * The payout is the sum of the slices, then limited to `cap`; when the cap binds, slices
 * are paid in order until the cap is reached and the later ones pay nothing.
 *
 * Consequences the tests pin: with no tiers, no decelerator and no cap the payout is exactly
 * attained × rate; the payout is never above the cap; it never falls when attained rises
 * (every multiplier is 0 or more). With a decelerator, 100% of quota pays less than
 * `variableAtTarget` unless the plan raises the rate elsewhere.
 *
 * @throws RangeError naming the input when a number is not finite, quota ≤ 0, attained,
 * rate, variableAtTarget or cap < 0, both or neither of rate and variableAtTarget are given,
 * tiers are not strictly increasing or have a negative start or multiplier, the decelerator
 * multiplier is outside 0–1, or the decelerator threshold is above the first tier's start.
 */
export function commissionPayout(input: CommissionInput): CommissionResult {
  const { quota, attained, cap } = input;
  requireFinite('quota', quota);
  if (quota <= 0) throw new RangeError(`commissionPayout: quota must be above 0 (got ${quota})`);
  requireNonNegative('attained', attained);
  const rate = baseRate(input);
  const tiers = input.tiers ?? [];
  validateTiers(tiers);
  const decelerator = input.decelerator;
  if (decelerator) validateDecelerator(decelerator, tiers[0]);
  if (cap !== undefined) requireNonNegative('cap', cap);

  const firstTier = tiers[0]?.from ?? Infinity;
  const bands: { from: number; to: number; multiplier: number }[] = [];
  if (decelerator) bands.push({ from: 0, to: decelerator.below, multiplier: decelerator.multiplier });
  bands.push({ from: decelerator?.below ?? 0, to: firstTier, multiplier: 1 });
  tiers.forEach((tier, i) => bands.push({ from: tier.from, to: tiers[i + 1]?.from ?? Infinity, multiplier: tier.multiplier }));

  const slices: CommissionSlice[] = [];
  let uncappedPayout = 0;
  for (const band of bands) {
    if (band.to <= band.from) continue;
    const revenue = Math.max(0, Math.min(attained, band.to * quota) - band.from * quota);
    const payout = revenue * rate * band.multiplier;
    uncappedPayout += payout;
    slices.push({ ...band, revenue, payout });
  }

  let payout = uncappedPayout;
  if (cap !== undefined && uncappedPayout > cap) {
    payout = cap;
    let room = cap;
    for (const slice of slices) {
      slice.payout = Math.min(slice.payout, room);
      room -= slice.payout;
    }
  }
  return {
    attainment: attained / quota,
    payout,
    uncappedPayout,
    effectiveRate: attained === 0 ? 0 : payout / attained,
    tiers: slices,
    capped: payout < uncappedPayout,
  };
}

function baseRate(input: CommissionInput): number {
  const hasRate = input.rate !== undefined;
  const hasVariable = input.variableAtTarget !== undefined;
  if (hasRate === hasVariable) {
    throw new RangeError(
      'commissionPayout: give either rate (commission per unit of revenue) or variableAtTarget (variable pay at 100% of quota), not ' +
        (hasRate ? 'both' : 'neither'),
    );
  }
  if (hasRate) {
    requireNonNegative('rate', input.rate!);
    return input.rate!;
  }
  requireNonNegative('variableAtTarget', input.variableAtTarget!);
  return input.variableAtTarget! / input.quota;
}

function validateTiers(tiers: readonly CommissionTier[]): void {
  tiers.forEach((tier, i) => {
    requireNonNegative(`tiers[${i}].from`, tier.from);
    requireNonNegative(`tiers[${i}].multiplier`, tier.multiplier);
    const previous = tiers[i - 1];
    if (previous && tier.from <= previous.from) {
      throw new RangeError(
        `commissionPayout: tiers[${i}].from (${tier.from}) must be above tiers[${i - 1}].from (${previous.from}); ` +
          'list tiers in increasing order of attainment, each starting where it starts, without repeats',
      );
    }
  });
}

function validateDecelerator(decelerator: CommissionDecelerator, firstTier: CommissionTier | undefined): void {
  requireNonNegative('decelerator.below', decelerator.below);
  requireFinite('decelerator.multiplier', decelerator.multiplier);
  if (decelerator.multiplier < 0 || decelerator.multiplier > 1) {
    throw new RangeError(
      `commissionPayout: decelerator.multiplier must be from 0 to 1, since a decelerator pays less than the base rate (got ${decelerator.multiplier})`,
    );
  }
  if (firstTier && decelerator.below > firstTier.from) {
    throw new RangeError(
      `commissionPayout: decelerator.below (${decelerator.below}) must not be above the first accelerator, tiers[0].from (${firstTier.from})`,
    );
  }
}

/** Per period of a draw against commission: what was earned, paid, and still owed back. */
export interface DrawPeriod {
  /** Commission earned in the period, in currency. */
  earned: number;
  /** What the seller was paid in the period, in currency: the draw or more. */
  paid: number;
  /** Draw still to be recovered from future commission at the end of the period (0 if non-recoverable). */
  balance: number;
}

export interface DrawResult {
  periods: DrawPeriod[];
  /** Sum of what was paid over the periods, in currency. */
  totalPaid: number;
  /** Sum of the commission earned over the periods, in currency. */
  totalEarned: number;
  /** Draw still to be recovered after the last period (0 if non-recoverable). */
  balance: number;
}

/**
 * How a draw against commission settles period by period.
 *
 * Each period the seller is paid at least `draw`.
 * - Recoverable: a shortfall (draw − earned) is added to a balance; commission above the
 *   draw first pays that balance back, and only the rest is paid on top of the draw:
 *   paid = draw + max(0, earned − draw − balance), new balance = max(0, balance + draw − earned).
 * - Non-recoverable: paid = max(draw, earned); the shortfall is never asked back.
 *
 * @param input.draw the draw per period, in currency; 0 or more
 * @param input.earned the commission earned in each period, in currency; each 0 or more
 * @param input.recoverable whether shortfalls are recovered from later commission
 * @throws RangeError naming the input when the draw or a period's commission is negative or not finite
 */
export function drawAgainstCommission(input: {
  readonly draw: number;
  readonly earned: readonly number[];
  readonly recoverable: boolean;
}): DrawResult {
  const { draw, earned, recoverable } = input;
  requireNonNegative('draw', draw, 'drawAgainstCommission');
  earned.forEach((amount, i) => requireNonNegative(`earned[${i}]`, amount, 'drawAgainstCommission'));
  let balance = 0;
  let totalPaid = 0;
  let totalEarned = 0;
  const periods = earned.map((amount) => {
    const paid = recoverable ? draw + Math.max(0, amount - draw - balance) : Math.max(draw, amount);
    if (recoverable) balance = Math.max(0, balance + draw - amount);
    totalPaid += paid;
    totalEarned += amount;
    return { earned: amount, paid, balance };
  });
  return { periods, totalPaid, totalEarned, balance };
}

/**
 * The commission a clawback recovers when a customer leaves before the end of the contract
 * the commission was paid on.
 *
 * - `full`: the whole commission;
 * - `pro-rata`: the share of the contract the customer did not stay for:
 *   commission × (termMonths − monthsActive) ÷ termMonths.
 * With `windowMonths`, the clawback applies only when the customer leaves before that many
 * months (monthsActive < windowMonths); otherwise nothing is recovered.
 *
 * @param input.commission commission paid on the deal, in currency; 0 or more
 * @param input.termMonths contract length the commission was paid on, in months; above 0
 * @param input.monthsActive months the customer stayed before leaving, from 0 to termMonths
 * @param input.windowMonths optional clawback window, in months; above 0
 * @returns the amount to recover, in currency
 * @throws RangeError naming the input when a number is negative, not finite, out of range,
 * or the method is unknown
 */
export function clawbackAmount(input: {
  readonly commission: number;
  readonly termMonths: number;
  readonly monthsActive: number;
  readonly method: 'full' | 'pro-rata';
  readonly windowMonths?: number;
}): number {
  const { commission, termMonths, monthsActive, method, windowMonths } = input;
  const fn = 'clawbackAmount';
  requireNonNegative('commission', commission, fn);
  requireFinite('termMonths', termMonths, fn);
  if (termMonths <= 0) throw new RangeError(`${fn}: termMonths must be above 0 (got ${termMonths})`);
  requireNonNegative('monthsActive', monthsActive, fn);
  if (monthsActive > termMonths) {
    throw new RangeError(`${fn}: monthsActive (${monthsActive}) cannot be more than termMonths (${termMonths})`);
  }
  if (windowMonths !== undefined) {
    requireFinite('windowMonths', windowMonths, fn);
    if (windowMonths <= 0) throw new RangeError(`${fn}: windowMonths must be above 0 (got ${windowMonths})`);
  }
  if (method !== 'full' && method !== 'pro-rata') {
    throw new RangeError(`${fn}: method must be "full" or "pro-rata" (got ${JSON.stringify(method)})`);
  }
  if (windowMonths !== undefined && monthsActive >= windowMonths) return 0;
  return method === 'full' ? commission : (commission * (termMonths - monthsActive)) / termMonths;
}

function requireFinite(name: string, value: number, fn = 'commissionPayout'): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number (got ${String(value)})`);
  }
}

function requireNonNegative(name: string, value: number, fn = 'commissionPayout'): void {
  requireFinite(name, value, fn);
  if (value < 0) throw new RangeError(`${fn}: ${name} must be 0 or more (got ${value})`);
}
