/**
 * eNPS calculator: from the number of promoters, passives and detractors (`mode=groups`),
 * or from how many people gave each answer from 0 to 10 (`mode=scores`, fields a0…a10;
 * a blank answer counts as nobody).
 */
import { enps, enpsFromAnswers, type EnpsResult } from '@/lib/formulas/people';
import { hasErrors, readMode, readNumbers, type FieldSpec, type Params, type Reading } from './form';
import type { CalculatorLocale } from './numbers';

export const modes = ['groups', 'scores'] as const;
export type EnpsMode = (typeof modes)[number];

export const GROUP_FIELDS = ['promoters', 'passives', 'detractors'] as const;
export const ANSWER_FIELDS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10'] as const;

/** Up to a million people: a count, not a percentage. */
const count = { integer: true, min: 0, max: 1_000_000 } as const;
const group = { ...count, mode: 'groups' } as const;
const answer = { ...count, mode: 'scores', optional: true } as const;

export const fields = {
  promoters: group,
  passives: group,
  detractors: group,
  ...(Object.fromEntries(ANSWER_FIELDS.map((name) => [name, answer])) as Record<(typeof ANSWER_FIELDS)[number], typeof answer>),
} satisfies Record<string, FieldSpec>;

export type EnpsField = keyof typeof fields;

export type EnpsInput =
  | { mode: 'groups'; promoters: number; passives: number; detractors: number }
  /** answers[n]: how many people answered n, n from 0 to 10. */
  | { mode: 'scores'; answers: number[] };

export type EnpsReading = Reading<EnpsField, EnpsInput>;

/** The GET parameters this calculator reads. */
export const paramNames = ['mode', ...Object.keys(fields)] as readonly string[];

export function read(params: Params, locale: CalculatorLocale): EnpsReading {
  const mode = readMode(params, modes);
  const { values, errors, numbers } = readNumbers(fields, params, locale, mode);
  if (hasErrors(errors)) return { values, errors };
  const input: EnpsInput =
    mode === 'groups'
      ? { mode, promoters: numbers.promoters!, passives: numbers.passives!, detractors: numbers.detractors! }
      : { mode, answers: ANSWER_FIELDS.map((name) => numbers[name] ?? 0) };
  const counts = input.mode === 'groups' ? [input.promoters, input.passives, input.detractors] : input.answers;
  if (counts.every((n) => n === 0)) return { values, errors: { form: 'zeroTotal' } };
  return { values, errors, input };
}

/** Shares of each group (percentages, unrounded) and the score, from −100 to +100. */
export function calculate(input: EnpsInput): EnpsResult {
  return input.mode === 'groups' ? enps(input) : enpsFromAnswers(input.answers);
}
