import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileArtefact } from '@/lib/artefact/read';
import { Glossary } from '@/lib/glossary';
import { writeArtefact, writeProblems } from '@/lib/content/write-artefact';
import { compiledFrom } from './compiled';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-artefact-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the compiled glossary on disk', () => {
  const compiled = compiledFrom('tests/fixtures/content-valid');

  it('answers pages exactly as the compiled glossary in memory does', () => {
    writeArtefact(dir, compiled, { fresh: true });
    const glossary = new Glossary(fileArtefact(dir));
    expect(glossary.listTerms('it').map((term) => term.title)).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(glossary.getTermPage('it', 'alfa')?.html).toBe(compiled.bodies.it.alpha!.html);
    expect(glossary.getTermPage('it', 'alfa')?.next?.title).toBe('Beta');
    expect(glossary.searchIndex('en').docs.map((doc) => doc.id)).toEqual(['alpha', 'beta']);
  });

  it('is reloaded by a preview when a new version is written, and not by a built site', () => {
    writeArtefact(dir, compiled, { fresh: true });
    const preview = new Glossary(fileArtefact(dir, { watch: true }));
    const built = new Glossary(fileArtefact(dir));
    expect(preview.listTerms('it')[1]?.title).toBe('Beta');
    expect(built.listTerms('it')[1]?.title).toBe('Beta');

    const renamed = structuredClone(compiled);
    renamed.catalog.locales.it.terms[1]!.title = 'Beta rinominata';
    renamed.catalog.version = 'next';
    writeArtefact(dir, renamed);
    expect(preview.listTerms('it')[1]?.title).toBe('Beta rinominata');
    expect(built.listTerms('it')[1]?.title).toBe('Beta');
  });

  it('makes a preview show the content’s problems until they are fixed', () => {
    writeArtefact(dir, compiled, { fresh: true });
    const preview = new Glossary(fileArtefact(dir, { watch: true }));
    writeProblems(dir, 'invalid content: 1 problem\ncontent/beta/it.md:2: titel: unknown field');
    expect(() => preview.listTerms('it')).toThrow('content/beta/it.md:2: titel: unknown field');
    writeArtefact(dir, compiled);
    expect(preview.listTerms('it')).toHaveLength(3);
  });

  it('removes bodies of deleted terms when written again, and says how to make a missing one', () => {
    const without = structuredClone(compiled);
    delete without.bodies.it.gamma;
    without.catalog.locales.it.terms.pop();
    writeArtefact(dir, without);
    expect(fs.existsSync(path.join(dir, 'bodies/it/gamma.json'))).toBe(false);
    expect(() => new Glossary(fileArtefact(path.join(dir, 'missing'))).listTerms('it')).toThrow(/npm run build/);
  });
});
