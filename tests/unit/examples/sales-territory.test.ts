import { describe, expect, it } from 'vitest';
import { entryText, figure } from './entry';

// The entry's example has no formula, only a rebalancing whose figures must add up:
// 400 customers and €5,400,000 of potential, before and after moving 10 customers
// (€250,000) from the North-West to the North-East and 30 (€550,000) to the Centre-South.
const before = { northWest: [180, 2_700_000], northEast: [120, 1_500_000], centreSouth: [100, 1_200_000] } as const;
const moves = { northEast: [10, 250_000], centreSouth: [30, 550_000] } as const;
const after = {
  northWest: [
    before.northWest[0] - moves.northEast[0] - moves.centreSouth[0],
    before.northWest[1] - moves.northEast[1] - moves.centreSouth[1],
  ],
  northEast: [before.northEast[0] + moves.northEast[0], before.northEast[1] + moves.northEast[1]],
  centreSouth: [before.centreSouth[0] + moves.centreSouth[0], before.centreSouth[1] + moves.centreSouth[1]],
};
const total = (split: Record<string, readonly number[]>, column: 0 | 1) =>
  Object.values(split).reduce((sum, row) => sum + row[column]!, 0);

const rows = {
  it: { northWest: 'Nord-Ovest', northEast: 'Nord-Est', centreSouth: 'Centro-Sud' },
  en: { northWest: 'North-West', northEast: 'North-East', centreSouth: 'Centre-South' },
} as const;
const money = (value: number, locale: 'it' | 'en') =>
  locale === 'it'
    ? `${String(value).replace(/\B(?=(\d{3})+$)/g, '.')} €`
    : `€${String(value).replace(/\B(?=(\d{3})+$)/g, ',')}`;

describe('sales territory worked example', () => {
  it.each(['it', 'en'] as const)('states each territory before and after the moves (%s)', (locale) => {
    const text = entryText('sales-territory', locale);
    for (const key of Object.keys(rows[locale]) as (keyof typeof before)[]) {
      const [customersBefore, potentialBefore] = before[key];
      const [customersAfter, potentialAfter] = after[key];
      expect(text).toContain(
        `| ${rows[locale][key]} | ${customersBefore} | ${money(potentialBefore, locale)} | ${customersAfter} | ${money(potentialAfter!, locale)} |`,
      );
    }
  });

  it.each(['it', 'en'] as const)('states totals that the rows add up to, unchanged by the moves (%s)', (locale) => {
    const text = entryText('sales-territory', locale);
    const potential = money(5_400_000, locale);
    expect(text).toContain(`**400** | **${potential}** | **400** | **${potential}** |`);
    expect(total(before, 0)).toBe(400);
    expect(total(after, 0)).toBe(400);
    expect(total(before, 1)).toBe(figure(potential, locale));
    expect(total(after, 1)).toBe(figure(potential, locale));
  });

  it.each(['it', 'en'] as const)('states the moves (%s)', (locale) => {
    const text = entryText('sales-territory', locale).replace(/\s+/g, ' ');
    const customers = locale === 'it' ? 'clienti' : 'customers';
    expect(text).toContain(`10 ${customers} (${money(moves.northEast[1], locale)}`);
    expect(text).toContain(`30 ${customers} (${money(moves.centreSouth[1], locale)})`);
  });
});
