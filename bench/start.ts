// npm run bench:start -- [n]   (default 10000)
// What a freshly started server costs at n generated terms × 2 languages: for each kind of
// request (index, term page, alias redirect through the proxy, letter page, search), a new
// `next start`, the time until it listens, its very first request and the same request
// again. Also the proxy's bundle: its size and whether it holds the content pipeline.
// Serves .next-bench, built from that content by bench:build or here.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureGeneratedContent } from './generated';
import { builtFrom, startServer } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 3600);
const count = Number(process.argv[2] ?? 10_000);
const DIST = '.next-bench';
const root = ensureGeneratedContent(count);

/** The proxy's compiled code: the chunks its entry file loads. */
function proxyBundle(): { files: number; bytes: number; gzip: number; forbidden: string[] } {
  const server = path.join(DIST, 'server');
  const entry = fs.readFileSync(path.join(server, 'middleware.js'), 'utf8');
  const chunks = [...entry.matchAll(/R\.c\("server\/([^"]+)"\)/g)].map((match) => path.join(server, match[1]!));
  const code = Buffer.concat([Buffer.from(entry), ...chunks.map((file) => fs.readFileSync(file))]);
  const text = code.toString();
  // Next's own runtime in the bundle reads files (its caches); the content pipeline must not be there.
  const forbidden = ['micromark', 'remark-html', 'gray-matter', 'js-yaml', 'zod', 'readTermSources'].filter((name) => text.includes(name));
  return { files: chunks.length + 1, bytes: code.length, gzip: gzipSync(code).length, forbidden };
}

async function timed(base: string, pagePath: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(base + pagePath, { redirect: 'manual' });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

const env = { GLOSSARY_CONTENT_DIR: root, GLOSSARY_DIST_DIR: DIST };
// Built once if needed; every measurement below starts a server of its own.
(await startServer(PORT, { env, rebuild: !builtFrom('.', DIST, root) })).stop();
await new Promise((resolve) => setTimeout(resolve, 500));
const compiled = path.join('.glossary', DIST.slice(1));
const catalog = JSON.parse(fs.readFileSync(path.join(compiled, 'catalog.json'), 'utf8'));
const term = catalog.locales.it.terms[Math.floor(catalog.locales.it.terms.length / 2)];
const alias = Object.keys(JSON.parse(fs.readFileSync(path.join(compiled, 'redirects.json'), 'utf8')))[0]!;
const paths = [
  ['index', '/it'],
  ['term page', term.href],
  ['alias (proxy 308)', alias],
  ['letter page', '/it/glossario/lettera/m'],
  ['search', '/it/cerca?q=valore'],
] as const;
const rows: string[] = [];
for (const [label, pagePath] of paths) {
  const server = await startServer(PORT, { env });
  try {
    const first = await timed(server.base, pagePath);
    const again = await timed(server.base, pagePath);
    rows.push(`| ${label} | ${pagePath.slice(0, 40)} | ${first.status} | ${server.readyMs.toFixed(0)} | ${first.ms.toFixed(1)} | ${again.ms.toFixed(1)} |`);
  } finally {
    server.stop();
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const bundle = proxyBundle();
console.log(`${count} terms × 2 languages, a new next start of ${DIST} for each row`);
console.log('| first request | path | status | listening after ms | first request ms | second request ms |\n| --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(
  `\nproxy bundle: ${bundle.files} files, ${(bundle.bytes / 1024).toFixed(1)} KB (${(bundle.gzip / 1024).toFixed(1)} KB gzip); ` +
    `contains ${bundle.forbidden.length ? bundle.forbidden.join(', ') : 'none of the content pipeline (micromark, remark-html, gray-matter, js-yaml, zod, the file reader)'}`,
);
