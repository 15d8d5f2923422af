import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleFeedbackPost, handleTermRequestPost, redirectTarget, type EndpointDeps } from '@/lib/feedback/http';
import { RateLimiter } from '@/lib/feedback/rate-limit';
import { openFeedbackStore, type FeedbackStore } from '@/lib/feedback/store';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-feedback-http-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const ORIGIN = 'http://localhost:3000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let store: FeedbackStore;
let clock: number;
let logged: unknown[];
let deps: EndpointDeps;
let file = 0;

beforeEach(() => {
  clock = Date.parse('2026-03-01T12:00:00Z');
  logged = [];
  store = openFeedbackStore({ dialect: 'sqlite', path: path.join(root, `${++file}.sqlite`) }, { now: () => new Date(clock) });
  deps = {
    glossary: { isLocale: (locale) => locale === 'it' || locale === 'en', isTerm: (locale, termId) => termId === 'enps' && (locale === 'it' || locale === 'en') },
    store: () => store,
    limiter: new RateLimiter({ limit: 5, now: () => clock }),
    siteOrigin: 'https://glossario.example',
    fallbackPath: (locale) => `/${locale ?? 'it'}`,
    logError: (_message, error) => logged.push(error),
  };
});
afterEach(async () => {
  await store.close();
});

type Body = Record<string, string> | string;

/** A POST as a browser's form sends it (urlencoded, same origin, asking for HTML), unless told otherwise. */
function post(url: string, body: Body, headers: Record<string, string> = {}): Request {
  const json = typeof body === 'string';
  return new Request(`${ORIGIN}${url}`, {
    method: 'POST',
    headers: {
      origin: ORIGIN,
      host: 'localhost:3000',
      'x-forwarded-for': '203.0.113.7',
      accept: json ? 'application/json' : 'text/html,application/xhtml+xml,*/*;q=0.8',
      'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded',
      ...headers,
    },
    body: json ? body : new URLSearchParams(body).toString(),
  });
}
const feedback = (body: Body, headers?: Record<string, string>) => handleFeedbackPost(post('/api/feedback', body, headers), deps);
const termRequest = (body: Body, headers?: Record<string, string>) => handleTermRequestPost(post('/api/term-request', body, headers), deps);

