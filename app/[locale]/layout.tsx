import { NextIntlClientProvider } from 'next-intl';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { messages } from '@/i18n/messages';
import { isLocale, routing } from '@/i18n/routing';

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body>
        {/* Only what every page's client parts need reaches the browser; pages pass their own. */}
        <NextIntlClientProvider messages={clientMessages(locale)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}

/** The header's search field and the error page, on every page; pages add their own. */
function clientMessages(locale: keyof typeof messages) {
  const { ErrorPage, Site, SkipLink, HeaderSearch } = messages[locale];
  return { ErrorPage, Site, SkipLink, HeaderSearch };
}
