import { describe, expect, it } from 'vitest';
import {
  checkComment,
  checkTermRequest,
  checkVote,
  cleanLine,
  cleanMultiline,
  declaredTooLarge,
  isHoneypotFilled,
  parseBody,
  parseDays,
  safeReturnPath,
  type Glossary,
} from '@/lib/feedback/validate';

const glossary: Glossary = {
  isLocale: (locale) => locale === 'it' || locale === 'en',
  isTerm: (locale, termId) => (locale === 'it' ? ['enps', 'churn-rate'] : ['enps']).includes(termId),
};
const ID = '3f2b8c1e-9d4a-4b6e-8f00-1234567890ab';

describe('parseBody', () => {
  it('reads a urlencoded form, decoding UTF-8 and plus signs', () => {
    expect(parseBody('application/x-www-form-urlencoded; charset=UTF-8', 'termId=enps&locale=it&comment=perch%C3%A9+no%3F')).toEqual({
      ok: true,
      value: { termId: 'enps', locale: 'it', comment: 'perché no?' },
    });
  });

  it('reads a JSON object, turning numbers and booleans into strings', () => {
    expect(parseBody('application/json', '{"termId":"enps","helpful":true,"n":3,"website":null}')).toEqual({
      ok: true,
      value: { termId: 'enps', helpful: 'true', n: '3' },
    });
  });

  it('refuses broken JSON, JSON that is not an object, nested values and unknown media types', () => {
    expect(parseBody('application/json', '{"termId":')).toMatchObject({ ok: false, status: 400 });
    expect(parseBody('application/json', '["enps"]')).toMatchObject({ ok: false, status: 400 });
    expect(parseBody('application/json', '{"termId":{"$ne":1}}')).toMatchObject({ ok: false, status: 400 });
    expect(parseBody('text/plain', 'termId=enps')).toMatchObject({ ok: false, status: 415 });
    expect(parseBody(null, 'termId=enps')).toMatchObject({ ok: false, status: 415 });
  });
});

describe('declaredTooLarge', () => {
  it('refuses a declared length over 4 KB before anything is read', () => {
    expect(declaredTooLarge('4096')).toBe(false);
    expect(declaredTooLarge('4097')).toBe(true);
    expect(declaredTooLarge('nonsense')).toBe(true);
    expect(declaredTooLarge(null)).toBe(false);
  });
});

describe('cleaning text', () => {
  it('removes control characters, turns line breaks and tabs into spaces on one-line fields, and trims', () => {
    expect(cleanLine('  re\u0000venue\u0007\tops\r\nteam\u009b  ')).toBe('revenue ops  team');
  });

  it('keeps line breaks in comments, as \\n', () => {
    expect(cleanMultiline('\u0000 prima riga\r\nseconda\rterza\n\n\u001bquarta\t! ')).toBe('prima riga\nseconda\nterza\n\nquarta !');
  });

  it('replaces half a surrogate pair with U+FFFD and keeps whole pairs', () => {
    const text = JSON.parse('"a\\ud800b \\ud83d\\udc4d c\\udfff"') as string;
    expect(cleanLine(text)).toBe('a\uFFFDb 👍 c\uFFFD');
    expect(cleanMultiline(text)).toBe('a\uFFFDb 👍 c\uFFFD');
  });

  it('leaves SQL metacharacters, HTML and emoji alone', () => {
    const text = `'); DROP TABLE feedback; -- <script>alert(1)</script> "%_$1 👍`;
    expect(cleanLine(text)).toBe(text);
    expect(cleanMultiline(text)).toBe(text);
  });
});

