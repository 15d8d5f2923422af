/** One problem found in one content file, located well enough for an editor to fix it. */
export interface ContentIssue {
  /** Path relative to the project root, e.g. `content/enps/it.md`. */
  file: string;
  line: number;
  /** The front-matter field, `body`, or `file` for problems with the file itself. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatIssue(issue: ContentIssue): string {
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}:${issue.line}: ${prefix}${issue.field}: ${issue.message}`;
}

export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}

/** Thrown when content cannot be published; its message lists every error, one per line. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const errors = sortIssues(issues.filter((issue) => issue.severity === 'error'));
    super(
      `invalid content: ${errors.length} problem${errors.length === 1 ? '' : 's'}\n` +
        errors.map(formatIssue).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = errors;
  }
}

export function throwIfErrors(issues: readonly ContentIssue[]): void {
  if (issues.some((issue) => issue.severity === 'error')) throw new ContentError(issues);
}
