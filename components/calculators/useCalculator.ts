import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ErrorCode, FieldSpec, Params, Reading } from '@/lib/calculators/form';
import { MAX_NUMBER_LENGTH, formatNumber, type CalculatorLocale } from '@/lib/calculators/numbers';

/** Props of every calculator component. */
export interface CalculatorProps {
  locale: CalculatorLocale;
  /** GET URL of the result page: the form submits there. */
  action: string;
  /** The request's parameters, first value of each (lib/calculators `calculatorParams`). */
  initial: Record<string, string>;
  /** Prefix of the element ids; give one when a page shows the same calculator twice. */
  idPrefix?: string;
}

/** What a calculator module in lib/calculators exports. */
export interface CalculatorModule<Field extends string, Input, Result> {
  fields: Record<Field, FieldSpec>;
  paramNames: readonly string[];
  read(params: Params, locale: CalculatorLocale): Reading<Field, Input>;
  calculate(input: Input): Result;
}

/**
 * The state every calculator shares: the form's current text, read and calculated on each
 * change with the same functions the server uses. Errors show once the form was submitted
 * (the request carries its parameters) or, while typing, for the fields already changed.
 */
export function useCalculator<Field extends string, Input, Result>(
  calculator: CalculatorModule<Field, Input, Result>,
  { locale, action, initial, idPrefix }: CalculatorProps & { idPrefix: string },
) {
  const t = useTranslations('Calculators');
  const [params, setParams] = useState<Params>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  // What the server rendered: inputs are uncontrolled, so these never change.
  const [defaults] = useState(() => calculator.read(initial, locale).values);
  const formRef = useRef<HTMLFormElement>(null);
  const submitted = calculator.paramNames.some((name) => initial[name] !== undefined);
  const { errors, input } = calculator.read(params, locale);

  const sync = (form: HTMLFormElement) => setParams(Object.fromEntries(new FormData(form)) as Record<string, string>);
  // Picks up what the reader typed before the page hydrated.
  useEffect(() => {
    if (formRef.current) sync(formRef.current);
  }, []);

  function message(name: Field | 'form'): string | undefined {
    const code: ErrorCode | undefined = errors[name];
    // `incomplete` is set on the blank half of a row the reader has started: it says what is missing.
    const visible = submitted || code === 'incomplete' || (name === 'form' ? touched.size > 0 : touched.has(name));
    if (!code || !visible) return undefined;
    const { min = 0, max = 0 } = name === 'form' ? {} : calculator.fields[name];
    return t(`errors.${code}`, { min: formatNumber(min, locale), max: formatNumber(max, locale), length: MAX_NUMBER_LENGTH });
  }

  const formError = message('form');
  const formErrorId = `${idPrefix}-form-error`;
  return {
    t,
    initialMode: defaults.mode!,
    result: input === undefined ? undefined : calculator.calculate(input),
    formError,
    formErrorId,
    form: {
      ref: formRef,
      method: 'get',
      action,
      className: 'calc-form',
      'aria-describedby': formError ? formErrorId : undefined,
      onChange(event: ChangeEvent<HTMLFormElement>) {
        const { name } = event.target as unknown as HTMLInputElement;
        setTouched((previous) => (previous.has(name) ? previous : new Set(previous).add(name)));
        sync(event.currentTarget);
      },
    },
    field: (name: Field) => ({ id: `${idPrefix}-${name}`, name, defaultValue: defaults[name] ?? '', error: message(name) }),
  };
}
