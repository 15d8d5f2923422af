import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCurrency,
  formatNumber,
  formatPercent,
  parseLocaleNumber,
  type CalculatorLocale,
  type NumberConstraints,
} from '@/lib/calculators/numbers';

const ok = (value: number) => ({ ok: true, value });
const error = (code: string) => ({ ok: false, error: code });

describe('parseLocaleNumber: how each language writes numbers', () => {
  it.each<[string, string, CalculatorLocale, number]>([
    ['Italian grouped thousands and a decimal comma', '1.234,5', 'it', 1234.5],
    ['Italian without grouping', '1234,5', 'it', 1234.5],
    ['Italian whole number', '1234', 'it', 1234],
    ['Italian dot as thousands separator, not decimals', '1.500', 'it', 1500],
    ['Italian millions', '1.234.567,89', 'it', 1234567.89],
    ['Italian comma alone is decimals', '1,234', 'it', 1.234],
    ['English grouped thousands and a decimal point', '1,234.5', 'en', 1234.5],
    ['English without grouping', '1234.5', 'en', 1234.5],
    ['English comma as thousands separator', '1,500', 'en', 1500],
    ['a fraction without a leading zero', ',5', 'it', 0.5],
    ['a trailing decimal separator while typing', '12,', 'it', 12],
    ['spaces grouping thousands', '1 234 567,5', 'it', 1234567.5],
    ['a non-breaking space grouping thousands', '1\u00a0234,5', 'it', 1234.5],
    ['spaces around, non-breaking and thin ones too', '\u00a0\u2009 42 \u202f', 'en', 42],
    ['a percent sign after the number', '12,5%', 'it', 12.5],
    ['a euro sign after the number, as Italian writes it', '1.234,50 €', 'it', 1234.5],
    ['a euro sign before the number, as English writes it', '€1,234.50', 'en', 1234.5],
    ['a leading plus', '+7', 'en', 7],
    ['leading zeros', '007', 'it', 7],
    ['minus zero is zero', '-0', 'it', 0],
  ])('reads %s: %j (%s)', (_, raw, locale, value) => {
    expect(parseLocaleNumber(raw, locale)).toEqual(ok(value));
  });

  it.each<[string, string, CalculatorLocale, NumberConstraints, string]>([
    ['blank is required', '', 'it', {}, 'required'],
    ['only spaces is required', ' \u00a0 ', 'en', {}, 'required'],
    ['ambiguous Italian grouping 1.23.4', '1.23.4', 'it', {}, 'notANumber'],
    ['an Italian dot that is not grouping', '1.5', 'it', {}, 'notANumber'],
    ['two decimal separators', '1,2,3', 'it', {}, 'notANumber'],
    ['Italian notation on the English page', '1.234,5', 'en', {}, 'notANumber'],
    ['English groups of two', '12,34', 'en', {}, 'notANumber'],
    ['mixed grouping separators', '1.234 567', 'it', {}, 'notANumber'],
    ['exponent notation', '1e3', 'en', {}, 'notANumber'],
    ['Infinity', 'Infinity', 'en', {}, 'notANumber'],
    ['NaN', 'NaN', 'en', {}, 'notANumber'],
    ['hexadecimal', '0x10', 'en', {}, 'notANumber'],
    ['a lone separator', ',', 'it', {}, 'notANumber'],
    ['letters', 'dodici', 'it', {}, 'notANumber'],
    ['a space after the minus', '- 5', 'it', {}, 'notANumber'],
    ['decimals where counts are required', '2,5', 'it', { integer: true }, 'notInteger'],
    ['a negative number where min is 0', '-3', 'it', { min: 0 }, 'tooSmall'],
    ['a negative fraction where min is 0: the sign is what is wrong', '-1,5', 'it', { min: 0, integer: true }, 'tooSmall'],
    ['a typographic minus where min is 0', '\u22123', 'en', { min: 0 }, 'tooSmall'],
    ['below min', '0', 'it', { min: 1 }, 'tooSmall'],
    ['above max', '121', 'it', { max: 120 }, 'tooLarge'],
    ['more than 24 characters', '1'.repeat(25), 'it', {}, 'tooLong'],
    ['more than 24 characters even when mostly spaces', `5${' '.repeat(24)}`, 'it', {}, 'tooLong'],
  ])('refuses %s', (_, raw, locale, constraints, code) => {
    expect(parseLocaleNumber(raw, locale, constraints)).toEqual(error(code));
  });

  it('accepts negative numbers when nothing forbids them', () => {
    expect(parseLocaleNumber('-1.234,5', 'it')).toEqual(ok(-1234.5));
    expect(parseLocaleNumber('-5', 'en', { min: -10 })).toEqual(ok(-5));
  });

  it('accepts the bounds themselves', () => {
    expect(parseLocaleNumber('1', 'it', { min: 1, max: 120, integer: true })).toEqual(ok(1));
    expect(parseLocaleNumber('120', 'it', { min: 1, max: 120, integer: true })).toEqual(ok(120));
  });

  it('refuses a 10,000-digit string as too long without reading it', () => {
    expect(parseLocaleNumber('9'.repeat(10_000), 'en')).toEqual(error('tooLong'));
  });

  it('never returns NaN or Infinity, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom<CalculatorLocale>('it', 'en'), (raw, locale) => {
        const parsed = parseLocaleNumber(raw, locale);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });

  it('reads back the longest digit strings it accepts as finite numbers', () => {
    const parsed = parseLocaleNumber('9'.repeat(24), 'en');
    expect(parsed.ok && Number.isFinite(parsed.value)).toBe(true);
  });
});

describe('formatNumber and its helpers', () => {
  it.each<[string, string, string]>([
    ['Italian groups thousands with dots from five digits', formatNumber(12345.5, 'it'), '12.345,5'],
    ['Italian leaves four digits ungrouped', formatNumber(1234.5, 'it'), '1234,5'],
    ['English groups with commas', formatNumber(1234.5, 'en'), '1,234.5'],
    ['a sign on request', formatNumber(25, 'it', { signDisplay: 'exceptZero' }), '+25'],
    ['no sign on zero', formatNumber(0, 'en', { signDisplay: 'exceptZero' }), '0'],
    ['percentages given in points', formatPercent(12.5, 'it'), '12,5%'],
    ['percentages round to one decimal', formatPercent(100 / 3, 'en'), '33.3%'],
    ['euro with cents in Italian', formatCurrency(1234.5, 'it'), '1234,50\u00a0€'],
    ['whole euro without cents in English', formatCurrency(50_000, 'en'), '€50,000'],
    ['euro rounded to whole units on request', formatCurrency(1234.56, 'en', { maximumFractionDigits: 0 }), '€1,235'],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('parseLocaleNumber reads what formatNumber writes', () => {
  it.each<CalculatorLocale>(['it', 'en'])('in %s, for numbers of up to 15 significant digits', (locale) => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 6 }), (n, decimals) => {
        const value = Number(n) / 10 ** decimals;
        const text = formatNumber(value, locale, { maximumFractionDigits: decimals });
        expect(parseLocaleNumber(text, locale)).toEqual(ok(value + 0));
      }),
    );
  });

  it.each<CalculatorLocale>(['it', 'en'])('in %s, for amounts in euro', (locale) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (cents) => {
        const amount = cents / 100;
        expect(parseLocaleNumber(formatCurrency(amount, locale), locale)).toEqual(ok(amount));
      }),
    );
  });
});
