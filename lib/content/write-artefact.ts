import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import type { Manifest } from '../artefact/read';
import type { CompiledGlossary } from './compile';

/**
 * Writes the compiled glossary to `dir`. Each file is replaced atomically and only when
 * its text changed, and the manifest goes last: a running `next dev` reloads when the
 * manifest changes, and its proxy is rebuilt only when the redirect map really changed.
 * `fresh` empties the folder first (a build), so nothing of an older build is left.
 */
export function writeArtefact(dir: string, glossary: CompiledGlossary, { fresh = false } = {}): void {
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  const wanted = new Set<string>();
  const write = (relative: string, value: unknown) => {
    wanted.add(relative);
    writeIfChanged(path.join(dir, relative), JSON.stringify(value));
  };
  write('catalog.json', glossary.catalog);
  write('redirects.json', glossary.redirects);
  for (const locale of routing.locales) {
    write(`search-${locale}.json`, glossary.search[locale]);
    write(`suggest-${locale}.json`, glossary.suggest[locale]);
    for (const [id, body] of Object.entries(glossary.bodies[locale])) write(bodyFile(locale, id), body);
  }
  if (!fresh) removeStaleBodies(dir, wanted);
  writeManifest(dir, { version: glossary.catalog.version, problems: null });
}

/** Records that the content has errors; a running preview shows them instead of stale pages. */
export function writeProblems(dir: string, problems: string): void {
  const previous = readManifest(dir);
  writeManifest(dir, { version: previous?.version ?? 'none', problems });
}

export function bodyFile(locale: string, id: string): string {
  return path.join('bodies', locale, `${id}.json`);
}

function writeManifest(dir: string, manifest: Manifest): void {
  writeIfChanged(path.join(dir, 'manifest.json'), JSON.stringify(manifest), true);
}

function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

function writeIfChanged(file: string, text: string, always = false): void {
  if (!always && fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function removeStaleBodies(dir: string, wanted: ReadonlySet<string>): void {
  for (const locale of routing.locales) {
    const folder = path.join(dir, 'bodies', locale);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder)) {
      if (!wanted.has(path.join('bodies', locale, name))) fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}
