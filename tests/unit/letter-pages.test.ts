import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

describe('letter pages of a large glossary', () => {
  it('exist only past the threshold, one per letter with terms', async () => {
    process.env.GLOSSARY_CONTENT_DIR = path.resolve('tests/fixtures/content-valid');
    vi.resetModules();
    process.env.GLOSSARY_LETTER_PAGES_THRESHOLD = '2';
    const large = await import('@/app/_routes/letter-page');
    expect(large.letterStaticParams('glossario')).toEqual([
      { locale: 'it', letter: 'a' },
      { locale: 'it', letter: 'b' },
      { locale: 'it', letter: 'g' },
    ]);
    // English has two terms: still one index page.
    expect(large.letterStaticParams('glossary')).toEqual([]);

    vi.resetModules();
    process.env.GLOSSARY_LETTER_PAGES_THRESHOLD = '300';
    const small = await import('@/app/_routes/letter-page');
    expect(small.letterStaticParams('glossario')).toEqual([]);
    delete process.env.GLOSSARY_LETTER_PAGES_THRESHOLD;
  });
});
