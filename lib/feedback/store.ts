import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { foldText } from '../text/normalize';
import { migrationProvider, type Dialect } from './migrations';
import type { FeedbackDatabase } from './schema';

export type { Dialect };

/** Where the feedback lives: a SQLite file (the default) or a PostgreSQL database. */
export type StoreConfig =
  | {
      dialect: 'sqlite';
      /** The database file; its folder is created. */
      path: string;
      /**
       * NORMAL (default): in WAL mode a commit is written to the WAL file before it is
       * acknowledged, so it survives the process being killed; only a power cut or kernel
       * crash can lose the last few. FULL also fsyncs every commit (survives power loss),
       * at about 2 ms per post during which this synchronous driver blocks the server.
       */
      synchronous?: 'NORMAL' | 'FULL';
    }
  | { dialect: 'postgres'; connectionString: string; /** Pool size per process, default 10. */ maxConnections?: number };

export interface StoreOptions {
  /** The clock rows are stamped with and ages are measured by (tests move it). */
  now?: () => Date;
  /** How long after a vote a comment may still be attached to it; default one hour. */
  commentWindowMs?: number;
}

export const DEFAULT_DB_PATH = 'data/feedback.sqlite';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * The store the environment describes: PostgreSQL when `DATABASE_URL` is a postgres:// URL,
 * otherwise SQLite at `FEEDBACK_DB_PATH` (default data/feedback.sqlite, relative to the
 * working directory, which is the project folder under `next start`).
 */
export function storeConfigFromEnv(env: Record<string, string | undefined> = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//i.test(url)) throw new Error('DATABASE_URL is set but is not a postgres:// or postgresql:// URL');
    return { dialect: 'postgres', connectionString: url };
  }
  const synchronous = (env.FEEDBACK_SQLITE_SYNCHRONOUS ?? 'NORMAL').toUpperCase();
  if (synchronous !== 'NORMAL' && synchronous !== 'FULL') throw new Error('FEEDBACK_SQLITE_SYNCHRONOUS must be NORMAL or FULL');
  return { dialect: 'sqlite', path: env.FEEDBACK_DB_PATH?.trim() || DEFAULT_DB_PATH, synchronous };
}

/** Opens the database (creating the SQLite file and its folder); tables are made on first use. */
export function openFeedbackStore(config: StoreConfig, options: StoreOptions = {}): FeedbackStore {
  if (config.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.connectionString, max: config.maxConnections ?? 10, connectionTimeoutMillis: 5000 });
    // An idle client whose server went away emits 'error'; unhandled, it would end the process.
    pool.on('error', (error) => console.error('[feedback] idle PostgreSQL connection failed:', error.message));
    const release = async () => {
      if (!pool.ending && !pool.ended) await pool.end();
    };
    return new FeedbackStore(new Kysely<FeedbackDatabase>({ dialect: new PostgresDialect({ pool }) }), 'postgres', options, release);
  }
  const file = path.resolve(config.path);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  try {
    const mode = database.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') console.warn(`[feedback] ${file}: the file system refused WAL mode (journal_mode=${String(mode)})`);
    database.pragma(`synchronous = ${config.synchronous ?? 'NORMAL'}`);
    // Several processes may share the file: a writer waits for another instead of failing.
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    database.close();
    throw error;
  }
  const release = async () => {
    if (database.open) database.close();
  };
  return new FeedbackStore(new Kysely<FeedbackDatabase>({ dialect: new SqliteDialect({ database }) }), 'sqlite', options, release);
}

export interface TermFeedback {
  termId: string;
  locale: string;
  yes: number;
  no: number;
  total: number;
  /** yes / total, from 0 to 1. */
  share: number;
}

export interface FeedbackComment {
  id: string;
  termId: string;
  locale: string;
  helpful: boolean;
  comment: string;
  createdAt: string;
}

export interface RequestedTerm {
  locale: string;
  /** One spelling readers used; requests are counted by the folded query. */
  query: string;
  count: number;
  lastRequestedAt: string;
}

export interface FeedbackReport {
  generatedAt: string;
  /** Most answered first. */
  terms: TermFeedback[];
  /** Newest first. */
  comments: FeedbackComment[];
  /** Most requested first. */
  requests: RequestedTerm[];
}

export interface PruneResult {
  feedback: number;
  termRequests: number;
  /** Rows created before this instant were deleted. */
  before: string;
}

/**
 * Reader feedback and term requests, the same queries on SQLite and PostgreSQL (Kysely,
 * parameterised: whatever a reader typed is stored as typed). The schema is migrated on
 * first use, once per store.
 */
export class FeedbackStore {
  private migrated: Promise<void> | undefined;
  private closed = false;
  private readonly now: () => Date;
  private readonly commentWindowMs: number;

  constructor(
    private readonly db: Kysely<FeedbackDatabase>,
    readonly dialect: Dialect,
    options: StoreOptions = {},
    /** Closes what Kysely does not when no query ever ran (it closes only what it used). */
    private readonly release: () => Promise<void> = async () => undefined,
  ) {
    this.now = options.now ?? (() => new Date());
    this.commentWindowMs = options.commentWindowMs ?? HOUR;
  }

