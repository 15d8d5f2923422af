/**
 * Pipeline, forecast, win-rate and sales-cycle formulas used by the glossary's entries
 * (sales-pipeline, sales-forecast, win-rate, sales-cycle) and by the site's calculators.
 *
 * Every function is pure and exact: nothing is rounded, so the caller rounds for display.
 * Ratios are returned as fractions (0.3 means 30%), money in whatever currency the caller
 * uses (all inputs in one currency), durations in days. Impossible inputs (negative amounts
 * or counts, probabilities outside 0–1, a zero denominator, a deal closed before it was
 * created, a date that does not exist) throw a RangeError naming the problem.
 */

/** An open deal as the pipeline sees it: its amount and the probability of winning it. */
export interface PipelineDeal {
  /** Deal amount in currency units, ≥ 0. */
  value: number;
  /** Probability of winning the deal as a fraction from 0 to 1 (0.25 means 25%). */
  probability: number;
}

/**
 * Weighted (probability-adjusted) pipeline: the sum of each open deal's value times its
 * probability of closing, in the same currency as the deal values.
 *
 * An empty pipeline weighs 0.
 *
 * @example weightedPipeline([{ value: 400_000, probability: 0.1 }, { value: 160_000, probability: 0.75 }]) // 160_000
 */
export function weightedPipeline(deals: readonly PipelineDeal[]): number {
  let total = 0;
  deals.forEach((deal, index) => {
    nonNegative(deal.value, `deals[${index}].value`);
    if (!Number.isFinite(deal.probability) || deal.probability < 0 || deal.probability > 1) {
      throw new RangeError(
        `deals[${index}].probability must be a fraction from 0 to 1 (0.25 for 25%), got ${deal.probability}`,
      );
    }
    total += deal.value * deal.probability;
  });
  return total;
}

/**
 * Pipeline coverage: how many times the pipeline covers the target for the same period,
 * as a multiple (3 means "3×": the pipeline is three times the target).
 *
 * Pass the unweighted pipeline value for the usual coverage ratio, or the weighted value
 * for weighted coverage; both must be for the same period as the target.
 *
 * @param pipelineValue open pipeline value for the period, ≥ 0
 * @param target revenue target (quota) still to close in the period, > 0
 * @example pipelineCoverage(1_100_000, 400_000) // 2.75
 */
export function pipelineCoverage(pipelineValue: number, target: number): number {
  nonNegative(pipelineValue, 'pipelineValue');
  positive(target, 'target');
  return pipelineValue / target;
}

/** Closed deals of a period: how many were won and how many lost. */
export interface ClosedDealCounts {
  /** Deals closed-won in the period: a whole number ≥ 0. */
  won: number;
  /** Deals closed-lost in the period (including "no decision"): a whole number ≥ 0. */
  lost: number;
}

/**
 * Win rate by count: won deals as a fraction of closed deals (won + lost). Open deals are
 * not in the denominator: they are neither won nor lost yet.
 *
 * @example winRate({ won: 18, lost: 42 }) // 0.3
 */
export function winRate({ won, lost }: ClosedDealCounts): number {
  wholeCount(won, 'won');
  wholeCount(lost, 'lost');
  if (won + lost === 0) throw new RangeError('no closed deals (won + lost is 0): the win rate is undefined');
  return won / (won + lost);
}

/** Closed deals of a period by value: the amounts won and lost, in one currency. */
export interface ClosedDealValues {
  /** Total value of the deals closed-won in the period, ≥ 0. */
  wonValue: number;
  /** Total value of the deals closed-lost in the period, ≥ 0. */
  lostValue: number;
}

/**
 * Win rate by value: the value of won deals as a fraction of the value of all closed deals.
 * Lower than the count-based win rate when the larger deals are the ones being lost.
 *
 * @example winRateByValue({ wonValue: 450_000, lostValue: 1_350_000 }) // 0.25
 */
export function winRateByValue({ wonValue, lostValue }: ClosedDealValues): number {
  nonNegative(wonValue, 'wonValue');
  nonNegative(lostValue, 'lostValue');
  if (wonValue + lostValue === 0) {
    throw new RangeError('closed deals have no value (wonValue + lostValue is 0): the win rate is undefined');
  }
  return wonValue / (wonValue + lostValue);
}

/** A closed deal's dates, as ISO calendar dates (YYYY-MM-DD). */
export interface DealDates {
  /** The day the deal (opportunity) was created. */
  createdOn: string;
  /** The day it was closed; not before `createdOn`. */
  closedOn: string;
}

const DAY_MS = 86_400_000;

/**
 * Length of one deal's sales cycle in whole calendar days, from the day it was created to
 * the day it closed (created 1 March, closed 31 March: 30 days; same day: 0).
 */
export function salesCycleDays({ createdOn, closedOn }: DealDates): number {
  const created = isoDay(createdOn, 'createdOn');
  const closed = isoDay(closedOn, 'closedOn');
  if (closed < created) throw new RangeError(`closedOn ${closedOn} is before createdOn ${createdOn}`);
  return (closed - created) / DAY_MS;
}

/**
 * Average sales cycle in days: the arithmetic mean of the cycle lengths of the given closed
 * deals. Each deal is either its dates (see {@link salesCycleDays}) or its cycle length
 * already counted in days (≥ 0; fractions allowed). Which deals to pass is the caller's
 * choice, usually the deals won in the period.
 *
 * @example averageSalesCycleDays([45, 58, 62, 71, 94]) // 66
 */
export function averageSalesCycleDays(deals: readonly (DealDates | number)[]): number {
  if (deals.length === 0) throw new RangeError('no deals: the average sales cycle is undefined');
  let total = 0;
  deals.forEach((deal, index) => {
    if (typeof deal === 'number') {
      nonNegative(deal, `deals[${index}]`);
      total += deal;
    } else {
      total += salesCycleDays(deal);
    }
  });
  return total / deals.length;
}

/**
 * Forecast accuracy: 1 minus the absolute forecast error relative to the actual result,
 * as a fraction (0.95 means 95% accurate). It is 1 when the forecast was exact and the
 * same whether the forecast was over or under by the same amount; it drops below 0 when the
 * forecast is more than twice the actual (the function does not clamp; callers may).
 *
 * @param forecast the figure forecast for the period, ≥ 0
 * @param actual the figure actually achieved in the period, > 0
 * @example forecastAccuracy(262_500, 250_000) // 0.95
 */
export function forecastAccuracy(forecast: number, actual: number): number {
  nonNegative(forecast, 'forecast');
  positive(actual, 'actual');
  return 1 - Math.abs(forecast - actual) / actual;
}

function nonNegative(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
}

function positive(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
}

function wholeCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

/** Milliseconds since the epoch of an ISO calendar date, read as UTC; rejects dates that do not exist. */
function isoDay(text: string, name: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) {
    throw new RangeError(`${name} must be a real date written YYYY-MM-DD, got "${text}"`);
  }
  return time;
}
