import { useTranslations } from 'next-intl';

export function SkipLink() {
  const t = useTranslations('SkipLink');
  return (
    <a className="skip-link" href="#main">
      {t('label')}
    </a>
  );
}
