import { describe, expect, it } from 'vitest';
import { forecastAccuracy, weightedPipeline } from '@/lib/formulas/pipeline';
import { entryText, figure } from './entry';

// The entry's example: five deals at the start of a quarter; A, B and D were won.
const deals = {
  A: { value: 120_000, probability: 0.75, category: 'commit', won: true },
  B: { value: 80_000, probability: 0.75, category: 'commit', won: true },
  C: { value: 100_000, probability: 0.5, category: 'best case', won: false },
  D: { value: 50_000, probability: 0.5, category: 'best case', won: true },
  E: { value: 150_000, probability: 0.25, category: 'pipeline', won: false },
};
const all = Object.values(deals);
const sum = (list: typeof all) => list.reduce((total, deal) => total + deal.value, 0);
const weighted = weightedPipeline(all);
const commit = sum(all.filter((deal) => deal.category === 'commit'));
const bestCase = commit + sum(all.filter((deal) => deal.category === 'best case'));
const actual = sum(all.filter((deal) => deal.won));

const written = {
  it: { weighted: '262.500 €', commit: '200.000 €', bestCase: '350.000 €', actual: '250.000 €', pipeline: '500.000 €', weightedAccuracy: '95%', commitAccuracy: '80%' },
  en: { weighted: '€262,500', commit: '€200,000', bestCase: '€350,000', actual: '€250,000', pipeline: '€500,000', weightedAccuracy: '95%', commitAccuracy: '80%' },
} as const;

describe('sales forecast worked example', () => {
  it.each(['it', 'en'] as const)('states the weighted forecast the formula gives (%s)', (locale) => {
    const text = entryText('sales-forecast', locale);
    expect(text).toContain(`**${written[locale].weighted}**`);
    expect(figure(written[locale].weighted, locale)).toBe(weighted);
    expect(text).toContain(`**${written[locale].pipeline}**`);
    expect(figure(written[locale].pipeline, locale)).toBe(sum(all));
  });

  it.each(['it', 'en'] as const)('states commit, best case and the actual result (%s)', (locale) => {
    const text = entryText('sales-forecast', locale);
    for (const [key, value] of [['commit', commit], ['bestCase', bestCase], ['actual', actual]] as const) {
      expect(text).toContain(written[locale][key]);
      expect(figure(written[locale][key], locale)).toBe(value);
    }
  });

  it.each(['it', 'en'] as const)('states the forecast accuracy the formula gives (%s)', (locale) => {
    const text = entryText('sales-forecast', locale);
    expect(text).toContain(`**${written[locale].weightedAccuracy}**`);
    expect(figure(written[locale].weightedAccuracy, locale)).toBe(Number((forecastAccuracy(weighted, actual) * 100).toFixed(1)));
    expect(text).toContain(`**${written[locale].commitAccuracy}**`);
    expect(figure(written[locale].commitAccuracy, locale)).toBe(Number((forecastAccuracy(commit, actual) * 100).toFixed(1)));
  });
});
