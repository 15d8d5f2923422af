import { describe, expect, it } from 'vitest';
import { quotaAttainment } from '@/lib/formulas/compensation';
import { entryText, figure } from './entry';

// Whitespace folded to single spaces, so rewrapping a paragraph does not break the test.
const textOf = (locale: 'it' | 'en') => entryText('quota-attainment', locale).replace(/\s+/g, ' ');

const percent = (fraction: number, digits = 2) => Number((fraction * 100).toFixed(digits));

describe('quota attainment worked examples', () => {
  it.each([
    ['it', '575.000 €', '500.000 €', '115%'],
    ['en', '€575,000', '€500,000', '115%'],
  ] as const)('states the individual attainment the formula gives (%s)', (locale, sold, quota, attainment) => {
    const text = textOf(locale);
    expect(text).toContain(`${sold} ÷ ${quota} × 100 = **${attainment}**`);
    expect(figure(attainment, locale)).toBe(percent(quotaAttainment(figure(sold, locale), figure(quota, locale))));
  });

  // Each row of the team table: salesperson, quota, sales, attainment, as written.
  const rows = {
    it: [
      ['A', '400.000 €', '500.000 €', '125%'],
      ['B', '400.000 €', '480.000 €', '120%'],
      ['C', '600.000 €', '420.000 €', '70%'],
      ['D', '600.000 €', '360.000 €', '60%'],
    ],
    en: [
      ['A', '€400,000', '€500,000', '125%'],
      ['B', '€400,000', '€480,000', '120%'],
      ['C', '€600,000', '€420,000', '70%'],
      ['D', '€600,000', '€360,000', '60%'],
    ],
  } as const;
  const team = {
    it: { quota: '2.000.000 €', sold: '1.760.000 €', attainment: '88%', average: '93,75%', atQuota: '2 venditori su 4' },
    en: { quota: '€2,000,000', sold: '€1,760,000', attainment: '88%', average: '93.75%', atQuota: '2 salespeople out of 4' },
  } as const;

  it.each(['it', 'en'] as const)('states each row of the team table as the formula gives it (%s)', (locale) => {
    const text = textOf(locale);
    for (const [name, quota, sold, attainment] of rows[locale]) {
      expect(text).toContain(`| ${name} | ${quota} | ${sold} | ${attainment} |`);
      expect(figure(attainment, locale)).toBe(percent(quotaAttainment(figure(sold, locale), figure(quota, locale))));
    }
  });

  it.each(['it', 'en'] as const)('states team totals and the attainment of the totals (%s)', (locale) => {
    const t = team[locale];
    const text = textOf(locale);
    const quotas = rows[locale].map(([, quota]) => figure(quota, locale));
    const sales = rows[locale].map(([, , sold]) => figure(sold, locale));
    const sum = (values: number[]) => values.reduce((acc, value) => acc + value, 0);
    expect(sum(quotas)).toBe(figure(t.quota, locale));
    expect(sum(sales)).toBe(figure(t.sold, locale));
    expect(text).toContain(`${t.sold} ÷ ${t.quota} × 100 = **${t.attainment}**`);
    expect(figure(t.attainment, locale)).toBe(percent(quotaAttainment(sum(sales), sum(quotas))));
  });

  it.each(['it', 'en'] as const)('states the misleading simple average and how many are at quota (%s)', (locale) => {
    const t = team[locale];
    const text = textOf(locale);
    const attainments = rows[locale].map(([, quota, sold]) => quotaAttainment(figure(sold, locale), figure(quota, locale)));
    const average = attainments.reduce((acc, value) => acc + value, 0) / attainments.length;
    expect(text).toContain(t.average);
    expect(figure(t.average, locale)).toBe(percent(average));
    expect(text).toContain(t.atQuota);
    expect(attainments.filter((attainment) => attainment >= 1)).toHaveLength(2);
  });
});
