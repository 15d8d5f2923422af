// A worker thread of the render pool: receives the compile's settings once, then batches of
// bodies, and answers each batch with the rendered bodies in the same order.
import { parentPort, workerData } from 'node:worker_threads';
import { renderJob, type RenderJob, type RenderSettings } from './render-options';

const settings = workerData as RenderSettings;
parentPort!.on('message', (batch: RenderJob[]) => {
  parentPort!.postMessage(batch.map((job) => renderJob(job, settings)));
});
