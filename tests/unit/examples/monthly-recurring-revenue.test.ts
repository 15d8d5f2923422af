import { describe, expect, it } from 'vitest';
import { arrFromMrr, averageRevenuePerAccount, monthlyRecurringRevenue } from '@/lib/formulas/saas';
import { entryText, figure } from './entry';

// Orbita, the imaginary company shared by the SaaS entries, on 1 January.
const monthly = { amount: 160, termMonths: 1, count: 300 };
const annual = { amount: 3120, termMonths: 12, count: 200 };
const customers = 500;

describe('monthly recurring revenue worked example', () => {
  it.each([
    ['it', ['48.000 €', '52.000 €'], '**100.000 €**', '1.200.000 €'],
    ['en', ['€48,000', '€52,000'], '**€100,000**', '€1,200,000'],
  ] as const)('states each plan’s MRR, the total and the ARR the formulas give (%s)', (locale, plans, mrr, arr) => {
    const text = entryText('monthly-recurring-revenue', locale);
    for (const written of [...plans, mrr, arr]) expect(text).toContain(written);
    expect(figure(plans[0], locale)).toBe(monthlyRecurringRevenue([monthly]));
    expect(figure(plans[1], locale)).toBe(monthlyRecurringRevenue([annual]));
    expect(figure(mrr, locale)).toBe(monthlyRecurringRevenue([monthly, annual]));
    expect(figure(arr, locale)).toBe(arrFromMrr(monthlyRecurringRevenue([monthly, annual])));
  });

  it.each([
    ['it', '3.120 € ÷ 12 = 260 €', '260 €'],
    ['en', '€3,120 ÷ 12 = €260', '€260'],
  ] as const)('normalises the annual contract to a month (%s)', (locale, sentence, perMonth) => {
    expect(entryText('monthly-recurring-revenue', locale)).toContain(sentence);
    expect(figure(perMonth, locale)).toBe(monthlyRecurringRevenue([{ amount: 3120, termMonths: 12 }]));
  });

  it.each([
    ['it', '**200 €**'],
    ['en', '**€200**'],
  ] as const)('states the average revenue per account (%s)', (locale, arpa) => {
    expect(entryText('monthly-recurring-revenue', locale)).toContain(arpa);
    const mrr = monthlyRecurringRevenue([monthly, annual]);
    expect(figure(arpa, locale)).toBe(averageRevenuePerAccount({ mrr, customers }));
  });
});
