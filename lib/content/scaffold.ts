import type { Locale } from '@/i18n/routing';
import { aliasSlug } from './catalog';

const PLACEHOLDER: Record<Locale, { description: (title: string) => string; body: string }> = {
  it: {
    description: (title) => `Da scrivere: una frase semplice che spiega che cosa significa ${title} per chi legge.`,
    body: 'Scrivi qui la voce. Usa ## per le sezioni e collega gli altri termini con `[testo](../id-del-termine)`.',
  },
  en: {
    description: (title) => `To be written: one plain sentence that explains what ${title} means to a reader.`,
    body: 'Write the entry here. Use ## for sections and link other terms with `[text](../term-id)`.',
  },
};

/** The term id and slug a title gets: "Net Revenue Retention" → "net-revenue-retention". */
export function termIdFor(title: string): string {
  return aliasSlug(title);
}

/** A new entry that passes validation, so the editor starts from a working preview. */
export function scaffoldEntry(locale: Locale, title: string, today: string): string {
  const copy = PLACEHOLDER[locale];
  const description = copy.description(title).slice(0, 160);
  return `---
title: ${JSON.stringify(title)}
slug: ${termIdFor(title)}
description: ${JSON.stringify(description)}
aliases: []
related: []
updated: ${today}
---

${copy.body}
`;
}
