import { isLocale, routing, type Locale } from '@/i18n/routing';
import { localized, type InternalPath } from './urls';

/** What the proxy does with a path, from the routing config's localized pathnames. */
export type PathRoute =
  /** Serve the route folder `internal` (e.g. /it/glossario/enps → /it/glossary/enps). */
  | { kind: 'rewrite'; internal: string }
  /** A route folder's own name used in a language that names it otherwise (/it/glossary/enps). */
  | { kind: 'foreign'; page: InternalPath; localized: string }
  /** Already the route's own path, or nothing the routing config knows: serve as is. */
  | { kind: 'as-is' };

interface Template {
  page: InternalPath;
  segments: string[];
  /** Literal segments first, so /glossario/lettera/a beats /glossario/[slug]/og.png. */
  literals: number;
}

function template(page: InternalPath, path: string): Template {
  const segments = path.split('/').filter(Boolean);
  return { page, segments, literals: segments.filter((segment) => !segment.startsWith('[')).length };
}

const byLiterals = (a: Template, b: Template) => b.literals - a.literals;

// Built once: a request costs one pass over a handful of templates.
const localizedTemplates = new Map<Locale, Template[]>(
  routing.locales.map((locale) => [
    locale,
    Object.keys(routing.pathnames)
      .map((page) => template(page as InternalPath, localized(locale, page as InternalPath)))
      .sort(byLiterals),
  ]),
);
// A page kind's name in the route folders or in another language, where this language
// names it otherwise: /it/glossary/enps, /en/cerca.
const foreignTemplates = new Map<Locale, Template[]>(
  routing.locales.map((locale) => {
    const own = new Set(localizedTemplates.get(locale)!.map((candidate) => candidate.segments.join('/')));
    const names = (Object.keys(routing.pathnames) as InternalPath[]).flatMap((page) =>
      [page, ...routing.locales.map((other) => localized(other, page))].map((path) => template(page, path)),
    );
    const foreign = names.filter((candidate) => !own.has(candidate.segments.join('/')));
    return [locale, foreign.sort(byLiterals)];
  }),
);

function match(template: Template, segments: readonly string[]): Record<string, string> | undefined {
  if (template.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const expected = template.segments[i]!;
    if (expected.startsWith('[')) params[expected] = segments[i]!;
    else if (expected !== segments[i]) return undefined;
  }
  return params;
}

function fill(path: string, params: Record<string, string>): string {
  return path.replace(/\[[^\]]+\]/g, (name) => params[name] ?? name);
}

/**
 * Where a request for `pathname` is served from. Each language's URLs (its own segment
 * names) map onto one route folder per page kind, so adding a language is a routing
 * entry, not a copy of folders.
 */
export function routePath(pathname: string): PathRoute {
  const [, locale, ...segments] = pathname.split('/');
  if (!isLocale(locale) || segments.length === 0) return { kind: 'as-is' };
  for (const candidate of localizedTemplates.get(locale)!) {
    const params = match(candidate, segments);
    if (!params) continue;
    const internal = `/${locale}${fill(candidate.page, params)}`;
    return internal === pathname ? { kind: 'as-is' } : { kind: 'rewrite', internal };
  }
  for (const candidate of foreignTemplates.get(locale)!) {
    const params = match(candidate, segments);
    if (params) return { kind: 'foreign', page: candidate.page, localized: `/${locale}${fill(localized(locale, candidate.page), params)}` };
  }
  return { kind: 'as-is' };
}
