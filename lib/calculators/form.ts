/**
 * What every calculator does with its GET parameters: read each field as a number in the
 * page's language, keep the raw text to refill the form, and name the error of each field.
 */
import { MAX_NUMBER_LENGTH, parseLocaleNumber, type CalculatorLocale, type NumberConstraints, type NumberError } from './numbers';

/** Why a field (or, for `form`, the combination of fields) cannot be calculated. */
export type ErrorCode =
  | NumberError
  /** 0 where the formula divides by the value: a quota, an average headcount. */
  | 'notPositive'
  /** eNPS: no answers at all. */
  | 'zeroTotal'
  /** Turnover: nobody at the start nor at the end of the period. */
  | 'zeroHeadcount'
  /** Commission: an accelerator that does not start above the one before it. */
  | 'tierOrder'
  /** Commission: a decelerator threshold above the first accelerator. */
  | 'decAboveTier'
  /** Commission: half of a tier or decelerator row filled in. */
  | 'incomplete';

export interface FieldSpec extends NumberConstraints {
  /** Blank means "not given" rather than an error. */
  optional?: boolean;
  /** Refuse 0 (`notPositive`): the formula divides by it. */
  positive?: boolean;
  /** Value when the parameter is absent (not when it is blank). */
  default?: string;
  /** The field is read only in this mode; other modes ignore it. */
  mode?: string;
}

export type Params = Readonly<Record<string, string | undefined>>;

export interface Reading<Field extends string, Input> {
  /** Raw text of every field, and the mode, to refill the form. */
  values: Record<string, string>;
  /** The error of each field in error; `form` for one that belongs to no single field. */
  errors: Partial<Record<Field | 'form', ErrorCode>>;
  /** Present only when there is no error: what `calculate` takes. */
  input?: Input;
}

/** The mode named by the `mode` parameter, or the first mode when it names none. */
export function readMode<Mode extends string>(params: Params, modes: readonly [Mode, ...Mode[]]): Mode {
  return modes.find((mode) => mode === params.mode) ?? modes[0];
}

/**
 * Reads every field of the active mode. A refill value is cut just past the longest number
 * read, so a huge parameter is neither parsed nor echoed back, yet still shows as too long.
 */
export function readNumbers<Field extends string>(
  fields: Record<Field, FieldSpec>,
  params: Params,
  locale: CalculatorLocale,
  mode: string,
) {
  const values: Record<string, string> = { mode };
  const errors: Partial<Record<Field | 'form', ErrorCode>> = {};
  const numbers: Partial<Record<Field, number>> = {};
  for (const name of Object.keys(fields) as Field[]) {
    const spec = fields[name];
    const raw = (params[name] ?? spec.default ?? '').slice(0, MAX_NUMBER_LENGTH + 1);
    values[name] = raw;
    if (spec.mode !== undefined && spec.mode !== mode) continue;
    const parsed = parseLocaleNumber(raw, locale, spec);
    if (!parsed.ok) {
      if (!(parsed.error === 'required' && spec.optional)) errors[name] = parsed.error;
    } else if (spec.positive && parsed.value === 0) {
      errors[name] = 'notPositive';
    } else {
      numbers[name] = parsed.value;
    }
  }
  return { values, errors, numbers };
}

export const hasErrors = (errors: object): boolean => Object.keys(errors).length > 0;
