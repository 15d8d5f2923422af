import { describe, expect, it } from 'vitest';
import { arrFromMrr, monthlyRecurringRevenue } from '@/lib/formulas/saas';
import { entryText, figure } from './entry';

// Orbita, the imaginary company shared by the SaaS entries, on 1 January.
const orbita = [
  { amount: 160, termMonths: 1, count: 300 },
  { amount: 3120, termMonths: 12, count: 200 },
];

describe('annual recurring revenue worked example', () => {
  it.each([
    ['it', '100.000 €', '**1.200.000 €**'],
    ['en', '€100,000', '**€1,200,000**'],
  ] as const)('states the MRR and the ARR the formulas give (%s)', (locale, mrr, arr) => {
    const text = entryText('annual-recurring-revenue', locale);
    expect(text).toContain(mrr);
    expect(text).toContain(arr);
    expect(figure(mrr, locale)).toBe(monthlyRecurringRevenue(orbita));
    expect(figure(arr, locale)).toBe(arrFromMrr(monthlyRecurringRevenue(orbita)));
  });

  it.each([
    ['it', 'salirebbe di 12.000 €, non di 36.000 €', '12.000 €'],
    ['en', 'rise by €12,000, not by €36,000', '€12,000'],
  ] as const)('counts a three-year contract at a third of its value (%s)', (locale, sentence, added) => {
    expect(entryText('annual-recurring-revenue', locale)).toContain(sentence);
    expect(figure(added, locale)).toBe(arrFromMrr(monthlyRecurringRevenue([{ amount: 36000, termMonths: 36 }])));
  });
});
