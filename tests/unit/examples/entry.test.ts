import { describe, expect, it } from 'vitest';
import { figure } from './entry';

describe('figures written in entries', () => {
  it.each([
    ['1.234,5 €', 'it', 1234.5],
    ['12,5%', 'it', 12.5],
    ['−20', 'it', -20],
    ['+25', 'it', 25],
    ['€1,234.5', 'en', 1234.5],
    ['12.5%', 'en', 12.5],
    ['-3.2', 'en', -3.2],
    ['×1,5', 'it', 1.5],
    ['**−0,5%**', 'it', -0.5],
  ] as const)('reads %s in %s as %d', (written, locale, value) => {
    expect(figure(written, locale)).toBe(value);
  });

  it('refuses text that is not a number', () => {
    expect(() => figure('n/a', 'en')).toThrow(/not a number/);
  });
});
