import { describe, expect, it } from 'vitest';
import {
  clawbackAmount,
  commissionPayout,
  drawAgainstCommission,
  type CommissionInput,
} from '@/lib/formulas/commission';

/** The plan the entries use: 5% base rate on a €400,000 quota, accelerators at 100% and 120%. */
const plan = {
  quota: 400_000,
  rate: 0.05,
  tiers: [
    { from: 1, multiplier: 1.5 },
    { from: 1.2, multiplier: 2 },
  ],
} as const;

const payout = (input: CommissionInput) => commissionPayout(input).payout;

describe('commissionPayout: base rate', () => {
  it.each([
    [0, 0.05, 0],
    [1, 0.05, 0.05],
    [123_456.78, 0.05, 123_456.78 * 0.05],
    [400_000, 0.05, 400_000 * 0.05],
    [1_000_000, 0.03, 1_000_000 * 0.03],
    [250_000, 0, 0],
  ])('with no tiers pays exactly attained × rate (attained %s, rate %s)', (attained, rate, expected) => {
    expect(payout({ quota: 400_000, attained, rate })).toBe(expected);
  });

  it.each([
    [400_000, 20_000, 0.05],
    [250_000, 15_000, 0.06],
  ])('derives the rate from variable pay at target: quota %s, variable %s → rate %s', (quota, variableAtTarget, rate) => {
    const result = commissionPayout({ quota, attained: quota, variableAtTarget });
    expect(result.payout).toBeCloseTo(variableAtTarget, 9);
    expect(result.effectiveRate).toBeCloseTo(rate, 12);
  });

  it('reports attainment as attained ÷ quota and a zero effective rate when nothing was attained', () => {
    expect(commissionPayout({ ...plan, attained: 520_000 }).attainment).toBe(1.3);
    expect(commissionPayout({ ...plan, attained: 0 })).toMatchObject({ attainment: 0, payout: 0, effectiveRate: 0 });
  });
});

describe('commissionPayout: accelerators pay marginally, slice by slice', () => {
  it.each([
    // attained, payout: base 5% to 400k, 7.5% from 400k to 480k, 10% above 480k
    [300_000, 15_000],
    [400_000, 20_000],
    [440_000, 23_000],
    [480_000, 26_000],
    [520_000, 30_000],
    [640_000, 42_000],
  ])('attained %d pays %d', (attained, expected) => {
    expect(payout({ ...plan, attained })).toBeCloseTo(expected, 6);
  });

  it('lists every slice of the plan with the revenue and payout that fell in it', () => {
    const { tiers, effectiveRate } = commissionPayout({ ...plan, attained: 520_000 });
    expect(tiers.map(({ from, to, multiplier }) => ({ from, to, multiplier }))).toEqual([
      { from: 0, to: 1, multiplier: 1 },
      { from: 1, to: 1.2, multiplier: 1.5 },
      { from: 1.2, to: Infinity, multiplier: 2 },
    ]);
    expect(tiers.map((slice) => slice.revenue)).toEqual([400_000, 80_000, 40_000]);
    tiers.forEach((slice, i) => expect(slice.payout).toBeCloseTo([20_000, 6_000, 4_000][i]!, 6));
    expect(effectiveRate).toBeCloseTo(30_000 / 520_000, 12);
  });

  it('keeps the slices the revenue did not reach, with zero revenue and payout', () => {
    const { tiers } = commissionPayout({ ...plan, attained: 100_000 });
    expect(tiers.map((slice) => [slice.revenue, slice.payout])).toEqual([
      [100_000, 5_000],
      [0, 0],
      [0, 0],
    ]);
  });

  it('pays a tier starting at 0% from the first euro, with no base slice', () => {
    const result = commissionPayout({ quota: 100, attained: 150, rate: 0.1, tiers: [{ from: 0, multiplier: 0.5 }, { from: 1, multiplier: 2 }] });
    expect(result.tiers.map((slice) => slice.multiplier)).toEqual([0.5, 2]);
    expect(result.payout).toBeCloseTo(100 * 0.05 + 50 * 0.2, 12);
  });
});

