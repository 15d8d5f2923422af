import { render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement } from 'react';
import en from '@/messages/en.json';
import it from '@/messages/it.json';

/** Renders a component with the real messages of a language, as the site does. */
export function renderWithIntl(ui: ReactElement, locale: 'it' | 'en' = 'it') {
  return render(
    <NextIntlClientProvider locale={locale} messages={locale === 'it' ? it : en} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
  );
}
