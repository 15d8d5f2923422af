import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStore, formatReport } from '@/lib/feedback/report-format';
import { openFeedbackStore, type FeedbackReport } from '@/lib/feedback/store';

const tsx = path.resolve('node_modules/.bin/tsx');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-feedback-cli-'));
const file = path.join(root, 'feedback.sqlite');
const DAY = 24 * 60 * 60 * 1000;
const run = (script: string, ...args: string[]) =>
  spawnSync(tsx, [script, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', FEEDBACK_DB_PATH: file } });

beforeAll(async () => {
  let now = Date.now() - 400 * DAY;
  const store = openFeedbackStore({ dialect: 'sqlite', path: file }, { now: () => new Date(now) });
  await store.recordFeedback({ termId: 'enps', locale: 'it', helpful: false, comment: 'Vecchio.' });
  await store.recordTermRequest({ locale: 'it', query: 'quota relief' });
  now = Date.now() - DAY;
  await store.recordFeedback({ termId: 'enps', locale: 'it', helpful: true });
  await store.recordFeedback({ termId: 'enps', locale: 'it', helpful: true, comment: 'Chiaro.\nGrazie' });
  await store.recordTermRequest({ locale: 'it', query: 'Quota Relief' });
  await store.close();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run feedback:report', () => {
  it('prints yes/no and share per term and language, the latest comments and the requested terms', () => {
    const result = run('scripts/feedback-report.ts');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/enps\s+it\s+2\s+1\s+3\s+67%/);
    expect(result.stdout).toContain('      Chiaro.\n      Grazie');
    expect(result.stdout).toMatch(/\s2\s+it\s+[\d-]+ [\d:]+\s+[Qq]uota [Rr]elief/);
  });

  it('prints the same report as JSON with --json', () => {
    const result = run('scripts/feedback-report.ts', '--json', '--comments', '1');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as FeedbackReport;
    expect(report.terms).toEqual([{ termId: 'enps', locale: 'it', yes: 2, no: 1, total: 3, share: 2 / 3 }]);
    expect(report.comments.map((entry) => entry.comment)).toEqual(['Chiaro.\nGrazie']);
    expect(report.requests).toMatchObject([{ locale: 'it', count: 2 }]);
  });
});

describe('npm run feedback:prune', () => {
  it('refuses a missing or malformed --older-than without touching anything', () => {
    for (const args of [[], ['--older-than', '0d'], ['--older-than', 'a year'], ['--older-than', '365d', '--force']]) {
      const result = run('scripts/feedback-prune.ts', ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('--older-than 365d');
    }
  });

  it('deletes what is older than the given days and says how many rows went', () => {
    const result = run('scripts/feedback-prune.ts', '--older-than', '365d');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Deleted 1 feedback row and 1 term request created before \S+ \(older than 365 days\)/);
    const report = JSON.parse(run('scripts/feedback-report.ts', '--json').stdout) as FeedbackReport;
    expect(report.terms).toMatchObject([{ total: 2 }]);
  });
});

describe('formatReport', () => {
  it('shows control characters in stored text as escapes, so they cannot drive the terminal', () => {
    const report: FeedbackReport = {
      generatedAt: '2026-03-01T12:00:00.000Z',
      terms: [],
      comments: [{ id: 'x', termId: 'enps', locale: 'it', helpful: true, comment: 'red \u001b[31m text', createdAt: '2026-03-01T11:00:00.000Z' }],
      requests: [],
    };
    const text = formatReport(report, 'SQLite x');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('red \\u{1b}[31m text');
    expect(text).toContain('(no answers yet)');
  });

  it('names the database without its password', () => {
    expect(describeStore({ dialect: 'postgres', connectionString: 'postgres://glossary:s3cret@db:5432/glossary' })).toBe('PostgreSQL postgres://glossary:***@db:5432/glossary');
  });
});
