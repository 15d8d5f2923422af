import { describe, expect, it } from 'vitest';
import { commissionPayout } from '@/lib/formulas/commission';
import { search } from '@/lib/search';
import { glossaryOf } from '../compiled';
import { entryText, figure } from './entry';

const getSearchIndex = (locale: 'it' | 'en') => glossaryOf('content').searchIndex(locale);

/** The entry's plan: €400,000 quota, 5% base rate, ×1.5 above 100%, ×2 above 120%. */
const result = commissionPayout({
  quota: 400_000,
  attained: 520_000,
  rate: 0.05,
  tiers: [
    { from: 1, multiplier: 1.5 },
    { from: 1.2, multiplier: 2 },
  ],
});

const written = {
  it: { payout: '30.000 €', slices: ['20.000 €', '6.000 €', '4.000 €'], effective: '5,8%', retroactive: '52.000 €', extra: '22.000 €' },
  en: { payout: '€30,000', slices: ['€20,000', '€6,000', '€4,000'], effective: '5.8%', retroactive: '€52,000', extra: '€22,000' },
} as const;

describe('commission accelerators worked example', () => {
  it.each(['it', 'en'] as const)('states the payout and what each slice paid (%s)', (locale) => {
    const text = entryText('commission-accelerator', locale);
    const figures = written[locale];
    expect(text).toContain(figures.payout);
    expect(figure(figures.payout, locale)).toBe(Math.round(result.payout));
    figures.slices.forEach((slice, i) => {
      expect(text).toContain(slice);
      expect(figure(slice, locale)).toBe(Math.round(result.tiers[i]!.payout));
    });
  });

  it.each(['it', 'en'] as const)('states the effective rate the formula gives (%s)', (locale) => {
    const figures = written[locale];
    expect(entryText('commission-accelerator', locale)).toContain(figures.effective);
    expect(figure(figures.effective, locale)).toBe(Number((result.effectiveRate * 100).toFixed(1)));
  });

  it.each(['it', 'en'] as const)('states what a retroactive 10% would have paid instead (%s)', (locale) => {
    const text = entryText('commission-accelerator', locale);
    const figures = written[locale];
    const retroactive = commissionPayout({ quota: 400_000, attained: 520_000, rate: 0.1 }).payout;
    expect(text).toContain(figures.retroactive);
    expect(figure(figures.retroactive, locale)).toBe(Math.round(retroactive));
    expect(text).toContain(figures.extra);
    expect(figure(figures.extra, locale)).toBe(Math.round(retroactive - result.payout));
  });
});

describe('finding the entry', () => {
  it.each([
    ['it', 'acceleratori provvigioni'],
    ['it', 'acceleratore'],
    ['it', 'acceleratori provvigionali'],
    ['en', 'commission accelerator'],
    ['en', 'accelerators'],
  ] as const)('in %s, "%s" finds it first', (locale, query) => {
    expect(search(getSearchIndex(locale), query).hits[0]?.id).toBe('commission-accelerator');
  });
});
