import { useTranslations } from 'next-intl';
import { LOCALE_COOKIE, type Locale } from '@/i18n/routing';
import type { LanguageOption } from '@/lib/languages';
import { LanguageLink } from './LanguageLink';

interface Props {
  options: LanguageOption[];
}

/** Each language is named in its own language, so a reader who cannot read this page still finds theirs. */
function autonym(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function LanguageSwitch({ options }: Props) {
  const t = useTranslations('LanguageSwitch');
  const languages = useTranslations('Languages');
  return (
    <nav className="language-switch" aria-label={t('label')}>
      <ul>
        {options.map(({ locale, href, translated }) => (
          <li key={locale}>
            <LanguageLink href={href} locale={locale} cookie={LOCALE_COOKIE}>
              {autonym(locale)}
            </LanguageLink>
            <span className="visually-hidden">
              {translated
                ? ` (${t('switchTo', { language: languages(locale) })})`
                : ` (${t('untranslated', { language: languages(locale) })})`}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
