import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedBody } from './markdown';
import { renderJob, type RenderJob, type RenderSettings } from './render-options';

/** Bodies per message: large enough that messaging costs little, small enough to balance threads. */
const BATCH = 50;
/** Below this many bodies, starting threads (about 0.4 s each) costs more than it saves. */
const MIN_PARALLEL = 400;

/**
 * Renders bodies on one worker thread per core, in the order given. Markdown rendering is
 * pure CPU work, so on two cores this about halves a cold compile; small jobs (a rebuild
 * after a few edits, the tests' fixtures) render on the calling thread.
 */
export async function renderAll(
  jobs: readonly RenderJob[],
  settings: RenderSettings,
  { threads = os.availableParallelism(), minParallel = MIN_PARALLEL } = {},
): Promise<RenderedBody[]> {
  const count = Math.min(threads, Math.ceil(jobs.length / BATCH));
  if (count < 2 || jobs.length < minParallel) return jobs.map((job) => renderJob(job, settings));

  const results: RenderedBody[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: count }, () => new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: settings }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = () => {
              if (next >= jobs.length) return resolve();
              start = next;
              next = Math.min(jobs.length, next + BATCH);
              worker.postMessage(jobs.slice(start, next));
            };
            worker.on('message', (rendered: RenderedBody[]) => {
              rendered.forEach((body, offset) => (results[start + offset] = body));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => code !== 0 && reject(new Error(`a render worker stopped with exit code ${code}`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
