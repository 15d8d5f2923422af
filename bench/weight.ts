// npm run bench:weight            the real content, against the floor project (bench/floor)
// npm run bench:weight -- 10000   generated content: every list page, a term, search, 404
// Bytes of HTML and of JavaScript each page makes the browser download from `next start`
// of a production build, raw and gzipped (level 6). Scale runs serve .next-bench, built
// from that content by bench:build or here.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureGeneratedContent } from './generated';
import { builtFrom, startServer } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 3500);
const size = process.argv[2] ? Number(process.argv[2]) : undefined;

interface Weight {
  path: string;
  html: number;
  htmlGzip: number;
  scripts: number;
  js: number;
  jsGzip: number;
}

async function weigh(base: string, pagePath: string): Promise<Weight> {
  const html = Buffer.from(await (await fetch(base + pagePath)).arrayBuffer());
  // noModule scripts are polyfills that modern browsers never download.
  const scripts = new Set(
    [...html.toString().matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)]
      .filter((match) => !/noModule/i.test(match[1]! + match[3]!))
      .map((match) => match[2]!),
  );
  let js = 0;
  let jsGzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(base + src)).arrayBuffer());
    js += body.length;
    jsGzip += gzipSync(body).length;
  }
  return { path: pagePath, html: html.length, htmlGzip: gzipSync(html).length, scripts: scripts.size, js, jsGzip };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const row = (w: Weight, label = w.path) =>
  `| ${label} | ${kb(w.html)} | ${kb(w.htmlGzip)} | ${w.scripts} | ${kb(w.js)} | ${kb(w.jsGzip)} |`;
const header = '| page | HTML KB | HTML KB gzip | scripts | JS KB | JS KB gzip |\n| --- | --- | --- | --- | --- | --- |';

/** Our pages and the floor's page for the same (longest) entry, then the differences. */
async function againstFloor() {
  const ours = await startServer(PORT);
  const pages: Weight[] = [];
  try {
    for (const pagePath of ['/it', '/it/glossario/revenue-operations', '/en/glossary/revenue-operations', '/it/cerca?q=revops', '/it/glossario/non-esiste']) {
      pages.push(await weigh(ours.base, pagePath));
    }
  } finally {
    ours.stop();
  }
  const floorServer = await startServer(PORT + 1, {
    project: 'bench/floor',
    env: { GLOSSARY_CONTENT_DIR: path.resolve('content') },
    rebuild: true,
  });
  let floor: Weight;
  try {
    floor = await weigh(floorServer.base, '/it/revenue-operations');
  } finally {
    floorServer.stop();
  }
  const term = pages[1]!;
  console.log(header);
  console.log(pages.map((page) => row(page)).join('\n'));
  console.log(row(floor, `floor: ${floor.path}`));
  console.log(`\nterm page vs floor: JavaScript +${kb(term.jsGzip - floor.jsGzip)} KB gzip, HTML +${kb(term.htmlGzip - floor.htmlGzip)} KB gzip`);
}

/** Every index and letter page of a generated glossary, plus a term, a broad search and the 404. */
async function atScale(count: number) {
  const root = ensureGeneratedContent(count);
  // bench:build leaves its last build of this content in .next-bench; otherwise build it.
  const server = await startServer(PORT, {
    env: { GLOSSARY_CONTENT_DIR: root, GLOSSARY_DIST_DIR: '.next-bench' },
    rebuild: !builtFrom('.', '.next-bench', root),
  });
  const pages: Weight[] = [];
  try {
    const sitemap = await (await fetch(`${server.base}/sitemap.xml`)).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const lists = urls.filter((url) => /^\/(it|en)$|\/(lettera|letter)\//.test(url));
    const term = urls.find((url) => /^\/it\/glossario\/(?!lettera\/)/.test(url))!;
    // "valore" is in every generated Italian body: the search page at its fullest.
    for (const pagePath of [...lists, term, '/it/cerca?q=valore', '/it/glossario/non-esiste']) {
      pages.push(await weigh(server.base, pagePath));
    }
  } finally {
    server.stop();
  }
  const heaviest = [...pages].sort((a, b) => b.htmlGzip - a.htmlGzip);
  console.log(`${count} terms × 2 languages: ${pages.length} pages weighed (every index and letter page, a term, a search, the 404)`);
  console.log(header);
  console.log(heaviest.slice(0, 8).map((page) => row(page)).join('\n'));
  console.log(`\nheaviest HTML: ${heaviest[0]!.path} at ${kb(heaviest[0]!.htmlGzip)} KB gzip (target: every page under 100 KB)`);
}

if (size === undefined) await againstFloor();
else await atScale(size);
