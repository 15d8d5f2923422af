import { describe, expect, it } from 'vitest';
import { commissionPayout, type CommissionInput } from '@/lib/formulas/commission';
import { entryText, figure } from './entry';

/** The entry's plan: €400,000 quota, 5% base rate, ×0.5 below 50%, the accelerators of the accelerator entry. */
const plan = {
  quota: 400_000,
  rate: 0.05,
  decelerator: { below: 0.5, multiplier: 0.5 },
  tiers: [
    { from: 1, multiplier: 1.5 },
    { from: 1.2, multiplier: 2 },
  ],
} as const;
const paid = (input: CommissionInput) => Math.round(commissionPayout(input).payout);
const withoutDecelerator = { quota: plan.quota, rate: plan.rate, tiers: plan.tiers };

const result = commissionPayout({ ...plan, attained: 300_000 });

/** Each figure the entry writes, in Italian and in English, and the value the formula gives. */
const figures: [it: string, en: string, value: number][] = [
  ['10.000 €', '€10,000', Math.round(result.payout)],
  ['2,5%', '2.5%', Number((plan.rate * plan.decelerator.multiplier * 100).toFixed(1))],
  ['15.000 €', '€15,000', paid({ ...withoutDecelerator, attained: 300_000 })],
  // a whole-amount decelerator: 2.5% on everything at €196,000, then 5% on everything at €200,000
  ['4.900 €', '€4,900', paid({ quota: plan.quota, rate: 0.025, attained: 196_000 })],
  ['5.100 €', '€5,100', paid({ quota: plan.quota, rate: 0.05, attained: 200_000 }) - paid({ quota: plan.quota, rate: 0.025, attained: 196_000 })],
  // the marginal decelerator at €200,000 and at 100%
  ['5.000 €', '€5,000', paid({ ...plan, attained: 200_000 })],
  ['15.000 €', '€15,000', paid({ ...plan, attained: 400_000 })],
  // rebalanced so that 100% still pays the €20,000 variable at target: 7.5% from 50% to 100%
  ['7,5%', '7.5%', Number((plan.rate * 1.5 * 100).toFixed(1))],
  [
    '20.000 €',
    '€20,000',
    paid({ ...plan, attained: 400_000, tiers: [{ from: 0.5, multiplier: 1.5 }, ...plan.tiers] }),
  ],
];

describe('commission decelerators worked example', () => {
  it.each(['it', 'en'] as const)('states what each slice paid (%s)', (locale) => {
    const text = entryText('commission-decelerator', locale);
    expect(result.tiers.slice(0, 2).map((slice) => Math.round(slice.payout))).toEqual([5_000, 5_000]);
    expect(result.tiers.slice(0, 2).map((slice) => slice.revenue)).toEqual([200_000, 100_000]);
    for (const written of locale === 'it' ? ['200.000 €', '100.000 €', '5.000 €'] : ['€200,000', '€100,000', '€5,000']) {
      expect(text).toContain(written);
    }
  });

  it.each(['it', 'en'] as const)('states the figures the formula gives (%s)', (locale) => {
    const text = entryText('commission-decelerator', locale);
    for (const [itWritten, enWritten, value] of figures) {
      const written = locale === 'it' ? itWritten : enWritten;
      expect(text).toContain(written);
      expect(figure(written, locale)).toBe(value);
    }
  });
});
