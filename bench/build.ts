// npm run bench:build -- [sizes…]   (default: 100 1000 10000)
// Builds the glossary and the bare floor project (bench/floor) on the same generated
// content, n terms × 2 languages, and prints wall time, peak memory of the whole build
// process tree and pages generated, then ours/floor. Generates missing content first.
// The glossary builds into .next-bench, so its own .next is left alone.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureGeneratedContent } from './generated';
import { treeRssMb } from './process-tree';
import { BUILT_FROM } from './server';

interface BuildFigures {
  wallSeconds: number;
  peakRssMb: number;
  pages: number;
  generateSeconds: number;
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

/** One cold `next build`: output and caches removed first, memory sampled every 100 ms. */
async function build(project: Project, contentDir: string): Promise<BuildFigures> {
  const { dir, distDir } = projects[project];
  fs.rmSync(path.join(dir, distDir), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn('node', ['node_modules/next/dist/bin/next', 'build', dir], {
    env: { ...process.env, GLOSSARY_CONTENT_DIR: contentDir, GLOSSARY_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakRssMb = 0;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, treeRssMb(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.error(output);
    throw new Error(`${project} build failed with exit code ${code}`);
  }
  fs.mkdirSync('bench/out', { recursive: true });
  fs.writeFileSync(`bench/out/build-${project}-${path.basename(contentDir)}.log`, output);
  // So bench:weight can serve this build instead of building the same content again.
  fs.writeFileSync(path.join(dir, distDir, BUILT_FROM), contentDir);
  // Next prints "Generating static pages using 1 worker (2002/2002) in 31.1s" (or 650ms, 7.2min).
  const generated = /Generating static pages[^(]*\((\d+)\/\d+\) in ([\d.]+)(ms|s|min)/.exec(output);
  if (!generated) throw new Error(`${project}: no page count in the build output (bench/out/build-${project}-*.log)`);
  const generateSeconds = Number(generated[2]) * { ms: 0.001, s: 1, min: 60 }[generated[3] as 'ms' | 's' | 'min'];
  return { wallSeconds, peakRssMb, pages: Number(generated[1]), generateSeconds };
}

const rows: string[] = [];
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
  rows.push(
    `| ${size.toLocaleString('en')} | ${ours.wallSeconds.toFixed(1)} | ${floor.wallSeconds.toFixed(1)} | ` +
      `**${(ours.wallSeconds / floor.wallSeconds).toFixed(2)}** | ${ours.peakRssMb.toFixed(0)} | ${floor.peakRssMb.toFixed(0)} | ` +
      `${ours.pages} | ${floor.pages} | ${ours.generateSeconds.toFixed(1)} | ${floor.generateSeconds.toFixed(1)} |`,
  );
}

console.log('\n| terms × 2 | ours s | floor s | ours/floor | ours peak RSS MB | floor peak RSS MB | ours pages | floor pages | ours static generation s | floor static generation s |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
for (const project of Object.keys(projects) as Project[]) {
  const growth = sizes.slice(1).map((size, i) => {
    const before = results.get(`${project}:${sizes[i]}`)!;
    const after = results.get(`${project}:${size}`)!;
    return `${sizes[i]}→${size} terms: ${(after.wallSeconds / before.wallSeconds).toFixed(2)}× the time for ${(size / sizes[i]!).toFixed(0)}× the terms`;
  });
  if (growth.length > 0) console.log(`${project}: ${growth.join('; ')}`);
}
