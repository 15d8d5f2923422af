'use client';

import { useParams } from 'next/navigation';
import { ErrorView } from '@/components/ErrorView';
import { isLocale, routing } from '@/i18n/routing';

// A page that fails while being served keeps the site's frame and the reader's language
// (its messages come from the layout's provider); never Next.js's default screen.
export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  return <ErrorView indexHref={`/${isLocale(locale) ? locale : routing.defaultLocale}`} onRetry={reset} />;
}
