import { describe, expect, it } from 'vitest';
import {
  annualChurnFromMonthly,
  arrFromMrr,
  averageRevenuePerAccount,
  cacPaybackMonths,
  customerAcquisitionCost,
  customerChurnRate,
  customerLifetimeValue,
  expectedLifetimeMonths,
  grossRevenueRetention,
  ltvToCac,
  monthlyRecurringRevenue,
  netRevenueChurn,
  netRevenueRetention,
  revenueChurn,
} from '@/lib/formulas/saas';

describe('monthlyRecurringRevenue', () => {
  it.each([
    ['is zero with no subscriptions', [], 0],
    ['counts a monthly subscription at its price', [{ amount: 160, termMonths: 1 }], 160],
    ['counts an annual contract at a twelfth of its value', [{ amount: 3120, termMonths: 12 }], 260],
    ['counts a quarterly contract at a third of its value', [{ amount: 600, termMonths: 3 }], 200],
    ['spreads a three-year contract over 36 months', [{ amount: 36000, termMonths: 36 }], 1000],
    ['multiplies a line by its count', [{ amount: 160, termMonths: 1, count: 300 }], 48000],
    ['treats a zero count as no revenue', [{ amount: 160, termMonths: 1, count: 0 }], 0],
    [
      'sums lines billed over different terms',
      [
        { amount: 160, termMonths: 1, count: 300 },
        { amount: 3120, termMonths: 12, count: 200 },
      ],
      100000,
    ],
  ])('%s', (_, subscriptions, expected) => {
    expect(monthlyRecurringRevenue(subscriptions)).toBe(expected);
  });

  it.each([
    ['a negative amount', { amount: -1, termMonths: 1 }, /amount cannot be negative/],
    ['a zero-month term', { amount: 100, termMonths: 0 }, /termMonths must be greater than zero/],
    ['a negative count', { amount: 100, termMonths: 1, count: -2 }, /count cannot be negative/],
    ['a fractional count', { amount: 100, termMonths: 1, count: 1.5 }, /count must be a whole number/],
    ['an amount that is not a number', { amount: Number.NaN, termMonths: 1 }, /amount must be a finite number/],
  ])('refuses %s with a RangeError naming the line', (_, subscription, message) => {
    expect(() => monthlyRecurringRevenue([{ amount: 10, termMonths: 1 }, subscription])).toThrow(RangeError);
    expect(() => monthlyRecurringRevenue([{ amount: 10, termMonths: 1 }, subscription])).toThrow(
      new RegExp(`subscriptions\\[1\\]\\.${message.source}`),
    );
  });
});

describe('arrFromMrr', () => {
  it.each([
    ['is twelve times MRR', 100000, 1200000],
    ['keeps fractions of a euro (no rounding)', 83.33, 999.96],
    ['is zero for zero MRR', 0, 0],
  ])('%s', (_, mrr, arr) => {
    expect(arrFromMrr(mrr)).toBeCloseTo(arr, 10);
  });

  it.each([[-1], [Number.POSITIVE_INFINITY]])('refuses an MRR of %d with a RangeError', (mrr) => {
    expect(() => arrFromMrr(mrr)).toThrow(RangeError);
  });
});

describe('averageRevenuePerAccount', () => {
  it('divides MRR by paying customers', () => {
    expect(averageRevenuePerAccount({ mrr: 100000, customers: 500 })).toBe(200);
  });

  it.each([
    ['no customers', { mrr: 100, customers: 0 }, /customers must be at least 1/],
    ['a fractional customer count', { mrr: 100, customers: 2.5 }, /whole number/],
    ['a negative MRR', { mrr: -100, customers: 2 }, /mrr cannot be negative/],
  ])('refuses %s with a RangeError', (_, input, message) => {
    expect(() => averageRevenuePerAccount(input)).toThrow(RangeError);
    expect(() => averageRevenuePerAccount(input)).toThrow(message);
  });
});

describe('customerChurnRate', () => {
  it.each([
    ['is customers lost over customers at the start', 500, 10, 0.02],
    ['is zero when nobody leaves', 500, 0, 0],
    ['is one when everybody leaves', 40, 40, 1],
    ['keeps repeating decimals unrounded', 3, 1, 1 / 3],
  ])('%s', (_, customersAtStart, customersLost, rate) => {
    expect(customerChurnRate({ customersAtStart, customersLost })).toBe(rate);
  });

  it.each([
    ['no customers at the start (zero denominator)', { customersAtStart: 0, customersLost: 0 }, /at least 1/],
    ['more customers lost than there were', { customersAtStart: 10, customersLost: 11 }, /cannot exceed/],
    ['a negative count', { customersAtStart: 10, customersLost: -1 }, /cannot be negative/],
    ['a fractional count', { customersAtStart: 10.5, customersLost: 1 }, /whole number/],
  ])('refuses %s with a RangeError', (_, input, message) => {
    expect(() => customerChurnRate(input)).toThrow(RangeError);
    expect(() => customerChurnRate(input)).toThrow(message);
  });
});

