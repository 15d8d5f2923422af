// Pure checks of what a feedback or term-request form sends. The caller knows the glossary
// and passes it in as predicates; nothing here reads a file or a database.
import { COMMENT_MAX, QUERY_MAX } from './migrations';

export { COMMENT_MAX, QUERY_MAX };

/** Largest request body accepted, in bytes: a vote, a 1,000-character comment and a return path fit easily. */
export const BODY_MAX_BYTES = 4096;
/** Longest `return` path kept; a longer one falls back to the language's index. */
export const RETURN_PATH_MAX = 1024;
/** The hidden field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'website';

export type Fields = Record<string, string>;

export type Checked<T> = { ok: true; value: T } | { ok: false; status: 400 | 413 | 415; error: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (error: string, status: 400 | 413 | 415 = 400): Checked<never> => ({ ok: false, status, error });

export interface Glossary {
  isLocale(locale: string): boolean;
  isTerm(locale: string, termId: string): boolean;
}

/** True when the declared length is over the limit, so the body need not be read. */
export function declaredTooLarge(contentLength: string | null, limit = BODY_MAX_BYTES): boolean {
  if (contentLength === null) return false;
  const bytes = Number(contentLength);
  return !Number.isFinite(bytes) || bytes > limit;
}

/**
 * The body's fields, from a form (urlencoded) or JSON object. Form bodies are decoded by
 * URLSearchParams; JSON values may be strings, numbers or booleans (true/false become
 * "true"/"false"). Multipart bodies are parsed by the caller, which has the Request.
 */
export function parseBody(contentType: string | null, body: string): Checked<Fields> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return ok(Object.fromEntries(new URLSearchParams(body)));
  if (type === 'application/json' || type.endsWith('+json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return bad('the body is not valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return bad('the body must be a JSON object');
    const fields: Fields = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[name] = String(value);
      else if (value !== null) return bad(`${name} must be a string`);
    }
    return ok(fields);
  }
  return bad('send the form as application/x-www-form-urlencoded, multipart/form-data or JSON', 415);
}

// C0 and C1 control characters and DEL. Newlines are handled before this runs.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Half of a surrogate pair on its own (JSON can carry one): not text in any encoding, and
// each database would store its own replacement. It becomes U+FFFD here, for both.
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * A single-line field as stored: line breaks and tabs become spaces, other control
 * characters are removed, and the ends are trimmed. Everything else (quotes, semicolons,
 * angle brackets) is kept as written: queries are parameterised and pages escape text.
 */
export function cleanLine(value: string): string {
  return value.replace(/[\t\n\v\f\r]/g, ' ').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD').trim();
}

/** A comment as stored: like `cleanLine`, but line breaks are kept (as \n). */
export function cleanMultiline(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\v\f]/g, ' ')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .trim();
}

/** Characters as readers count them (code points, so an emoji is one). */
export const lengthOf = (text: string) => [...text].length;

/** True when the hidden field was filled in: answer as if accepted, store nothing. */
export function isHoneypotFilled(fields: Fields): boolean {
  return cleanLine(fields[HONEYPOT_FIELD] ?? '') !== '';
}

/**
 * Where to send the reader back: a path on this site (starts with one `/`, no backslash or
 * control character, no scheme or host once parsed), without its #fragment; otherwise
 * `fallback`.
 */
export function safeReturnPath(value: string | undefined, fallback: string): string {
  if (!value || value.length > RETURN_PATH_MAX) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001F\u007F]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://return.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'http://return.invalid') return fallback;
  return url.pathname + url.search;
}

export interface Vote {
  termId: string;
  locale: string;
  helpful: boolean;
  /** Sent with the vote by a one-step form; otherwise added later by id. */
  comment?: string;
}

export function checkLocale(fields: Fields, glossary: Pick<Glossary, 'isLocale'>): Checked<string> {
  const locale = cleanLine(fields.locale ?? '');
  return glossary.isLocale(locale) ? ok(locale) : bad('locale must be one of the site’s languages');
}

/** A vote: a known term in a known language, helpful yes or no, and maybe a comment. */
export function checkVote(fields: Fields, glossary: Glossary): Checked<Vote> {
  const locale = checkLocale(fields, glossary);
  if (!locale.ok) return locale;
  const termId = cleanLine(fields.termId ?? '');
  if (!termId || !glossary.isTerm(locale.value, termId)) return bad('termId must name a term of that language');
  const answer = cleanLine(fields.helpful ?? '').toLowerCase();
  if (!['yes', 'no', 'true', 'false'].includes(answer)) return bad('helpful must be yes or no');
  const vote: Vote = { termId, locale: locale.value, helpful: answer === 'yes' || answer === 'true' };
  if (fields.comment !== undefined) {
    const comment = checkCommentText(fields.comment, { optional: true });
    if (!comment.ok) return comment;
    if (comment.value) vote.comment = comment.value;
  }
  return ok(vote);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A comment on an earlier vote: the id the vote's answer gave, and 1–1,000 characters. */
export function checkComment(fields: Fields): Checked<{ id: string; comment: string }> {
  const id = cleanLine(fields.id ?? '').toLowerCase();
  if (!UUID.test(id)) return bad('id must be the id returned for the vote');
  const comment = checkCommentText(fields.comment ?? '', { optional: false });
  return comment.ok ? ok({ id, comment: comment.value }) : comment;
}

function checkCommentText(raw: string, { optional }: { optional: boolean }): Checked<string> {
  const comment = cleanMultiline(raw);
  if (!comment && !optional) return bad('comment is empty');
  if (lengthOf(comment) > COMMENT_MAX) return bad(`comment is longer than ${COMMENT_MAX} characters`);
  return ok(comment);
}

/** A request for a missing term: a known language and a query of 1–200 characters. */
export function checkTermRequest(fields: Fields, glossary: Pick<Glossary, 'isLocale'>): Checked<{ locale: string; query: string }> {
  const locale = checkLocale(fields, glossary);
  if (!locale.ok) return locale;
  const query = cleanLine(fields.query ?? '');
  if (!query) return bad('query is empty');
  if (lengthOf(query) > QUERY_MAX) return bad(`query is longer than ${QUERY_MAX} characters`);
  return ok({ locale: locale.value, query });
}

/** `--older-than 365d` (or `365`): a whole number of days, at least 1. */
export function parseDays(value: string | undefined): number | undefined {
  const match = /^\s*(\d{1,6})\s*d?\s*$/i.exec(value ?? '');
  const days = match ? Number(match[1]) : NaN;
  return Number.isInteger(days) && days >= 1 ? days : undefined;
}
