import type { ColumnType } from 'kysely';

/**
 * A point in time. PostgreSQL keeps `timestamptz` and returns a Date; SQLite keeps the
 * ISO-8601 UTC text (`2026-01-31T12:00:00.000Z`, which sorts as it should) and returns it
 * as written. Both are written as that ISO text.
 */
export type Timestamp = ColumnType<Date | string, string, string>;

/** One reader's answer to "was this helpful?" on one term page. No address, cookie or user agent. */
export interface FeedbackTable {
  /** A random UUID, so a comment can only be attached by whoever was given the id. */
  id: string;
  term_id: string;
  locale: string;
  /** 1 for yes, 0 for no: the same integer on both databases. */
  helpful: number;
  /** At most 1,000 characters, as the reader wrote it; null until they add one. */
  comment: string | null;
  created_at: Timestamp;
}

/** A search that found nothing the reader wanted, sent as "please add this term". */
export interface TermRequestTable {
  id: string;
  locale: string;
  /** At most 200 characters, as the reader wrote it. */
  query: string;
  /** The query folded (lower case, no accents, single spaces): what the report groups by. */
  query_key: string;
  created_at: Timestamp;
}

export interface FeedbackDatabase {
  feedback: FeedbackTable;
  term_requests: TermRequestTable;
}