describe('commissionPayout: the decelerator is marginal too', () => {
  const decelerated = { ...plan, decelerator: { below: 0.5, multiplier: 0.5 } } as const;

  it.each([
    [0, 0],
    [160_000, 4_000],
    [200_000, 5_000],
    [300_000, 10_000],
    [400_000, 15_000],
    [520_000, 25_000],
  ])('attained %d pays %d', (attained, expected) => {
    expect(payout({ ...decelerated, attained })).toBeCloseTo(expected, 6);
  });

  it('has no jump at the threshold: just below and just above pay almost the same', () => {
    const below = payout({ ...decelerated, attained: 199_999 });
    const above = payout({ ...decelerated, attained: 200_001 });
    expect(above - below).toBeCloseTo(1 * 0.025 + 1 * 0.05, 9);
  });

  it('puts the decelerated slice first, then the base slice from the threshold', () => {
    const { tiers } = commissionPayout({ ...decelerated, attained: 300_000 });
    expect(tiers.map(({ from, to, multiplier, revenue }) => [from, to, multiplier, revenue])).toEqual([
      [0, 0.5, 0.5, 200_000],
      [0.5, 1, 1, 100_000],
      [1, 1.2, 1.5, 0],
      [1.2, Infinity, 2, 0],
    ]);
  });

  it('drops the base slice when the decelerator ends where the first accelerator starts', () => {
    const { tiers } = commissionPayout({ quota: 100, attained: 120, rate: 0.1, decelerator: { below: 1, multiplier: 0.5 }, tiers: [{ from: 1, multiplier: 1.5 }] });
    expect(tiers.map((slice) => [slice.from, slice.to])).toEqual([
      [0, 1],
      [1, Infinity],
    ]);
  });

  it('pays less than the variable at target at 100% unless the plan raises the rate elsewhere', () => {
    const result = commissionPayout({ quota: 400_000, attained: 400_000, variableAtTarget: 20_000, decelerator: { below: 0.5, multiplier: 0.5 } });
    expect(result.payout).toBeCloseTo(15_000, 6);
  });
});

describe('commissionPayout: the cap', () => {
  const capped = { ...plan, cap: 40_000 } as const;

  it.each([
    [520_000, 30_000, false],
    [620_000, 40_000, false],
    [640_000, 40_000, true],
    [2_000_000, 40_000, true],
  ])('attained %d pays %d (capped: %s)', (attained, expected, isCapped) => {
    const result = commissionPayout({ ...capped, attained });
    expect(result.payout).toBeCloseTo(expected, 6);
    expect(result.capped).toBe(isCapped);
  });

  it('reports the uncapped payout and trims the last slices so the slices add up to the cap', () => {
    const result = commissionPayout({ ...capped, attained: 640_000 });
    expect(result.uncappedPayout).toBeCloseTo(42_000, 6);
    expect(result.payout).toBe(40_000);
    expect(result.tiers.map((slice) => slice.revenue)).toEqual([400_000, 80_000, 160_000]);
    result.tiers.forEach((slice, i) => expect(slice.payout).toBeCloseTo([20_000, 6_000, 14_000][i]!, 6));
    expect(result.effectiveRate).toBe(40_000 / 640_000);
  });

  it('a cap of 0 pays nothing and counts as capped once anything is earned', () => {
    expect(commissionPayout({ ...plan, cap: 0, attained: 1 })).toMatchObject({ payout: 0, capped: true });
    expect(commissionPayout({ ...plan, cap: 0, attained: 0 })).toMatchObject({ payout: 0, capped: false });
  });
});

