import { describe, expect, it } from 'vitest';
import {
  flatCommission,
  onTargetEarnings,
  payMix,
  quotaAttainment,
  quotaOverAssignment,
  quotaToOteRatio,
  targetCommissionRate,
} from '@/lib/formulas/compensation';

describe('quotaAttainment', () => {
  it.each([
    ['is 1 when exactly the quota is attained', 500_000, 500_000, 1],
    ['exceeds 1 above quota', 575_000, 500_000, 1.15],
    ['is a fraction below quota', 400_000, 500_000, 0.8],
    ['is 0 when nothing was sold', 0, 500_000, 0],
    ['works on units as well as amounts', 30, 40, 0.75],
  ])('%s', (_, attained, quota, expected) => {
    expect(quotaAttainment(attained, quota)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['a zero quota', 100, 0],
    ['a negative quota', 100, -500],
    ['a negative attained amount', -1, 500],
    ['an infinite attained amount', Infinity, 500],
    ['a quota that is not a number', 100, Number.NaN],
  ])('throws a RangeError on %s', (_, attained, quota) => {
    expect(() => quotaAttainment(attained, quota)).toThrow(RangeError);
  });
});

describe('flatCommission', () => {
  it.each([
    ['is the amount times the rate', 240_000, 0.08, 19_200],
    ['is 0 at a zero rate', 240_000, 0, 0],
    ['is 0 on nothing sold', 0, 0.08, 0],
    ['pays the whole amount at a rate of 1', 1_000, 1, 1_000],
  ])('%s', (_, revenue, rate, expected) => {
    expect(flatCommission(revenue, rate)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['a negative amount', -240_000, 0.08],
    ['a negative rate', 240_000, -0.08],
    ['a rate written as a percentage (8 for 8%)', 240_000, 8],
    ['an amount that is not a number', Number.NaN, 0.08],
  ])('throws a RangeError on %s', (_, revenue, rate) => {
    expect(() => flatCommission(revenue, rate)).toThrow(RangeError);
  });
});

describe('onTargetEarnings', () => {
  it.each([
    ['adds base and variable at target', 60_000, 40_000, 100_000],
    ['is the base alone with no variable pay', 45_000, 0, 45_000],
    ['is the variable alone on commission-only pay', 0, 50_000, 50_000],
  ])('%s', (_, base, variable, expected) => {
    expect(onTargetEarnings(base, variable)).toBe(expected);
  });

  it.each([
    ['a negative base', -1, 40_000],
    ['a negative variable', 60_000, -1],
    ['an infinite base', Infinity, 40_000],
  ])('throws a RangeError on %s', (_, base, variable) => {
    expect(() => onTargetEarnings(base, variable)).toThrow(RangeError);
  });
});

describe('payMix', () => {
  it.each([
    ['splits 60/40', 60_000, 40_000, 0.6, 0.4],
    ['splits 50/50 when base equals variable', 70_000, 70_000, 0.5, 0.5],
    ['is all fixed with no variable pay', 45_000, 0, 1, 0],
    ['is all variable on commission-only pay', 0, 50_000, 0, 1],
  ])('%s', (_, base, variable, fixed, variableShare) => {
    const mix = payMix(base, variable);
    expect(mix.fixed).toBeCloseTo(fixed, 12);
    expect(mix.variable).toBeCloseTo(variableShare, 12);
  });

  it('returns shares that add up to 1', () => {
    const mix = payMix(57_300, 23_900);
    expect(mix.fixed + mix.variable).toBeCloseTo(1, 12);
  });

  it.each([
    ['base and variable both 0', 0, 0],
    ['a negative base', -60_000, 40_000],
    ['a negative variable', 60_000, -40_000],
  ])('throws a RangeError on %s', (_, base, variable) => {
    expect(() => payMix(base, variable)).toThrow(RangeError);
  });
});

describe('targetCommissionRate', () => {
  it.each([
    ['divides variable at target by quota', 40_000, 500_000, 0.08],
    ['is 0 with no variable pay', 0, 500_000, 0],
  ])('%s', (_, variable, quota, expected) => {
    expect(targetCommissionRate(variable, quota)).toBeCloseTo(expected, 12);
  });

  it('pays exactly the variable at target when exactly the quota is sold', () => {
    const rate = targetCommissionRate(40_000, 500_000);
    expect(flatCommission(500_000, rate)).toBeCloseTo(40_000, 9);
  });

  it.each([
    ['a zero quota', 40_000, 0],
    ['a negative variable', -40_000, 500_000],
  ])('throws a RangeError on %s', (_, variable, quota) => {
    expect(() => targetCommissionRate(variable, quota)).toThrow(RangeError);
  });
});

describe('quotaOverAssignment', () => {
  it.each([
    ['is the excess of summed quotas over the target', [600_000, 600_000, 550_000, 500_000, 500_000], 2_500_000, 0.1],
    ['is 0 when quotas add up to the target', [1_000_000, 1_000_000], 2_000_000, 0],
    ['is negative when quotas fall short of the target', [900_000], 1_000_000, -0.1],
  ])('%s', (_, quotas, target, expected) => {
    expect(quotaOverAssignment(quotas, target)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['no quotas', [], 1_000_000],
    ['a negative quota', [500_000, -1], 1_000_000],
    ['a zero target', [500_000], 0],
  ])('throws a RangeError on %s', (_, quotas, target) => {
    expect(() => quotaOverAssignment(quotas, target)).toThrow(RangeError);
  });
});

describe('quotaToOteRatio', () => {
  it.each([
    ['divides quota by OTE', 500_000, 100_000, 5],
    ['can be below 1', 50_000, 100_000, 0.5],
  ])('%s', (_, quota, ote, expected) => {
    expect(quotaToOteRatio(quota, ote)).toBe(expected);
  });

  it.each([
    ['a zero OTE', 500_000, 0],
    ['a negative quota', -500_000, 100_000],
  ])('throws a RangeError on %s', (_, quota, ote) => {
    expect(() => quotaToOteRatio(quota, ote)).toThrow(RangeError);
  });
});
