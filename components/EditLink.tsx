import { useTranslations } from 'next-intl';

interface Props {
  /** The configured pattern (EDIT_URL) with {id} and {locale} filled in by editLinkFor. */
  href: string;
}

export function EditLink({ href }: Props) {
  const t = useTranslations('EditLink');
  return (
    <p className="edit-link">
      <a href={href}>{t('label')}</a>
    </p>
  );
}

/** The edit address of one entry, or nothing when no pattern is configured. */
export function editLinkFor(pattern: string | undefined, id: string, locale: string): string | undefined {
  if (!pattern) return undefined;
  return pattern.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{locale}', encodeURIComponent(locale));
}
