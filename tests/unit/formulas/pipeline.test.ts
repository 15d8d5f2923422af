import { describe, expect, it } from 'vitest';
import {
  averageSalesCycleDays,
  forecastAccuracy,
  pipelineCoverage,
  salesCycleDays,
  weightedPipeline,
  winRate,
  winRateByValue,
} from '@/lib/formulas/pipeline';

describe('weightedPipeline', () => {
  it.each([
    ['an empty pipeline weighs nothing', [], 0],
    ['one deal weighs its value times its probability', [{ value: 80_000, probability: 0.25 }], 20_000],
    [
      'deals add up, a 0% deal adds nothing and a 100% deal adds its full value',
      [
        { value: 50_000, probability: 0 },
        { value: 30_000, probability: 1 },
        { value: 100_000, probability: 0.5 },
      ],
      80_000,
    ],
    [
      'the stage table of the sales-pipeline entry gives 355,000',
      [
        { value: 400_000, probability: 0.1 },
        { value: 300_000, probability: 0.25 },
        { value: 240_000, probability: 0.5 },
        { value: 160_000, probability: 0.75 },
      ],
      355_000,
    ],
  ])('%s', (_, deals, expected) => {
    expect(weightedPipeline(deals)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['a negative value', { value: -1, probability: 0.5 }, /deals\[0\]\.value/],
    ['a probability above 1 (a percentage passed as 50)', { value: 1_000, probability: 50 }, /fraction from 0 to 1/],
    ['a negative probability', { value: 1_000, probability: -0.1 }, /probability/],
    ['a value that is not a number', { value: Number.NaN, probability: 0.5 }, /value/],
  ])('refuses %s', (_, deal, message) => {
    expect(() => weightedPipeline([deal])).toThrow(RangeError);
    expect(() => weightedPipeline([deal])).toThrow(message);
  });
});

describe('pipelineCoverage', () => {
  it.each([
    ['a pipeline equal to the target covers it once', 400_000, 400_000, 1],
    ['coverage is pipeline divided by target', 1_100_000, 400_000, 2.75],
    ['an empty pipeline covers nothing', 0, 400_000, 0],
    ['coverage below 1 means the pipeline cannot reach the target', 300_000, 400_000, 0.75],
  ])('%s', (_, pipeline, target, expected) => {
    expect(pipelineCoverage(pipeline, target)).toBe(expected);
  });

  it.each([
    ['a zero target', 100_000, 0],
    ['a negative target', 100_000, -5],
    ['a negative pipeline', -1, 100_000],
    ['an infinite pipeline', Number.POSITIVE_INFINITY, 100_000],
  ])('refuses %s', (_, pipeline, target) => {
    expect(() => pipelineCoverage(pipeline, target)).toThrow(RangeError);
  });
});

describe('winRate', () => {
  it.each([
    ['won over won plus lost', { won: 18, lost: 42 }, 0.3],
    ['all won is 100%', { won: 7, lost: 0 }, 1],
    ['all lost is 0%', { won: 0, lost: 12 }, 0],
  ])('%s', (_, deals, expected) => {
    expect(winRate(deals)).toBe(expected);
  });

  it.each([
    ['no closed deals (zero denominator)', { won: 0, lost: 0 }, /no closed deals/],
    ['a negative count', { won: -1, lost: 5 }, /won/],
    ['a fractional count', { won: 2, lost: 2.5 }, /lost/],
  ])('refuses %s', (_, deals, message) => {
    expect(() => winRate(deals)).toThrow(RangeError);
    expect(() => winRate(deals)).toThrow(message);
  });
});

describe('winRateByValue', () => {
  it.each([
    ['won value over closed value', { wonValue: 450_000, lostValue: 1_350_000 }, 0.25],
    ['accepts amounts with cents', { wonValue: 0.5, lostValue: 1.5 }, 0.25],
    ['no value won is 0%', { wonValue: 0, lostValue: 1_000 }, 0],
  ])('%s', (_, values, expected) => {
    expect(winRateByValue(values)).toBe(expected);
  });

  it.each([
    ['closed deals worth nothing (zero denominator)', { wonValue: 0, lostValue: 0 }],
    ['a negative amount', { wonValue: -10, lostValue: 100 }],
  ])('refuses %s', (_, values) => {
    expect(() => winRateByValue(values)).toThrow(RangeError);
  });
});

describe('salesCycleDays', () => {
  it.each([
    ['counts calendar days from creation to close', '2026-03-01', '2026-03-31', 30],
    ['a deal closed the day it was created took 0 days', '2026-05-04', '2026-05-04', 0],
    ['spans a year end', '2025-12-27', '2026-03-31', 94],
    ['counts 29 February in a leap year', '2028-02-01', '2028-03-01', 29],
    ['is not shifted by daylight saving time', '2026-03-28', '2026-03-30', 2],
  ])('%s', (_, createdOn, closedOn, expected) => {
    expect(salesCycleDays({ createdOn, closedOn })).toBe(expected);
  });

  it.each([
    ['a deal closed before it was created', '2026-03-10', '2026-03-09', /before/],
    ['a date that does not exist', '2026-02-30', '2026-03-09', /real date/],
    ['a date not written YYYY-MM-DD', '10/03/2026', '2026-03-09', /YYYY-MM-DD/],
  ])('refuses %s', (_, createdOn, closedOn, message) => {
    expect(() => salesCycleDays({ createdOn, closedOn })).toThrow(RangeError);
    expect(() => salesCycleDays({ createdOn, closedOn })).toThrow(message);
  });
});

describe('averageSalesCycleDays', () => {
  it.each([
    ['averages day counts', [45, 58, 62, 71, 94], 66],
    ['keeps fractions (the caller rounds)', [10, 11], 10.5],
    [
      'averages deals given by their dates',
      [
        { createdOn: '2026-01-16', closedOn: '2026-03-02' },
        { createdOn: '2026-01-11', closedOn: '2026-03-10' },
        { createdOn: '2026-01-13', closedOn: '2026-03-16' },
        { createdOn: '2026-01-12', closedOn: '2026-03-24' },
        { createdOn: '2025-12-27', closedOn: '2026-03-31' },
      ],
      66,
    ],
    ['mixes dates and day counts', [{ createdOn: '2026-03-01', closedOn: '2026-03-31' }, 40], 35],
  ])('%s', (_, deals, expected) => {
    expect(averageSalesCycleDays(deals)).toBe(expected);
  });

  it.each([
    ['no deals (zero denominator)', []],
    ['a negative day count', [30, -2]],
    ['a deal closed before it was created', [{ createdOn: '2026-03-10', closedOn: '2026-03-01' }]],
  ])('refuses %s', (_, deals) => {
    expect(() => averageSalesCycleDays(deals)).toThrow(RangeError);
  });
});

describe('forecastAccuracy', () => {
  it.each([
    ['an exact forecast is 100% accurate', 250_000, 250_000, 1],
    ['an over-forecast by 5% of actual is 95% accurate', 262_500, 250_000, 0.95],
    ['an under-forecast by the same amount scores the same', 237_500, 250_000, 0.95],
    ['a forecast of nothing is 0% accurate', 0, 250_000, 0],
    ['a forecast more than twice the actual goes below 0 (not clamped)', 600_000, 250_000, -0.4],
  ])('%s', (_, forecast, actual, expected) => {
    expect(forecastAccuracy(forecast, actual)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['an actual of zero (zero denominator)', 100_000, 0],
    ['a negative actual', 100_000, -1],
    ['a negative forecast', -1, 100_000],
  ])('refuses %s', (_, forecast, actual) => {
    expect(() => forecastAccuracy(forecast, actual)).toThrow(RangeError);
  });
});
