// npm run new-term -- "Net Revenue Retention"
// Creates content/<id>/<locale>.md for every language, refusing to overwrite anything.
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { contentRoot } from '@/lib/content/config';
import { scaffoldEntry, termIdFor } from '@/lib/content/scaffold';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Usage: npm run new-term -- "Title of the term"');
  process.exit(2);
}
const id = termIdFor(title);
if (!id) {
  console.error(`Cannot make a term id from "${title}": use letters or digits.`);
  process.exit(2);
}
const folder = path.join(contentRoot(), id);
if (fs.existsSync(folder)) {
  console.error(`${path.relative(process.cwd(), folder)} already exists; nothing was written. Edit the files there instead.`);
  process.exit(1);
}
fs.mkdirSync(folder, { recursive: true });
const today = new Date().toISOString().slice(0, 10);
for (const locale of routing.locales) {
  const file = path.join(folder, `${locale}.md`);
  fs.writeFileSync(file, scaffoldEntry(locale, title, today), { flag: 'wx' });
  console.log(`created ${path.relative(process.cwd(), file)}`);
}
console.log(
  `\nNext: write the description and the body in each file (the English slug may differ), ` +
    `then run npm run content:check and preview with npm run dev.`,
);
