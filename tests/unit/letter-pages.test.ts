import { describe, expect, it, vi } from 'vitest';

/** The letter pages of the fixture glossary when list pages carry at most `threshold` terms. */
async function letterPagesWithThreshold(threshold: string) {
  process.env.GLOSSARY_LETTER_PAGES_THRESHOLD = threshold;
  vi.resetModules();
  const { glossaryOf } = await import('./compiled');
  delete process.env.GLOSSARY_LETTER_PAGES_THRESHOLD;
  const glossary = glossaryOf('tests/fixtures/content-valid');
  const pages = (locale: 'it' | 'en') => glossary.letterPages(locale).map((page) => `${page.letter}${page.part}/${page.parts}`);
  return { it: pages('it'), en: pages('en') };
}

describe('letter pages of a large glossary', () => {
  it('exist only past the threshold, one per letter with terms', async () => {
    const large = await letterPagesWithThreshold('2');
    // Italian has three terms under A, B and G: one page each, none split.
    expect(large.it).toEqual(['A1/1', 'B1/1', 'G1/1']);
    // English has two terms: still one index page.
    expect(large.en).toEqual([]);

    const small = await letterPagesWithThreshold('300');
    expect(small.it).toEqual([]);
  });
});
