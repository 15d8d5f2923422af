import { describe, expect, it } from 'vitest';
import { flatCommission } from '@/lib/formulas/compensation';
import { entryText, figure } from './entry';

// Whitespace folded to single spaces, so rewrapping a paragraph does not break the test.
const textOf = (locale: 'it' | 'en') => entryText('sales-commission', locale).replace(/\s+/g, ' ');

describe('sales commission worked example', () => {
  const deals = { it: ['120.000 €', '85.000 €', '35.000 €'], en: ['€120,000', '€85,000', '€35,000'] } as const;
  const total = { it: '240.000 €', en: '€240,000' } as const;
  const rate = { it: '8%', en: '8%' } as const;
  const commission = { it: '19.200 €', en: '€19,200' } as const;

  it.each(['it', 'en'] as const)('states deals that add up to the total it writes (%s)', (locale) => {
    const text = textOf(locale);
    for (const deal of deals[locale]) expect(text).toContain(deal);
    expect(text).toContain(total[locale]);
    const sum = deals[locale].reduce((acc, deal) => acc + figure(deal, locale), 0);
    expect(sum).toBe(figure(total[locale], locale));
  });

  it.each(['it', 'en'] as const)('states the commission the formula gives (%s)', (locale) => {
    const text = textOf(locale);
    expect(text).toContain(`**${commission[locale]}**`);
    const computed = flatCommission(figure(total[locale], locale), figure(rate[locale], locale) / 100);
    expect(figure(commission[locale], locale)).toBe(Number(computed.toFixed(2)));
  });
});
