// A child process for the crash and multi-process tests (run with tsx, not collected by
// vitest): opens the SQLite store at argv[2] and records argv[3] votes (0 = until killed),
// one at a time, printing `ack <id>` only once each insert has been acknowledged.
import { openFeedbackStore } from '../../../lib/feedback/store';

const [file, countArg = '0'] = process.argv.slice(2);
if (!file) throw new Error('usage: writer.ts <sqlite file> [count]');
const count = Number(countArg);
const store = openFeedbackStore({ dialect: 'sqlite', path: file });
await store.migrate();
process.stdout.write('ready\n');
for (let i = 0; count === 0 || i < count; i++) {
  const id = await store.recordFeedback({ termId: `term-${i % 37}`, locale: i % 2 ? 'en' : 'it', helpful: i % 3 !== 0, comment: i % 5 ? null : `comment ${i}` });
  process.stdout.write(`ack ${id}\n`);
}
await store.close();
