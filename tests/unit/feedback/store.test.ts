import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { storeConfigFromEnv, type FeedbackStore, type StoreOptions } from '@/lib/feedback/store';
import { backendsRan, feedbackBackends, markRan, missingPostgresInCi, type Backend, type FreshDatabase } from './backends';

const backends = feedbackBackends();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

afterAll(() => {
  console.log(`feedback storage tests ran on: ${JSON.stringify(backendsRan())}`);
});

describe('the storage tests’ backends', () => {
  it('include PostgreSQL whenever CI is set', () => {
    expect(missingPostgresInCi()).toBeUndefined();
  });

  it('fail in CI without TEST_DATABASE_URL, and only then', () => {
    expect(missingPostgresInCi({ CI: 'true' })).toMatch(/TEST_DATABASE_URL/);
    expect(missingPostgresInCi({ CI: 'true', TEST_DATABASE_URL: 'postgres://x@localhost/y' })).toBeUndefined();
    expect(missingPostgresInCi({})).toBeUndefined();
    expect(feedbackBackends({}).map((backend) => backend.name)).toEqual(['sqlite']);
    expect(feedbackBackends({ TEST_DATABASE_URL: 'postgres://x@localhost/y' }).map((backend) => backend.name)).toEqual(['sqlite', 'postgres']);
  });
});

