import { describe, expect, it } from 'vitest';
import { renderMarkdown, type RenderContext } from '@/lib/content/markdown';

const noTerms: RenderContext = { resolveTerm: () => undefined };

function idsIn(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
}

describe('heading ids and table of contents', () => {
  it('gives accented Italian headings GitHub-style ids that the TOC links to', () => {
    const { html, toc } = renderMarkdown("## Perché è utile\n\n### Cos'è davvero\n", noTerms);
    expect(toc).toEqual([
      { depth: 2, id: 'perché-è-utile', text: 'Perché è utile' },
      { depth: 3, id: 'cosè-davvero', text: "Cos'è davvero" },
    ]);
    expect(idsIn(html)).toEqual(['perché-è-utile', 'cosè-davvero']);
  });

  it('numbers duplicate headings so every TOC link has exactly one target', () => {
    const { html, toc } = renderMarkdown('## Esempio\n\n## Esempio\n\n## Esempio\n', noTerms);
    expect(toc.map((entry) => entry.id)).toEqual(['esempio', 'esempio-1', 'esempio-2']);
    for (const entry of toc) expect(idsIn(html).filter((id) => id === entry.id)).toHaveLength(1);
  });

  it('keeps headings off ids the page layout already uses', () => {
    const { toc } = renderMarkdown('## Main\n', { ...noTerms, reservedIds: ['main'] });
    expect(toc[0]?.id).toBe('main-1');
  });

  it('makes each heading a link to itself', () => {
    const { html } = renderMarkdown('## Come si calcola\n', noTerms);
    expect(html).toContain('<h2 id="come-si-calcola" tabindex="-1"><a href="#come-si-calcola" class="heading-anchor">Come si calcola</a></h2>');
  });

  it('leaves #### headings out of the table of contents', () => {
    expect(renderMarkdown('## Uno\n\n#### Dettaglio\n', noTerms).toc.map((entry) => entry.text)).toEqual(['Uno']);
  });
});

describe('links between terms', () => {
  const context: RenderContext = {
    resolveTerm: (id) =>
      id === 'enps'
        ? { href: '/it/glossario/enps', description: 'Misura la fedeltà dei dipendenti.' }
        : id === 'untranslated'
          ? null
          : undefined,
  };

  it.each(['../enps', '../enps/', '../enps/it.md', '../enps/en.md'])('resolves %s to the term page in the same language', (href) => {
    const { html, problems } = renderMarkdown(`Vedi [eNPS](${href}).`, context);
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="/it/glossario/enps" class="term-link"');
  });

  it('keeps a section anchor on the link', () => {
    expect(renderMarkdown('[calcolo](../enps/it.md#come-si-calcola)', context).html).toContain(
      'href="/it/glossario/enps#come-si-calcola"',
    );
  });

  it('renders the linked term description next to the link, described by it', () => {
    const { html } = renderMarkdown('[eNPS](../enps)', context);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`<span class="term-preview" role="tooltip" id="${describedBy}">Misura la fedeltà dei dipendenti.</span>`);
  });

  it('reports a link to a term that does not exist, with its line', () => {
    const { problems } = renderMarkdown('Riga uno.\n\nVedi [altro](../missing).', context);
    expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'error', message: expect.stringContaining('no term "missing"') })]);
  });

  it('keeps the words but drops the link when the target is not translated', () => {
    const { html, problems } = renderMarkdown('Vedi [quel termine](../untranslated).', context);
    expect(problems).toEqual([]);
    expect(html).toBe('<p>Vedi quel termine.</p>\n');
  });

  it('leaves ordinary external links alone', () => {
    expect(renderMarkdown('[sito](https://example.com)', context).html).toContain('<a href="https://example.com">sito</a>');
  });
});

describe('sanitizing', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', /<script/i],
    ['an event handler', '<img src="x" onerror="alert(1)">', /onerror/i],
    ['a javascript: link', '[clicca](javascript:alert(1))', /javascript:/i],
    ['a data: link', '[clicca](data:text/html;base64,PHNjcmlwdD4=)', /data:/i],
    ['an iframe', '<iframe src="https://example.com"></iframe>', /<iframe/i],
    ['a style element', '<style>body{display:none}</style>', /<style/i],
  ])('never lets %s into the HTML', (_name, markdown, forbidden) => {
    expect(renderMarkdown(`Testo.\n\n${markdown}\n`, noTerms).html).not.toMatch(forbidden);
  });

  it('warns the editor where raw HTML was removed', () => {
    const { problems } = renderMarkdown('Testo.\n\n<script>alert(1)</script>\n', noTerms);
    expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'warning' })]);
  });
});

