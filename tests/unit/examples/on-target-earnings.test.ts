import { describe, expect, it } from 'vitest';
import {
  flatCommission,
  onTargetEarnings,
  quotaAttainment,
  quotaToOteRatio,
  targetCommissionRate,
} from '@/lib/formulas/compensation';
import { entryText, figure } from './entry';

// Whitespace folded to single spaces, so rewrapping a paragraph does not break the test.
const textOf = (locale: 'it' | 'en') => entryText('on-target-earnings', locale).replace(/\s+/g, ' ');

const written = {
  it: { base: '60.000 €', variable: '40.000 €', quota: '500.000 €', ote: '100.000 €', rate: '8%' },
  en: { base: '€60,000', variable: '€40,000', quota: '€500,000', ote: '€100,000', rate: '8%' },
} as const;

// Each outcome: attainment, amount sold, commission, total pay, as written.
const outcomes = {
  it: [
    ['115%', '575.000 €', '46.000 €', '106.000 €'],
    ['80%', '400.000 €', '32.000 €', '92.000 €'],
  ],
  en: [
    ['115%', '€575,000', '€46,000', '€106,000'],
    ['80%', '€400,000', '€32,000', '€92,000'],
  ],
} as const;

describe('on-target earnings worked example', () => {
  it.each(['it', 'en'] as const)('states the OTE the formula gives (%s)', (locale) => {
    const w = written[locale];
    expect(textOf(locale)).toContain(`${w.base} + ${w.variable} = **${w.ote}**`);
    expect(figure(w.ote, locale)).toBe(onTargetEarnings(figure(w.base, locale), figure(w.variable, locale)));
  });

  it.each(['it', 'en'] as const)('states the linear rate the plan implies (%s)', (locale) => {
    const w = written[locale];
    expect(textOf(locale)).toContain(`${w.rate} (${w.variable} ÷ ${w.quota})`);
    const rate = targetCommissionRate(figure(w.variable, locale), figure(w.quota, locale));
    expect(figure(w.rate, locale)).toBe(Number((rate * 100).toFixed(2)));
  });

  it.each(['it', 'en'] as const)('states the pay each outcome earns on that plan (%s)', (locale) => {
    const w = written[locale];
    const text = textOf(locale);
    const base = figure(w.base, locale);
    const quota = figure(w.quota, locale);
    const rate = targetCommissionRate(figure(w.variable, locale), quota);
    for (const [attainment, sold, commission, total] of outcomes[locale]) {
      expect(text).toContain(locale === 'it' ? `${attainment} della quota (${sold} venduti)` : `${attainment} of quota (${sold} sold)`);
      expect(text).toContain(`${w.base} + ${commission} = **${total}**`);
      expect(figure(attainment, locale)).toBe(Number((quotaAttainment(figure(sold, locale), quota) * 100).toFixed(2)));
      const earned = flatCommission(figure(sold, locale), rate);
      expect(figure(commission, locale)).toBe(Number(earned.toFixed(2)));
      expect(figure(total, locale)).toBe(Number(onTargetEarnings(base, earned).toFixed(2)));
    }
  });

  it.each([
    ['it', '500.000 € ÷ 100.000 € = 5'],
    ['en', '€500,000 ÷ €100,000 = 5'],
  ] as const)('states the quota-to-OTE ratio the formula gives (%s)', (locale, sentence) => {
    const w = written[locale];
    expect(textOf(locale)).toContain(sentence);
    expect(quotaToOteRatio(figure(w.quota, locale), figure(w.ote, locale))).toBe(5);
  });

  it.each([
    ['it', ['70.000 €', '10.000 €'], ['50.000 €', '30.000 €'], '80.000 €'],
    ['en', ['€70,000', '€10,000'], ['€50,000', '€30,000'], '€80,000'],
  ] as const)('states two offers with the same OTE (%s)', (locale, first, second, ote) => {
    const text = textOf(locale);
    for (const amount of [...first, ...second, ote]) expect(text).toContain(amount);
    const [a, b] = [first, second].map(([base, variable]) => onTargetEarnings(figure(base, locale), figure(variable, locale)));
    expect(a).toBe(figure(ote, locale));
    expect(b).toBe(figure(ote, locale));
  });
});
