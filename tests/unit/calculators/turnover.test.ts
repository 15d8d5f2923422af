import { describe, expect, it } from 'vitest';
import { calculate, read } from '@/lib/calculators/turnover';

describe('turnover calculator', () => {
  it('computes the entry’s example from start and end headcount: 24 leavers, 197 → 203 in a year → 12%', () => {
    const { input, errors } = read({ leavers: '24', start: '197', end: '203', months: '12' }, 'it');
    expect(errors).toEqual({});
    expect(calculate(input!)).toEqual({
      leavers: 24,
      months: 12,
      startHeadcount: 197,
      endHeadcount: 203,
      averageHeadcount: 200,
      periodPercent: 12,
      annualisedPercent: 12,
    });
  });

  it('annualises a quarter in a straight line: 5 leavers on 200 in 3 months → 2.5%, 10% a year', () => {
    const { input } = read({ mode: 'average', leavers: '5', average: '200', months: '3' }, 'en');
    expect(calculate(input!)).toMatchObject({ averageHeadcount: 200, periodPercent: 2.5, annualisedPercent: 10 });
  });

  it('takes a year when the period is not given', () => {
    const reading = read({ leavers: '24', start: '197', end: '203' }, 'it');
    expect(reading.values.months).toBe('12');
    expect(reading.input).toMatchObject({ months: 12 });
  });

  it('accepts an average headcount with decimals, in each language’s notation', () => {
    expect(read({ mode: 'average', leavers: '3', average: '1.250,5' }, 'it').input).toMatchObject({ averageHeadcount: 1250.5 });
    expect(read({ mode: 'average', leavers: '3', average: '1,250.5' }, 'en').input).toMatchObject({ averageHeadcount: 1250.5 });
  });

  it.each([
    ['decimals in a count of people', { leavers: '2,5', start: '10', end: '10' }, { leavers: 'notInteger' }],
    ['a blank period', { leavers: '2', start: '10', end: '10', months: '' }, { months: 'required' }],
    ['a period of 0 months', { leavers: '2', start: '10', end: '10', months: '0' }, { months: 'tooSmall' }],
    ['a period longer than ten years', { leavers: '2', start: '10', end: '10', months: '121' }, { months: 'tooLarge' }],
    ['a period with decimals', { leavers: '2', start: '10', end: '10', months: '1,5' }, { months: 'notInteger' }],
    ['nobody at the start nor the end, as an error on the form', { leavers: '0', start: '0', end: '0' }, { form: 'zeroHeadcount' }],
    ['an average headcount of 0', { mode: 'average', leavers: '1', average: '0' }, { average: 'notPositive' }],
    ['a missing average in average mode', { mode: 'average', leavers: '1', start: '5', end: '5' }, { average: 'required' }],
  ])('refuses %s, with no input', (_, params, errors) => {
    const reading = read(params, 'it');
    expect(reading.errors).toEqual(errors);
    expect(reading.input).toBeUndefined();
  });
});
