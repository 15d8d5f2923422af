import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { termRedirectFor } from './lib/glossary';
import { securityHeaders } from './lib/security-headers';

const negotiate = createMiddleware(routing);

/**
 * The gate in front of every page: only GET and HEAD are served, `/` negotiates the
 * language (cookie, then Accept-Language, then Italian), and addresses with %-escapes are
 * checked, and a term's aliases and former slugs lead to its page. Every other URL carries
 * its language and is served as built.
 */
export default function proxy(request: NextRequest) {
  const response = route(request);
  for (const { key, value } of securityHeaders()) response.headers.set(key, value);
  return response;
}

function route(request: NextRequest): NextResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request.method);
  if (request.nextUrl.pathname === '/') return negotiate(request);
  if (request.nextUrl.pathname.includes('%')) return checkEscapes(request);
  return redirectTerm(request) ?? NextResponse.next();
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
    const url = request.nextUrl.clone();
    url.pathname = decoded;
    return NextResponse.redirect(url, 308);
  }
  return NextResponse.next();
}

/** Shared links to an alias or a former slug keep working: one 308 to the term's page. */
function redirectTerm(request: NextRequest): NextResponse | undefined {
  const target = termRedirectFor(request.nextUrl.pathname);
  if (!target) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Hashed build assets need none of this; everything else passes the gate.
  matcher: ['/((?!_next/static).*)'],
};
