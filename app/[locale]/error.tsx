'use client';

import { useParams } from 'next/navigation';
import { ErrorView } from '@/components/ErrorView';
import { isLocale, routing } from '@/i18n/routing';

// A page that fails while being served keeps the site's frame and the reader's language
// (its messages come from the layout's provider); never Next.js's default screen.
export default function LocaleError({ error, reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  // In a preview the editor needs the problem itself (e.g. which content file is broken);
  // a built site's messages are generic, so readers never see internals.
  const details = process.env.NODE_ENV === 'development' ? error.message : undefined;
  return <ErrorView indexHref={`/${isLocale(locale) ? locale : routing.defaultLocale}`} onRetry={reset} details={details} />;
}
