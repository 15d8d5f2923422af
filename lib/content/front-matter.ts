import { z } from 'zod';
import { closestMatch } from '../text/distance';
import { CATEGORIES, DESCRIPTION_MAX, DESCRIPTION_MIN } from './config';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string({ error: 'must be text' })
  .regex(SLUG_PATTERN, 'use only lowercase letters a-z, digits and single hyphens, e.g. "revenue-operations"');

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .transform((value, ctx) => {
    const text = value.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || toIsoDay(new Date(`${text}T00:00:00Z`)) !== text) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a real date; write YYYY-MM-DD, e.g. 2026-01-31` });
      return z.NEVER;
    }
    if (text > toIsoDay(new Date())) {
      ctx.addIssue({ code: 'custom', message: `${text} is in the future; use the date of your last real change` });
      return z.NEVER;
    }
    return text;
  });

// A description is shown as plain text in meta tags and cards, so Markdown would leak as symbols.
const MARKDOWN_SYNTAX = /(\*\*|__|`|\[[^\]]*\]\(|^#|^\s*[-*+]\s|<[a-z/])/m;

const description = z
  .string({ error: 'must be text' })
  .trim()
  .superRefine((text, ctx) => {
    if (text.length < DESCRIPTION_MIN || text.length > DESCRIPTION_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: `must be one sentence of ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters (it has ${text.length})`,
      });
    }
  })
  .refine((text) => !MARKDOWN_SYNTAX.test(text), 'must be plain text: remove Markdown (links, **bold**, `code`, lists)');

const textList = z.array(z.string({ error: 'each item must be text' }).trim().min(1, 'items cannot be empty'), {
  error: 'must be a list, e.g. [RevOps]',
});

export const frontMatterSchema = z.strictObject({
  title: z.string({ error: 'must be text' }).trim().min(1, 'cannot be empty'),
  slug,
  description,
  aliases: textList.default([]),
  formerSlugs: z.array(slug, { error: 'must be a list of slugs' }).default([]),
  related: z.array(z.string({ error: 'each item must be a term id' }), { error: 'must be a list of term ids' }).default([]),
  category: z.enum(CATEGORIES, { error: `must be one of: ${CATEGORIES.join(', ')}` }).optional(),
  updated: isoDate,
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const FRONT_MATTER_FIELDS = Object.keys(frontMatterSchema.shape);
const REQUIRED_FIELDS = new Set(['title', 'slug', 'description', 'updated']);

export interface FieldProblem {
  field: string;
  message: string;
}

/** Validates parsed front matter, returning either the entry's fields or every problem found. */
export function parseFrontMatter(
  data: unknown,
): { ok: true; value: FrontMatter } | { ok: false; problems: FieldProblem[] } {
  const result = frontMatterSchema.safeParse(data ?? {});
  if (result.success) return { ok: true, value: result.data };
  const problems: FieldProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ field: key, message: unknownFieldMessage(key) });
      continue;
    }
    const field = String(issue.path[0] ?? 'front matter');
    const missing = REQUIRED_FIELDS.has(field) && readField(data, field) === undefined;
    problems.push({ field, message: missing ? `is required (${requiredHint(field)})` : issue.message });
  }
  return { ok: false, problems };
}

function unknownFieldMessage(key: string): string {
  const suggestion = closestMatch(key.toLowerCase(), FRONT_MATTER_FIELDS.map((f) => f.toLowerCase()));
  const known = FRONT_MATTER_FIELDS.find((f) => f.toLowerCase() === suggestion);
  return known
    ? `unknown field; did you mean "${known}"?`
    : `unknown field; allowed fields are ${FRONT_MATTER_FIELDS.join(', ')}`;
}

function requiredHint(field: string): string {
  switch (field) {
    case 'title':
      return 'the term as readers know it';
    case 'slug':
      return 'the last part of the URL, e.g. revenue-operations';
    case 'description':
      return `one plain sentence of ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters`;
    default:
      return 'the date of the last change, YYYY-MM-DD';
  }
}

function readField(data: unknown, field: string): unknown {
  return data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined;
}

function toIsoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'invalid' : date.toISOString().slice(0, 10);
}