describe('annualChurnFromMonthly', () => {
  it.each([
    ['compounds 2% a month to about 21.5% a year, not 24%', 0.02, 1 - 0.98 ** 12],
    ['is zero for zero monthly churn', 0, 0],
    ['is one when everybody leaves every month', 1, 1],
  ])('%s', (_, monthly, annual) => {
    expect(annualChurnFromMonthly(monthly)).toBeCloseTo(annual, 12);
  });

  it('gives 21.5% once rounded for 2% a month', () => {
    expect(Number((annualChurnFromMonthly(0.02) * 100).toFixed(1))).toBe(21.5);
  });

  it.each([[-0.01], [1.2], [Number.NaN]])('refuses a monthly churn of %d with a RangeError', (monthly) => {
    expect(() => annualChurnFromMonthly(monthly)).toThrow(RangeError);
  });
});

describe('revenue churn and retention', () => {
  const month = { startingMrr: 100000, contraction: 500, churned: 2000, expansion: 3000 };

  it.each([
    ['gross revenue churn counts contraction and churned MRR', revenueChurn(month), 0.025],
    ['gross revenue retention is one minus gross revenue churn', grossRevenueRetention(month), 0.975],
    ['net revenue retention adds expansion back', netRevenueRetention(month), 1.005],
    ['net revenue churn turns negative when expansion outweighs losses', netRevenueChurn(month), -0.005],
  ])('%s', (_, value, expected) => {
    expect(value).toBeCloseTo(expected, 12);
  });

  it.each([
    ['gross revenue retention is 1 with no losses', grossRevenueRetention({ startingMrr: 100, contraction: 0, churned: 0 }), 1],
    ['gross revenue retention is 0 when everything is lost', grossRevenueRetention({ startingMrr: 100, contraction: 40, churned: 60 }), 0],
    [
      'net revenue retention can exceed 1',
      netRevenueRetention({ startingMrr: 100000, expansion: 32000, contraction: 6000, churned: 22000 }),
      1.04,
    ],
    [
      'net revenue retention equals gross revenue retention without expansion',
      netRevenueRetention({ startingMrr: 100000, expansion: 0, contraction: 6000, churned: 22000 }),
      0.72,
    ],
  ])('%s', (_, value, expected) => {
    expect(value).toBeCloseTo(expected, 12);
  });

  it('keeps NRR and net revenue churn summing to one', () => {
    const input = { startingMrr: 73000, expansion: 1234, contraction: 567, churned: 8901 };
    expect(netRevenueRetention(input) + netRevenueChurn(input)).toBeCloseTo(1, 12);
  });

  it.each([
    ['a zero starting MRR (zero denominator)', { startingMrr: 0, expansion: 0, contraction: 0, churned: 0 }, /startingMrr/],
    ['losses larger than the starting MRR', { startingMrr: 100, expansion: 0, contraction: 30, churned: 80 }, /cannot exceed/],
    ['a negative contraction', { startingMrr: 100, expansion: 0, contraction: -5, churned: 0 }, /contraction/],
    ['a negative churned MRR', { startingMrr: 100, expansion: 0, contraction: 0, churned: -5 }, /churned/],
    ['a negative expansion', { startingMrr: 100, expansion: -5, contraction: 0, churned: 0 }, /expansion/],
  ])('refuses %s with a RangeError', (_, input, message) => {
    for (const compute of [netRevenueRetention, netRevenueChurn]) {
      expect(() => compute(input)).toThrow(RangeError);
      expect(() => compute(input)).toThrow(message);
    }
    if (input.expansion >= 0) {
      for (const compute of [revenueChurn, grossRevenueRetention]) {
        expect(() => compute(input)).toThrow(RangeError);
        expect(() => compute(input)).toThrow(message);
      }
    }
  });
});

describe('customerAcquisitionCost', () => {
  it.each([
    ['is sales and marketing spend over new customers', 180000, 90, 2000],
    ['is zero when nothing was spent', 0, 5, 0],
    ['keeps fractions unrounded', 1000, 3, 1000 / 3],
  ])('%s', (_, salesAndMarketingSpend, newCustomers, cac) => {
    expect(customerAcquisitionCost({ salesAndMarketingSpend, newCustomers })).toBe(cac);
  });

  it.each([
    ['no new customers (zero denominator)', { salesAndMarketingSpend: 1000, newCustomers: 0 }, /at least 1/],
    ['a negative spend', { salesAndMarketingSpend: -1, newCustomers: 2 }, /cannot be negative/],
    ['a fractional number of customers', { salesAndMarketingSpend: 1000, newCustomers: 2.5 }, /whole number/],
  ])('refuses %s with a RangeError', (_, input, message) => {
    expect(() => customerAcquisitionCost(input)).toThrow(RangeError);
    expect(() => customerAcquisitionCost(input)).toThrow(message);
  });
});

