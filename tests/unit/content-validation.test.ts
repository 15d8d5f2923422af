import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BodyCache } from '@/lib/content/body-cache';
import { compileContent } from '@/lib/content/compile';
import { formatIssue } from '@/lib/content/issues';

const checkContent = (root: string, cache?: BodyCache) => compileContent(root, { cache }).issues;
const invalidRoot = path.resolve('tests/fixtures/content-invalid');
const messages = checkContent(invalidRoot)
  .filter((issue) => issue.severity === 'error')
  .map(formatIssue);

function messageFor(fixture: string): string | undefined {
  return messages.find((message) => message.includes(`/content-invalid/${fixture}/`));
}

describe('content validation names file, line and field for each broken rule', () => {
  it.each([
    ['missing-title', 'it.md:1: title: is required'],
    ['unknown-field', 'it.md:6: titel: unknown field; did you mean "title"?'],
    ['bad-slug', 'it.md:3: slug: use only lowercase letters'],
    ['short-description', 'it.md:4: description: must be one sentence of 50–160 characters (it has 13)'],
    ['markdown-description', 'it.md:4: description: must be plain text'],
    ['impossible-date', 'it.md:5: updated: "2026-02-30" is not a real date'],
    ['future-date', 'it.md:5: updated: 2999-01-01 is in the future'],
    ['invalid-yaml', 'it.md:6: front matter: invalid YAML'],
    ['wrong-type', 'it.md:6: aliases: must be a list'],
    ['unknown-category', 'it.md:6: category: must be one of: revenue, sales, compensation, people, operations'],
    ['missing-related', 'it.md:6: related: there is no term "no-such-term"'],
    ['self-related', 'it.md:6: related: "self-related" is this term itself'],
    ['broken-link', 'it.md:8: body: links to "../no-such-term" but there is no term "no-such-term"'],
    ['level-one-heading', 'it.md:8: body: use ## for sections'],
    ['empty-body', 'it.md:7: body: the body is empty'],
    ['duplicate-slug-b', 'it.md:3: slug: slug "same-slug" is already used by tests/fixtures/content-invalid/duplicate-slug-a/it.md'],
    ['alias-collision', 'it.md:6: aliases: alias "Same Slug" is already used by'],
    ['no-front-matter', 'it.md:1: front matter: the file must start with a front-matter block'],
    ['wrong-language-file', 'fr.md:1: file: not a language file; name it it.md or en.md'],
    ['reserved-slug', 'it.md:3: slug: "lettera" is taken by the glossary\'s letter pages'],
  ])('%s', (fixture, expected) => {
    expect(messageFor(fixture)).toContain(`tests/fixtures/content-invalid/${fixture}/${expected}`);
  });

  it('reports every broken file in one run, one message each', () => {
    const files = new Set(messages.map((message) => message.split(':')[0]));
    expect(files.size).toBe(20);
  });

  it('compiles nothing from broken content', () => {
    expect(compileContent(invalidRoot).glossary).toBeUndefined();
  });

  it('accepts the real content without errors', () => {
    expect(checkContent(path.resolve('content')).filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});

describe('file encodings', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-encoding-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const frontMatter =
    '---\ntitle: Prova\nslug: SLUG\ndescription: Una descrizione di prova (SLUG) lunga abbastanza da superare il minimo.\nupdated: 2026-01-15\n---\n\nTesto perché sì.\n';

  function write(id: string, bytes: Buffer) {
    fs.mkdirSync(path.join(root, id), { recursive: true });
    fs.writeFileSync(path.join(root, id, 'it.md'), bytes);
  }

  write('with-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(frontMatter.replaceAll('SLUG', 'with-bom'))]));
  write('windows-lines', Buffer.from(frontMatter.replaceAll('SLUG', 'windows-lines').replace(/\n/g, '\r\n')));
  write('latin1', Buffer.from(frontMatter.replaceAll('SLUG', 'latin1'), 'latin1'));

  const issues = checkContent(root)
    .filter((issue) => issue.severity === 'error')
    .map(formatIssue);

  it('accepts a byte-order mark and Windows line endings', () => {
    expect(issues.filter((message) => /with-bom|windows-lines/.test(message))).toEqual([]);
  });

  it('reports a file that is not UTF-8', () => {
    expect(issues.find((message) => message.includes('latin1'))).toMatch(/latin1\/it\.md:1: file: is not valid UTF-8/);
  });
});

describe('rendered bodies are remembered between runs', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-cache-'));
  const cacheRoot = path.join(root, '.cache');
  fs.cpSync(path.resolve('tests/fixtures/content-valid'), root, { recursive: true });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const cachedCompile = (rules = 'rules') => compileContent(root, { cache: new BodyCache(cacheRoot, rules) });
  // What content:check runs: validation only, answered from the index of findings where it can.
  const cachedValidation = () => compileContent(root, { cache: new BodyCache(cacheRoot, 'rules'), check: true });
  const cachedCheck = () => cachedValidation().issues.map(formatIssue).sort();
  const freshCheck = () => compileContent(root).issues.map(formatIssue).sort();

  it('answers from the cache with exactly what a full run finds, rendering nothing again', () => {
    const first = cachedCompile();
    expect(first.rendered).toBeGreaterThan(0);
    const second = cachedCompile();
    expect(second.rendered).toBe(0);
    expect(second.glossary).toEqual(first.glossary);
    expect(cachedCheck()).toEqual(freshCheck());
  });

  it('checks unchanged bodies from the index of findings alone, without reading their rendered output', () => {
    cachedCompile();
    const folder = path.join(cacheRoot, 'rules');
    for (const name of fs.readdirSync(folder)) if (name !== 'findings.json') fs.rmSync(path.join(folder, name));
    const check = cachedValidation();
    expect(check.rendered).toBe(0);
    expect(check.issues.map(formatIssue).sort()).toEqual(freshCheck());
    expect(check.glossary).toBeUndefined();
  });

  it('renders only the edited body again', () => {
    cachedCompile();
    fs.appendFileSync(path.join(root, 'gamma', 'it.md'), '\nUna frase in più.\n');
    const after = cachedCompile();
    expect(after.rendered).toBe(1);
    expect(after.glossary!.bodies.it.gamma!.html).toContain('Una frase in più.');
  });

  it('renders a body again when a term it links to changes its definition', () => {
    cachedCompile();
    const beta = path.join(root, 'beta', 'it.md');
    fs.writeFileSync(beta, fs.readFileSync(beta, 'utf8').replace(/^description: .*$/m, 'description: Una definizione nuova di Beta, abbastanza lunga da essere valida.'));
    const after = cachedCompile();
    expect(after.glossary!.bodies.it.alpha!.html).toContain('Una definizione nuova di Beta');
  });

  it('still finds a broken link when the linked term is deleted and the body is not', () => {
    cachedCheck();
    fs.rmSync(path.join(root, 'beta'), { recursive: true });
    const afterDelete = cachedCheck();
    expect(afterDelete.some((message) => /alpha\/it\.md:\d+: body: links to "\.\.\/beta"/.test(message))).toBe(true);
    expect(afterDelete).toEqual(freshCheck());
  });

  it('checks an edited body again', () => {
    cachedCheck();
    const file = path.join(root, 'gamma', 'it.md');
    fs.appendFileSync(file, '\n<div>raw</div>\n');
    expect(cachedCheck().some((message) => message.includes('gamma/it.md') && message.includes('raw HTML'))).toBe(true);
  });

  it('uses a remembered body only under the rules it was rendered with', () => {
    cachedCompile('rules');
    expect(cachedCompile('other rules').rendered).toBeGreaterThan(0);
  });
});

describe('rules that keep the glossary a web of linked entries', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-web-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const entry = (id: string, description: string, related: string[], body: string) => {
    fs.mkdirSync(path.join(root, id), { recursive: true });
    fs.writeFileSync(
      path.join(root, id, 'it.md'),
      `---\ntitle: ${id}\nslug: ${id}\ndescription: ${description}\nrelated: [${related.join(', ')}]\nupdated: 2026-01-15\n---\n\n${body}\n`,
    );
  };
  entry('uno', 'La prima voce di prova, collegata alle altre due nel suo testo.', ['due', 'tre'], 'Vedi [due](../due) e [tre](../tre).');
  entry('due', 'La seconda voce di prova, che ha una sola voce correlata.', ['uno'], 'Vedi [uno](../uno).');
  entry('tre', 'La seconda voce di prova, che ha una sola voce correlata.', ['uno', 'due'], 'Si collega a [se stessa](../tre).');
  entry('quattro', 'Una voce che nessuno cita, anche se ha due voci correlate.', ['uno', 'due'], 'Testo.');
  const found = compileContent(root).issues.map(formatIssue);
  const about = (id: string) => found.filter((message) => message.includes(`/${id}/it.md:`));

  it('warns about an entry with fewer than two related terms, on its related line', () => {
    expect(about('due')).toContainEqual(expect.stringMatching(/due\/it\.md:5: warning: related: lists 1 related term\(s\); list at least 2/));
    expect(about('uno').some((message) => message.includes('related:'))).toBe(false);
  });

  it('warns about an entry no other entry links to, naming the file', () => {
    expect(about('quattro')).toContainEqual(expect.stringMatching(/quattro\/it\.md:\d+: warning: body: no other it entry links to this one/));
    // A link to itself does not count.
    expect(about('tre').some((message) => message.includes('no other it entry links'))).toBe(false);
    expect(about('uno').some((message) => message.includes('no other it entry links'))).toBe(false);
  });

  it('refuses two entries of a language with the same description', () => {
    expect(about('tre')).toContainEqual(expect.stringMatching(/tre\/it\.md:4: description: is the same as the description of .*due\/it\.md/));
    expect(compileContent(root).glossary).toBeUndefined();
  });
});
