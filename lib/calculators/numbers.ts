/**
 * Numbers as readers type them into a calculator and as the calculators write them back,
 * in each language's own notation: Italian `1.234,5`, English `1,234.5`.
 */

export type CalculatorLocale = 'it' | 'en';

export type NumberError = 'required' | 'notANumber' | 'notInteger' | 'tooSmall' | 'tooLarge' | 'tooLong';

export type ParsedNumber = { ok: true; value: number } | { ok: false; error: NumberError };

export interface NumberConstraints {
  /** Refuse fractions (counts of people, months). */
  integer?: boolean;
  /** Smallest value allowed, inclusive. With min ≥ 0 a negative number is `tooSmall`. */
  min?: number;
  /** Largest value allowed, inclusive. */
  max?: number;
}

/**
 * Longest input read, spaces included: room for `-1.000.000.000.000,00 €` (23) and no more.
 * Anything longer is refused before it is looked at, so a 10,000-digit URL parameter costs
 * one length comparison.
 */
export const MAX_NUMBER_LENGTH = 24;

const SEPARATORS: Record<CalculatorLocale, { decimal: string; group: '.' | ',' }> = {
  it: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const PLAIN_DIGITS = /^\d+$/;
// Groups of three after a lead of one to three digits: `1.234.567` or, with spaces, `1 234 567`.
const GROUPED = {
  '.': /^\d{1,3}(?:\.\d{3})+$/,
  ',': /^\d{1,3}(?:,\d{3})+$/,
  ' ': /^\d{1,3}(?:\s\d{3})+$/,
};
const FRACTION = /^\d*$/;
// A unit the reader may type along with the number: `5%`, `1.000 €`, `€1,000`.
const TRAILING_UNIT = /\s*[%€]$/;
const LEADING_UNIT = /^€\s*/;

const fail = (error: NumberError): ParsedNumber => ({ ok: false, error });

/**
 * Reads a number written the way `locale` writes it: Italian `1.234,5`, `1234,5`, `1234`;
 * English `1,234.5`, `1234.5`. Spaces around it (non-breaking and thin ones too) are
 * ignored; spaces may also group thousands (`1 234,5`). A trailing `%` or a `€` is
 * accepted. Grouping must be regular (`1.23.4` is not a number in Italian), there is no
 * exponent notation, and the result is always a finite number.
 *
 * @param options.integer refuse fractions (`notInteger`)
 * @param options.min smallest value allowed (`tooSmall`); a leading minus is read only to say so
 * @param options.max largest value allowed (`tooLarge`)
 */
export function parseLocaleNumber(raw: string, locale: CalculatorLocale, options: NumberConstraints = {}): ParsedNumber {
  if (raw.length > MAX_NUMBER_LENGTH) return fail('tooLong');
  let text = raw.trim();
  if (text === '') return fail('required');

  // U+2212 is the typographic minus sign, which text copied from a document may carry.
  const negative = text[0] === '-' || text[0] === '\u2212';
  if (negative || text[0] === '+') text = text.slice(1);
  text = text.replace(LEADING_UNIT, '').replace(TRAILING_UNIT, '');

  const { decimal, group } = SEPARATORS[locale];
  const parts = text.split(decimal);
  if (parts.length > 2) return fail('notANumber');
  const [whole = '', fraction = ''] = parts;
  if (!FRACTION.test(fraction) || (whole === '' && fraction === '')) return fail('notANumber');
  let digits: string;
  if (whole === '' || PLAIN_DIGITS.test(whole)) digits = whole;
  else if (GROUPED[group].test(whole)) digits = whole.split(group).join('');
  else if (GROUPED[' '].test(whole)) digits = whole.replace(/\s/g, '');
  else return fail('notANumber');

  // At most 24 characters of digits: always finite. `+ 0` turns −0 into 0.
  const magnitude = Number(`${digits || '0'}.${fraction || '0'}`);
  const value = (negative ? -magnitude : magnitude) + 0;

  const { integer = false, min, max } = options;
  if (negative && value !== 0 && min !== undefined && min >= 0) return fail('tooSmall');
  if (integer && !Number.isInteger(value)) return fail('notInteger');
  if (min !== undefined && value < min) return fail('tooSmall');
  if (max !== undefined && value > max) return fail('tooLarge');
  return { ok: true, value };
}

export interface FormatOptions {
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
  /** `percent` writes the value as given (12 → 12%); `currency` is euro. */
  style?: 'decimal' | 'percent' | 'currency';
  /** Whole amounts without `,00` (currency only by default). */
  trailingZeroDisplay?: 'auto' | 'stripIfInteger';
}

const LANGUAGE_TAGS: Record<CalculatorLocale, string> = { it: 'it-IT', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Writes a number the way `locale` does (it-IT, en-GB), e.g. `1.234,5` / `1,234.5`.
 * Formatters are made once per locale and options.
 */
export function formatNumber(value: number, locale: CalculatorLocale, options: FormatOptions = {}): string {
  const key = `${locale} ${options.style} ${options.maximumFractionDigits} ${options.minimumFractionDigits} ${options.signDisplay} ${options.trailingZeroDisplay}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const { style = 'decimal', ...rest } = options;
    formatter = new Intl.NumberFormat(LANGUAGE_TAGS[locale], {
      ...rest,
      ...(style === 'percent' ? { style: 'unit', unit: 'percent' } : style === 'currency' ? { style, currency: 'EUR' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** A percentage given in points (12.5 → `12,5%` / `12.5%`), one decimal unless told otherwise. */
export function formatPercent(percent: number, locale: CalculatorLocale, options: Omit<FormatOptions, 'style'> = {}): string {
  return formatNumber(percent, locale, { maximumFractionDigits: 1, ...options, style: 'percent' });
}

/** An amount in euro, cents only when there are some: `1.234,50 €`, `€50,000`. */
export function formatCurrency(amount: number, locale: CalculatorLocale, options: Omit<FormatOptions, 'style'> = {}): string {
  return formatNumber(amount, locale, {
    maximumFractionDigits: 2,
    minimumFractionDigits: Math.min(2, options.maximumFractionDigits ?? 2),
    trailingZeroDisplay: 'stripIfInteger',
    ...options,
    style: 'currency',
  });
}
