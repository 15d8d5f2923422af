import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, read } from '@/lib/calculators/commission';
import { formatNumber, type CalculatorLocale } from '@/lib/calculators/numbers';

/** The entries’ plan: 5% on a €400,000 quota, accelerators ×1.5 from 100% and ×2 from 120%. */
const plan = { quota: '400.000', rate: '5', t1from: '100', t1mult: '1,5', t2from: '120', t2mult: '2' };

describe('commission calculator: reading the plan', () => {
  it('pays the entries’ plan on €500,000: 20,000 + 6,000 + 2,000', () => {
    const { input, errors } = read({ ...plan, attained: '500.000' }, 'it');
    expect(errors).toEqual({});
    const result = calculate(input!);
    expect(result).toMatchObject({ attainment: 1.25, payout: 28_000, rate: 0.05, capped: false });
    expect(result.effectiveRate).toBeCloseTo(0.056, 12);
    expect(result.tiers.map((tier) => [tier.from, tier.multiplier, tier.revenue, tier.payout])).toEqual([
      [0, 1, 400_000, 20_000],
      [1, 1.5, 80_000, 6_000],
      [1.2, 2, 20_000, 2_000],
    ]);
  });

  it('derives the base rate from the variable pay at target', () => {
    const { input } = read({ mode: 'target', quota: '500,000', attained: '500,000', variable: '40,000' }, 'en');
    expect(input).toEqual({ quota: 500_000, attained: 500_000, tiers: [], variableAtTarget: 40_000 });
    expect(calculate(input!)).toMatchObject({ payout: 40_000, rate: 0.08, variableAtTarget: 40_000 });
  });

  it('limits the payout to the cap and says so', () => {
    const result = calculate(read({ ...plan, attained: '500.000', cap: '25.000' }, 'it').input!);
    expect(result).toMatchObject({ payout: 25_000, uncappedPayout: 28_000, capped: true, cap: 25_000 });
  });

  it('applies a decelerator below its threshold', () => {
    const { input } = read({ quota: '100.000', attained: '40.000', rate: '10', decBelow: '50', decMult: '0,5' }, 'it');
    expect(input).toMatchObject({ decelerator: { below: 0.5, multiplier: 0.5 } });
    expect(calculate(input!).payout).toBe(2_000);
  });

  it('ignores blank tier rows, even between filled ones', () => {
    const { input, errors } = read({ quota: '100', attained: '100', rate: '5', t2from: '100', t2mult: '2', t4from: '150', t4mult: '3' }, 'it');
    expect(errors).toEqual({});
    expect(input!.tiers).toEqual([
      { from: 1, multiplier: 2 },
      { from: 1.5, multiplier: 3 },
    ]);
  });

  it.each([
    ['tiers out of order', { t1from: '120', t1mult: '2', t2from: '100', t2mult: '1,5' }, { t2from: 'tierOrder' }],
    ['two tiers starting at the same threshold', { t1from: '100', t1mult: '2', t2from: '100', t2mult: '3' }, { t2from: 'tierOrder' }],
    ['a tier below an earlier one after a blank row', { t1from: '120', t1mult: '2', t3from: '110', t3mult: '3' }, { t3from: 'tierOrder' }],
    ['a tier with no multiplier', { t1from: '100' }, { t1mult: 'incomplete' }],
    ['a multiplier with no threshold', { t3mult: '2' }, { t3from: 'incomplete' }],
    ['a decelerator above the first tier', { t1from: '100', t1mult: '2', decBelow: '110', decMult: '0,5' }, { decBelow: 'decAboveTier' }],
    ['a decelerator multiplier above 1', { decBelow: '50', decMult: '1,5' }, { decMult: 'tooLarge' }],
    ['a decelerator with no multiplier', { decBelow: '50' }, { decMult: 'incomplete' }],
    ['a multiplier above 10', { t1from: '100', t1mult: '11' }, { t1mult: 'tooLarge' }],
    ['a base rate above 100%', { rate: '101' }, { rate: 'tooLarge' }],
    ['a zero quota', { quota: '0' }, { quota: 'notPositive' }],
    ['money above 10¹²', { attained: '1.000.000.000.001' }, { attained: 'tooLarge' }],
    ['a negative cap', { cap: '-1' }, { cap: 'tooSmall' }],
    ['a missing variable pay in target mode', { mode: 'target', rate: '5' }, { variable: 'required' }],
  ])('refuses %s, on the offending field, without throwing', (_, changes, errors) => {
    const reading = read({ quota: '100.000', attained: '50.000', rate: '5', ...changes }, 'it');
    expect(reading.errors).toEqual(errors);
    expect(reading.input).toBeUndefined();
  });

  it('accepts a decelerator that ends where the first tier starts', () => {
    const { errors } = read({ quota: '100', attained: '100', rate: '5', t1from: '100', t1mult: '2', decBelow: '100', decMult: '0,5' }, 'it');
    expect(errors).toEqual({});
  });
});

