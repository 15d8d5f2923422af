/**
 * Formulas for the engagement and enablement entries: survey favourability, sales
 * leaderboards ranked by quota attainment, customer health scores and ramp time.
 *
 * Every function is pure and exact: nothing is rounded here, the caller rounds for display.
 * Shares are returned as fractions (0.65 means 65%), never as percentages. Impossible
 * inputs (an empty survey, a zero quota, a negative amount, an answer off the scale)
 * throw a RangeError that says which input is wrong.
 */

/** The lowest and highest answer on the 1–5 agreement scale these formulas read. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** The lowest answer counted as favourable on the 1–5 scale ("agree" = 4, "strongly agree" = 5). */
export const FAVOURABLE_FROM = 4;

/**
 * The favourable share of one survey item answered on a 1–5 scale: the number of 4s and
 * 5s divided by the number of answers (the "top-two-box" share).
 *
 * @param answers one whole number from 1 to 5 per respondent who answered the item
 * @returns a fraction from 0 to 1 (0.65 = 65% favourable)
 * @throws RangeError when there are no answers or an answer is not a whole number from 1 to 5
 */
export function favourableShare(answers: readonly number[]): number {
  if (answers.length === 0) throw new RangeError('favourableShare: no answers; a share of nobody is undefined');
  let favourable = 0;
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < SCALE_MIN || answer > SCALE_MAX) {
      throw new RangeError(
        `favourableShare: answer ${index} is ${answer}; answers must be whole numbers from ${SCALE_MIN} to ${SCALE_MAX}`,
      );
    }
    if (answer >= FAVOURABLE_FROM) favourable += 1;
  });
  return favourable / answers.length;
}

/**
 * An engagement index: the average of the favourable shares of the survey's engagement
 * items, each item weighing the same whatever its number of answers.
 *
 * @param items the answers to each engagement item, each a list of whole numbers from 1 to 5
 * @returns a fraction from 0 to 1 (0.675 = an index of 67.5%)
 * @throws RangeError when there are no items, or an item has no answers or an answer off the scale
 */
export function engagementIndex(items: readonly (readonly number[])[]): number {
  if (items.length === 0) throw new RangeError('engagementIndex: no items; an index needs at least one item');
  let total = 0;
  for (const answers of items) total += favourableShare(answers);
  return total / items.length;
}

/** One salesperson's result for a period: what they attained against their quota, in the same currency. */
export interface RepResult {
  name: string;
  /** Credited sales in the period (bookings, revenue or margin, as the plan measures them); 0 or more. */
  attained: number;
  /** The quota for the same period and measure; more than 0. */
  quota: number;
}

/** A row of a leaderboard ranked by attainment. */
export interface RankedRep extends RepResult {
  /** attained ÷ quota, as a fraction (1.2 = 120% of quota). */
  attainment: number;
  /** 1 for the top row; reps with exactly equal attainment share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
}

/**
 * Ranks salespeople by quota attainment (attained ÷ quota), highest first, so that people
 * with quotas of different size are compared on the same footing.
 *
 * Reps with equal attainment share a rank and keep their input order. Division is
 * correctly rounded, so whole amounts with the same ratio (45,000 ÷ 50,000 and
 * 90,000 ÷ 100,000) give the same attainment and tie.
 *
 * @param reps each salesperson's name, attained amount and quota
 * @returns a new array, best attainment first, each row with its attainment and rank
 * @throws RangeError when a quota is not more than 0 or an attained amount is negative or not finite
 */
export function rankByAttainment(reps: readonly RepResult[]): RankedRep[] {
  reps.forEach((rep, index) => {
    if (!Number.isFinite(rep.quota) || rep.quota <= 0) {
      throw new RangeError(`rankByAttainment: quota of rep ${index} (${rep.name}) is ${rep.quota}; it must be more than 0`);
    }
    if (!Number.isFinite(rep.attained) || rep.attained < 0) {
      throw new RangeError(
        `rankByAttainment: attained of rep ${index} (${rep.name}) is ${rep.attained}; it must be 0 or more`,
      );
    }
  });
  const rows = reps.map((rep) => ({ ...rep, attainment: rep.attained / rep.quota }));
  // Array.prototype.sort is stable, so equal attainments keep their input order.
  rows.sort((a, b) => b.attainment - a.attainment);
  const ranked: RankedRep[] = [];
  rows.forEach((row, index) => {
    const previous = ranked[index - 1];
    const tied = previous !== undefined && previous.attainment === row.attainment;
    ranked.push({ ...row, rank: tied ? previous.rank : index + 1 });
  });
  return ranked;
}

/** One dimension of a customer health score: its score out of 100 and its weight. */
export interface HealthComponent {
  /** The dimension's score, from 0 (worst) to 100 (best). */
  score: number;
  /** Its weight, 0 or more; weights need not add up to 1 or 100, they are normalised. */
  weight: number;
}

/**
 * A customer health score: the weighted average of the scores of its dimensions
 * (product usage, support, relationship, payments…), Σ(score × weight) ÷ Σ weight.
 *
 * @param components each dimension's score (0–100) and weight (0 or more)
 * @returns a score from 0 to 100
 * @throws RangeError when there are no components, a score is outside 0–100,
 *   a weight is negative or not finite, or the weights add up to 0
 */
export function customerHealthScore(components: readonly HealthComponent[]): number {
  if (components.length === 0) throw new RangeError('customerHealthScore: no components to average');
  let weighted = 0;
  let weights = 0;
  components.forEach(({ score, weight }, index) => {
    if (!Number.isFinite(score) || score < 0 || score > 100) {
      throw new RangeError(`customerHealthScore: score of component ${index} is ${score}; it must be from 0 to 100`);
    }
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`customerHealthScore: weight of component ${index} is ${weight}; it must be 0 or more`);
    }
    weighted += score * weight;
    weights += weight;
  });
  if (weights === 0) throw new RangeError('customerHealthScore: the weights add up to 0');
  return weighted / weights;
}

/**
 * Ramp time of a new salesperson: the number of the first month (1 = the first month in the
 * role) whose quota attainment reaches the threshold, full quota by default.
 *
 * @param monthlyAttainment attainment of each month in the role, in order, as fractions (0.95 = 95%)
 * @param threshold the attainment that counts as ramped, as a fraction; more than 0 (default 1 = 100%)
 * @returns the month number, or undefined when no month has reached the threshold yet
 * @throws RangeError when an attainment is negative or not finite, or the threshold is not more than 0
 */
export function rampTime(monthlyAttainment: readonly number[], threshold = 1): number | undefined {
  if (!Number.isFinite(threshold) || threshold <= 0) {
    throw new RangeError(`rampTime: threshold is ${threshold}; it must be more than 0`);
  }
  monthlyAttainment.forEach((attainment, index) => {
    if (!Number.isFinite(attainment) || attainment < 0) {
      throw new RangeError(`rampTime: attainment of month ${index + 1} is ${attainment}; it must be 0 or more`);
    }
  });
  const month = monthlyAttainment.findIndex((attainment) => attainment >= threshold);
  return month === -1 ? undefined : month + 1;
}
