import { describe, expect, it } from 'vitest';
import { winRate, winRateByValue } from '@/lib/formulas/pipeline';
import { entryText, figure } from './entry';

// The entry's example: 60 deals closed in a quarter (18 won for €450,000, 42 lost for
// €1,350,000) and 20 still open.
const closed = { won: 18, lost: 42 };
const values = { wonValue: 450_000, lostValue: 1_350_000 };
const open = 20;
const percent = (fraction: number) => Number((fraction * 100).toFixed(1));

describe('win rate worked example', () => {
  it.each(['it', 'en'] as const)('states the count-based win rate the formula gives (%s)', (locale) => {
    const text = entryText('win-rate', locale);
    expect(text).toContain('18 ÷ (18 + 42) = 18 ÷ 60 = **30%**');
    expect(figure('30%', locale)).toBe(percent(winRate(closed)));
  });

  it.each(['it', 'en'] as const)('states the value-based win rate the formula gives (%s)', (locale) => {
    const text = entryText('win-rate', locale);
    const [won, lost, total] = locale === 'it' ? ['450.000', '1.350.000', '1.800.000'] : ['450,000', '1,350,000', '1,800,000'];
    expect(text).toContain(`${won} ÷ (${won} + ${lost}) = ${won} ÷ ${total} =`);
    expect(figure(total, locale)).toBe(values.wonValue + values.lostValue);
    expect(text).toContain('**25%**');
    expect(figure('25%', locale)).toBe(percent(winRateByValue(values)));
  });

  it.each(['it', 'en'] as const)('states the wrong figure with open deals in the denominator (%s)', (locale) => {
    const text = entryText('win-rate', locale);
    const written = locale === 'it' ? '22,5%' : '22.5%';
    expect(text).toContain(`18 ÷ 80 = ${written}`);
    // What winRate would give if the open deals were wrongly counted as lost.
    expect(figure(written, locale)).toBe(percent(winRate({ won: closed.won, lost: closed.lost + open })));
  });

  it.each(['it', 'en'] as const)('states the average deal sizes (%s)', (locale) => {
    const text = entryText('win-rate', locale);
    const [wonAverage, lostAverage] = locale === 'it' ? ['25.000 €', '32.000 €'] : ['€25,000', '€32,000'];
    expect(text).toContain(wonAverage);
    expect(figure(wonAverage, locale)).toBe(values.wonValue / closed.won);
    expect(text).toContain(`${locale === 'it' ? 'circa' : 'about'} ${lostAverage}`);
    expect(figure(lostAverage, locale)).toBe(Math.round(values.lostValue / closed.lost / 1000) * 1000);
  });
});
