import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openFeedbackStore } from '@/lib/feedback/store';

const writer = path.resolve('tests/unit/feedback/writer.ts');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-feedback-crash-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Runs the writer; `killAfter` acknowledgements, it is sent SIGKILL. Resolves with every id it acknowledged. */
function runWriter(file: string, count: number, killAfter?: number): Promise<{ acked: string[]; code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    // node itself with tsx's loader, not the tsx CLI: the CLI runs the script in a second
    // process, which SIGKILL on the CLI would leave running.
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the writer did not finish in 45 s'));
    }, 45_000);
    const acked: string[] = [];
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (killAfter !== undefined && acked.length >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    // 'close' waits for stdout to end: every id the child printed before dying is read.
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ acked, code, signal });
    });
  });
}

describe('SQLite durability', () => {
  it('keeps every acknowledged vote when the writing process is killed with SIGKILL mid-burst', async () => {
    const file = path.join(root, 'killed', 'feedback.sqlite');
    const { acked, signal } = await runWriter(file, 0, 300);
    expect(signal).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(300);

    // Opening the file again is what the next server start does: SQLite replays the WAL.
    const database = new Database(file);
    try {
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(database.prepare('select id from feedback').pluck().all() as string[]);
      const missing = acked.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      // At most the one insert in flight when the signal landed may exist unacknowledged.
      expect(stored.size - acked.length).toBeLessThanOrEqual(1);
    } finally {
      database.close();
    }
  }, 60_000);

  it('lets several processes create and write one new file at the same time', async () => {
    const file = path.join(root, 'shared', 'feedback.sqlite');
    const runs = await Promise.all([1, 2, 3].map(() => runWriter(file, 40)));
    for (const run of runs) expect(run.code).toBe(0);
    const store = openFeedbackStore({ dialect: 'sqlite', path: file });
    try {
      expect(await store.counts()).toEqual({ feedback: 120, termRequests: 0 });
    } finally {
      await store.close();
    }
  }, 60_000);
});
