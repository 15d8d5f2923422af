import { useTranslations } from 'next-intl';

interface Props {
  indexHref: string;
  current: string;
}

export function Breadcrumbs({ indexHref, current }: Props) {
  const t = useTranslations('Breadcrumbs');
  return (
    <nav className="breadcrumbs" aria-label={t('label')}>
      <ol>
        <li>
          <a href={indexHref}>{t('glossary')}</a>
        </li>
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
