import { sql, type Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

export type Dialect = 'sqlite' | 'postgres';

export const COMMENT_MAX = 1000;
export const QUERY_MAX = 200;

/**
 * Every schema change, in order, defined in code so the bundle a server runs needs no
 * migration folder. One set for both databases: only the timestamp type differs
 * (`timestamptz` on PostgreSQL, ISO text on SQLite). Statements say `if not exists`, so a
 * second process that loses the race to migrate a new SQLite file finds nothing to redo.
 * Add a migration by adding an entry with a name that sorts after the last one; never edit
 * one that has shipped.
 */
export function feedbackMigrations(dialect: Dialect): Record<string, Migration> {
  const timestamp = dialect === 'postgres' ? 'timestamptz' : 'text';
  return {
    '0001_feedback_and_term_requests': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('feedback')
          .ifNotExists()
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('term_id', 'text', (column) => column.notNull())
          .addColumn('locale', 'text', (column) => column.notNull())
          .addColumn('helpful', 'integer', (column) => column.notNull().check(sql`helpful in (0, 1)`))
          .addColumn('comment', 'text', (column) => column.check(sql`comment is null or length(comment) <= ${sql.lit(COMMENT_MAX)}`))
          .addColumn('created_at', timestamp, (column) => column.notNull())
          .execute();
        await db.schema.createIndex('feedback_term_locale').ifNotExists().on('feedback').columns(['term_id', 'locale']).execute();
        await db.schema.createIndex('feedback_created_at').ifNotExists().on('feedback').column('created_at').execute();

        await db.schema
          .createTable('term_requests')
          .ifNotExists()
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('locale', 'text', (column) => column.notNull())
          .addColumn('query', 'text', (column) => column.notNull().check(sql`length(query) <= ${sql.lit(QUERY_MAX)}`))
          .addColumn('query_key', 'text', (column) => column.notNull())
          .addColumn('created_at', timestamp, (column) => column.notNull())
          .execute();
        await db.schema.createIndex('term_requests_created_at').ifNotExists().on('term_requests').column('created_at').execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('term_requests').ifExists().execute();
        await db.schema.dropTable('feedback').ifExists().execute();
      },
    },
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => feedbackMigrations(dialect) };
}
