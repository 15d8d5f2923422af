/**
 * People metrics: eNPS and employee turnover.
 *
 * Pure and exact: nothing is rounded here, the caller rounds for display. Percentages are
 * returned as percentages (12 means 12%), the way the entries write their formulas (× 100).
 * Impossible inputs (negative or fractional counts, a zero denominator) throw a RangeError.
 */

/** How many people gave each kind of answer to the eNPS question. */
export interface EnpsCounts {
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 7 or 8. */
  passives: number;
  /** Answers from 0 to 6. */
  detractors: number;
}

export interface EnpsResult {
  /** All answers: promoters + passives + detractors. */
  total: number;
  /** Promoters as a percentage of all answers (0–100). */
  promotersPercent: number;
  /** Passives as a percentage of all answers (0–100). */
  passivesPercent: number;
  /** Detractors as a percentage of all answers (0–100). */
  detractorsPercent: number;
  /**
   * eNPS = % promoters − % detractors, from −100 to +100. Unrounded: 1 promoter out of
   * 3 answers gives 33.33…; sites and reports usually round it to a whole number.
   */
  score: number;
}

/** Number of possible answers on the eNPS scale, 0 to 10. */
export const ENPS_SCALE_POINTS = 11;
/** Lowest answer counted as a promoter (9–10). */
export const ENPS_PROMOTER_FROM = 9;
/** Lowest answer counted as a passive (7–8); below it, 0–6, are detractors. */
export const ENPS_PASSIVE_FROM = 7;

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of people, 0 or more (got ${value})`);
  }
}

/**
 * The employee Net Promoter Score from the number of promoters, passives and detractors.
 * Passives count in the total of answers but in neither percentage that is subtracted.
 *
 * @throws RangeError if a count is negative or not a whole number, or if there are no answers.
 */
export function enps({ promoters, passives, detractors }: EnpsCounts): EnpsResult {
  assertCount(promoters, 'promoters');
  assertCount(passives, 'passives');
  assertCount(detractors, 'detractors');
  const total = promoters + passives + detractors;
  if (total === 0) throw new RangeError('eNPS needs at least one answer');
  return {
    total,
    promotersPercent: (promoters * 100) / total,
    passivesPercent: (passives * 100) / total,
    detractorsPercent: (detractors * 100) / total,
    // One division, so 36 promoters and 16 detractors of 80 give exactly 25, not 45 − 20 in floats.
    score: ((promoters - detractors) * 100) / total,
  };
}

/**
 * The eNPS from the distribution of answers: `counts[n]` is how many people answered n,
 * for n from 0 to 10 (so the array has exactly 11 entries).
 *
 * @throws RangeError if the array does not have 11 entries, a count is negative or not a
 *   whole number, or there are no answers.
 */
export function enpsFromAnswers(counts: readonly number[]): EnpsResult {
  if (counts.length !== ENPS_SCALE_POINTS) {
    throw new RangeError(`eNPS answers go from 0 to 10: expected ${ENPS_SCALE_POINTS} counts, got ${counts.length}`);
  }
  counts.forEach((count, answer) => assertCount(count, `answers of ${answer}`));
  const sum = (from: number, to: number) => counts.slice(from, to).reduce((a, b) => a + b, 0);
  return enps({
    detractors: sum(0, ENPS_PASSIVE_FROM),
    passives: sum(ENPS_PASSIVE_FROM, ENPS_PROMOTER_FROM),
    promoters: sum(ENPS_PROMOTER_FROM, ENPS_SCALE_POINTS),
  });
}

/** Headcount over the period: either its average, or the headcount at its start and end. */
export type Headcount =
  | { averageHeadcount: number }
  | {
      startHeadcount: number;
      endHeadcount: number;
    };

export type TurnoverInput = { leavers: number } & Headcount;

export interface TurnoverResult {
  /** The average headcount used: as given, or (start + end) ÷ 2. */
  averageHeadcount: number;
  /** Leavers ÷ average headcount × 100, for the period measured. */
  periodPercent: number;
  /**
   * The period's rate scaled to twelve months in a straight line: periodPercent × 12 ÷ months
   * (a quarter's 2.5% becomes 10%). It assumes people keep leaving at the same pace; it does
   * not compound and does not correct for seasonality.
   */
  annualisedPercent: number;
}

function averageOf(headcount: Headcount): number {
  if ('averageHeadcount' in headcount) {
    const { averageHeadcount } = headcount;
    // An average may be fractional (e.g. the mean of monthly headcounts), but not negative.
    if (!Number.isFinite(averageHeadcount) || averageHeadcount < 0) {
      throw new RangeError(`averageHeadcount must be a number, 0 or more (got ${averageHeadcount})`);
    }
    return averageHeadcount;
  }
  assertCount(headcount.startHeadcount, 'startHeadcount');
  assertCount(headcount.endHeadcount, 'endHeadcount');
  return (headcount.startHeadcount + headcount.endHeadcount) / 2;
}

function positiveAverage(headcount: Headcount): number {
  const average = averageOf(headcount);
  if (average === 0) throw new RangeError('the average headcount is 0: there is no one to turn over');
  return average;
}

/**
 * The employee turnover (leavers, or separation) rate: people who left in the period
 * ÷ average headcount in the period × 100, and the same rate annualised in a straight line
 * (× 12 ÷ periodMonths). This is the usual labour turnover rate (as the CIPD defines it:
 * leavers ÷ average number employed × 100); it counts every leaver, voluntary or not, and
 * ignores hires.
 *
 * @param periodMonths length of the period measured, in months (12 for a year, 3 for a quarter).
 * @throws RangeError if leavers or a start/end headcount is negative or fractional, the
 *   average headcount is negative or 0, or periodMonths is not a positive number.
 */
export function turnoverRate(input: TurnoverInput, periodMonths: number): TurnoverResult {
  assertCount(input.leavers, 'leavers');
  if (!Number.isFinite(periodMonths) || periodMonths <= 0) {
    throw new RangeError(`periodMonths must be a positive number of months (got ${periodMonths})`);
  }
  const averageHeadcount = positiveAverage(input);
  const periodPercent = (input.leavers * 100) / averageHeadcount;
  return { averageHeadcount, periodPercent, annualisedPercent: (periodPercent * 12) / periodMonths };
}

/**
 * The total turnover rate used in Italian HR reporting (tasso di turnover complessivo):
 * (hires + leavers) in the period ÷ average headcount × 100. It measures how much the
 * workforce changed in both directions, not how many people left.
 *
 * @throws RangeError if hires or leavers is negative or fractional, or the average headcount
 *   is negative or 0.
 */
export function totalTurnoverRate({
  hires,
  leavers,
  averageHeadcount,
}: {
  hires: number;
  leavers: number;
  averageHeadcount: number;
}): number {
  assertCount(hires, 'hires');
  assertCount(leavers, 'leavers');
  return ((hires + leavers) * 100) / positiveAverage({ averageHeadcount });
}
