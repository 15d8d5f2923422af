// The databases the storage tests run on: SQLite in a temporary file always, PostgreSQL
// when TEST_DATABASE_URL names one (.ci/run makes a throwaway database and sets it). Each
// `fresh()` is an empty database: a new file, or a new schema dropped afterwards.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openFeedbackStore, type FeedbackStore, type StoreConfig, type StoreOptions } from '@/lib/feedback/store';

export type BackendName = 'sqlite' | 'postgres';

export interface FreshDatabase {
  config: StoreConfig;
  open(options?: StoreOptions): FeedbackStore;
  /** Deletes the file or drops the schema. */
  drop(): Promise<void>;
}

export interface Backend {
  name: BackendName;
  fresh(): Promise<FreshDatabase>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-feedback-'));
    // A folder that does not exist yet: the store must create it.
    const config: StoreConfig = { dialect: 'sqlite', path: path.join(folder, 'nested', 'feedback.sqlite') };
    return { config, open: (options) => openFeedbackStore(config, options), drop: async () => fs.rmSync(folder, { recursive: true, force: true }) };
  },
};

function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const schema = `feedback_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      const config: StoreConfig = { dialect: 'postgres', connectionString: scoped.toString() };
      return {
        config,
        open: (options) => openFeedbackStore(config, options),
        async drop() {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`drop schema if exists ${schema} cascade`);
          await client.end();
        },
      };
    },
  };
}

/** SQLite, and PostgreSQL when TEST_DATABASE_URL is set. */
export function feedbackBackends(env: Record<string, string | undefined> = process.env): Backend[] {
  const url = env.TEST_DATABASE_URL?.trim();
  return url ? [sqlite, postgres(url)] : [sqlite];
}

const ran = new Map<BackendName, number>();

/** Counts a test that ran on `name`; `backendsRan()` says which backends the run covered. */
export function markRan(name: BackendName): void {
  ran.set(name, (ran.get(name) ?? 0) + 1);
}

/** Which backends ran how many storage tests in this process, e.g. `sqlite: 9, postgres: 9`. */
export function backendsRan(): Record<string, number> {
  return Object.fromEntries(ran);
}

/**
 * In CI the PostgreSQL run must not vanish quietly: with CI set and no TEST_DATABASE_URL,
 * this is the reason to fail; otherwise undefined.
 */
export function missingPostgresInCi(env: Record<string, string | undefined> = process.env): string | undefined {
  if (!env.CI || env.TEST_DATABASE_URL?.trim()) return undefined;
  return 'CI is set but TEST_DATABASE_URL is not: the PostgreSQL storage tests would be skipped (.ci/run sets it)';
}
