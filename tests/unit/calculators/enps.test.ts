import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, read } from '@/lib/calculators/enps';
import { formatNumber, type CalculatorLocale } from '@/lib/calculators/numbers';

describe('eNPS calculator: reading the form', () => {
  it('reads the three groups and computes the entry’s example: 36, 28, 16 → +25', () => {
    const { input, errors } = read({ promoters: '36', passives: '28', detractors: '16' }, 'it');
    expect(errors).toEqual({});
    expect(input).toEqual({ mode: 'groups', promoters: 36, passives: 28, detractors: 16 });
    expect(calculate(input!)).toMatchObject({ total: 80, promotersPercent: 45, passivesPercent: 35, detractorsPercent: 20, score: 25 });
  });

  it('reads grouped thousands in each language', () => {
    expect(read({ promoters: '1.200', passives: '0', detractors: '0' }, 'it').input).toMatchObject({ promoters: 1200 });
    expect(read({ promoters: '1,200', passives: '0', detractors: '0' }, 'en').input).toMatchObject({ promoters: 1200 });
  });

  it('reads the count of each answer from 0 to 10, blank answers counting as nobody', () => {
    const { input } = read({ mode: 'scores', a10: '20', a9: '16', a8: '28', a3: '16' }, 'it');
    expect(input).toEqual({ mode: 'scores', answers: [0, 0, 0, 16, 0, 0, 0, 0, 28, 16, 20] });
    expect(calculate(input!).score).toBe(25);
  });

  it.each([
    ['decimals where counts are required', { promoters: '2,5', passives: '1', detractors: '1' }, { promoters: 'notInteger' }],
    ['a negative count', { promoters: '-1', passives: '1', detractors: '1' }, { promoters: 'tooSmall' }],
    ['more than a million people', { promoters: '1.000.001', passives: '1', detractors: '1' }, { promoters: 'tooLarge' }],
    ['a blank group', { promoters: '3', passives: '', detractors: '1' }, { passives: 'required' }],
    ['a missing group', { promoters: '3', passives: '1' }, { detractors: 'required' }],
    ['a zero total, as an error on the form', { promoters: '0', passives: '0', detractors: '0' }, { form: 'zeroTotal' }],
    ['a zero total of answers', { mode: 'scores', a5: '0' }, { form: 'zeroTotal' }],
    ['text in an answer', { mode: 'scores', a5: 'tanti' }, { a5: 'notANumber' }],
  ])('refuses %s, with no input', (_, params, errors) => {
    const reading = read(params, 'it');
    expect(reading.errors).toEqual(errors);
    expect(reading.input).toBeUndefined();
  });

  it('ignores the fields of the other mode and any other parameter', () => {
    const reading = read({ promoters: '1', passives: '1', detractors: '1', a3: 'x', utm_source: 'mail' }, 'en');
    expect(reading.errors).toEqual({});
    expect(reading.values).not.toHaveProperty('utm_source');
    expect(reading.values.a3).toBe('x');
  });

  it('falls back to the groups mode for an unknown mode', () => {
    expect(read({ mode: 'other', promoters: '1', passives: '0', detractors: '0' }, 'it').values.mode).toBe('groups');
  });

  it('keeps the typed text to refill the form', () => {
    expect(read({ promoters: ' 1.200 ', passives: 'abc' }, 'it').values).toMatchObject({ mode: 'groups', promoters: ' 1.200 ', passives: 'abc', detractors: '' });
  });
});

describe('eNPS calculator: properties', () => {
  const count = fc.integer({ min: 0, max: 1_000_000 });
  const locale = fc.constantFrom<CalculatorLocale>('it', 'en');

  it('keeps the score within −100…+100 and the shares summing to 100, in both modes', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 11, maxLength: 11 }), fc.boolean(), locale, (counts, scores, language) => {
        fc.pre(counts.slice(0, scores ? 11 : 3).some((n) => n > 0));
        const text = (n: number) => formatNumber(n, language);
        const params = scores
          ? Object.fromEntries(counts.map((n, answer) => [`a${answer}`, text(n)]).concat([['mode', 'scores']]))
          : { promoters: text(counts[0]!), passives: text(counts[1]!), detractors: text(counts[2]!) };
        const { input } = read(params, language);
        expect(input).toBeDefined();
        const result = calculate(input!);
        expect(result.score).toBeGreaterThanOrEqual(-100);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(Math.abs(result.promotersPercent + result.passivesPercent + result.detractorsPercent - 100)).toBeLessThan(1e-9);
      }),
    );
  });
});
