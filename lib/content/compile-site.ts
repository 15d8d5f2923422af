import { siteConfig } from '../site-config';
import { distDir } from '../artefact/location';
import { BodyCache, bodyCacheRoot, renderingRules } from './body-cache';
import { compileContent, compileContentInParallel, type CompileOptions, type CompileResult } from './compile';

type SiteCompile = CompileResult & { cache?: BodyCache };

/**
 * Compiles a content folder the way the site is built: the site's origin in exported
 * links, and the rendered bodies of earlier runs (build, preview or check) reused.
 */
export function compileSite(root: string, { cache = true } = {}): SiteCompile {
  const options = siteOptions(root, cache);
  return { ...compileContent(root, options), cache: options.cache };
}

/** `compileSite` with the bodies to render spread over worker threads: the build and `content:check`. */
export async function compileSiteInParallel(root: string, { cache = true, check = false } = {}): Promise<SiteCompile> {
  const options = siteOptions(root, cache);
  return { ...(await compileContentInParallel(root, { ...options, check })), cache: options.cache };
}

function siteOptions(root: string, cache: boolean): CompileOptions {
  const bodies = cache ? new BodyCache(bodyCacheRoot(distDir(), root), renderingRules(siteConfig.origin)) : undefined;
  return { cache: bodies, origin: siteConfig.origin };
}
