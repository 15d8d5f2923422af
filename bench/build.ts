// npm run bench:build -- [sizes…]   (default: 100 1000 10000)
// Builds the glossary (content compile step + next build, as npm run build) and the bare
// floor project (bench/floor) on the same generated content, n terms × 2 languages, and
// prints wall time, peak memory of the whole build process tree and pages generated, then
// ours/floor. Then edits one entry and builds the glossary again, keeping its caches (the
// rendered-body cache and Next's own), as an editor's next deploy would. Generates missing
// content first. The glossary builds into .next-bench, so its own .next is left alone.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureGeneratedContent } from './generated';
import { treeRssMb } from './process-tree';
import { BUILT_FROM, buildCommands } from './server';

interface BuildFigures {
  wallSeconds: number;
  peakRssMb: number;
  /** Routes prerendered, from Next's prerender manifest. */
  pages: number;
  /** Next's own spans, from its trace file. */
  turbopackSeconds: number;
  generateSeconds: number;
  /** The content compile step (glossary only). */
  compileSeconds: number;
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(100, 1_000, 10_000);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error('Usage: npm run bench:build -- [number of terms …]');
  process.exit(2);
}

const projects = {
  glossary: { dir: '.', distDir: '.next-bench' },
  floor: { dir: 'bench/floor', distDir: '.next' },
} as const;
type Project = keyof typeof projects;