describe('storeConfigFromEnv', () => {
  it('is SQLite at data/feedback.sqlite unless told otherwise', () => {
    expect(storeConfigFromEnv({})).toEqual({ dialect: 'sqlite', path: 'data/feedback.sqlite', synchronous: 'NORMAL' });
    expect(storeConfigFromEnv({ FEEDBACK_DB_PATH: '/var/lib/glossary/fb.sqlite', FEEDBACK_SQLITE_SYNCHRONOUS: 'full' })).toEqual({
      dialect: 'sqlite',
      path: '/var/lib/glossary/fb.sqlite',
      synchronous: 'FULL',
    });
  });

  it('is PostgreSQL when DATABASE_URL is a postgres URL, and refuses any other DATABASE_URL', () => {
    expect(storeConfigFromEnv({ DATABASE_URL: 'postgres://u:p@db/glossary' })).toEqual({ dialect: 'postgres', connectionString: 'postgres://u:p@db/glossary' });
    expect(storeConfigFromEnv({ DATABASE_URL: 'postgresql://db/glossary' })).toMatchObject({ dialect: 'postgres' });
    expect(() => storeConfigFromEnv({ DATABASE_URL: 'mysql://db/glossary' })).toThrow(/postgres/);
    expect(() => storeConfigFromEnv({ FEEDBACK_SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(/NORMAL or FULL/);
  });
});

describe.each(backends.map((backend) => [backend.name, backend] as [string, Backend]))('feedback storage on %s', (name, backend) => {
  let database: FreshDatabase | undefined;
  const stores: FeedbackStore[] = [];
  let clock = new Date('2026-03-01T12:00:00.000Z');
  const options: StoreOptions = { now: () => clock };

  async function fresh(storeOptions: StoreOptions = options): Promise<FeedbackStore> {
    database = await backend.fresh();
    return open(storeOptions);
  }
  function open(storeOptions: StoreOptions = options): FeedbackStore {
    const store = database!.open(storeOptions);
    stores.push(store);
    return store;
  }

  afterEach(async () => {
    markRan(backend.name);
    for (const store of stores.splice(0)) await store.close();
    await database?.drop();
    database = undefined;
    clock = new Date('2026-03-01T12:00:00.000Z');
  });

  it('counts yes and no per term and language, with the share of yes', async () => {
    const store = await fresh();
    for (const helpful of [true, true, true, false]) await store.recordFeedback({ termId: 'enps', locale: 'it', helpful });
    await store.recordFeedback({ termId: 'enps', locale: 'en', helpful: false });
    await store.recordFeedback({ termId: 'churn-rate', locale: 'it', helpful: true });

    const report = await store.report();
    expect(report.terms).toEqual([
      { termId: 'enps', locale: 'it', yes: 3, no: 1, total: 4, share: 0.75 },
      { termId: 'churn-rate', locale: 'it', yes: 1, no: 0, total: 1, share: 1 },
      { termId: 'enps', locale: 'en', yes: 0, no: 1, total: 1, share: 0 },
    ]);
    expect(await store.counts()).toEqual({ feedback: 6, termRequests: 0 });
  });

  it('stores SQL metacharacters, HTML, quotes, newlines and emoji exactly as written', async () => {
    const store = await fresh();
    const nasty = [
      "Robert'); DROP TABLE feedback; --",
      '<script>alert("x")</script> & <b>bold</b>',
      'a \\ backslash, a "quote", a % and an _ and a ? and $1',
      'riga uno\nriga due — perché 👍',
    ];
    for (const comment of nasty) await store.recordFeedback({ termId: 'enps', locale: 'it', helpful: true, comment });
    for (const query of nasty.map((text) => text.replace(/\n/g, ' '))) await store.recordTermRequest({ locale: 'it', query });

    const report = await store.report();
    expect(report.comments.map((entry) => entry.comment).sort()).toEqual([...nasty].sort());
    expect(report.requests.map((entry) => entry.query).sort()).toEqual(nasty.map((text) => text.replace(/\n/g, ' ')).sort());
    expect(await store.counts()).toEqual({ feedback: 4, termRequests: 4 });
  });

  it('attaches a comment to a vote within the hour, once, and never to an old or unknown vote', async () => {
    const store = await fresh();
    const recent = await store.recordFeedback({ termId: 'enps', locale: 'it', helpful: false });
    const old = await store.recordFeedback({ termId: 'enps', locale: 'it', helpful: true });

    clock = new Date(clock.getTime() + HOUR - 1000);
    expect(await store.addComment({ id: recent, comment: 'Manca un esempio.' })).toBe(true);
    expect(await store.addComment({ id: recent, comment: 'Overwritten?' })).toBe(false);

    clock = new Date(clock.getTime() + 2000);
    expect(await store.addComment({ id: old, comment: 'Too late.' })).toBe(false);
    expect(await store.addComment({ id: '00000000-0000-4000-8000-000000000000', comment: 'Nobody.' })).toBe(false);

    const { comments } = await store.report();
    expect(comments).toEqual([
      { id: recent, termId: 'enps', locale: 'it', helpful: false, comment: 'Manca un esempio.', createdAt: '2026-03-01T12:00:00.000Z' },
    ]);
  });

  it('lists the latest comments first, as many as asked', async () => {
    const store = await fresh();
    for (let i = 1; i <= 5; i++) {
      clock = new Date(Date.UTC(2026, 2, i));
      await store.recordFeedback({ termId: `term-${i}`, locale: 'en', helpful: i % 2 === 0, comment: `comment ${i}` });
    }
    await store.recordFeedback({ termId: 'silent', locale: 'en', helpful: true });
    const { comments } = await store.report({ comments: 3 });
    expect(comments.map((entry) => [entry.comment, entry.termId, entry.helpful, entry.createdAt])).toEqual([
      ['comment 5', 'term-5', false, '2026-03-05T00:00:00.000Z'],
      ['comment 4', 'term-4', true, '2026-03-04T00:00:00.000Z'],
      ['comment 3', 'term-3', false, '2026-03-03T00:00:00.000Z'],
    ]);
  });

  it('counts requested terms by their folded spelling, most requested first, per language', async () => {
    const store = await fresh();
    const requests: [string, string][] = [
      ['it', 'Perché'],
      ['it', 'perche'],
      ['it', 'PERCHÉ'],
      ['it', 'forecast accuracy'],
      ['it', 'Forecast  Accuracy'],
      ['en', 'quota relief'],
    ];
    for (const [locale, query] of requests) {
      clock = new Date(clock.getTime() + 1000);
      await store.recordTermRequest({ locale, query });
    }
    const { requests: requested } = await store.report();
    expect(requested.map(({ locale, count, lastRequestedAt }) => ({ locale, count, lastRequestedAt }))).toEqual([
      { locale: 'it', count: 3, lastRequestedAt: '2026-03-01T12:00:03.000Z' },
      { locale: 'it', count: 2, lastRequestedAt: '2026-03-01T12:00:05.000Z' },
      { locale: 'en', count: 1, lastRequestedAt: '2026-03-01T12:00:06.000Z' },
    ]);
    expect(['Perché', 'perche', 'PERCHÉ']).toContain(requested[0]!.query);
    expect(requested[2]!.query).toBe('quota relief');
  });

  it('prunes feedback and term requests older than the given number of days, and nothing newer', async () => {
    const store = await fresh();
    const start = clock.getTime();
    for (const age of [400, 366, 364, 10]) {
      clock = new Date(start - age * DAY);
      await store.recordFeedback({ termId: 'enps', locale: 'it', helpful: true, comment: `${age} days` });
      await store.recordTermRequest({ locale: 'it', query: `${age} days` });
    }
    clock = new Date(start);
    const result = await store.prune(365);
    expect(result).toEqual({ feedback: 2, termRequests: 2, before: new Date(start - 365 * DAY).toISOString() });
    const report = await store.report();
    expect(report.comments.map((entry) => entry.comment).sort()).toEqual(['10 days', '364 days']);
    expect(report.requests.map((entry) => entry.query).sort()).toEqual(['10 days', '364 days']);
    expect(await store.prune(365)).toMatchObject({ feedback: 0, termRequests: 0 });
    await expect(store.prune(-1)).rejects.toThrow(RangeError);
  });

  it('migrates once even when several instances start on a new database at the same time', async () => {
    database = await backend.fresh();
    const instances = Array.from({ length: 4 }, () => open());
    await Promise.all(instances.map((store) => store.migrate()));
    const ids = await Promise.all(instances.map((store, i) => store.recordFeedback({ termId: 'enps', locale: 'it', helpful: i % 2 === 0 })));
    expect(new Set(ids).size).toBe(4);
    // A later start finds the schema up to date and the data where it was.
    const later = open();
    await later.migrate();
    expect(await later.counts()).toEqual({ feedback: 4, termRequests: 0 });
  });

  it('keeps acknowledged rows across close and reopen', async () => {
    const store = await fresh();
    const id = await store.recordFeedback({ termId: 'enps', locale: 'en', helpful: true, comment: 'kept' });
    await store.close();
    stores.splice(stores.indexOf(store), 1);
    const reopened = open();
    expect((await reopened.report()).comments.map((entry) => entry.id)).toEqual([id]);
  });

  it('refuses, in the database itself, a comment over 1,000 characters or a query over 200', async () => {
    const store = await fresh();
    await expect(store.recordFeedback({ termId: 'enps', locale: 'it', helpful: true, comment: 'x'.repeat(1001) })).rejects.toThrow();
    await expect(store.recordTermRequest({ locale: 'it', query: 'x'.repeat(201) })).rejects.toThrow();
    await store.recordFeedback({ termId: 'enps', locale: 'it', helpful: true, comment: 'è'.repeat(1000) });
    expect(await store.counts()).toEqual({ feedback: 1, termRequests: 0 });
  });

  it('closes even a store that never ran a query, and refuses work once closed', async () => {
    const store = await fresh();
    await store.close();
    await expect(store.recordFeedback({ termId: 'enps', locale: 'it', helpful: true })).rejects.toThrow(/closed/);
    await store.close();
  });

  it(`is the ${name} backend`, async () => {
    const store = await fresh();
    expect(store.dialect).toBe(name);
  });
});
