import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RenderContext, BodyProblem } from './markdown';

interface Remembered {
  /** Term ids the body links to. */
  links: string[];
  /** How those links resolved when the problems were found. */
  resolved: string;
  problems: BodyProblem[];
}

/**
 * What content:check found in each body, so a second run renders only the bodies that
 * changed. A body's problems depend on its text, on the rendering rules and on whether the
 * terms it links to exist, so that is the key: a stored answer is used only when the same
 * text links to terms that still resolve the same way. Nothing depends on file names or times.
 */
export class CheckCache {
  private readonly stored: Map<string, Remembered>;
  private readonly used = new Map<string, Remembered>();

  constructor(
    private readonly file: string,
    private readonly rules: string,
  ) {
    this.stored = new Map(readStore(file, rules));
  }

  /** The problems found last time, if the body and everything it links to are unchanged. */
  problems(body: string, resolve: RenderContext['resolveTerm']): BodyProblem[] | undefined {
    const key = bodyKey(body);
    const remembered = this.stored.get(key);
    if (!remembered || resolution(remembered.links, resolve) !== remembered.resolved) return undefined;
    this.used.set(key, remembered);
    return remembered.problems;
  }

  remember(body: string, links: string[], resolve: RenderContext['resolveTerm'], problems: BodyProblem[]): void {
    this.used.set(bodyKey(body), { links, resolved: resolution(links, resolve), problems });
  }

  /** Keeps only what this run used, so the file never outgrows the content. */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}`;
    fs.writeFileSync(temporary, JSON.stringify({ rules: this.rules, bodies: [...this.used] }));
    fs.renameSync(temporary, this.file);
  }
}

/** One cache file per content folder, so checking another folder evicts nothing. */
export function checkCacheFile(root: string): string {
  const folder = crypto.createHash('sha256').update(path.resolve(root)).digest('base64url').slice(0, 16);
  return path.join(process.cwd(), 'node_modules', '.cache', 'glossary', `content-check-${folder}.json`);
}

function bodyKey(body: string): string {
  return crypto.createHash('sha256').update(body).digest('base64url');
}

function resolution(links: string[], resolve: RenderContext['resolveTerm']): string {
  return JSON.stringify(
    links.map((termId) => {
      const target = resolve(termId);
      return target === undefined ? 'missing' : target === null ? 'untranslated' : target;
    }),
  );
}

function readStore(file: string, rules: string): [string, Remembered][] {
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { rules?: string; bodies?: [string, Remembered][] };
    return stored.rules === rules && Array.isArray(stored.bodies) ? stored.bodies : [];
  } catch {
    // No cache yet, or an unreadable one: check everything.
    return [];
  }
}

/**
 * A fingerprint of the rendering rules: the source of the modules that find body problems
 * and the installed packages (package-lock.json). Changing either empties the cache.
 */
export function renderingRules(): string {
  const hash = crypto.createHash('sha256');
  for (const module of ['markdown.ts', 'catalog.ts', 'term-links.ts', 'check-cache.ts']) {
    hash.update(fs.readFileSync(new URL(`./${module}`, import.meta.url)));
  }
  const lockfile = path.join(process.cwd(), 'package-lock.json');
  if (fs.existsSync(lockfile)) hash.update(fs.readFileSync(lockfile));
  return hash.digest('base64url');
}
