import { describe, expect, it } from 'vitest';
import { arrFromMrr, grossRevenueRetention, netRevenueChurn, netRevenueRetention } from '@/lib/formulas/saas';
import { entryText, figure } from './entry';

// Orbita's 500 customers of 1 January, followed for twelve months.
const year = { startingMrr: 100000, expansion: 32000, contraction: 6000, churned: 22000 };
const percent = (fraction: number) => Number((fraction * 100).toFixed(1));
/** The figure without the bold markers around it, so its sign is read. */
const bare = (written: string) => written.replaceAll('*', '');

describe('net revenue retention worked example', () => {
  it.each([
    ['it', '**104.000 €**', '**104%**', '**72%**'],
    ['en', '**€104,000**', '**104%**', '**72%**'],
  ] as const)('states the ending MRR, NRR and GRR the formulas give (%s)', (locale, endingMrr, nrr, grr) => {
    const text = entryText('net-revenue-retention', locale);
    for (const written of [endingMrr, nrr, grr]) expect(text).toContain(written);
    expect(figure(endingMrr, locale) / year.startingMrr).toBeCloseTo(netRevenueRetention(year), 12);
    expect(figure(nrr, locale)).toBe(percent(netRevenueRetention(year)));
    expect(figure(grr, locale)).toBe(percent(grossRevenueRetention(year)));
  });

  it.each([
    ['it', '1.248.000 € contro 1.200.000 €', '1.248.000 €', '1.200.000 €'],
    ['en', '€1,248,000 against €1,200,000', '€1,248,000', '€1,200,000'],
  ] as const)('gives the same ratio in ARR terms (%s)', (locale, sentence, ending, starting) => {
    expect(entryText('net-revenue-retention', locale)).toContain(sentence);
    const endingMrr = year.startingMrr + year.expansion - year.contraction - year.churned;
    expect(figure(ending, locale)).toBe(arrFromMrr(endingMrr));
    expect(figure(starting, locale)).toBe(arrFromMrr(year.startingMrr));
    expect(figure(ending, locale) / figure(starting, locale)).toBeCloseTo(netRevenueRetention(year), 12);
  });

  it.each([
    ['it', '**−4%**'],
    ['en', '**−4%**'],
  ] as const)('states the net revenue churn that is 100%% minus NRR (%s)', (locale, churn) => {
    expect(entryText('net-revenue-retention', locale)).toContain(churn);
    expect(figure(bare(churn), locale)).toBe(percent(netRevenueChurn(year)));
  });
});
