import { describe, expect, it } from 'vitest';
import { onTargetEarnings, payMix } from '@/lib/formulas/compensation';
import { entryText, figure } from './entry';

// Whitespace folded to single spaces, so rewrapping a paragraph does not break the test.
const textOf = (locale: 'it' | 'en') => entryText('pay-mix', locale).replace(/\s+/g, ' ');

const written = {
  it: { base: '60.000 €', variable: '40.000 €', ote: '100.000 €', fixedShare: '60%', variableShare: '40%' },
  en: { base: '€60,000', variable: '€40,000', ote: '€100,000', fixedShare: '60%', variableShare: '40%' },
} as const;

const percent = (fraction: number) => Number((fraction * 100).toFixed(2));

describe('pay mix worked example', () => {
  it.each(['it', 'en'] as const)('states an OTE that is base plus variable (%s)', (locale) => {
    const w = written[locale];
    const text = textOf(locale);
    for (const amount of [w.base, w.variable, w.ote]) expect(text).toContain(amount);
    expect(figure(w.ote, locale)).toBe(onTargetEarnings(figure(w.base, locale), figure(w.variable, locale)));
  });

  it.each(['it', 'en'] as const)('states the fixed and variable shares the formula gives (%s)', (locale) => {
    const w = written[locale];
    const text = textOf(locale);
    expect(text).toContain(`${w.base} ÷ ${w.ote} × 100 = **${w.fixedShare}**`);
    expect(text).toContain(`${w.variable} ÷ ${w.ote} × 100 = **${w.variableShare}**`);
    expect(text).toContain('**60/40**');
    const mix = payMix(figure(w.base, locale), figure(w.variable, locale));
    expect(figure(w.fixedShare, locale)).toBe(percent(mix.fixed));
    expect(figure(w.variableShare, locale)).toBe(percent(mix.variable));
  });

  it.each([
    ['it', '24.000 €', '84.000 €'],
    ['en', '€24,000', '€84,000'],
  ] as const)('states what reading 60/40 as "40% of the base" would wrongly budget (%s)', (locale, wrongVariable, wrongOte) => {
    const w = written[locale];
    const text = textOf(locale);
    expect(text).toContain(wrongVariable);
    expect(text).toContain(wrongOte);
    const base = figure(w.base, locale);
    expect(figure(wrongVariable, locale)).toBe(Number((base * 0.4).toFixed(2)));
    expect(figure(wrongOte, locale)).toBe(onTargetEarnings(base, figure(wrongVariable, locale)));
    // The mistake shows up as a different mix: 24,000 on 84,000 is not 40%.
    expect(percent(payMix(base, figure(wrongVariable, locale)).variable)).not.toBe(40);
    // And the right variable pay is two thirds of the base, as the entry says.
    expect(figure(w.variable, locale) / base).toBeCloseTo(2 / 3, 12);
  });
});