describe('POST /api/feedback from a plain form', () => {
  it('stores the vote and answers 303 to the page with feedback=thanks, the vote’s id and #feedback-thanks', async () => {
    const response = await feedback({ termId: 'enps', locale: 'it', helpful: 'yes', return: '/it/glossario/enps', website: '' });
    expect(response.status).toBe(303);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const location = new URL(response.headers.get('location')!, ORIGIN);
    expect(location.pathname).toBe('/it/glossario/enps');
    expect(location.searchParams.get('feedback')).toBe('thanks');
    expect(location.searchParams.get('fid')).toMatch(UUID);
    expect(location.hash).toBe('#feedback-thanks');
    expect((await store.report()).terms).toEqual([{ termId: 'enps', locale: 'it', yes: 1, no: 0, total: 1, share: 1 }]);
  });

  it('attaches the comment posted with that id, and answers feedback=commented', async () => {
    const vote = await feedback({ termId: 'enps', locale: 'en', helpful: 'no', return: '/en/glossary/enps' });
    const id = new URL(vote.headers.get('location')!, ORIGIN).searchParams.get('fid')!;
    const comment = "<b>Missing</b> an example; '); DROP TABLE feedback; --\r\nthanks";
    const response = await feedback({ id, comment, locale: 'en', return: '/en/glossary/enps?feedback=thanks&fid=' + id });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/glossary/enps?feedback=commented#feedback-commented');
    expect((await store.report()).comments).toMatchObject([{ id, helpful: false, comment: comment.replace('\r\n', '\n') }]);
  });

  it('takes a vote and its comment in one post (a form that works without JavaScript)', async () => {
    const response = await feedback({ termId: 'enps', locale: 'it', helpful: 'no', comment: 'Troppo breve.', return: '/it/glossario/enps' });
    expect(response.headers.get('location')).toBe('/it/glossario/enps?feedback=commented#feedback-commented');
    expect((await store.report()).comments).toMatchObject([{ comment: 'Troppo breve.' }]);
  });

  it('sends a comment that comes too late back to the page with feedback=expired, storing nothing', async () => {
    const vote = await feedback({ termId: 'enps', locale: 'it', helpful: 'yes' });
    const id = new URL(vote.headers.get('location')!, ORIGIN).searchParams.get('fid')!;
    clock += 61 * 60 * 1000;
    const response = await feedback({ id, comment: 'Late', return: '/it/glossario/enps' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/it/glossario/enps?feedback=expired#feedback-expired');
    expect((await store.report()).comments).toEqual([]);
  });

  it('goes back to the language’s index when return is missing or leads elsewhere', async () => {
    for (const back of [undefined, '//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const body: Record<string, string> = { termId: 'enps', locale: 'en', helpful: 'yes' };
      if (back !== undefined) body.return = back;
      const response = await feedback(body);
      expect(response.headers.get('location'), String(back)).toMatch(/^\/en\?feedback=thanks&fid=[0-9a-f-]{36}#feedback-thanks$/);
      clock += 12_000;
    }
  });

  it('accepts a filled-in honeypot silently: the same 303, no id, nothing stored', async () => {
    const response = await feedback({ termId: 'enps', locale: 'it', helpful: 'yes', website: 'http://spam.example', return: '/it/glossario/enps' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/it/glossario/enps?feedback=thanks#feedback-thanks');
    expect(await store.counts()).toEqual({ feedback: 0, termRequests: 0 });
  });

  it('answers bad input with a 400 and a short plain message, never a 5xx', async () => {
    const cases: Record<string, string>[] = [
      { termId: 'no-such-term', locale: 'it', helpful: 'yes' },
      { termId: 'enps', locale: 'fr', helpful: 'yes' },
      { termId: 'enps', locale: 'it', helpful: 'perhaps' },
      { termId: 'enps', locale: 'it', helpful: 'yes', comment: 'x'.repeat(1001) },
      { id: 'not-an-id', comment: 'x' },
      { id: '3f2b8c1e-9d4a-4b6e-8f00-1234567890ab', comment: '   ' },
    ];
    for (const body of cases) {
      const response = await feedback(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect((await response.text()).length).toBeLessThan(200);
      clock += 12_000;
    }
    expect(await store.counts()).toEqual({ feedback: 0, termRequests: 0 });
  });

  it('reads multipart/form-data too', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ termId: 'enps', locale: 'it', helpful: 'no', return: '/it/glossario/enps' })) form.set(name, value);
    const request = new Request(`${ORIGIN}/api/feedback`, { method: 'POST', headers: { origin: ORIGIN, host: 'localhost:3000' }, body: form });
    const response = await handleFeedbackPost(request, deps);
    expect(response.status).toBe(303);
    expect(await store.counts()).toEqual({ feedback: 1, termRequests: 0 });
  });
});

describe('POST /api/feedback asking for JSON', () => {
  it('answers { ok: true, id } for a vote and for its comment', async () => {
    const vote = await feedback(JSON.stringify({ termId: 'enps', locale: 'it', helpful: true }));
    expect(vote.status).toBe(200);
    expect(vote.headers.get('cache-control')).toBe('no-store');
    const { ok, id } = (await vote.json()) as { ok: boolean; id: string };
    expect(ok).toBe(true);
    expect(id).toMatch(UUID);
    const comment = await feedback(JSON.stringify({ id, comment: 'Utile.' }));
    expect(await comment.json()).toEqual({ ok: true, id });
    const again = await feedback(JSON.stringify({ id, comment: 'Again.' }));
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ ok: false });
  });

  it('answers JSON errors to JSON clients, and a form that asks for JSON gets JSON', async () => {
    const broken = await feedback('{"termId":');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: expect.any(String) });
    const form = await feedback({ termId: 'enps', locale: 'it', helpful: 'yes' }, { accept: 'application/json' });
    expect(form.status).toBe(200);
    expect(await form.json()).toMatchObject({ ok: true, id: expect.stringMatching(UUID) });
  });
});

