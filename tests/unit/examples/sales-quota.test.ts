import { describe, expect, it } from 'vitest';
import { quotaOverAssignment, quotaToOteRatio } from '@/lib/formulas/compensation';
import { entryText, figure } from './entry';

// Whitespace folded to single spaces, so rewrapping a paragraph does not break the test.
const textOf = (locale: 'it' | 'en') => entryText('sales-quota', locale).replace(/\s+/g, ' ');

describe('sales quota worked example', () => {
  const written = {
    it: {
      target: '2.500.000 €',
      quotas: '600.000 €, 600.000 €, 550.000 €, 500.000 € e 500.000 €',
      total: '2.750.000 €',
      overAssignment: '10%',
      quota: '500.000 €',
      ote: '100.000 €',
      ratio: '5 volte',
    },
    en: {
      target: '€2,500,000',
      quotas: '€600,000, €600,000, €550,000, €500,000 and €500,000',
      total: '€2,750,000',
      overAssignment: '10%',
      quota: '€500,000',
      ote: '€100,000',
      ratio: '5 times',
    },
  } as const;

  const quotasOf = (locale: 'it' | 'en') =>
    written[locale].quotas.split(locale === 'it' ? /, | e / : /, | and /).map((quota) => figure(quota, locale));

  it.each(['it', 'en'] as const)('states five quotas that add up to the total it writes (%s)', (locale) => {
    const text = textOf(locale);
    expect(text).toContain(written[locale].quotas);
    expect(text).toContain(written[locale].total);
    const quotas = quotasOf(locale);
    expect(quotas).toHaveLength(5);
    expect(quotas.reduce((sum, quota) => sum + quota, 0)).toBe(figure(written[locale].total, locale));
  });

  it.each(['it', 'en'] as const)('states the over-assignment the formula gives (%s)', (locale) => {
    const w = written[locale];
    const text = textOf(locale);
    expect(text).toContain(w.target);
    expect(text).toContain(`**${w.overAssignment}**`);
    const overAssignment = quotaOverAssignment(quotasOf(locale), figure(w.target, locale));
    expect(figure(w.overAssignment, locale)).toBe(Number((overAssignment * 100).toFixed(1)));
  });

  it.each(['it', 'en'] as const)('states the quota-to-OTE ratio the formula gives (%s)', (locale) => {
    const w = written[locale];
    const text = textOf(locale);
    expect(text).toContain(`**${w.ratio}**`);
    const ratio = quotaToOteRatio(figure(w.quota, locale), figure(w.ote, locale));
    expect(figure(w.ratio, locale)).toBe(Number(ratio.toFixed(1)));
  });
});
