import { describe, expect, it } from 'vitest';
import { rankByAttainment } from '@/lib/formulas/engagement';
import { entryText, figure } from './entry';

const reps = [
  { name: 'Giulia', attained: 570_000, quota: 600_000 },
  { name: 'Anna', attained: 460_000, quota: 400_000 },
  { name: 'Marco', attained: 300_000, quota: 250_000 },
  { name: 'Luca', attained: 162_000, quota: 150_000 },
];

describe('sales leaderboard worked example', () => {
  it.each(['it', 'en'] as const)('ranks the table the way the formula does (%s)', (locale) => {
    const text = entryText('sales-leaderboard', locale);
    const ranked = rankByAttainment(reps);
    expect(ranked.map((rep) => rep.name)).toEqual(['Marco', 'Anna', 'Luca', 'Giulia']);
    for (const rep of ranked) {
      const row = text.split('\n').find((line) => line.includes(`| ${rep.name} |`));
      expect(row, `${rep.name}'s row`).toBeDefined();
      const cells = row!.split('|').map((cell) => cell.trim());
      expect(Number(cells[1])).toBe(rep.rank);
      expect(figure(cells[4]!, locale)).toBe(rep.quota);
      expect(figure(cells[5]!, locale)).toBe(rep.attained);
      expect(figure(cells[6]!, locale)).toBe(Number((rep.attainment * 100).toFixed(1)));
    }
  });

  it.each(['it', 'en'] as const)('states the leader’s attainment the formula gives (%s)', (locale) => {
    const text = entryText('sales-leaderboard', locale);
    expect(text).toContain(locale === 'it' ? '300.000 ÷ 250.000 = **120%**' : '300,000 ÷ 250,000 = **120%**');
    expect(figure('120%', locale)).toBe(Number((rankByAttainment(reps)[0]!.attainment * 100).toFixed(1)));
  });
});
