import path from 'node:path';
import { memoryArtefact } from '@/lib/artefact/memory';
import { compileContent, type CompiledGlossary } from '@/lib/content/compile';
import { Glossary } from '@/lib/glossary';

const compiled = new Map<string, CompiledGlossary>();

/** A content folder compiled as the build compiles it, kept in memory for the tests of one file. */
export function compiledFrom(folder: string): CompiledGlossary {
  const root = path.resolve(folder);
  let glossary = compiled.get(root);
  if (!glossary) {
    const result = compileContent(root, { origin: 'http://localhost:3000' });
    if (!result.glossary) throw new Error(`${folder} does not compile:\n${result.issues.map((issue) => issue.message).join('\n')}`);
    compiled.set(root, (glossary = result.glossary));
  }
  return glossary;
}

/** What the pages would see, built from a content folder. */
export function glossaryOf(folder: string): Glossary {
  return new Glossary(memoryArtefact(compiledFrom(folder)));
}
