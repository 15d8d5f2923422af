// node --import tsx bench/suggest.ts [<count>] [--each] — the header's suggestions at scale: the size of
// the suggestion file each language ships (raw and gzipped), the time the browser spends
// once to read it, and the time of every keystroke while typing ordinary and hostile
// queries. Runs in Node; a phone is several times slower. Prints figures; asserts nothing.
import zlib from 'node:zlib';
import { buildSuggestIndex, prepareSuggestIndex, suggest, type SuggestIndex } from '@/lib/search/suggest';
import { adversarialQueries, countArgument, summary } from './stats';
import { syntheticTerms } from './synthetic';

const COUNT = countArgument(10_000);
const TYPED = ['revenue', 'montly rev', 'retnetion', 'alpha 99', 'REMO12', 'net margin sigma', 'qwzx', 'é'];
const ROUNDS = 10;

const terms = syntheticTerms(COUNT);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let file = '';
for (const locale of ['it', 'en'] as const) {
  const entries = terms
    .map((term) => ({ title: term[locale].title, aliases: term[locale].aliases, href: `/${locale}/${locale === 'it' ? 'glossario' : 'glossary'}/${term[locale].slug}` }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
  const json = JSON.stringify(buildSuggestIndex(entries));
  const gzip = zlib.gzipSync(json).length;
  const gzipBest = zlib.gzipSync(json, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(json).length;
  console.log(`suggestion file (${locale}, ${COUNT} terms): ${kb(json.length)} raw · ${kb(gzip)} gzip · ${kb(gzipBest)} gzip -9 · ${kb(brotli)} brotli`);
  if (locale === 'en') file = json;
}

// What the browser does once, after the file arrives on the first focus: parse it, fold the
// names and index their words.
let started = performance.now();
const index = JSON.parse(file) as SuggestIndex;
const parseMs = performance.now() - started;
started = performance.now();
prepareSuggestIndex(index);
const prepareMs = performance.now() - started;
console.log(`once             parse ${parseMs.toFixed(1)} ms · prepare ${prepareMs.toFixed(1)} ms`);

// Every prefix of each query, as the reader types it, then the hostile inputs whole.
const keystrokes: [label: string, text: string][] = [
  ...TYPED.flatMap((query) => [...query].map((_, i): [string, string] => [query, query.slice(0, i + 1)])),
  ...adversarialQueries(),
];
// Untimed rounds first: the figures describe a page whose script is warm, not the JIT compiling.
for (let round = 0; round < 5; round++) for (const [, text] of keystrokes) suggest(index, text);
const byLabel = new Map<string, number[]>();
const all: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const [label, text] of keystrokes) {
    started = performance.now();
    suggest(index, text);
    const ms = performance.now() - started;
    all.push(ms);
    byLabel.set(label, [...(byLabel.get(label) ?? []), ms]);
  }
}
console.log(`keystroke        ${summary(all)}  (${keystrokes.length} inputs × ${ROUNDS} rounds)`);
const adversarial = adversarialQueries().flatMap(([label]) => byLabel.get(label)!);
console.log(`adversarial      ${summary(adversarial)}`);
if (process.argv.includes('--each')) {
  for (const [label, times] of byLabel) {
    const last = keystrokes.filter(([l]) => l === label).at(-1)![1];
    console.log(`  ${label.padEnd(32)} ${summary(times)}  (${suggest(index, last).length} suggestions for the full text)`);
  }
}
