import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';

/** The text of an entry as the editor wrote it, so a test can check the figures it states. */
export function entryText(termId: string, locale: Locale): string {
  return fs.readFileSync(path.join(process.cwd(), 'content', termId, `${locale}.md`), 'utf8');
}

/**
 * The number a figure written in an entry stands for, read the way its language writes
 * numbers: "1.234,5 €" and "12,5%" in Italian, "€1,234.5" and "12.5%" in English.
 * Signs count ("−20" and "-20" are negative); currency symbols, %, spaces and "x"/"×" are ignored.
 */
export function figure(written: string, locale: Locale): number {
  const [group, decimal] = locale === 'it' ? ['.', ','] : [',', '.'];
  // Bold markers may wrap a figure ("**−0,5%**"): they say nothing about its value.
  const plain = written.replace(/\*/g, '');
  const negative = /^[\s€$£]*[−-]/.test(plain);
  const digits = plain
    .replace(/[^\d.,]/g, '')
    .split(group)
    .join('')
    .replace(decimal, '.');
  const value = Number(digits);
  if (digits === '' || Number.isNaN(value)) throw new Error(`"${written}" is not a number written in ${locale}`);
  return negative ? -value : value;
}