describe('the gate both endpoints share', () => {
  it('refuses another site’s page (403), a missing Origin unless Sec-Fetch-Site says same-origin', async () => {
    const body = { termId: 'enps', locale: 'it', helpful: 'yes' };
    expect((await feedback(body, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await feedback(body, { origin: 'null' })).status).toBe(403);
    expect((await termRequest({ locale: 'it', query: 'x' }, { origin: 'https://evil.example' })).status).toBe(403);

    const noOrigin = (headers: Record<string, string>) => {
      const request = post('/api/feedback', body, headers);
      request.headers.delete('origin');
      return handleFeedbackPost(request, deps);
    };
    expect((await noOrigin({})).status).toBe(403);
    expect((await noOrigin({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await noOrigin({ 'sec-fetch-site': 'same-origin' })).status).toBe(303);
    expect(await store.counts()).toEqual({ feedback: 1, termRequests: 0 });
  });

  it('accepts the public origin behind a TLS proxy, though next start sees http://localhost:3000', async () => {
    deps.siteOrigin = undefined;
    const response = await feedback(
      { termId: 'enps', locale: 'it', helpful: 'yes' },
      { origin: 'https://glossario.example', host: 'glossario.example', 'x-forwarded-proto': 'https' },
    );
    expect(response.status).toBe(303);
    // …and SITE_URL, when the proxy passes neither the host nor the scheme on.
    deps.siteOrigin = 'https://glossario.example';
    expect((await feedback({ termId: 'enps', locale: 'it', helpful: 'yes' }, { origin: 'https://glossario.example' })).status).toBe(303);
    expect((await feedback({ termId: 'enps', locale: 'it', helpful: 'yes' }, { origin: 'https://other.example' })).status).toBe(403);
  });

  it('answers 413 to a body over 4 KB, declared or streamed, before parsing it', async () => {
    const big = { termId: 'enps', locale: 'it', helpful: 'yes', comment: 'x'.repeat(5000) };
    const declared = await feedback(big);
    expect(declared.status).toBe(413);

    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('comment=' + 'x'.repeat(600) + '&'));
        controller.close();
      },
    });
    const streamed = new Request(`${ORIGIN}/api/term-request`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.headers.get('content-length')).toBeNull();
    expect((await handleTermRequestPost(streamed, deps)).status).toBe(413);
    expect(await store.counts()).toEqual({ feedback: 0, termRequests: 0 });
  });

  it('answers 400 when the body breaks off halfway', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('locale=it&query='));
        controller.error(new Error('connection reset'));
      },
    });
    const request = new Request(`${ORIGIN}/api/term-request`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: broken,
      duplex: 'half',
    } as RequestInit);
    expect((await handleTermRequestPost(request, deps)).status).toBe(400);
  });

  it('answers 415 to a body that is neither a form nor JSON', async () => {
    const response = await feedback({ query: 'x' }, { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('answers the sixth post in a minute from one address with 429 and Retry-After, across both endpoints', async () => {
    for (let i = 0; i < 3; i++) expect((await feedback({ termId: 'enps', locale: 'it', helpful: 'yes' })).status).toBe(303);
    for (let i = 0; i < 2; i++) expect((await termRequest({ locale: 'it', query: `term ${i}` })).status).toBe(303);
    const refused = await feedback({ termId: 'enps', locale: 'it', helpful: 'yes' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('12');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    // Another reader is not affected; this one may post again after Retry-After.
    expect((await feedback({ termId: 'enps', locale: 'it', helpful: 'no' }, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(303);
    clock += 12_000;
    expect((await feedback({ termId: 'enps', locale: 'it', helpful: 'yes' })).status).toBe(303);
    expect(await store.counts()).toEqual({ feedback: 5, termRequests: 2 });
  });

  it('answers 503 and logs the error when the database fails, and 503 when it cannot be opened', async () => {
    await store.close();
    const closed = await feedback({ termId: 'enps', locale: 'it', helpful: 'yes' });
    expect(closed.status).toBe(503);
    expect(await closed.text()).toMatch(/try again later/);
    expect(logged).toHaveLength(1);

    deps.store = () => {
      throw new Error('SQLITE_CANTOPEN');
    };
    const unopened = await termRequest(JSON.stringify({ locale: 'it', query: 'x' }));
    expect(unopened.status).toBe(503);
    expect(await unopened.json()).toMatchObject({ ok: false });
    expect(logged).toHaveLength(2);
    store = openFeedbackStore({ dialect: 'sqlite', path: path.join(root, `${++file}.sqlite`) });
  });
});

describe('POST /api/term-request', () => {
  it('stores the query as written and answers 303 to the page with request=thanks and #term-request-thanks, keeping its query', async () => {
    const query = `<img src=x onerror=alert(1)> "revops" ; DELETE FROM term_requests`;
    const response = await termRequest({ locale: 'it', query, return: '/it/cerca?q=revops&feedback=old' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/it/cerca?q=revops&request=thanks#term-request-thanks');
    expect((await store.report()).requests).toMatchObject([{ locale: 'it', query, count: 1 }]);
  });

  it('answers JSON { ok: true, id } to JSON clients, and 400 to an empty or too long query', async () => {
    const response = await termRequest(JSON.stringify({ locale: 'en', query: 'quota relief' }));
    expect(await response.json()).toEqual({ ok: true, id: expect.stringMatching(UUID) });
    expect((await termRequest({ locale: 'en', query: '' })).status).toBe(400);
    expect((await termRequest({ locale: 'en', query: 'x'.repeat(201) })).status).toBe(400);
    expect((await termRequest({ locale: 'xx', query: 'x' })).status).toBe(400);
  });

  it('accepts a filled-in honeypot silently and stores nothing', async () => {
    const response = await termRequest({ locale: 'en', query: 'cheap pills', website: 'x', return: '/en/search?q=pills' });
    expect(response.headers.get('location')).toBe('/en/search?q=pills&request=thanks#term-request-thanks');
    expect(await store.counts()).toEqual({ feedback: 0, termRequests: 0 });
  });
});

describe('redirectTarget', () => {
  it('replaces earlier answers in the query and sets the fragment', () => {
    expect(redirectTarget('/it/glossario/enps?feedback=thanks&fid=abc&x=1', { feedback: 'commented' }, 'feedback')).toBe(
      '/it/glossario/enps?x=1&feedback=commented#feedback',
    );
  });
});