describe('cacPaybackMonths', () => {
  it.each([
    ['divides CAC by monthly gross profit per customer', { cac: 2000, monthlyRevenuePerCustomer: 200, grossMargin: 0.8 }, 12.5],
    ['is the revenue-only payback with a margin of 1', { cac: 2000, monthlyRevenuePerCustomer: 200, grossMargin: 1 }, 10],
    ['is zero for a customer that cost nothing', { cac: 0, monthlyRevenuePerCustomer: 200, grossMargin: 0.8 }, 0],
  ])('%s', (_, input, months) => {
    expect(cacPaybackMonths(input)).toBeCloseTo(months, 12);
  });

  it.each([
    ['zero monthly revenue (zero denominator)', { cac: 2000, monthlyRevenuePerCustomer: 0, grossMargin: 0.8 }, /monthlyRevenuePerCustomer/],
    ['a zero margin (never paid back)', { cac: 2000, monthlyRevenuePerCustomer: 200, grossMargin: 0 }, /grossMargin/],
    ['a margin above 100%', { cac: 2000, monthlyRevenuePerCustomer: 200, grossMargin: 80 }, /grossMargin/],
    ['a negative CAC', { cac: -1, monthlyRevenuePerCustomer: 200, grossMargin: 0.8 }, /cac/],
  ])('refuses %s with a RangeError', (_, input, message) => {
    expect(() => cacPaybackMonths(input)).toThrow(RangeError);
    expect(() => cacPaybackMonths(input)).toThrow(message);
  });
});

describe('expectedLifetimeMonths', () => {
  it.each([
    ['is one over monthly churn', 0.02, 50],
    ['is one month when everybody leaves each month', 1, 1],
  ])('%s', (_, churn, months) => {
    expect(expectedLifetimeMonths(churn)).toBeCloseTo(months, 12);
  });

  it.each([[0], [-0.1], [2]])('refuses a monthly churn of %d with a RangeError', (churn) => {
    expect(() => expectedLifetimeMonths(churn)).toThrow(RangeError);
  });
});

describe('customerLifetimeValue', () => {
  it.each([
    ['is ARPA times gross margin over monthly churn', { arpa: 200, grossMargin: 0.8, monthlyChurn: 0.02 }, 8000],
    ['is the revenue-only LTV with a margin of 1', { arpa: 200, grossMargin: 1, monthlyChurn: 0.02 }, 10000],
    ['is zero with a zero margin', { arpa: 200, grossMargin: 0, monthlyChurn: 0.02 }, 0],
    ['equals ARPA times margin times expected lifetime', { arpa: 90, grossMargin: 0.7, monthlyChurn: 0.03 }, 90 * 0.7 * (1 / 0.03)],
  ])('%s', (_, input, ltv) => {
    expect(customerLifetimeValue(input)).toBeCloseTo(ltv, 9);
  });

  it.each([
    ['zero churn (zero denominator: customers who never leave)', { arpa: 200, grossMargin: 0.8, monthlyChurn: 0 }, /monthlyChurn/],
    ['churn written as a percentage', { arpa: 200, grossMargin: 0.8, monthlyChurn: 2 }, /monthlyChurn/],
    ['a margin written as a percentage', { arpa: 200, grossMargin: 80, monthlyChurn: 0.02 }, /grossMargin/],
    ['a negative ARPA', { arpa: -200, grossMargin: 0.8, monthlyChurn: 0.02 }, /arpa/],
  ])('refuses %s with a RangeError', (_, input, message) => {
    expect(() => customerLifetimeValue(input)).toThrow(RangeError);
    expect(() => customerLifetimeValue(input)).toThrow(message);
  });
});

describe('ltvToCac', () => {
  it.each([
    ['is LTV over CAC', { ltv: 8000, cac: 2000 }, 4],
    ['can be below one', { ltv: 1500, cac: 2000 }, 0.75],
  ])('%s', (_, input, ratio) => {
    expect(ltvToCac(input)).toBe(ratio);
  });

  it.each([
    ['a zero CAC (zero denominator)', { ltv: 8000, cac: 0 }, /cac/],
    ['a negative LTV', { ltv: -1, cac: 2000 }, /ltv/],
  ])('refuses %s with a RangeError', (_, input, message) => {
    expect(() => ltvToCac(input)).toThrow(RangeError);
    expect(() => ltvToCac(input)).toThrow(message);
  });
});