  /**
   * Brings the schema up to date; called by every method, runs once. Several processes may
   * start at once: on PostgreSQL Kysely's migrator holds an advisory lock; on SQLite the
   * loser of a race fails on the busy file or the duplicate migration row, and retries to
   * find the work done. A failure is not remembered, so the next request tries again.
   */
  migrate(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the feedback store is closed'));
    this.migrated ??= this.runMigrations().catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    return this.migrated;
  }

  /** Stores one vote (and the comment, when the form sent both at once); returns its id. */
  async recordFeedback({ termId, locale, helpful, comment }: { termId: string; locale: string; helpful: boolean; comment?: string | null }): Promise<string> {
    await this.migrate();
    const id = randomUUID();
    await this.db
      .insertInto('feedback')
      .values({ id, term_id: termId, locale, helpful: helpful ? 1 : 0, comment: comment ?? null, created_at: this.now().toISOString() })
      .execute();
    return id;
  }

  /**
   * Attaches a comment to a vote made within the comment window that has none yet. False
   * when there is no such vote (unknown id, too old, or already commented).
   */
  async addComment({ id, comment }: { id: string; comment: string }): Promise<boolean> {
    await this.migrate();
    const since = new Date(this.now().getTime() - this.commentWindowMs).toISOString();
    const result = await this.db
      .updateTable('feedback')
      .set({ comment })
      .where('id', '=', id)
      .where('comment', 'is', null)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async recordTermRequest({ locale, query }: { locale: string; query: string }): Promise<string> {
    await this.migrate();
    const id = randomUUID();
    await this.db
      .insertInto('term_requests')
      .values({ id, locale, query, query_key: foldText(query), created_at: this.now().toISOString() })
      .execute();
    return id;
  }

  /** Yes/no per term and language, the latest comments, and requested terms by frequency. */
  async report({ comments = 20, requests = 50 }: { comments?: number; requests?: number } = {}): Promise<FeedbackReport> {
    await this.migrate();
    const generatedAt = this.now().toISOString();
    const termRows = await this.db
      .selectFrom('feedback')
      .select((eb) => ['term_id', 'locale', eb.fn.countAll().as('total'), eb.fn.sum('helpful').as('yes')])
      .groupBy(['term_id', 'locale'])
      .execute();
    const terms = termRows
      .map((row) => {
        const total = Number(row.total);
        const yes = Number(row.yes);
        return { termId: row.term_id, locale: row.locale, yes, no: total - yes, total, share: total ? yes / total : 0 };
      })
      .sort((a, b) => b.total - a.total || a.termId.localeCompare(b.termId) || a.locale.localeCompare(b.locale));

    const commentRows = await this.db
      .selectFrom('feedback')
      .select(['id', 'term_id', 'locale', 'helpful', 'comment', 'created_at'])
      .where('comment', 'is not', null)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(comments)
      .execute();

    const requestRows = await this.db
      .selectFrom('term_requests')
      .select((eb) => [
        'locale',
        'query_key',
        eb.fn.countAll().as('count'),
        eb.fn.min('query').as('query'),
        eb.fn.max('created_at').as('last'),
      ])
      .groupBy(['locale', 'query_key'])
      .orderBy('count', 'desc')
      .orderBy('last', 'desc')
      .orderBy('query_key')
      .limit(requests)
      .execute();

    return {
      generatedAt,
      terms,
      comments: commentRows.map((row) => ({
        id: row.id,
        termId: row.term_id,
        locale: row.locale,
        helpful: Number(row.helpful) === 1,
        comment: row.comment ?? '',
        createdAt: isoOf(row.created_at),
      })),
      requests: requestRows.map((row) => ({
        locale: row.locale,
        query: String(row.query),
        count: Number(row.count),
        lastRequestedAt: isoOf(row.last as Date | string),
      })),
    };
  }

  /** How many rows each table holds. */
  async counts(): Promise<{ feedback: number; termRequests: number }> {
    await this.migrate();
    const feedback = await this.db.selectFrom('feedback').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const termRequests = await this.db.selectFrom('term_requests').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return { feedback: Number(feedback.n), termRequests: Number(termRequests.n) };
  }

  /** Deletes feedback and term requests created more than `olderThanDays` days ago. */
  async prune(olderThanDays: number): Promise<PruneResult> {
    if (!Number.isFinite(olderThanDays) || olderThanDays < 0) throw new RangeError('prune: olderThanDays must be a number of days, 0 or more');
    await this.migrate();
    const before = new Date(this.now().getTime() - olderThanDays * DAY).toISOString();
    const feedback = await this.db.deleteFrom('feedback').where('created_at', '<', before).executeTakeFirst();
    const termRequests = await this.db.deleteFrom('term_requests').where('created_at', '<', before).executeTakeFirst();
    return { feedback: Number(feedback.numDeletedRows), termRequests: Number(termRequests.numDeletedRows), before };
  }

  /** Closes the SQLite file or the PostgreSQL pool. */
  async close(): Promise<void> {
    this.closed = true;
    await this.db.destroy();
    await this.release();
  }

  private async runMigrations(): Promise<void> {
    // Kysely looks for its own tables in any schema unless told which: on PostgreSQL, name
    // the one our tables go to (the first of the search_path), so other schemas don't count.
    const schema =
      this.dialect === 'postgres'
        ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(this.db)).rows[0]?.schema
        : undefined;
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect), migrationTableSchema: schema });
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const { error } = await migrator.migrateToLatest();
      if (!error) return;
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
    throw lastError;
  }
}

function isoOf(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
