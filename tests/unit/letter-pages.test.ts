import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

async function letterPagesWithThreshold(threshold: string) {
  process.env.GLOSSARY_CONTENT_DIR = path.resolve('tests/fixtures/content-valid');
  process.env.GLOSSARY_LETTER_PAGES_THRESHOLD = threshold;
  vi.resetModules();
  const module = await import('@/app/_routes/letter-page');
  delete process.env.GLOSSARY_LETTER_PAGES_THRESHOLD;
  return module;
}

describe('letter pages of a large glossary', () => {
  it('exist only past the threshold, one per letter with terms', async () => {
    const large = await letterPagesWithThreshold('2');
    expect(large.letterStaticParams('glossario', false)).toEqual([
      { locale: 'it', letter: 'a' },
      { locale: 'it', letter: 'b' },
      { locale: 'it', letter: 'g' },
    ]);
    // No letter holds more than two terms: no second parts.
    expect(large.letterStaticParams('glossario', true)).toEqual([]);
    // English has two terms: still one index page.
    expect(large.letterStaticParams('glossary', false)).toEqual([]);

    const small = await letterPagesWithThreshold('300');
    expect(small.letterStaticParams('glossario', false)).toEqual([]);
  });
});
