import { describe, expect, it } from 'vitest';
import { drawAgainstCommission } from '@/lib/formulas/commission';
import { entryText, figure } from './entry';

/** The entry's case: a €2,000 monthly draw; €1,200, €1,500 and €3,800 of commission earned. */
const input = { draw: 2_000, earned: [1_200, 1_500, 3_800] } as const;
const recoverable = drawAgainstCommission({ ...input, recoverable: true });
const nonRecoverable = drawAgainstCommission({ ...input, recoverable: false });

const money = (value: number, locale: 'it' | 'en') =>
  locale === 'it' ? `${value.toLocaleString('it-IT', { useGrouping: 'always' })} €` : `€${value.toLocaleString('en-GB')}`;

describe('draw against commission worked example', () => {
  it.each(['it', 'en'] as const)('states each month of the table as the formula settles it (%s)', (locale) => {
    const text = entryText('draw-against-commission', locale);
    input.earned.forEach((earned, month) => {
      const row = [
        money(earned, locale),
        money(recoverable.periods[month]!.paid, locale),
        money(recoverable.periods[month]!.balance, locale),
        money(nonRecoverable.periods[month]!.paid, locale),
      ];
      expect(text).toContain(`| ${month + 1} | ${row.join(' | ')} |`);
    });
  });

  it.each(['it', 'en'] as const)('states the totals and the cost of a non-recoverable draw (%s)', (locale) => {
    const text = entryText('draw-against-commission', locale);
    const figures: [string, number][] = [
      [money(6_500, locale), recoverable.totalPaid],
      [money(6_500, locale), recoverable.totalEarned],
      [money(7_800, locale), nonRecoverable.totalPaid],
      [money(1_300, locale), nonRecoverable.totalPaid - nonRecoverable.totalEarned],
      [money(500, locale), recoverable.periods[2]!.paid - input.draw],
    ];
    for (const [written, value] of figures) {
      expect(text).toContain(written);
      expect(figure(written, locale)).toBe(value);
    }
    expect(recoverable.balance).toBe(0);
  });
});
