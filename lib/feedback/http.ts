// The two POST endpoints, as functions of a Request and what they depend on, so they are
// tested without Next.js. The route files pass the site's glossary, store and limiter.
import type { RateLimiter } from './rate-limit';
import { clientAddress } from './rate-limit';
import { isSameOrigin, ownOrigins } from './same-origin';
import type { FeedbackStore } from './store';
import {
  BODY_MAX_BYTES,
  checkComment,
  checkLocale,
  checkTermRequest,
  checkVote,
  declaredTooLarge,
  isHoneypotFilled,
  parseBody,
  safeReturnPath,
  type Fields,
  type Glossary,
} from './validate';

export interface EndpointDeps {
  glossary: Glossary;
  /** The store; may throw when the database cannot be opened (answered with 503). */
  store: () => FeedbackStore;
  limiter: RateLimiter;
  /** The site's public origin (SITE_URL), accepted as the forms' origin. */
  siteOrigin?: string;
  /** Which X-Forwarded-For entry from the right is the client (FEEDBACK_PROXY_HOPS). */
  proxyHops?: number;
  /** Where a database failure is reported; never given an address. */
  logError?: (message: string, error: unknown) => void;
  /** Where a reader goes back to when `return` is missing or foreign: the language's index. */
  fallbackPath: (locale: string | undefined) => string;
}

/** Query parameters and fragments the pages read after a redirect. */
export const ANSWER = {
  feedbackParam: 'feedback',
  feedbackIdParam: 'fid',
  requestParam: 'request',
  feedbackFragment: 'feedback',
  requestFragment: 'term-request',
} as const;

type Mode = 'json' | 'html';

const NO_STORE = { 'cache-control': 'no-store' };

/**
 * POST /api/feedback. A vote (termId, locale, helpful=yes|no, optionally comment) or a
 * comment on a recent vote (id, comment); `return` is the page to go back to, `website`
 * the honeypot.
 */
export async function handleFeedbackPost(request: Request, deps: EndpointDeps): Promise<Response> {
  const thanks = (mode: Mode, back: string) =>
    mode === 'json' ? json(200, { ok: true }) : redirect(back, { [ANSWER.feedbackParam]: 'thanks' }, ANSWER.feedbackFragment);
  return handlePost(request, deps, thanks, async (fields, mode, back) => {
    if ((fields.id ?? '').trim()) {
      const comment = checkComment(fields);
      if (!comment.ok) return failure(mode, comment.status, comment.error);
      if (await deps.store().addComment(comment.value)) {
        return mode === 'json' ? json(200, { ok: true, id: comment.value.id }) : redirect(back, { [ANSWER.feedbackParam]: 'commented' }, ANSWER.feedbackFragment);
      }
      // A form left open past the window (or sent twice) is no reader's fault: back to the page.
      return mode === 'json'
        ? json(410, { ok: false, error: 'this feedback can no longer take a comment' })
        : redirect(back, { [ANSWER.feedbackParam]: 'expired' }, ANSWER.feedbackFragment);
    }
    const vote = checkVote(fields, deps.glossary);
    if (!vote.ok) return failure(mode, vote.status, vote.error);
    const id = await deps.store().recordFeedback(vote.value);
    if (mode === 'json') return json(200, { ok: true, id });
    // A vote that came with its comment needs no comment form.
    const answer: Record<string, string> = vote.value.comment
      ? { [ANSWER.feedbackParam]: 'commented' }
      : { [ANSWER.feedbackParam]: 'thanks', [ANSWER.feedbackIdParam]: id };
    return redirect(back, answer, ANSWER.feedbackFragment);
  });
}

/** POST /api/term-request: locale, query (the term the reader looked for), return, website. */
export async function handleTermRequestPost(request: Request, deps: EndpointDeps): Promise<Response> {
  const thanks = (mode: Mode, back: string) =>
    mode === 'json' ? json(200, { ok: true }) : redirect(back, { [ANSWER.requestParam]: 'thanks' }, ANSWER.requestFragment);
  return handlePost(request, deps, thanks, async (fields, mode, back) => {
    const termRequest = checkTermRequest(fields, deps.glossary);
    if (!termRequest.ok) return failure(mode, termRequest.status, termRequest.error);
    const id = await deps.store().recordTermRequest(termRequest.value);
    return mode === 'json' ? json(200, { ok: true, id }) : thanks(mode, back);
  });
}

/**
 * What both endpoints do before their own work, in order: same origin (403), declared size
 * (413), rate limit (429), read at most 4 KB (413), parse (415/400), honeypot (accepted,
 * nothing stored). A database failure after that is a 503, logged.
 */
