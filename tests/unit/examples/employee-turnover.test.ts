import { describe, expect, it } from 'vitest';
import { totalTurnoverRate, turnoverRate } from '@/lib/formulas/people';
import { entryText, figure } from './entry';

const locales = ['it', 'en'] as const;

describe('employee turnover worked examples', () => {
  it.each(locales)('states the leavers rate of 24 leavers on 197 → 203 employees (%s)', (locale) => {
    const text = entryText('employee-turnover', locale);
    const result = turnoverRate({ leavers: 24, startHeadcount: 197, endHeadcount: 203 }, 12);
    expect(text).toMatch(/197\D+203\D+200\b/);
    expect(result.averageHeadcount).toBe(200);
    expect(text).toContain('24 ÷ 200 × 100 = **12%**');
    expect(figure('12%', locale)).toBe(result.periodPercent);
    expect(result.annualisedPercent).toBe(result.periodPercent);
  });

  it.each(locales)('states the straight-line annualised rate of 5 leavers in a quarter (%s)', (locale) => {
    const text = entryText('employee-turnover', locale);
    const result = turnoverRate({ leavers: 5, averageHeadcount: 200 }, 3);
    const quarter = locale === 'it' ? '2,5%' : '2.5%';
    expect(text).toContain(`${quarter} × 12 ÷ 3 = **10%**`);
    expect(figure(quarter, locale)).toBe(result.periodPercent);
    expect(figure('10%', locale)).toBe(result.annualisedPercent);
  });

  it.each(locales)('states the total turnover rate of 30 joiners and 24 leavers (%s)', (locale) => {
    const text = entryText('employee-turnover', locale);
    // The example's headcount adds up: 197 + 30 joiners − 24 leavers = 203.
    expect(197 + 30 - 24).toBe(203);
    expect(text).toContain('(30 + 24) ÷ 200 × 100 = **27%**');
    expect(figure('27%', locale)).toBe(totalTurnoverRate({ hires: 30, leavers: 24, averageHeadcount: 200 }));
  });
});
