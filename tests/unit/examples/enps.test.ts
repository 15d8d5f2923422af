import { describe, expect, it } from 'vitest';
import { enps } from '@/lib/formulas/people';
import { entryText, figure } from './entry';

const locales = ['it', 'en'] as const;
const written = (locale: (typeof locales)[number], it: string, en: string) => (locale === 'it' ? it : en);

describe('eNPS worked examples', () => {
  it.each(locales)('states the score of 36 promoters, 28 passives and 16 detractors (%s)', (locale) => {
    const text = entryText('enps', locale);
    const result = enps({ promoters: 36, passives: 28, detractors: 16 });
    expect(text).toContain('36 ');
    expect(text).toContain('80 ');
    for (const [share, value] of [
      ['45%', result.promotersPercent],
      ['35%', result.passivesPercent],
      ['20%', result.detractorsPercent],
    ] as const) {
      expect(text).toContain(share);
      expect(figure(share, locale)).toBe(value);
    }
    expect(text).toContain('**+25**');
    expect(figure('+25', locale)).toBe(result.score);
  });

  it.each(locales)('states the unrounded and rounded score of a team of 7 (%s)', (locale) => {
    const text = entryText('enps', locale);
    const result = enps({ promoters: 3, passives: 2, detractors: 2 });
    const promoters = written(locale, '42,9%', '42.9%');
    const detractors = written(locale, '28,6%', '28.6%');
    const unrounded = written(locale, '14,3', '14.3');
    expect(text).toContain(promoters);
    expect(figure(promoters, locale)).toBe(Number(result.promotersPercent.toFixed(1)));
    expect(text).toContain(detractors);
    expect(figure(detractors, locale)).toBe(Number(result.detractorsPercent.toFixed(1)));
    expect(text).toContain(unrounded);
    expect(figure(unrounded, locale)).toBe(Number(result.score.toFixed(1)));
    expect(text).toContain('**+14**');
    expect(figure('+14', locale)).toBe(Math.round(result.score));
  });

  it.each(locales)('says a one-answer change in a team of 7 moves the score by about 14 points (%s)', (locale) => {
    const before = enps({ promoters: 3, passives: 2, detractors: 2 }).score;
    const after = enps({ promoters: 2, passives: 3, detractors: 2 }).score;
    expect(Math.round(before - after)).toBe(14);
    expect(entryText('enps', locale)).toMatch(locale === 'it' ? /circa 14 punti/ : /about 14 points/);
  });
});