describe('commissionPayout: invariants over a grid of plans and revenues', () => {
  const plans: [string, Omit<CommissionInput, 'attained'>][] = [
    ['flat rate', { quota: 400_000, rate: 0.05 }],
    ['accelerators', plan],
    ['accelerators and decelerator', { ...plan, decelerator: { below: 0.5, multiplier: 0.5 } }],
    ['accelerators, decelerator and cap', { ...plan, decelerator: { below: 0.5, multiplier: 0.25 }, cap: 35_000 }],
    ['a tier that pays less (windfall protection) and a cap', { quota: 100_000, variableAtTarget: 10_000, tiers: [{ from: 1, multiplier: 2 }, { from: 2, multiplier: 0.25 }], cap: 50_000 }],
    ['decelerator paying nothing', { quota: 50_000, rate: 0.08, decelerator: { below: 0.4, multiplier: 0 } }],
  ];
  const attainedGrid = Array.from({ length: 301 }, (_, i) => i * 5_000);

  it.each(plans)('%s: payout never falls as attained rises and never exceeds the cap', (_, input) => {
    let previous = -Infinity;
    for (const attained of attainedGrid) {
      const result = commissionPayout({ ...input, attained } as CommissionInput);
      expect(result.payout).toBeGreaterThanOrEqual(previous);
      if (input.cap !== undefined) expect(result.payout).toBeLessThanOrEqual(input.cap);
      previous = result.payout;
    }
  });

  it.each(plans)('%s: slice revenues add up to attained and slice payouts to the payout', (_, input) => {
    for (const attained of attainedGrid) {
      const result = commissionPayout({ ...input, attained } as CommissionInput);
      const revenue = result.tiers.reduce((sum, slice) => sum + slice.revenue, 0);
      const paid = result.tiers.reduce((sum, slice) => sum + slice.payout, 0);
      expect(revenue).toBeCloseTo(attained, 6);
      expect(paid).toBeCloseTo(result.payout, 6);
    }
  });
});

describe('commissionPayout: impossible inputs throw a RangeError naming the input', () => {
  const base = { quota: 400_000, attained: 100_000, rate: 0.05 };
  it.each([
    ['a zero quota', { ...base, quota: 0 }, /quota must be above 0/],
    ['a negative quota', { ...base, quota: -1 }, /quota must be above 0/],
    ['a quota that is not a number', { ...base, quota: Number.NaN }, /quota must be a finite number/],
    ['negative revenue', { ...base, attained: -5 }, /attained must be 0 or more/],
    ['infinite revenue', { ...base, attained: Infinity }, /attained must be a finite number/],
    ['a negative rate', { ...base, rate: -0.01 }, /rate must be 0 or more/],
    ['negative variable pay at target', { quota: 1, attained: 1, variableAtTarget: -10 }, /variableAtTarget must be 0 or more/],
    ['both rate and variable pay at target', { ...base, variableAtTarget: 20_000 }, /either rate .* or variableAtTarget .*, not both/],
    ['neither rate nor variable pay at target', { quota: 1, attained: 1 }, /not neither/],
    ['tiers out of order', { ...base, tiers: [{ from: 1.2, multiplier: 2 }, { from: 1, multiplier: 1.5 }] }, /tiers\[1\]\.from \(1\) must be above tiers\[0\]\.from \(1\.2\)/],
    ['two tiers starting at the same point', { ...base, tiers: [{ from: 1, multiplier: 1.5 }, { from: 1, multiplier: 2 }] }, /tiers\[1\]\.from/],
    ['a tier starting below 0%', { ...base, tiers: [{ from: -0.1, multiplier: 1.5 }] }, /tiers\[0\]\.from must be 0 or more/],
    ['a negative tier multiplier', { ...base, tiers: [{ from: 1, multiplier: -1 }] }, /tiers\[0\]\.multiplier must be 0 or more/],
    ['an infinite tier start', { ...base, tiers: [{ from: Infinity, multiplier: 2 }] }, /tiers\[0\]\.from must be a finite number/],
    ['a decelerator above the first accelerator', { ...base, tiers: [{ from: 1, multiplier: 1.5 }], decelerator: { below: 1.1, multiplier: 0.5 } }, /decelerator\.below \(1\.1\) must not be above the first accelerator/],
    ['a decelerator that pays more than the base rate', { ...base, decelerator: { below: 0.5, multiplier: 1.2 } }, /decelerator\.multiplier must be from 0 to 1/],
    ['a negative decelerator multiplier', { ...base, decelerator: { below: 0.5, multiplier: -0.5 } }, /decelerator\.multiplier must be from 0 to 1/],
    ['a negative decelerator threshold', { ...base, decelerator: { below: -0.5, multiplier: 0.5 } }, /decelerator\.below must be 0 or more/],
    ['a negative cap', { ...base, cap: -1 }, /cap must be 0 or more/],
    ['an infinite cap', { ...base, cap: Infinity }, /cap must be a finite number/],
  ])('rejects %s', (_, input, message) => {
    expect(() => commissionPayout(input as CommissionInput)).toThrow(RangeError);
    expect(() => commissionPayout(input as CommissionInput)).toThrow(message);
  });
});

