import { describe, expect, it } from 'vitest';
import { flatCommission, onTargetEarnings, payMix, targetCommissionRate } from '@/lib/formulas/compensation';
import { entryText, figure } from './entry';

// Whitespace folded to single spaces, so rewrapping a paragraph does not break the test.
const textOf = (locale: 'it' | 'en') => entryText('commission-plan', locale).replace(/\s+/g, ' ');

describe('commission plan worked example', () => {
  const written = {
    it: { ote: '100.000 €', base: '60.000 €', variable: '40.000 €', quota: '500.000 €', rate: '8%', sold: '575.000 €', attainment: '115%', commission: '46.000 €' },
    en: { ote: '€100,000', base: '€60,000', variable: '€40,000', quota: '€500,000', rate: '8%', sold: '€575,000', attainment: '115%', commission: '€46,000' },
  } as const;

  it.each(['it', 'en'] as const)('states every figure of the example (%s)', (locale) => {
    const text = textOf(locale);
    for (const value of Object.values(written[locale])) expect(text).toContain(value);
    expect(text).toContain('60/40');
  });

  it.each(['it', 'en'] as const)('states an OTE and a 60/40 mix that match base and variable (%s)', (locale) => {
    const w = written[locale];
    const base = figure(w.base, locale);
    const variable = figure(w.variable, locale);
    expect(onTargetEarnings(base, variable)).toBe(figure(w.ote, locale));
    const mix = payMix(base, variable);
    expect([Math.round(mix.fixed * 100), Math.round(mix.variable * 100)]).toEqual([60, 40]);
  });

  it.each(['it', 'en'] as const)('states the rate at target the formula gives (%s)', (locale) => {
    const w = written[locale];
    const text = textOf(locale);
    expect(text).toContain(`**${w.rate}**`);
    const rate = targetCommissionRate(figure(w.variable, locale), figure(w.quota, locale));
    expect(figure(w.rate, locale)).toBe(Number((rate * 100).toFixed(2)));
  });

  it.each(['it', 'en'] as const)('states the linear commission at 115% of quota (%s)', (locale) => {
    const w = written[locale];
    const rate = targetCommissionRate(figure(w.variable, locale), figure(w.quota, locale));
    const sold = figure(w.sold, locale);
    expect(Math.round((sold / figure(w.quota, locale)) * 100)).toBe(figure(w.attainment, locale));
    expect(figure(w.commission, locale)).toBe(Number(flatCommission(sold, rate).toFixed(2)));
  });
});
