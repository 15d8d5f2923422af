import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import redirects from 'glossary-artefact/redirects.json';
import { routing } from './i18n/routing';
import { routePath } from './lib/localized-paths';
import { securityHeaders } from './lib/security-headers';

const negotiate = createMiddleware(routing);

/**
 * The gate in front of every page: only GET and HEAD are served (and POST to the two
 * feedback endpoints), `/` negotiates the language (cookie, then Accept-Language, then
 * Italian), addresses with %-escapes are checked, a term's aliases and former slugs lead
 * to its page, and each language's URLs are mapped onto the one route folder of their page
 * kind. It reads nothing but the compiled redirect map bundled into it, and it fails open:
 * if anything here goes wrong, the request goes on to the page as if there were no gate.
 */
export default function proxy(request: NextRequest) {
  let response: NextResponse;
  try {
    response = route(request);
  } catch {
    response = NextResponse.next();
  }
  for (const { key, value } of securityHeaders()) response.headers.set(key, value);
  return response;
}

function route(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  // The readers' feedback forms (app/api/…/route.ts) are the only addresses that take a POST.
  if (request.method === 'POST' && (pathname === '/api/feedback' || pathname === '/api/term-request')) return NextResponse.next();
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request.method);
  if (pathname === '/') return negotiate(request);
  if (pathname.includes('%')) return checkEscapes(request);
  const target = Object.hasOwn(redirects, pathname) ? redirects[pathname] : undefined;
  if (target) return redirectTo(request, target);
  const served = routePath(pathname);
  if (served.kind === 'rewrite') return NextResponse.rewrite(new URL(served.internal + request.nextUrl.search, request.url));
  // The search page is reached by typing; a route folder's name in the wrong language is not a page.
  if (served.kind === 'foreign') return served.page === '/search' ? redirectTo(request, served.localized) : notFound(request);
  return NextResponse.next();
}

/** A read-only site: anything but reading is refused, saying what is allowed. */
function methodNotAllowed(method: string): NextResponse {
  const allow = { allow: 'GET, HEAD, OPTIONS' };
  if (method === 'OPTIONS') return new NextResponse(null, { status: 204, headers: allow });
  return new NextResponse('Method not allowed: this site can only be read.', {
    status: 405,
    headers: { ...allow, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Next answers 500 when a malformed escape such as %E0%A4%A reaches a route parameter: that
 * is the client's error, so it gets a 400. An escaped spelling of a plain address
 * (/it/glossario/%65nps) is sent to the plain one, so each page has one URL.
 */
function checkEscapes(request: NextRequest): NextResponse {
  let decoded: string;
  try {
    decoded = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address contains an invalid %-escape.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  if (decoded !== request.nextUrl.pathname && /^[A-Za-z0-9/._-]+$/.test(decoded) && !decoded.includes('..')) {
    return redirectTo(request, decoded);
  }
  return NextResponse.next();
}

/** One 308 to the address the reader should share, keeping the query. */
function redirectTo(request: NextRequest, pathname: string): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return NextResponse.redirect(url, 308);
}

/** Served by the prerendered 404 page, as every unknown address is. */
function notFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL('/_unknown', request.url));
}

export const config = {
  // Hashed build assets need none of this; everything else passes the gate.
  matcher: ['/((?!_next/static).*)'],
};
