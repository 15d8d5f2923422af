import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import type { CompiledBody, CompiledCatalog, SearchSource } from './types';

/** Written last by every compile: which version is complete, or what is wrong with the content. */
export interface Manifest {
  version: string;
  /** The content's errors, one per line, while the preview's content is broken. */
  problems: string | null;
}

/** Where the pages' data comes from: the compiled files, or (in tests) compiled content in memory. */
export interface ArtefactSource {
  catalog(): CompiledCatalog;
  body(locale: Locale, id: string): CompiledBody | undefined;
  search(locale: Locale): SearchSource[];
  /** The suggestion file as the browser gets it: JSON text. */
  suggest(locale: Locale): string;
}

/**
 * Reads the compiled glossary in `dir`. A built site reads each file once per process; a
 * preview (`watch`) checks the manifest on every call and reloads when the compile step
 * has written a new version, so a saved content file shows on the next reload.
 */
export function fileArtefact(dir: string, { watch = false } = {}): ArtefactSource {
  let loaded: { stamp: number; catalog: CompiledCatalog; search: Partial<Record<Locale, SearchSource[]>> } | undefined;
  const current = () => {
    const stamp = watch || !loaded ? manifestStamp(dir) : loaded.stamp;
    if (!loaded || stamp !== loaded.stamp) {
      const manifest = readJson<Manifest>(dir, 'manifest.json');
      if (manifest.problems) throw new Error(manifest.problems);
      loaded = { stamp, catalog: readJson<CompiledCatalog>(dir, 'catalog.json'), search: {} };
    }
    return loaded;
  };
  return {
    catalog: () => current().catalog,
    body(locale, id) {
      current();
      try {
        return readJson<CompiledBody>(dir, path.join('bodies', locale, `${id}.json`));
      } catch {
        return undefined;
      }
    },
    search(locale) {
      const state = current();
      return (state.search[locale] ??= readJson<SearchSource[]>(dir, `search-${locale}.json`));
    },
    suggest(locale) {
      current();
      return fs.readFileSync(path.join(dir, `suggest-${locale}.json`), 'utf8');
    },
  };
}

function manifestStamp(dir: string): number {
  try {
    return fs.statSync(path.join(dir, 'manifest.json')).mtimeMs;
  } catch {
    throw new Error(
      `The compiled glossary is missing (${path.relative(process.cwd(), dir) || dir}). ` +
        'Run `npm run build` or `npm run dev`: both compile content/ before Next.js starts.',
    );
  }
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;
}
