/**
 * Subscription (SaaS) revenue metrics: MRR and ARR, churn and retention, customer
 * acquisition cost and customer lifetime value.
 *
 * Money is in any one currency, in plain units (euros, not cents), and every function
 * returns it in the same currency. Rates and margins are fractions of 1 (0.02 is 2%), so
 * the caller multiplies by 100 to show a percentage. Nothing is rounded here: the caller
 * rounds for display. Impossible inputs (negative amounts or counts, a zero denominator,
 * losing more than there was, a margin above 100%) throw a RangeError naming the input.
 */

/** A recurring subscription as it is billed. */
export interface Subscription {
  /**
   * Recurring amount billed for one billing term, in currency units, without one-off fees
   * (set-up, training, services), which are not recurring revenue.
   */
  amount: number;
  /** Length of the billing term in months: 1 monthly, 3 quarterly, 12 annual, 36 for three years. */
  termMonths: number;
  /** How many identical subscriptions this line stands for; 1 if omitted. */
  count?: number;
}

function finite(name: string, value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number (got ${value})`);
  return value;
}

function nonNegative(name: string, value: number): number {
  if (finite(name, value) < 0) throw new RangeError(`${name} cannot be negative (got ${value})`);
  return value;
}

function positive(name: string, value: number): number {
  if (finite(name, value) <= 0) throw new RangeError(`${name} must be greater than zero (got ${value})`);
  return value;
}

function count(name: string, value: number): number {
  if (!Number.isInteger(nonNegative(name, value))) {
    throw new RangeError(`${name} must be a whole number (got ${value})`);
  }
  return value;
}

function fraction(name: string, value: number, { zeroAllowed }: { zeroAllowed: boolean }): number {
  finite(name, value);
  if (value > 1 || value < 0 || (!zeroAllowed && value === 0)) {
    const range = zeroAllowed ? 'from 0 to 1' : 'greater than 0 and at most 1';
    throw new RangeError(`${name} must be a fraction ${range}, e.g. 0.8 for 80% (got ${value})`);
  }
  return value;
}

/**
 * Monthly recurring revenue: the sum of every subscription's recurring amount normalised
 * to one month (amount ÷ term in months × count), so an annual contract counts for a
 * twelfth of its value each month. Currency units per month; 0 for no subscriptions.
 */
export function monthlyRecurringRevenue(subscriptions: readonly Subscription[]): number {
  let total = 0;
  subscriptions.forEach((subscription, i) => {
    const amount = nonNegative(`subscriptions[${i}].amount`, subscription.amount);
    const months = positive(`subscriptions[${i}].termMonths`, subscription.termMonths);
    const quantity = count(`subscriptions[${i}].count`, subscription.count ?? 1);
    total += (amount / months) * quantity;
  });
  return total;
}

/** Annual recurring revenue from monthly recurring revenue: MRR × 12, in currency units per year. */
export function arrFromMrr(mrr: number): number {
  return nonNegative('mrr', mrr) * 12;
}

/**
 * Average revenue per account: MRR ÷ number of paying customers, in currency units per
 * customer per month.
 */
export function averageRevenuePerAccount({ mrr, customers }: { mrr: number; customers: number }): number {
  nonNegative('mrr', mrr);
  if (count('customers', customers) === 0) throw new RangeError('customers must be at least 1 to average over them');
  return mrr / customers;
}

/**
 * Customer (logo) churn rate over a period: customers lost ÷ customers at the start of the
 * period. Only customers who were there at the start count as lost. A fraction of 1 per
 * period (per month if the period is a month).
 */
export function customerChurnRate({
  customersAtStart,
  customersLost,
}: {
  customersAtStart: number;
  customersLost: number;
}): number {
  count('customersAtStart', customersAtStart);
  count('customersLost', customersLost);
  if (customersAtStart === 0) {
    throw new RangeError('customersAtStart must be at least 1: there is no churn rate without customers');
  }
  if (customersLost > customersAtStart) {
    throw new RangeError(`customersLost (${customersLost}) cannot exceed customersAtStart (${customersAtStart})`);
  }
  return customersLost / customersAtStart;
}

/**
 * The churn over a whole year implied by a constant monthly churn rate, compounded:
 * 1 − (1 − monthly churn)^12. Both are fractions of 1; not monthly churn × 12.
 */
export function annualChurnFromMonthly(monthlyChurn: number): number {
  fraction('monthlyChurn', monthlyChurn, { zeroAllowed: true });
  return 1 - (1 - monthlyChurn) ** 12;
}

/** MRR movements of the customers who were paying at the start of a period. */
export interface RevenueMovements {
  /** MRR of those customers at the start of the period, in currency units. */
  startingMrr: number;
  /** MRR they lost through downgrades (fewer seats, cheaper plans), as a positive amount. */
  contraction: number;
  /** MRR of the customers among them who cancelled, as a positive amount. */
  churned: number;
}

function movements({ startingMrr, contraction, churned }: RevenueMovements): RevenueMovements {
  positive('startingMrr', startingMrr);
  nonNegative('contraction', contraction);
  nonNegative('churned', churned);
  if (contraction + churned > startingMrr) {
    throw new RangeError(
      `contraction + churned (${contraction + churned}) cannot exceed startingMrr (${startingMrr}): customers cannot lose more than they paid`,
    );
  }
  return { startingMrr, contraction, churned };
}

/**
 * Gross revenue churn over a period: (contraction + churned MRR) ÷ starting MRR. Expansion
 * does not offset it. A fraction of 1 per period, from 0 to 1.
 */
export function revenueChurn(input: RevenueMovements): number {
  const { startingMrr, contraction, churned } = movements(input);
  return (contraction + churned) / startingMrr;
}

/**
 * Gross revenue retention over a period: (starting MRR − contraction − churned) ÷ starting
 * MRR, i.e. 1 − gross revenue churn. A fraction of 1, never above 1.
 */
export function grossRevenueRetention(input: RevenueMovements): number {
  const { startingMrr, contraction, churned } = movements(input);
  return (startingMrr - contraction - churned) / startingMrr;
}

/**
 * Net revenue retention over a period (usually twelve months): (starting MRR + expansion −
 * contraction − churned) ÷ starting MRR, counting only customers who were paying at the
 * start. A fraction of 1; above 1 when expansion outweighs what was lost.
 */
export function netRevenueRetention(input: RevenueMovements & { expansion: number }): number {
  const { startingMrr, contraction, churned } = movements(input);
  const expansion = nonNegative('expansion', input.expansion);
  return (startingMrr + expansion - contraction - churned) / startingMrr;
}

/**
 * Net revenue churn over a period: (contraction + churned − expansion) ÷ starting MRR, i.e.
 * 1 − net revenue retention. A fraction of 1; negative ("negative churn") when expansion
 * outweighs what was lost.
 */
export function netRevenueChurn(input: RevenueMovements & { expansion: number }): number {
  const { startingMrr, contraction, churned } = movements(input);
  const expansion = nonNegative('expansion', input.expansion);
  return (contraction + churned - expansion) / startingMrr;
}

/**
 * Customer acquisition cost: sales and marketing spend over a period ÷ new customers won
 * in that period. Currency units per new customer.
 */
export function customerAcquisitionCost({
  salesAndMarketingSpend,
  newCustomers,
}: {
  salesAndMarketingSpend: number;
  newCustomers: number;
}): number {
  nonNegative('salesAndMarketingSpend', salesAndMarketingSpend);
  if (count('newCustomers', newCustomers) === 0) {
    throw new RangeError('newCustomers must be at least 1: CAC is undefined when no customer was won');
  }
  return salesAndMarketingSpend / newCustomers;
}

/**
 * CAC payback period: months of gross profit a new customer needs to repay its acquisition
 * cost, CAC ÷ (monthly revenue per customer × gross margin). Pass grossMargin 1 for the
 * revenue-only variant. Months (fractional).
 */
export function cacPaybackMonths({
  cac,
  monthlyRevenuePerCustomer,
  grossMargin,
}: {
  cac: number;
  monthlyRevenuePerCustomer: number;
  grossMargin: number;
}): number {
  nonNegative('cac', cac);
  positive('monthlyRevenuePerCustomer', monthlyRevenuePerCustomer);
  fraction('grossMargin', grossMargin, { zeroAllowed: false });
  return cac / (monthlyRevenuePerCustomer * grossMargin);
}

/** Expected customer lifetime in months under a constant monthly churn rate: 1 ÷ monthly churn. */
export function expectedLifetimeMonths(monthlyChurn: number): number {
  return 1 / fraction('monthlyChurn', monthlyChurn, { zeroAllowed: false });
}

/**
 * Customer lifetime value as gross profit: ARPA × gross margin ÷ monthly churn, where ARPA
 * is monthly revenue per customer and churn the monthly customer churn rate (a fraction
 * above 0). Pass grossMargin 1 for the revenue-only variant. Currency units per customer.
 */
export function customerLifetimeValue({
  arpa,
  grossMargin,
  monthlyChurn,
}: {
  arpa: number;
  grossMargin: number;
  monthlyChurn: number;
}): number {
  nonNegative('arpa', arpa);
  fraction('grossMargin', grossMargin, { zeroAllowed: true });
  fraction('monthlyChurn', monthlyChurn, { zeroAllowed: false });
  return (arpa * grossMargin) / monthlyChurn;
}

/** The LTV:CAC ratio: customer lifetime value ÷ customer acquisition cost (4 means 4:1). */
export function ltvToCac({ ltv, cac }: { ltv: number; cac: number }): number {
  nonNegative('ltv', ltv);
  positive('cac', cac);
  return ltv / cac;
}
