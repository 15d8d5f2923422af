import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATORS, calculatorParams, isCalculatorName, type CalculatorName } from '@/lib/calculators';
import { MAX_NUMBER_LENGTH, formatNumber, type CalculatorLocale } from '@/lib/calculators/numbers';

const names = Object.keys(CALCULATORS) as CalculatorName[];
const tenThousandDigits = fc.constantFrom('9'.repeat(10_000), '1'.repeat(10_000) + ',5', `-${'0'.repeat(9_999)}`);

/**
 * Anything a URL can carry: text of every kind, huge numbers, numbers as each language
 * writes them, and often a small valid number, so that whole valid forms come up too.
 */
const value = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 200 }).map(String) },
  { weight: 1, arbitrary: fc.string() },
  // fast-check 4's replacement for fullUnicodeString: any code point, lone surrogates included.
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: tenThousandDigits },
  { weight: 1, arbitrary: fc.double({ noNaN: true }).map((n) => formatNumber(n, 'it')) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }).map((n) => formatNumber(n, 'en')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '-1', 'groups', 'scores', 'startend', 'average', 'rate', 'target') },
);

function finiteEverywhere(data: unknown): boolean {
  if (typeof data === 'number') return Number.isFinite(data) || data === Infinity; // `to` of the last slice is Infinity by design
  if (typeof data === 'object' && data !== null) return Object.values(data).every(finiteEverywhere);
  return true;
}

function noNaN(data: unknown): boolean {
  if (typeof data === 'number') return !Number.isNaN(data);
  if (typeof data === 'object' && data !== null) return Object.values(data).every(noNaN);
  return true;
}

/** A valid form of each calculator, some of whose fields the properties overwrite. */
const valid: Record<CalculatorName, Record<string, string>> = {
  enps: { promoters: '36', passives: '28', detractors: '16' },
  turnover: { leavers: '24', start: '197', end: '203', average: '200' },
  commission: { quota: '400.000', attained: '500.000', rate: '5', variable: '20.000', t1from: '100', t1mult: '1,5', t2from: '120', t2mult: '2', decBelow: '50', decMult: '0,5', cap: '30.000' },
};

describe.each(names)('%s: read() on arbitrary parameters', (name) => {
  const calculator = CALCULATORS[name];
  const keys = [...calculator.paramNames, 'other', '__proto__', 'constructor'];
  const some = fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] });
  // A valid form with one or two fields changed: reaches calculate() often, commission included.
  const nearlyValid = fc
    .tuple(fc.subarray(keys, { minLength: 1, maxLength: 2 }), value, value)
    .map(([changed, first, second]) => ({ ...valid[name], ...Object.fromEntries(changed.map((key, i) => [key, i ? second : first])) }));
  const params = fc.oneof(some, nearlyValid);
  const locale = fc.constantFrom<CalculatorLocale>('it', 'en');

  it('never throws, never yields NaN or Infinity, and what it accepts calculates', () => {
    fc.assert(
      fc.property(params, locale, (raw, language) => {
        const reading = calculator.read(raw, language);
        expect(typeof reading.values.mode).toBe('string');
        if (!reading.input) {
          expect(Object.keys(reading.errors).length).toBeGreaterThan(0);
          return;
        }
        expect(reading.errors).toEqual({});
        for (const n of Object.values(reading.input).flat(2)) {
          if (typeof n === 'number') expect(Number.isFinite(n)).toBe(true);
        }
        // The registry's union of calculate() functions takes no single input type: each module's own.
        const result = (calculator.calculate as (input: unknown) => object)(reading.input);
        expect(noNaN(result) && finiteEverywhere(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a 10,000-digit parameter as too long, and echoes back only its first characters', () => {
    const field = calculator.paramNames[1]!;
    const reading = calculator.read({ [field]: '9'.repeat(10_000) }, 'it');
    expect(reading.errors).toMatchObject({ [field]: 'tooLong' });
    expect(reading.values[field]).toHaveLength(MAX_NUMBER_LENGTH + 1);
  });
});

describe('the registry', () => {
  it('names each calculator', () => {
    expect(names).toEqual(['enps', 'turnover', 'commission']);
    expect(names.every(isCalculatorName)).toBe(true);
  });

  it.each([['toString'], ['__proto__'], ['ENPS'], [''], [undefined], [42]])('does not take %j for a calculator', (name) => {
    expect(isCalculatorName(name)).toBe(false);
  });

  it('hands the client only the calculator’s parameters, first value of each, cut to a safe length', () => {
    const params = calculatorParams('enps', {
      promoters: ['36', '99'],
      passives: '28',
      detractors: '9'.repeat(10_000),
      utm_source: 'newsletter',
      mode: undefined,
    });
    expect(params).toEqual({ promoters: '36', passives: '28', detractors: '9'.repeat(MAX_NUMBER_LENGTH + 1) });
  });
});
