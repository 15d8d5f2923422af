import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Locale } from '@/i18n/routing';
import type { ContentIssue } from './issues';
import { parseFrontMatter, type FrontMatter } from './front-matter';

/** A validated entry: one term in one language, before its body is rendered. */
export interface TermSource extends FrontMatter {
  id: string;
  locale: Locale;
  /** Project-relative path, used in every message about this entry. */
  file: string;
  body: string;
  /** Line of the file on which the body starts, so body problems can name their line. */
  bodyLine: number;
  /** Line of each front-matter field, so problems found later can still name their line. */
  fieldLines: Record<string, number>;
}

interface ParseInput {
  id: string;
  locale: Locale;
  file: string;
  bytes: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes and validates one file; returns the entry, or the problems that keep it out. */
export function parseTermSource(input: ParseInput): { entry?: TermSource; issues: ContentIssue[] } {
  const error = (line: number, field: string, message: string): ContentIssue => ({
    file: input.file,
    line,
    field,
    message,
    severity: 'error',
  });

  let text: string;
  try {
    // The decoder drops a leading byte-order mark, which some Windows editors add.
    text = utf8.decode(input.bytes);
  } catch {
    return { issues: [error(1, 'file', 'is not valid UTF-8; save it as UTF-8 in your editor')] };
  }
  text = text.replace(/\r\n?/g, '\n');

  if (!text.startsWith('---\n')) {
    return { issues: [error(1, 'front matter', 'the file must start with a front-matter block between two "---" lines')] };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // The core schema keeps dates as the text the editor wrote (so 2026-02-30 is caught rather
    // than rolled over to March) and reads 1:1 as text, not a base-60 number.
    // Passing options also turns off gray-matter's cache, which shares one object between equal files.
    parsed = matter(text, { engines: { yaml: (source) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object } });
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? 'cannot be read';
    return { issues: [error((mark?.line ?? 0) + 2, 'front matter', `invalid YAML: ${reason}`)] };
  }

  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
  const result = parseFrontMatter(parsed.data);
  if (!result.ok) {
    const lines = fieldLines(text, result.problems.map((problem) => problem.field));
    return { issues: result.problems.map((problem) => error(lines[problem.field] ?? 1, problem.field, problem.message)) };
  }
  return {
    entry: {
      ...result.value,
      id: input.id,
      locale: input.locale,
      file: input.file,
      body: parsed.content,
      bodyLine,
      fieldLines: fieldLines(text, Object.keys(parsed.data)),
    },
    issues: [],
  };
}

/** The line where each front-matter key is written, or the first line when it is missing. */
function fieldLines(text: string, fields: string[]): Record<string, number> {
  // Only the front-matter block is scanned, and only once: this runs for every file.
  const end = text.indexOf('\n---', 3);
  const lines = text.slice(0, end < 0 ? undefined : end).split('\n');
  return Object.fromEntries(
    fields.map((field) => {
      const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${field}:`));
      return [field, index >= 0 ? index + 1 : 1];
    }),
  );
}
