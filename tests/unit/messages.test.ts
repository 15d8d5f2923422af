import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import itMessages from '@/messages/it.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('UI copy', () => {
  it('has every key in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(itMessages).sort());
  });
});
