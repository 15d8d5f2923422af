// What the route handlers share within one server process: the store, opened on first use,
// and the rate limiter. Kept on globalThis because Next.js may bundle each route with its
// own copy of this module (and `next dev` reloads it): one pool or file handle and one
// count per client for the whole process.
import { isLocale, routing } from '@/i18n/routing';
import { siteGlossary } from '@/lib/glossary';
import { siteConfig } from '@/lib/site-config';
import { indexPath } from '@/lib/urls';
import type { EndpointDeps } from './http';
import { RateLimiter, rateLimitFromEnv } from './rate-limit';
import { openFeedbackStore, storeConfigFromEnv, type FeedbackStore } from './store';

interface Runtime {
  store?: FeedbackStore;
  limiter: RateLimiter;
}

const KEY = Symbol.for('glossary.feedback.runtime');
const holder = globalThis as typeof globalThis & { [KEY]?: Runtime };

function runtime(): Runtime {
  return (holder[KEY] ??= { limiter: new RateLimiter({ limit: rateLimitFromEnv(process.env.FEEDBACK_RATE_LIMIT) }) });
}

/** The process's store, from DATABASE_URL / FEEDBACK_DB_PATH; throws (and retries next time) if it cannot be opened. */
export function feedbackStore(): FeedbackStore {
  const state = runtime();
  return (state.store ??= openFeedbackStore(storeConfigFromEnv()));
}

/** FEEDBACK_PROXY_HOPS: how many proxies in front of the server append to X-Forwarded-For (default 1). */
function proxyHops(): number {
  const hops = Number(process.env.FEEDBACK_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

/** The endpoints' dependencies in a running site: its glossary, store, limiter and origin. */
export function siteEndpointDeps(): EndpointDeps {
  return {
    glossary: {
      isLocale,
      isTerm: (locale, termId) => isLocale(locale) && siteGlossary().listTerms(locale).some((term) => term.id === termId),
    },
    store: feedbackStore,
    limiter: runtime().limiter,
    siteOrigin: siteConfig.origin,
    proxyHops: proxyHops(),
    fallbackPath: (locale) => indexPath(locale !== undefined && isLocale(locale) ? locale : routing.defaultLocale),
  };
}
