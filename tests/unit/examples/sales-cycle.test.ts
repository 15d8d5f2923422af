import { describe, expect, it } from 'vitest';
import { averageSalesCycleDays, salesCycleDays } from '@/lib/formulas/pipeline';
import { entryText, figure } from './entry';

// The entry's example: five deals won in the first quarter of 2026, with the dates the
// table shows in each language.
const deals = [
  { createdOn: '2026-01-16', closedOn: '2026-03-02', it: ['16/01/2026', '02/03/2026'], en: ['16 Jan 2026', '2 Mar 2026'] },
  { createdOn: '2026-01-11', closedOn: '2026-03-10', it: ['11/01/2026', '10/03/2026'], en: ['11 Jan 2026', '10 Mar 2026'] },
  { createdOn: '2026-01-13', closedOn: '2026-03-16', it: ['13/01/2026', '16/03/2026'], en: ['13 Jan 2026', '16 Mar 2026'] },
  { createdOn: '2026-01-12', closedOn: '2026-03-24', it: ['12/01/2026', '24/03/2026'], en: ['12 Jan 2026', '24 Mar 2026'] },
  { createdOn: '2025-12-27', closedOn: '2026-03-31', it: ['27/12/2025', '31/03/2026'], en: ['27 Dec 2025', '31 Mar 2026'] },
] as const;

describe('sales cycle worked example', () => {
  it.each(['it', 'en'] as const)('states each deal’s dates and the days between them (%s)', (locale) => {
    const text = entryText('sales-cycle', locale);
    for (const deal of deals) {
      const [created, closed] = deal[locale];
      expect(text).toContain(`| ${created} | ${closed} | ${salesCycleDays(deal)} |`);
    }
  });

  it.each(['it', 'en'] as const)('states the average the formula gives (%s)', (locale) => {
    const text = entryText('sales-cycle', locale);
    const days = deals.map((deal) => salesCycleDays(deal));
    const written = locale === 'it' ? '66 giorni' : '66 days';
    expect(text).toContain(`(${days.join(' + ')}) ÷ 5 = 330 ÷ 5 = **${written}**`);
    expect(figure(written, locale)).toBe(averageSalesCycleDays(deals));
    expect(averageSalesCycleDays(days)).toBe(averageSalesCycleDays(deals));
  });

  it.each(['it', 'en'] as const)('states the median (%s)', (locale) => {
    const text = entryText('sales-cycle', locale);
    const sorted = deals.map((deal) => salesCycleDays(deal)).sort((a, b) => a - b);
    expect(text).toContain(`${sorted[2]} ${locale === 'it' ? 'giorni' : 'days'}`);
    expect(sorted[2]).toBe(62);
  });
});
