import { describe, expect, it } from 'vitest';
import { editLinkFor } from '@/components/EditLink';

describe('the edit link of an entry', () => {
  it('fills the configured pattern with the entry’s folder and language', () => {
    expect(editLinkFor('https://github.com/org/repo/edit/main/content/{id}/{locale}.md', 'enps', 'it')).toBe(
      'https://github.com/org/repo/edit/main/content/enps/it.md',
    );
  });

  it('is absent when no pattern is configured', () => {
    expect(editLinkFor(undefined, 'enps', 'it')).toBeUndefined();
    expect(editLinkFor('', 'enps', 'it')).toBeUndefined();
  });
});
