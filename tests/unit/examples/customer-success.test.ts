import { describe, expect, it } from 'vitest';
import { customerHealthScore } from '@/lib/formulas/engagement';
import { entryText, figure } from './entry';

/** Usage, support tickets, relationship with the sponsor, timely payment, as the entry's table shows. */
const components = [
  { score: 55, weight: 40 },
  { score: 60, weight: 20 },
  { score: 70, weight: 20 },
  { score: 100, weight: 20 },
];

describe('customer success worked example', () => {
  it.each(['it', 'en'] as const)('states the health score the formula gives (%s)', (locale) => {
    const text = entryText('customer-success', locale);
    const rows = text.split('\n').filter((line) => /^\| [^-|*]/.test(line)).slice(1);
    expect(rows).toHaveLength(components.length);
    rows.forEach((row, index) => {
      const cells = row.split('|').map((cell) => cell.trim()).filter(Boolean);
      const { score, weight } = components[index]!;
      expect([Number(cells[1]), figure(cells[2]!, locale)]).toEqual([score, weight]);
      expect(figure(cells[3]!, locale)).toBe((score * weight) / 100);
    });
    expect(text).toContain('22 + 12 + 14 + 20 = **68**');
    expect(figure('68', locale)).toBe(Number(customerHealthScore(components).toFixed(1)));
  });
});