/** Runs one command of a build, sampling the memory of its process tree every 100 ms. */
async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ output: string; peakRssMb: number }> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakRssMb = 0;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, treeRssMb(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) {
    console.error(output);
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${code}`);
  }
  return { output, peakRssMb };
}

/** One build; cold (output and caches removed first) unless `warm`. */
async function build(project: Project, contentDir: string, { warm = false } = {}): Promise<BuildFigures> {
  const { dir, distDir } = projects[project];
  if (!warm) fs.rmSync(path.join(dir, distDir), { recursive: true, force: true });
  // Read back below for this build's phases.
  fs.rmSync(path.join(dir, distDir, 'trace'), { force: true });
  const env = { ...process.env, GLOSSARY_CONTENT_DIR: contentDir, GLOSSARY_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  let output = '';
  let peakRssMb = 0;
  for (const [command, args] of buildCommands(dir)) {
    const step = await run(command, args, env);
    output += step.output;
    peakRssMb = Math.max(peakRssMb, step.peakRssMb);
  }
  const wallSeconds = (performance.now() - started) / 1000;
  fs.mkdirSync('bench/out', { recursive: true });
  fs.writeFileSync(`bench/out/build-${project}-${path.basename(contentDir)}${warm ? '-rebuild' : ''}.log`, output);
  // So bench:weight can serve this build instead of building the same content again.
  fs.writeFileSync(path.join(dir, distDir, BUILT_FROM), contentDir);
  // With worker threads Next prints no page count or time for static generation: its trace
  // file has both phases (microseconds), and its prerender manifest the pages.
  const spans = nextSpans(path.join(dir, distDir, 'trace'));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, distDir, 'prerender-manifest.json'), 'utf8')) as { routes: object };
  // The compile step prints "compiled 2000 entries (2000 rendered, 0 unchanged) → … in 5230 ms".
  const compiled = /compiled \d+ entries .* in (\d+) ms/.exec(output);
  return {
    wallSeconds,
    peakRssMb,
    pages: Object.keys(manifest.routes).length,
    turbopackSeconds: spans.get('run-turbopack') ?? 0,
    generateSeconds: spans.get('static-generation') ?? 0,
    compileSeconds: compiled ? Number(compiled[1]) / 1000 : 0,
  };
}

/** The longest span of each name in a Next.js trace file, in seconds. */
function nextSpans(file: string): Map<string, number> {
  const spans = new Map<string, number>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const { name, duration } of JSON.parse(line) as { name: string; duration: number }[]) {
      spans.set(name, Math.max(spans.get(name) ?? 0, duration / 1e6));
    }
  }
  return spans;
}
/** Appends a sentence to one entry, builds again on the warm caches, and puts the entry back. */
async function rebuildAfterOneEdit(contentDir: string): Promise<BuildFigures> {
  const edited = path.join(contentDir, fs.readdirSync(contentDir).sort()[0]!, 'it.md');
  const original = fs.readFileSync(edited, 'utf8');
  fs.appendFileSync(edited, '\nUna frase aggiunta da bench:build.\n');
  try {
    return await build('glossary', contentDir, { warm: true });
  } finally {
    fs.writeFileSync(edited, original);
  }
}

const rows: string[] = [];
const rebuilds: string[] = [];
const phases: string[] = [];
const phaseRow = (size: number, build: string, figures: BuildFigures) => {
  const other = figures.wallSeconds - figures.compileSeconds - figures.turbopackSeconds - figures.generateSeconds;
  phases.push(
    `| ${size.toLocaleString('en')} | ${build} | ${figures.wallSeconds.toFixed(1)} | ${figures.compileSeconds.toFixed(1)} | ` +
      `${figures.turbopackSeconds.toFixed(1)} | ${figures.generateSeconds.toFixed(1)} | ${other.toFixed(1)} |`,
  );
};
const results = new Map<string, BuildFigures>();
for (const size of sizes) {
  const contentDir = ensureGeneratedContent(size);
  for (const project of Object.keys(projects) as Project[]) {
    const figures = await build(project, contentDir);
    results.set(`${project}:${size}`, figures);
    console.log(
      `${size} terms, ${project}: ${figures.wallSeconds.toFixed(1)} s, peak RSS ${figures.peakRssMb.toFixed(0)} MB, ${figures.pages} pages`,
    );
  }
  const ours = results.get(`glossary:${size}`)!;
  const floor = results.get(`floor:${size}`)!;
  const rebuilt = await rebuildAfterOneEdit(contentDir);
  phaseRow(size, 'glossary, cold', ours);
  phaseRow(size, 'glossary, after one edit', rebuilt);
  phaseRow(size, 'floor, cold', floor);
  console.log(
    `${size} terms, glossary after one edit: ${rebuilt.wallSeconds.toFixed(1)} s (compile ${rebuilt.compileSeconds.toFixed(1)} s), ` +
      `${(rebuilt.wallSeconds / ours.wallSeconds).toFixed(2)} of the cold build`,
  );
  rebuilds.push(
    `| ${size.toLocaleString('en')} | ${ours.wallSeconds.toFixed(1)} | ${ours.compileSeconds.toFixed(1)} | ${rebuilt.wallSeconds.toFixed(1)} | ` +
      `${rebuilt.compileSeconds.toFixed(1)} | **${(rebuilt.wallSeconds / ours.wallSeconds).toFixed(2)}** |`,
  );
  rows.push(
    `| ${size.toLocaleString('en')} | ${ours.wallSeconds.toFixed(1)} | ${floor.wallSeconds.toFixed(1)} | ` +
      `**${(ours.wallSeconds / floor.wallSeconds).toFixed(2)}** | ${ours.peakRssMb.toFixed(0)} | ${floor.peakRssMb.toFixed(0)} | ` +
      `${ours.pages} | ${floor.pages} | ${ours.generateSeconds.toFixed(1)} | ${floor.generateSeconds.toFixed(1)} |`,
  );
}

console.log('\n| terms × 2 | ours s | floor s | ours/floor | ours peak RSS MB | floor peak RSS MB | ours pages | floor pages | ours static generation s | floor static generation s |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log('\n| terms × 2 | build | wall s | compile step s | Turbopack s | static generation s | rest s (start-up, page data, finalizing) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(phases.join('\n'));
console.log('\n| terms × 2 | cold build s | of which compile s | rebuild after one edit s | of which compile s | rebuild/cold |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(rebuilds.join('\n'));
for (const project of Object.keys(projects) as Project[]) {
  const growth = sizes.slice(1).map((size, i) => {
    const before = results.get(`${project}:${sizes[i]}`)!;
    const after = results.get(`${project}:${size}`)!;
    return `${sizes[i]}→${size} terms: ${(after.wallSeconds / before.wallSeconds).toFixed(2)}× the time for ${(size / sizes[i]!).toFixed(0)}× the terms`;
  });
  if (growth.length > 0) console.log(`${project}: ${growth.join('; ')}`);
}
