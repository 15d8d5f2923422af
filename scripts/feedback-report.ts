// npm run feedback:report [-- --json] [-- --comments 20 --requests 50]
// Reads the database the server writes (DATABASE_URL or FEEDBACK_DB_PATH, as the server does)
// and prints yes/no per term and language, the latest comments and the requested terms.
import { parseArgs } from 'node:util';
import { describeStore, formatReport } from '@/lib/feedback/report-format';
import { openFeedbackStore, storeConfigFromEnv } from '@/lib/feedback/store';

const usage = 'Usage: npm run feedback:report [-- --json] [-- --comments N] [-- --requests N]';
let options: { json?: boolean; comments?: string; requests?: string };
try {
  options = parseArgs({ options: { json: { type: 'boolean' }, comments: { type: 'string' }, requests: { type: 'string' } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const count = (value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`not a count: ${value}\n${usage}`);
    process.exit(2);
  }
  return n;
};
const limits = { comments: count(options.comments, 20), requests: count(options.requests, 50) };

const config = storeConfigFromEnv();
const store = openFeedbackStore(config);
try {
  const report = await store.report(limits);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, describeStore(config)));
} catch (error) {
  console.error(`Cannot read feedback from ${describeStore(config)}: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
