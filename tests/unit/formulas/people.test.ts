import { describe, expect, it } from 'vitest';
import { enps, enpsFromAnswers, totalTurnoverRate, turnoverRate } from '@/lib/formulas/people';

describe('enps', () => {
  it.each([
    ['subtracts the detractors’ share from the promoters’ share', { promoters: 36, passives: 28, detractors: 16 }, 45, 35, 20, 25],
    ['counts passives in the total but in neither share', { promoters: 2, passives: 6, detractors: 2 }, 20, 60, 20, 0],
    ['reaches +100 when everyone is a promoter', { promoters: 5, passives: 0, detractors: 0 }, 100, 0, 0, 100],
    ['reaches −100 when everyone is a detractor', { promoters: 0, passives: 0, detractors: 4 }, 0, 0, 100, -100],
    ['is negative when detractors outnumber promoters', { promoters: 1, passives: 1, detractors: 2 }, 25, 25, 50, -25],
  ])('%s', (_, counts, promotersPercent, passivesPercent, detractorsPercent, score) => {
    expect(enps(counts)).toEqual({
      total: counts.promoters + counts.passives + counts.detractors,
      promotersPercent,
      passivesPercent,
      detractorsPercent,
      score,
    });
  });

  it.each([
    ['1 promoter of 3 answers', { promoters: 1, passives: 2, detractors: 0 }, 100 / 3],
    ['3 promoters and 2 detractors of 7 answers', { promoters: 3, passives: 2, detractors: 2 }, 100 / 7],
  ])('does not round a score that is not a whole number: %s', (_, counts, score) => {
    expect(enps(counts).score).toBeCloseTo(score, 12);
    expect(Number.isInteger(enps(counts).score)).toBe(false);
  });

  it.each([
    ['a negative count', { promoters: -1, passives: 2, detractors: 3 }],
    ['a fractional count', { promoters: 1.5, passives: 2, detractors: 3 }],
    ['a count that is not a number', { promoters: Number.NaN, passives: 2, detractors: 3 }],
    ['no answers at all', { promoters: 0, passives: 0, detractors: 0 }],
  ])('throws a RangeError on %s', (_, counts) => {
    expect(() => enps(counts)).toThrow(RangeError);
  });
});

describe('enpsFromAnswers', () => {
  it('files 0–6 as detractors, 7–8 as passives and 9–10 as promoters', () => {
    //               0  1  2  3  4  5  6  7  8  9  10
    const answers = [1, 0, 0, 2, 0, 5, 8, 12, 16, 20, 16];
    expect(enpsFromAnswers(answers)).toEqual(enps({ promoters: 36, passives: 28, detractors: 16 }));
  });

  it('puts the boundaries 6|7 and 8|9 on the right side', () => {
    const answers = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0];
    expect(enpsFromAnswers(answers)).toMatchObject({ total: 4, promotersPercent: 25, passivesPercent: 50, detractorsPercent: 25, score: 0 });
  });

  it.each([
    ['10 counts (a 1–10 scale)', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]],
    ['12 counts', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]],
    ['a negative count', [0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 2]],
    ['a fractional count', [0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0, 2]],
    ['no answers at all', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])('throws a RangeError on %s', (_, answers) => {
    expect(() => enpsFromAnswers(answers)).toThrow(RangeError);
  });
});

describe('turnoverRate', () => {
  it.each([
    ['divides leavers by the average headcount over a year', { leavers: 24, averageHeadcount: 200 }, 12, 200, 12, 12],
    ['averages the start and end headcount', { leavers: 24, startHeadcount: 197, endHeadcount: 203 }, 12, 200, 12, 12],
    ['annualises a quarter in a straight line (× 12 ÷ 3)', { leavers: 5, averageHeadcount: 200 }, 3, 200, 2.5, 10],
    ['annualises a month in a straight line (× 12)', { leavers: 2, averageHeadcount: 100 }, 1, 100, 2, 24],
    ['scales a period longer than a year down', { leavers: 30, averageHeadcount: 100 }, 24, 100, 30, 15],
    ['accepts a fractional average headcount', { leavers: 3, averageHeadcount: 37.5 }, 12, 37.5, 8, 8],
    ['can exceed 100% when people leave faster than the headcount', { leavers: 15, averageHeadcount: 10 }, 12, 10, 150, 150],
    ['is 0 when nobody left', { leavers: 0, averageHeadcount: 50 }, 6, 50, 0, 0],
  ] as const)('%s', (_, input, months, averageHeadcount, periodPercent, annualisedPercent) => {
    const result = turnoverRate(input, months);
    expect(result.averageHeadcount).toBe(averageHeadcount);
    expect(result.periodPercent).toBeCloseTo(periodPercent, 12);
    expect(result.annualisedPercent).toBeCloseTo(annualisedPercent, 12);
  });

  it.each([
    ['negative leavers', { leavers: -1, averageHeadcount: 10 }, 12],
    ['fractional leavers', { leavers: 1.5, averageHeadcount: 10 }, 12],
    ['a zero average headcount', { leavers: 0, averageHeadcount: 0 }, 12],
    ['a negative average headcount', { leavers: 1, averageHeadcount: -10 }, 12],
    ['a zero start and end headcount', { leavers: 0, startHeadcount: 0, endHeadcount: 0 }, 12],
    ['a fractional start headcount', { leavers: 1, startHeadcount: 10.5, endHeadcount: 12 }, 12],
    ['a negative end headcount', { leavers: 1, startHeadcount: 10, endHeadcount: -2 }, 12],
    ['a zero-month period', { leavers: 1, averageHeadcount: 10 }, 0],
    ['a negative period', { leavers: 1, averageHeadcount: 10 }, -3],
    ['a period that is not a number', { leavers: 1, averageHeadcount: 10 }, Number.NaN],
  ] as const)('throws a RangeError on %s', (_, input, months) => {
    expect(() => turnoverRate(input, months)).toThrow(RangeError);
  });
});

describe('totalTurnoverRate', () => {
  it.each([
    ['adds hires and leavers over the average headcount', { hires: 30, leavers: 24, averageHeadcount: 200 }, 27],
    ['equals the leavers rate when nobody was hired', { hires: 0, leavers: 24, averageHeadcount: 200 }, 12],
    ['counts hires alone when nobody left', { hires: 10, leavers: 0, averageHeadcount: 40 }, 25],
  ])('%s', (_, input, rate) => {
    expect(totalTurnoverRate(input)).toBeCloseTo(rate, 12);
  });

  it.each([
    ['negative hires', { hires: -1, leavers: 2, averageHeadcount: 10 }],
    ['fractional leavers', { hires: 1, leavers: 0.5, averageHeadcount: 10 }],
    ['a zero average headcount', { hires: 1, leavers: 1, averageHeadcount: 0 }],
    ['an average headcount that is not a number', { hires: 1, leavers: 1, averageHeadcount: Number.NaN }],
  ])('throws a RangeError on %s', (_, input) => {
    expect(() => totalTurnoverRate(input)).toThrow(RangeError);
  });
});
