import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CALCULATORS } from '../calculators';
import type { RenderContext, RenderedBody } from './markdown';

interface Remembered {
  /** How the body's term links resolved when it was rendered. */
  resolved: string;
  rendered: RenderedBody;
}

/** What checking a body found: all `content:check` needs of a body it rendered before. */
export type Findings = Pick<RenderedBody, 'problems' | 'linkedTerms'>;

type IndexEntry = Findings & { resolved: string };

const INDEX = 'findings.json';

/**
 * Rendered bodies kept between runs of the build, `npm run dev` and `content:check`, so a
 * run renders only the bodies that changed. A body's output depends on its text, on the
 * rendering rules and on how the terms it links to resolve (their URLs and definitions),
 * so a stored body is used only when the same text links to terms that still resolve the
 * same way. One file per body, named by a hash of its text: a run reads only what it needs.
 * Beside them, one index of what each body's check found, so `content:check` on an
 * unchanged body reads a few hundred bytes from one file instead of the rendered body.
 */
export class BodyCache {
  private readonly folder: string;
  private readonly used = new Map<string, IndexEntry>();
  private index?: Record<string, IndexEntry>;

  constructor(root: string, rules: string) {
    this.folder = path.join(root, rules.slice(0, 16));
  }

  /** The body as rendered last time, if its text and everything it links to are unchanged. */
  get(body: string, resolve: RenderContext['resolveTerm']): RenderedBody | undefined {
    const key = bodyKey(body);
    const remembered = this.read(key);
    if (!remembered || resolution(remembered.rendered.linkedTerms, resolve) !== remembered.resolved) return undefined;
    this.keep(key, remembered);
    return remembered.rendered;
  }

  /** What checking the body found last time, on the same conditions as `get`. */
  findings(body: string, resolve: RenderContext['resolveTerm']): Findings | undefined {
    const key = bodyKey(body);
    this.index ??= this.readIndex();
    const found = Object.hasOwn(this.index, key) ? this.index[key] : undefined;
    if (!found || resolution(found.linkedTerms, resolve) !== found.resolved) return undefined;
    this.used.set(key, found);
    return found;
  }

  put(body: string, resolve: RenderContext['resolveTerm'], rendered: RenderedBody): void {
    const key = bodyKey(body);
    const remembered = { resolved: resolution(rendered.linkedTerms, resolve), rendered };
    this.keep(key, remembered);
    fs.mkdirSync(this.folder, { recursive: true });
    writeAtomically(path.join(this.folder, `${key}.json`), JSON.stringify(remembered));
  }

  /** Writes the index of what this run's bodies were found to have. */
  save(): void {
    if (this.used.size === 0) return;
    fs.mkdirSync(this.folder, { recursive: true });
    writeAtomically(path.join(this.folder, INDEX), JSON.stringify(Object.fromEntries(this.used)));
  }

  /** Deletes bodies this run did not use, and caches made under other rules. */
  prune(): void {
    const parent = path.dirname(this.folder);
    for (const name of safeList(parent)) {
      if (name !== path.basename(this.folder)) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
    }
    for (const name of safeList(this.folder)) {
      if (name !== INDEX && !this.used.has(name.replace(/\.json$/, ''))) fs.rmSync(path.join(this.folder, name), { force: true });
    }
  }

  private keep(key: string, remembered: Remembered): void {
    const { problems, linkedTerms } = remembered.rendered;
    this.used.set(key, { resolved: remembered.resolved, problems, linkedTerms });
  }

  private read(key: string): Remembered | undefined {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.folder, `${key}.json`), 'utf8')) as Remembered;
    } catch {
      // Not rendered before, or an unreadable file: render again.
      return undefined;
    }
  }

  private readIndex(): Record<string, IndexEntry> {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.folder, INDEX), 'utf8')) as Record<string, IndexEntry>;
    } catch {
      return {};
    }
  }
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function safeList(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

function bodyKey(body: string): string {
  return crypto.createHash('sha256').update(body).digest('base64url');
}

function resolution(links: readonly string[], resolve: RenderContext['resolveTerm']): string {
  return JSON.stringify(
    links.map((termId) => {
      const target = resolve(termId);
      return target === undefined ? 'missing' : target === null ? 'untranslated' : target;
    }),
  );
}

/**
 * Where rendered bodies of one content folder are kept: under the build's cache folder
 * (`.next/cache`), which `next build` keeps, one folder per content folder so checking
 * fixtures or generated content evicts nothing of the real site's.
 */
export function bodyCacheRoot(distDir: string, contentRoot: string): string {
  const folder = crypto.createHash('sha256').update(path.resolve(contentRoot)).digest('base64url').slice(0, 16);
  return path.join(distDir, 'cache', 'glossary', folder);
}

/**
 * A fingerprint of the rendering rules: the source of the modules that render bodies, the
 * installed packages (package-lock.json), the origin written into exported links and the
 * calculators an entry may place.
 * Changing any of them starts a new cache.
 */
export function renderingRules(origin: string): string {
  const hash = crypto.createHash('sha256').update(origin).update(Object.keys(CALCULATORS).join());
  for (const module of ['markdown.ts', 'render-options.ts', 'catalog.ts', 'term-links.ts', 'body-cache.ts']) {
    hash.update(fs.readFileSync(new URL(`./${module}`, import.meta.url)));
  }
  const lockfile = path.join(process.cwd(), 'package-lock.json');
  if (fs.existsSync(lockfile)) hash.update(fs.readFileSync(lockfile));
  return hash.digest('hex');
}
