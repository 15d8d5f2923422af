// npm run feedback:prune -- --older-than 365d
// Deletes feedback and term requests created more than that many days ago, from the
// database the server writes (DATABASE_URL or FEEDBACK_DB_PATH), and says how many.
import { parseArgs } from 'node:util';
import { describeStore } from '@/lib/feedback/report-format';
import { openFeedbackStore, storeConfigFromEnv } from '@/lib/feedback/store';
import { parseDays } from '@/lib/feedback/validate';

const usage = 'Usage: npm run feedback:prune -- --older-than 365d   (a whole number of days, at least 1)';
let olderThan: string | undefined;
try {
  olderThan = parseArgs({ options: { 'older-than': { type: 'string' } } }).values['older-than'];
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const days = parseDays(olderThan);
if (days === undefined) {
  console.error(olderThan === undefined ? usage : `--older-than ${olderThan} is not a number of days\n${usage}`);
  process.exit(2);
}

const config = storeConfigFromEnv();
const store = openFeedbackStore(config);
try {
  const { feedback, termRequests, before } = await store.prune(days);
  console.log(
    `Deleted ${feedback} feedback ${feedback === 1 ? 'row' : 'rows'} and ${termRequests} term ${termRequests === 1 ? 'request' : 'requests'} ` +
      `created before ${before} (older than ${days} days) from ${describeStore(config)}.`,
  );
} catch (error) {
  console.error(`Cannot prune ${describeStore(config)}: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