describe('the Markdown export for machine readers (llms-full.txt)', () => {
  const context: RenderContext = {
    origin: 'https://example.org',
    resolveTerm: (id) => (id === 'enps' ? { href: '/it/glossario/enps', description: 'Definizione.' } : undefined),
  };
  const hostile = [
    '## Sezione',
    '',
    'Un [link al termine](../enps#come-si-calcola) e uno [pericoloso](javascript:alert(1)).',
    '',
    '<script>alert(1)</script>',
    '',
    'Testo <img src=x onerror="alert(1)"> in linea e ![immagine](https://example.org/a.png).',
    '',
    '[rif]: javascript:alert(2)',
  ].join('\n');

  it('carries no raw HTML and no script URLs, as the page does not', () => {
    const { markdown } = renderMarkdown(hostile, context);
    expect(markdown).not.toMatch(/<script|onerror|<img|javascript:/i);
  });

  it('links terms to their absolute URL, in the same pass as the page', () => {
    const { markdown, html } = renderMarkdown(hostile, context);
    expect(markdown).toContain('[link al termine](https://example.org/it/glossario/enps#come-si-calcola)');
    expect(html).toContain('href="/it/glossario/enps#come-si-calcola"');
  });

  it('nests sections one level below the term’s own heading and keeps the text', () => {
    const { markdown } = renderMarkdown(hostile, context);
    expect(markdown).toMatch(/^### Sezione$/m);
    expect(markdown).toContain('pericoloso');
    expect(markdown).not.toContain('preview-enps');
  });
});

describe('tables', () => {
  it('can be reached by keyboard, since a wide one scrolls sideways on a phone', () => {
    const { html } = renderMarkdown('| Punteggio | Gruppo |\n| --- | --- |\n| 9–10 | Promotori |\n', noTerms);
    expect(html).toContain('<table tabindex="0">');
  });
});

describe('calculators placed in a body', () => {
  const context: RenderContext = { resolveTerm: () => undefined, calculators: ['enps', 'turnover'] };
  const problemsOf = (markdown: string) => renderMarkdown(markdown, context).problems.map((problem) => `${problem.line}: ${problem.message}`);

  it('leaves a slot where the editor wrote the directive, and lists it', () => {
    const { html, calculators, markdown } = renderMarkdown('Prima.\n\n::calculator{name="enps"}\n\nDopo.', context);
    expect(html).toBe('<p>Prima.</p>\n<div data-calculator="enps"></div>\n<p>Dopo.</p>\n');
    expect(calculators).toEqual(['enps']);
    expect(markdown).toBe('Prima.\n\nDopo.');
  });

  it('keeps a colon inside a word as text', () => {
    expect(renderMarkdown('Il rapporto LTV:CAC è 4:1.', context).html).toBe('<p>Il rapporto LTV:CAC è 4:1.</p>\n');
  });

  it.each([
    ['::calculator{name="nope"}', '1: unknown calculator "nope"; use name="enps", "turnover"'],
    ['- una voce\n\n  ::calculator{name="enps"}', '3: a calculator cannot sit inside a list, quote or table'],
    ['Testo ::calculator{name="enps"} in riga.', '1: write a calculator on a line of its own'],
    [':::calculator{name="enps"}\ntesto\n:::', '1: write a calculator on a line of its own'],
    ['::calculator{name="enps"}\n\n::calculator{name="enps"}', '3: this entry already has the enps calculator; an entry holds one calculator'],
    ['::nota{tipo="x"}', '1: unknown directive "nota"'],
  ])('refuses %j with the line and what to do', (markdown, expected) => {
    expect(problemsOf(markdown).join('\n')).toContain(expected);
  });
});

describe('a colon inside a word', () => {
  it('stays text in headings and links, so their ids and anchors keep the word', () => {
    const { html, toc, markdown } = renderMarkdown('## Il rapporto LTV:CAC\n\nVedi [LTV:CAC](https://example.org).', noTerms);
    expect(toc[0]).toEqual({ depth: 2, id: 'il-rapporto-ltvcac', text: 'Il rapporto LTV:CAC' });
    expect(html).toContain('>LTV:CAC</a>');
    expect(markdown).toContain('[LTV:CAC](https://example.org)');
  });
});
