import { siteConfig } from '../site-config';
import { distDir } from '../artefact/location';
import { BodyCache, bodyCacheRoot, renderingRules } from './body-cache';
import { compileContent, type CompileResult } from './compile';

/**
 * Compiles a content folder the way the site is built: the site's origin in exported
 * links, and the rendered bodies of earlier runs (build, preview or check) reused.
 */
export function compileSite(root: string, { cache = true } = {}): CompileResult & { cache?: BodyCache } {
  const bodies = cache ? new BodyCache(bodyCacheRoot(distDir(), root), renderingRules(siteConfig.origin)) : undefined;
  return { ...compileContent(root, { cache: bodies, origin: siteConfig.origin }), cache: bodies };
}