async function handlePost(
  request: Request,
  deps: EndpointDeps,
  acceptSilently: (mode: Mode, back: string) => Response,
  act: (fields: Fields, mode: Mode, back: string) => Promise<Response>,
): Promise<Response> {
  const mode = answerMode(request.headers);
  if (!isSameOrigin({ origin: request.headers.get('origin'), secFetchSite: request.headers.get('sec-fetch-site') }, ownOrigins(request.headers, request.url, deps.siteOrigin))) {
    return failure(mode, 403, 'forms are accepted from this site’s own pages only');
  }
  if (declaredTooLarge(request.headers.get('content-length'))) return failure(mode, 413, `the body is larger than ${BODY_MAX_BYTES} bytes`);
  const verdict = deps.limiter.hit(clientAddress(request.headers.get('x-forwarded-for'), deps.proxyHops));
  if (!verdict.allowed) {
    const response = failure(mode, 429, `too many posts: try again in ${verdict.retryAfterSeconds} seconds`);
    response.headers.set('retry-after', String(verdict.retryAfterSeconds));
    return response;
  }
  // A client that hangs up halfway through its body sent bad input, not a server fault.
  const body = await readLimited(request, BODY_MAX_BYTES).catch(() => null);
  if (body === null) return failure(mode, 400, 'the body could not be read');
  if (body === undefined) return failure(mode, 413, `the body is larger than ${BODY_MAX_BYTES} bytes`);
  const fields = await fieldsOf(request.headers.get('content-type'), body);
  if (!fields.ok) return failure(mode, fields.status, fields.error);

  const locale = checkLocale(fields.value, deps.glossary);
  const back = safeReturnPath(fields.value.return, deps.fallbackPath(locale.ok ? locale.value : undefined));
  if (isHoneypotFilled(fields.value)) return acceptSilently(mode, back);
  try {
    return await act(fields.value, mode, back);
  } catch (error) {
    (deps.logError ?? defaultLog)('[feedback] could not save to the database:', error);
    return failure(mode, 503, 'feedback cannot be saved right now: please try again later');
  }
}

/**
 * JSON when the client asks for it (Accept names application/json), or sent JSON and did
 * not ask for HTML; otherwise the client is a plain form and gets a 303 back to its page.
 */
export function answerMode(headers: Headers): Mode {
  const accept = (headers.get('accept') ?? '').toLowerCase();
  if (accept.includes('application/json')) return 'json';
  const type = (headers.get('content-type') ?? '').toLowerCase();
  return type.includes('json') && !accept.includes('text/html') ? 'json' : 'html';
}

/** The body as text, or undefined past `limit` bytes (read no further than that). */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function fieldsOf(contentType: string | null, body: string) {
  if ((contentType ?? '').toLowerCase().startsWith('multipart/form-data')) {
    try {
      const form = await new Response(body, { headers: { 'content-type': contentType! } }).formData();
      const fields: Fields = {};
      for (const [name, value] of form) if (typeof value === 'string') fields[name] = value;
      return { ok: true as const, value: fields };
    } catch {
      return { ok: false as const, status: 400 as const, error: 'the multipart body cannot be read' };
    }
  }
  return parseBody(contentType, body);
}

/** 303 to `path` with `params` set (replacing earlier answers) and `#fragment`. */
export function redirectTarget(path: string, params: Record<string, string>, fragment: string): string {
  const url = new URL(path, 'http://return.invalid');
  for (const name of [ANSWER.feedbackParam, ANSWER.feedbackIdParam, ANSWER.requestParam]) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return `${url.pathname}${url.search}#${fragment}`;
}

/**
 * The answer is also in the fragment (#feedback-thanks, #term-request-thanks): a term page is
 * prerendered, so without JavaScript only CSS (:target) can show the reader the answer.
 */
function redirect(path: string, params: Record<string, string>, fragment: string): Response {
  const answer = params[ANSWER.feedbackParam] ?? params[ANSWER.requestParam];
  const target = redirectTarget(path, params, answer ? `${fragment}-${answer}` : fragment);
  // A relative Location: the browser resolves it against the page's own origin.
  return new Response(null, { status: 303, headers: { ...NO_STORE, location: target } });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...NO_STORE, 'content-type': 'application/json; charset=utf-8' } });
}

function failure(mode: Mode, status: number, error: string): Response {
  if (mode === 'json') return json(status, { ok: false, error });
  const message = `${PREFIX[status] ?? 'Errore / Error'}: ${error}.`;
  return new Response(`${message}\n`, { status, headers: { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' } });
}

// One short line per status; the reason after it is in English, as the proxy's are.
const PREFIX: Record<number, string> = {
  400: 'Richiesta non valida / Bad request',
  403: 'Non consentito / Forbidden',
  413: 'Troppo lungo / Too large',
  415: 'Formato non supportato / Unsupported media type',
  429: 'Troppi invii / Too many requests',
  503: 'Non disponibile / Unavailable',
};

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}