describe('checkVote', () => {
  it('accepts a known term in a known language with yes or no', () => {
    expect(checkVote({ termId: 'enps', locale: 'it', helpful: 'yes' }, glossary)).toEqual({ ok: true, value: { termId: 'enps', locale: 'it', helpful: true } });
    expect(checkVote({ termId: ' churn-rate ', locale: 'it', helpful: 'NO' }, glossary)).toEqual({
      ok: true,
      value: { termId: 'churn-rate', locale: 'it', helpful: false },
    });
    expect(checkVote({ termId: 'enps', locale: 'en', helpful: 'true' }, glossary)).toMatchObject({ ok: true, value: { helpful: true } });
  });

  it('refuses an unknown language, a term missing from that language, and any other answer', () => {
    expect(checkVote({ termId: 'enps', locale: 'fr', helpful: 'yes' }, glossary)).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/locale/) });
    expect(checkVote({ termId: 'churn-rate', locale: 'en', helpful: 'yes' }, glossary)).toMatchObject({ ok: false, error: expect.stringMatching(/termId/) });
    expect(checkVote({ locale: 'it', helpful: 'yes' }, glossary)).toMatchObject({ ok: false, error: expect.stringMatching(/termId/) });
    expect(checkVote({ termId: 'enps', locale: 'it', helpful: 'maybe' }, glossary)).toMatchObject({ ok: false, error: expect.stringMatching(/helpful/) });
    expect(checkVote({ termId: 'enps', locale: 'it' }, glossary)).toMatchObject({ ok: false, error: expect.stringMatching(/helpful/) });
  });

  it('takes a comment sent with the vote, ignores an empty one, and refuses one over 1,000 characters', () => {
    expect(checkVote({ termId: 'enps', locale: 'it', helpful: 'no', comment: ' Manca\r\nun esempio ' }, glossary)).toMatchObject({
      ok: true,
      value: { comment: 'Manca\nun esempio' },
    });
    const empty = checkVote({ termId: 'enps', locale: 'it', helpful: 'no', comment: '  \u0000 ' }, glossary);
    expect(empty.ok && 'comment' in empty.value).toBe(false);
    expect(checkVote({ termId: 'enps', locale: 'it', helpful: 'no', comment: 'x'.repeat(1001) }, glossary)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('checkComment', () => {
  it('accepts the vote’s id and 1 to 1,000 characters (code points, so an emoji counts once)', () => {
    expect(checkComment({ id: ID.toUpperCase(), comment: ' Chiaro.\n' })).toEqual({ ok: true, value: { id: ID, comment: 'Chiaro.' } });
    expect(checkComment({ id: ID, comment: '👍'.repeat(1000) })).toMatchObject({ ok: true });
    expect(checkComment({ id: ID, comment: '👍'.repeat(1001) })).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses an id that is not a vote id, and an empty comment', () => {
    expect(checkComment({ id: '1 OR 1=1', comment: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/id/) });
    expect(checkComment({ id: ID, comment: ' \n\t ' })).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(checkComment({ id: ID })).toMatchObject({ ok: false });
  });
});

describe('checkTermRequest', () => {
  it('accepts a query of 1 to 200 characters in a known language, as a single line', () => {
    expect(checkTermRequest({ locale: 'en', query: ' quota\nrelief ' }, glossary)).toEqual({ ok: true, value: { locale: 'en', query: 'quota relief' } });
    expect(checkTermRequest({ locale: 'it', query: 'è'.repeat(200) }, glossary)).toMatchObject({ ok: true });
  });

  it('refuses an empty or too long query and an unknown language', () => {
    expect(checkTermRequest({ locale: 'it', query: '   ' }, glossary)).toMatchObject({ ok: false, status: 400 });
    expect(checkTermRequest({ locale: 'it', query: 'x'.repeat(201) }, glossary)).toMatchObject({ ok: false, status: 400 });
    expect(checkTermRequest({ locale: 'de', query: 'x' }, glossary)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('isHoneypotFilled', () => {
  it('is true only when the hidden website field has something in it', () => {
    expect(isHoneypotFilled({ website: 'http://spam.example' })).toBe(true);
    expect(isHoneypotFilled({ website: '' })).toBe(false);
    expect(isHoneypotFilled({ website: ' \u0000 ' })).toBe(false);
    expect(isHoneypotFilled({})).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query, without its fragment', () => {
    expect(safeReturnPath('/it/glossario/enps', '/it')).toBe('/it/glossario/enps');
    expect(safeReturnPath('/it/cerca?q=perch%C3%A9#top', '/it')).toBe('/it/cerca?q=perch%C3%A9');
  });

  it('falls back for anything that could lead to another site or is not a path', () => {
    for (const value of [
      undefined,
      '',
      'it/glossario/enps',
      '//evil.example/x',
      '/\\evil.example',
      '/\\/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/it\n/x',
      '/it\u0000',
      `/${'a'.repeat(1100)}`,
    ]) {
      expect(safeReturnPath(value, '/en'), String(value)).toBe('/en');
    }
  });
});

describe('parseDays', () => {
  it('reads 365d or 365 as days, and refuses zero, negatives, fractions and words', () => {
    expect(parseDays('365d')).toBe(365);
    expect(parseDays('30')).toBe(30);
    expect(parseDays(' 7D ')).toBe(7);
    for (const value of [undefined, '', '0d', '-5d', '1.5d', '365days', 'y', '12h']) expect(parseDays(value), String(value)).toBeUndefined();
  });
});
