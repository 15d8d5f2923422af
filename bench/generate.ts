// npm run bench:generate -- <n>
// Writes n synthetic terms in both languages to bench/content/<n>/ (never content/).
// Point the build, the checks and the server at it with GLOSSARY_CONTENT_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { generatedContentDir } from './generated';
import { syntheticTerms } from './synthetic';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1) {
  console.error('Usage: npm run bench:generate -- <number of terms>');
  process.exit(2);
}
const root = generatedContentDir(count);
fs.rmSync(root, { recursive: true, force: true });

const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
const yamlList = (items: string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;

for (const [i, term] of syntheticTerms(count).entries()) {
  fs.mkdirSync(path.join(root, term.id), { recursive: true });
  for (const locale of ['it', 'en'] as const) {
    const entry = term[locale];
    const file = `---
title: ${JSON.stringify(entry.title)}
slug: ${entry.slug}
description: ${JSON.stringify(entry.description)}
aliases: ${yamlList(entry.aliases)}
related: ${yamlList(term.related)}
category: revenue
updated: ${day(i)}
---

${entry.body}
`;
    fs.writeFileSync(path.join(root, term.id, `${locale}.md`), file);
  }
}
console.log(`wrote ${count} terms × 2 languages to ${path.relative(process.cwd(), root)}`);
console.log(`use it with: GLOSSARY_CONTENT_DIR=${path.relative(process.cwd(), root)} npm run build`);
