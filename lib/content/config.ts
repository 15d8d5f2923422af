import path from 'node:path';

export { CATEGORIES, type Category } from '../categories';

export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;

/**
 * Where the entries live. `GLOSSARY_CONTENT_DIR` points the build, the checks and the
 * server at another folder (generated content for benchmarks, fixtures for tests).
 */
export function contentRoot(): string {
  // Read at build time and by the search index; not traced into a standalone bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.GLOSSARY_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}
