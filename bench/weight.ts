// npm run bench:weight — bytes of HTML and JavaScript, raw and gzipped, for the index, the
// longest real term page, a search page and the 404 page, served by `next start`.
import { gzipSync } from 'node:zlib';
import { startServer } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 3500);
const PAGES = ['/it', '/it/glossario/revenue-operations', '/en/glossary/revenue-operations', '/it/cerca?q=revops', '/it/glossario/non-esiste'];

const { base, stop } = await startServer(PORT);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows: string[] = [];
try {
  for (const path of PAGES) {
    const html = Buffer.from(await (await fetch(base + path)).arrayBuffer());
    // noModule scripts are polyfills that modern browsers never download.
    const scripts = [...html.toString().matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)]
      .filter((match) => !/noModule/i.test(match[1]! + match[3]!))
      .map((match) => match[2]!);
    let jsRaw = 0;
    let jsGzip = 0;
    for (const src of new Set(scripts)) {
      const js = Buffer.from(await (await fetch(base + src)).arrayBuffer());
      jsRaw += js.length;
      jsGzip += gzipSync(js).length;
    }
    rows.push(`| ${path} | ${kb(html.length)} | ${kb(gzipSync(html).length)} | ${new Set(scripts).size} | ${kb(jsRaw)} | ${kb(jsGzip)} |`);
  }
} finally {
  stop();
}
console.log('| page | HTML KB | HTML KB gzip | scripts | JS KB | JS KB gzip |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
