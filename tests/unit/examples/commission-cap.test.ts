import { describe, expect, it } from 'vitest';
import { commissionPayout } from '@/lib/formulas/commission';
import { entryText, figure } from './entry';

/** The entry's plan: €400,000 quota, 5% base rate, ×1.5 above 100%, ×2 above 120%, €40,000 cap. */
const plan = {
  quota: 400_000,
  rate: 0.05,
  tiers: [
    { from: 1, multiplier: 1.5 },
    { from: 1.2, multiplier: 2 },
  ],
  cap: 40_000,
} as const;
const result = commissionPayout({ ...plan, attained: 640_000 });
const uncapped = commissionPayout({ ...plan, cap: undefined, attained: 640_000 });
const capReachedAt = 620_000;

describe('commission cap worked example', () => {
  it('reaches the cap exactly at the sales the entry names, and not before', () => {
    expect(commissionPayout({ ...plan, attained: capReachedAt }).uncappedPayout).toBeCloseTo(plan.cap, 6);
    expect(commissionPayout({ ...plan, attained: capReachedAt - 1 }).uncappedPayout).toBeLessThan(plan.cap);
    expect(result.capped).toBe(true);
  });

  /** Each figure the entry writes, in Italian and in English, and the value the formula gives. */
  const figures: [it: string, en: string, value: number][] = [
    ['40.000 €', '€40,000', Math.round(result.payout)],
    ['42.000 €', '€42,000', Math.round(result.uncappedPayout)],
    ['16.000 €', '€16,000', Math.round(uncapped.tiers[2]!.payout)],
    ['14.000 €', '€14,000', Math.round(result.tiers[2]!.payout)],
    ['620.000 €', '€620,000', capReachedAt],
    ['155%', '155%', (capReachedAt / plan.quota) * 100],
    ['20.000 €', '€20,000', result.tiers[2]!.revenue - (capReachedAt - 480_000)],
    ['6,25%', '6.25%', Number((result.effectiveRate * 100).toFixed(2))],
  ];

  it('pays the uncapped slices in full and trims the last one', () => {
    expect(result.tiers.map((slice) => Math.round(slice.payout))).toEqual([20_000, 6_000, 14_000]);
    expect(uncapped.payout).toBe(result.uncappedPayout);
  });

  it.each(['it', 'en'] as const)('states the figures the formula gives (%s)', (locale) => {
    const text = entryText('commission-cap', locale);
    for (const [itWritten, enWritten, value] of figures) {
      const written = locale === 'it' ? itWritten : enWritten;
      expect(text).toContain(written);
      expect(figure(written, locale)).toBe(value);
    }
  });
});