describe('drawAgainstCommission', () => {
  const earned = [1_200, 1_500, 3_800];

  it('recoverable: pays the draw, carries the shortfall and recovers it from later commission', () => {
    const result = drawAgainstCommission({ draw: 2_000, earned, recoverable: true });
    expect(result.periods).toEqual([
      { earned: 1_200, paid: 2_000, balance: 800 },
      { earned: 1_500, paid: 2_000, balance: 1_300 },
      { earned: 3_800, paid: 2_500, balance: 0 },
    ]);
    expect(result).toMatchObject({ totalPaid: 6_500, totalEarned: 6_500, balance: 0 });
  });

  it('recoverable: leaves a balance still owed when commission never catches up', () => {
    expect(drawAgainstCommission({ draw: 2_000, earned: [500, 1_000], recoverable: true })).toMatchObject({ totalPaid: 4_000, balance: 2_500 });
  });

  it('non-recoverable: pays the larger of draw and commission and forgets the shortfall', () => {
    const result = drawAgainstCommission({ draw: 2_000, earned, recoverable: false });
    expect(result.periods.map((period) => period.paid)).toEqual([2_000, 2_000, 3_800]);
    expect(result).toMatchObject({ totalPaid: 7_800, totalEarned: 6_500, balance: 0 });
  });

  it('pays commission as earned when the draw is 0', () => {
    expect(drawAgainstCommission({ draw: 0, earned, recoverable: true }).totalPaid).toBe(6_500);
  });

  it.each([
    ['a negative draw', { draw: -1, earned: [], recoverable: true }, /draw must be 0 or more/],
    ['negative commission in a period', { draw: 1, earned: [5, -2], recoverable: true }, /earned\[1\] must be 0 or more/],
    ['commission that is not a number', { draw: 1, earned: [Number.NaN], recoverable: false }, /earned\[0\] must be a finite number/],
  ])('rejects %s with a RangeError', (_, input, message) => {
    expect(() => drawAgainstCommission(input)).toThrow(RangeError);
    expect(() => drawAgainstCommission(input)).toThrow(message);
  });
});

describe('clawbackAmount', () => {
  it.each([
    ['pro-rata recovers the months the customer did not stay', { commission: 4_800, termMonths: 12, monthsActive: 3, method: 'pro-rata' }, 3_600],
    ['pro-rata recovers everything when the customer never started', { commission: 4_800, termMonths: 12, monthsActive: 0, method: 'pro-rata' }, 4_800],
    ['pro-rata recovers nothing at the end of the term', { commission: 4_800, termMonths: 12, monthsActive: 12, method: 'pro-rata' }, 0],
    ['full recovers the whole commission', { commission: 4_800, termMonths: 12, monthsActive: 3, method: 'full' }, 4_800],
    ['inside the window the clawback applies', { commission: 4_800, termMonths: 12, monthsActive: 5, method: 'full', windowMonths: 6 }, 4_800],
    ['once the window has passed nothing is recovered', { commission: 4_800, termMonths: 12, monthsActive: 6, method: 'full', windowMonths: 6 }, 0],
  ] as const)('%s', (_, input, expected) => {
    expect(clawbackAmount(input)).toBe(expected);
  });

  it.each([
    ['a negative commission', { commission: -1, termMonths: 12, monthsActive: 0, method: 'full' }, /commission must be 0 or more/],
    ['a zero term', { commission: 1, termMonths: 0, monthsActive: 0, method: 'full' }, /termMonths must be above 0/],
    ['more months active than the term', { commission: 1, termMonths: 12, monthsActive: 13, method: 'pro-rata' }, /monthsActive \(13\) cannot be more than termMonths \(12\)/],
    ['negative months active', { commission: 1, termMonths: 12, monthsActive: -1, method: 'pro-rata' }, /monthsActive must be 0 or more/],
    ['a zero window', { commission: 1, termMonths: 12, monthsActive: 1, method: 'full', windowMonths: 0 }, /windowMonths must be above 0/],
    ['an unknown method', { commission: 1, termMonths: 12, monthsActive: 1, method: 'half' }, /method must be "full" or "pro-rata"/],
  ])('rejects %s with a RangeError', (_, input, message) => {
    const call = () => clawbackAmount(input as Parameters<typeof clawbackAmount>[0]);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
