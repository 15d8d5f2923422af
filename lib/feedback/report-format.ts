import type { FeedbackReport, StoreConfig } from './store';

// Control characters (ANSI escapes and the like) print as \u{…}, so a stored text cannot
// drive the operator's terminal; the form already strips them, this is for rows from elsewhere.
const printable = (text: string) => text.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);

const percent = (share: number) => `${Math.round(share * 100)}%`;
const day = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** Which database a command is reading, without the password. */
export function describeStore(config: StoreConfig): string {
  if (config.dialect === 'sqlite') return `SQLite ${config.path}`;
  try {
    const url = new URL(config.connectionString);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** The report as plain text for a terminal: three sections, widest columns first. */
export function formatReport(report: FeedbackReport, source: string): string {
  const lines: string[] = [`Feedback report, ${day(report.generatedAt)} UTC, from ${source}`, ''];

  lines.push('Was this helpful? Per term and language, most answered first:');
  if (report.terms.length === 0) lines.push('  (no answers yet)');
  else {
    const width = Math.max(4, ...report.terms.map((row) => row.termId.length));
    lines.push(`  ${'term'.padEnd(width)}  lang    yes     no  total  yes %`);
    for (const row of report.terms) {
      lines.push(
        `  ${printable(row.termId).padEnd(width)}  ${row.locale.padEnd(4)}  ${String(row.yes).padStart(5)}  ${String(row.no).padStart(5)}  ${String(row.total).padStart(5)}  ${percent(row.share).padStart(5)}`,
      );
    }
  }

  lines.push('', 'Latest comments, newest first:');
  if (report.comments.length === 0) lines.push('  (no comments yet)');
  for (const entry of report.comments) {
    lines.push(`  ${day(entry.createdAt)}  ${printable(entry.termId)} (${entry.locale}), ${entry.helpful ? 'helpful' : 'not helpful'}:`);
    for (const line of printable(entry.comment).split('\n')) lines.push(`      ${line}`);
  }

  lines.push('', 'Requested terms, most requested first:');
  if (report.requests.length === 0) lines.push('  (no requests yet)');
  else {
    lines.push('  count  lang  last requested    query');
    for (const entry of report.requests) {
      lines.push(`  ${String(entry.count).padStart(5)}  ${entry.locale.padEnd(4)}  ${day(entry.lastRequestedAt)}  ${printable(entry.query)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
