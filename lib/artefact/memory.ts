import type { CompiledGlossary } from '../content/compile';
import type { ArtefactSource } from './read';

/** A compiled glossary held in memory, read the way pages read the files (tests, benchmarks). */
export function memoryArtefact(glossary: CompiledGlossary): ArtefactSource {
  return {
    catalog: () => glossary.catalog,
    body: (locale, id) => glossary.bodies[locale][id],
    search: (locale) => glossary.search[locale],
    suggest: (locale) => JSON.stringify(glossary.suggest[locale]),
  };
}