describe('commission calculator: properties of random valid plans', () => {
  const locale = fc.constantFrom<CalculatorLocale>('it', 'en');
  const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);
  const money = fc.oneof(cents(100_000_000), fc.integer({ min: 0, max: 1_000_000_000_000 }));
  const planParams = fc
    .record({
      mode: fc.constantFrom('rate', 'target'),
      quota: money.filter((amount) => amount > 0),
      rate: cents(10_000),
      variable: money,
      thresholds: fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { maxLength: 4 }),
      multipliers: fc.array(cents(1000), { minLength: 4, maxLength: 4 }),
      decelerator: fc.option(fc.record({ below: fc.integer({ min: 0, max: 1000 }), multiplier: cents(100) })),
      cap: fc.option(money),
    })
    .map(({ thresholds, multipliers, decelerator, cap, ...rest }) => {
      const tiers = thresholds.sort((a, b) => a - b);
      return {
        ...rest,
        tiers: tiers.map((from, i) => ({ from, multiplier: multipliers[i]! })),
        decelerator: decelerator && { ...decelerator, below: Math.min(decelerator.below, tiers[0] ?? Infinity) },
        cap,
      };
    });

  type PlanShape = typeof planParams extends fc.Arbitrary<infer T> ? T : never;

  /** The plan as the form's GET parameters, typed in the page's language. */
  function params(plan: PlanShape, attained: number, language: CalculatorLocale) {
    const text = (n: number) => formatNumber(n, language, { maximumFractionDigits: 2 });
    return {
      mode: plan.mode,
      quota: text(plan.quota),
      attained: text(attained),
      rate: text(plan.rate),
      variable: text(plan.variable),
      ...Object.fromEntries(plan.tiers.flatMap((tier, i) => [[`t${i + 1}from`, text(tier.from)], [`t${i + 1}mult`, text(tier.multiplier)]])),
      ...(plan.decelerator && { decBelow: text(plan.decelerator.below), decMult: text(plan.decelerator.multiplier) }),
      ...(plan.cap !== null && { cap: text(plan.cap) }),
    };
  }

  function payout(plan: PlanShape, attained: number, language: CalculatorLocale) {
    const { input, errors } = read(params(plan, attained, language), language);
    expect(errors).toEqual({});
    return calculate(input!);
  }

  it('never pays above the cap', () => {
    fc.assert(
      fc.property(planParams, money, locale, (plan, attained, language) => {
        const result = payout(plan, attained, language);
        if (plan.cap !== null) expect(result.payout).toBeLessThanOrEqual(plan.cap);
        expect(Number.isFinite(result.payout)).toBe(true);
      }),
    );
  });

  it('never pays less for more revenue', () => {
    fc.assert(
      fc.property(planParams, money, money, locale, (plan, a, b, language) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(payout(plan, low, language).payout).toBeLessThanOrEqual(payout(plan, high, language).payout);
      }),
    );
  });
});
