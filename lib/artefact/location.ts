import path from 'node:path';

/** The build output folder: `.next`, or another for a second build side by side. */
export function distDir(): string {
  return process.env.GLOSSARY_DIST_DIR || '.next';
}

/**
 * Where the compiled glossary of a build lives: `.glossary/next` for `.next`,
 * `.glossary/next-large` for `.next-large`, and a `-dev` folder for `npm run dev`, so a
 * preview never overwrites what `next start` serves. Outside the build folder because
 * `next build` empties that folder before it starts, and the compile step runs first.
 * `GLOSSARY_ARTEFACT_DIR` names another folder (tests).
 */
export function artefactDir(mode: 'build' | 'dev' = currentMode()): string {
  if (process.env.GLOSSARY_ARTEFACT_DIR) return path.resolve(/*turbopackIgnore: true*/ process.env.GLOSSARY_ARTEFACT_DIR);
  const name = path.basename(distDir()).replace(/^\./, '') + (mode === 'dev' ? '-dev' : '');
  return path.join(/*turbopackIgnore: true*/ process.cwd(), '.glossary', name);
}

export function currentMode(): 'build' | 'dev' {
  return process.env.NODE_ENV === 'development' ? 'dev' : 'build';
}
