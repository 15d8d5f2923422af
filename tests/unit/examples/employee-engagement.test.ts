import { describe, expect, it } from 'vitest';
import { engagementIndex, favourableShare } from '@/lib/formulas/engagement';
import { entryText, figure } from './entry';

/** How many people gave each answer from 1 to 5, per statement, as the entry's table shows. */
const counts = [
  [4, 8, 16, 32, 20],
  [2, 6, 12, 36, 24],
  [5, 10, 15, 30, 20],
];
const items = counts.map((row) => row.flatMap((count, index) => Array<number>(count).fill(index + 1)));
const percent = (share: number) => Number((share * 100).toFixed(1));

describe('employee engagement worked example', () => {
  it.each(['it', 'en'] as const)('states each statement’s favourable share the formula gives (%s)', (locale) => {
    const text = entryText('employee-engagement', locale);
    const rows = text.split('\n').filter((line) => /^\| [^-|]/.test(line)).slice(1);
    expect(rows).toHaveLength(counts.length);
    rows.forEach((row, index) => {
      const cells = row.split('|').map((cell) => cell.trim()).filter(Boolean);
      expect(cells.slice(1, 6).map(Number)).toEqual(counts[index]);
      expect(figure(cells[6]!, locale)).toBe(percent(favourableShare(items[index]!)));
    });
  });

  it.each(['it', 'en'] as const)('states the first statement’s share and the index the formula gives (%s)', (locale) => {
    const text = entryText('employee-engagement', locale);
    expect(items.every((answers) => answers.length === 80)).toBe(true);
    expect(text).toContain('**65%**');
    expect(figure('65%', locale)).toBe(percent(favourableShare(items[0]!)));
    const index = locale === 'it' ? '67,5%' : '67.5%';
    expect(text).toContain(`**${index}**`);
    expect(figure(index, locale)).toBe(percent(engagementIndex(items)));
  });
});
