// Worker threads do not inherit tsx from the process that starts them (its loader is
// registered after a worker's entry module loads): register it here, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
