import { getRequestConfig } from 'next-intl/server';
import { messages } from './messages';
import { isLocale, routing } from './routing';

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // An explicit locale (getTranslations({locale})) must not touch the request, or pages lose static rendering.
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: 'UTC', messages: messages[locale] };
});
