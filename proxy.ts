import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * Only `/` negotiates a language (cookie, then Accept-Language, then Italian). Every other
 * URL carries its language and is served as built, so the proxy runs for `/` alone: requests
 * that pass through a proxy get their 404 page rendered as an empty shell by Next.
 */
export default createMiddleware(routing);

export const config = {
  matcher: ['/'],
};
