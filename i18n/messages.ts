import en from '../messages/en.json';
import it from '../messages/it.json';
import type { Locale } from './routing';

/**
 * Every language's messages, imported statically: a dynamic import() per page cost the
 * build about 5 ms for each page it rendered (bench:build), and the 404 page, whose
 * markup Next embeds in every page, needs two languages.
 */
export const messages: Record<Locale, typeof it> = { it, en };
