import { describe, expect, it } from 'vitest';
import {
  customerHealthScore,
  engagementIndex,
  favourableShare,
  rampTime,
  rankByAttainment,
} from '@/lib/formulas/engagement';

describe('favourableShare', () => {
  it.each([
    ['counts 4s and 5s as favourable', [1, 2, 3, 4, 5], 2 / 5],
    ['counts a neutral 3 as not favourable', [3, 3, 3, 3], 0],
    ['gives 1 when everyone agrees', [4, 5, 5, 4], 1],
    ['gives 0 when everyone disagrees', [1, 2, 1], 0],
    ['works on a single answer', [4], 1],
  ] as const)('%s', (_, answers, share) => {
    expect(favourableShare(answers)).toBe(share);
  });

  it.each([
    ['an empty item', []],
    ['an answer of 0', [4, 0]],
    ['an answer of 6', [6]],
    ['a fractional answer', [4.5]],
    ['an answer that is not a number', [Number.NaN]],
  ] as const)('throws a RangeError on %s', (_, answers) => {
    expect(() => favourableShare(answers)).toThrow(RangeError);
  });
});

describe('engagementIndex', () => {
  it.each([
    ['averages the favourable shares of the items', [[4, 5, 1, 2], [5, 5, 5, 1]], (0.5 + 0.75) / 2],
    ['weighs each item the same whatever its answers', [[5], [1, 1, 1]], 0.5],
    ['equals the item share for a single item', [[4, 4, 3, 2, 5]], 3 / 5],
  ] as const)('%s', (_, items, index) => {
    expect(engagementIndex(items)).toBe(index);
  });

  it.each([
    ['no items', []],
    ['an item without answers', [[4, 5], []]],
    ['an answer off the scale', [[4, 5], [7]]],
  ] as const)('throws a RangeError on %s', (_, items) => {
    expect(() => engagementIndex(items)).toThrow(RangeError);
  });
});

describe('rankByAttainment', () => {
  it('ranks by attained ÷ quota, not by the amount attained', () => {
    const ranked = rankByAttainment([
      { name: 'big', attained: 500, quota: 1000 },
      { name: 'small', attained: 300, quota: 200 },
    ]);
    expect(ranked.map((rep) => [rep.name, rep.attainment, rep.rank])).toEqual([
      ['small', 1.5, 1],
      ['big', 0.5, 2],
    ]);
  });

  it('gives equal attainments the same rank and skips the next (1, 2, 2, 4), keeping input order', () => {
    const ranked = rankByAttainment([
      { name: 'a', attained: 90, quota: 100 },
      { name: 'b', attained: 120, quota: 100 },
      { name: 'c', attained: 180, quota: 200 },
      { name: 'd', attained: 50, quota: 100 },
    ]);
    expect(ranked.map((rep) => [rep.name, rep.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('ties the same ratio written with different amounts', () => {
    const ranked = rankByAttainment([
      { name: 'x', attained: 45_000, quota: 50_000 },
      { name: 'y', attained: 90_000, quota: 100_000 },
      { name: 'z', attained: 7, quota: 3 },
      { name: 'w', attained: 14, quota: 6 },
    ]);
    expect(ranked.map((rep) => [rep.name, rep.rank])).toEqual([
      ['z', 1],
      ['w', 1],
      ['x', 3],
      ['y', 3],
    ]);
  });

  it('does not change its input and returns an empty board for no reps', () => {
    const reps = [
      { name: 'a', attained: 1, quota: 2 },
      { name: 'b', attained: 2, quota: 2 },
    ];
    rankByAttainment(reps);
    expect(reps.map((rep) => rep.name)).toEqual(['a', 'b']);
    expect(rankByAttainment([])).toEqual([]);
  });

  it.each([
    ['a zero quota', { name: 'z', attained: 10, quota: 0 }],
    ['a negative quota', { name: 'n', attained: 10, quota: -100 }],
    ['a negative attained amount', { name: 'n', attained: -1, quota: 100 }],
    ['an infinite attained amount', { name: 'i', attained: Number.POSITIVE_INFINITY, quota: 100 }],
    ['a quota that is not a number', { name: 'q', attained: 10, quota: Number.NaN }],
  ] as const)('throws a RangeError on %s', (_, rep) => {
    expect(() => rankByAttainment([{ name: 'ok', attained: 1, quota: 1 }, rep])).toThrow(RangeError);
  });
});

describe('customerHealthScore', () => {
  it.each([
    [
      'is the weighted average of the scores',
      [
        { score: 100, weight: 3 },
        { score: 0, weight: 1 },
      ],
      75,
    ],
    [
      'normalises weights that do not add up to 1',
      [
        { score: 80, weight: 40 },
        { score: 60, weight: 60 },
      ],
      68,
    ],
    [
      'ignores a component of weight 0',
      [
        { score: 90, weight: 1 },
        { score: 10, weight: 0 },
      ],
      90,
    ],
    ['equals the score of a single component', [{ score: 42, weight: 5 }], 42],
  ] as const)('%s', (_, components, score) => {
    expect(customerHealthScore(components)).toBe(score);
  });

  it.each([
    ['no components', []],
    ['a score above 100', [{ score: 101, weight: 1 }]],
    ['a negative score', [{ score: -1, weight: 1 }]],
    ['a negative weight', [{ score: 50, weight: -1 }]],
    ['weights that add up to 0', [{ score: 50, weight: 0 }]],
    ['a weight that is not a number', [{ score: 50, weight: Number.NaN }]],
  ] as const)('throws a RangeError on %s', (_, components) => {
    expect(() => customerHealthScore(components)).toThrow(RangeError);
  });
});

describe('rampTime', () => {
  it.each([
    ['is the first month at full quota', [0.2, 0.5, 1, 0.8], 1, 3],
    ['does not count a month just below the threshold', [0.99, 1.01], 1, 2],
    ['can use a lower threshold', [0.3, 0.85, 1.1], 0.8, 2],
    ['is month 1 when the first month already reaches it', [1.2], 1, 1],
    ['is undefined when no month has reached it yet', [0.2, 0.4], 1, undefined],
    ['is undefined for someone with no months yet', [], 1, undefined],
  ] as const)('%s', (_, months, threshold, month) => {
    expect(rampTime(months, threshold)).toBe(month);
  });

  it('uses full quota (1) as the default threshold', () => {
    expect(rampTime([0.9, 1])).toBe(2);
  });

  it.each([
    ['a threshold of 0', [0.5], 0],
    ['a negative threshold', [0.5], -1],
    ['a negative month', [0.5, -0.1], 1],
    ['a month that is not a number', [Number.NaN], 1],
  ] as const)('throws a RangeError on %s', (_, months, threshold) => {
    expect(() => rampTime(months, threshold)).toThrow(RangeError);
  });
});
