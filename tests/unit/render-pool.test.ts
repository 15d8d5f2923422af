import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, resolutionTables } from '@/lib/content/catalog';
import { readTermSources } from '@/lib/content/read-files';
import { renderJob, type RenderSettings } from '@/lib/content/render-options';
import { renderAll } from '@/lib/content/render-pool';

function realContent() {
  const { entries, termIds } = readTermSources(path.resolve('content'));
  const settings: RenderSettings = { origin: 'https://example.com', tables: resolutionTables(buildCatalog(entries, termIds)) };
  return { jobs: entries.map((entry) => ({ body: entry.body, locale: entry.locale })), settings };
}

describe('rendering bodies on worker threads (the build and content:check)', () => {
  it('gives every real entry exactly the output of rendering it on the calling thread, in order', async () => {
    const { jobs, settings } = realContent();
    // More than one batch of 50, so both threads render and the answers must be put back in order.
    expect(jobs.length).toBeGreaterThan(50);
    const onWorkers = await renderAll(jobs, settings, { threads: 2, minParallel: 0 });
    expect(onWorkers).toEqual(jobs.map((job) => renderJob(job, settings)));
    // Term links resolved through the tables the workers received, not left as written.
    expect(onWorkers.some((body) => body.html.includes('class="term-link"'))).toBe(true);
  });

  it('fails the compile instead of hanging when a worker cannot render', async () => {
    const { jobs, settings } = realContent();
    const broken = { ...settings, tables: {} as RenderSettings['tables'] };
    const linking = jobs.filter((job) => job.body.includes('](../'));
    await expect(renderAll(linking, broken, { threads: 2, minParallel: 0 })).rejects.toThrow();
  });
});
