import type { Locale } from '@/i18n/routing';
import { CALCULATORS } from '../calculators';
import { LAYOUT_IDS, resolverOf, type ResolutionTable } from './catalog';
import { renderMarkdown, type RenderedBody } from './markdown';

/** What rendering any body of one compile needs besides its text: plain data, for worker threads too. */
export interface RenderSettings {
  origin: string;
  tables: Record<Locale, ResolutionTable>;
}

export interface RenderJob {
  body: string;
  locale: Locale;
}

/** Renders one body the way every compile does, wherever it runs. */
export function renderJob({ body, locale }: RenderJob, { origin, tables }: RenderSettings): RenderedBody {
  return renderMarkdown(body, {
    reservedIds: LAYOUT_IDS,
    resolveTerm: resolverOf(tables[locale]),
    origin,
    calculators: Object.keys(CALCULATORS),
  });
}
