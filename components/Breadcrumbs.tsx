import { useTranslations } from 'next-intl';

interface Props {
  indexHref: string;
  /** Pages between the index and this one (a calculator's term). */
  trail?: { href: string; label: string }[];
  current: string;
}

export function Breadcrumbs({ indexHref, trail = [], current }: Props) {
  const t = useTranslations('Breadcrumbs');
  return (
    <nav className="breadcrumbs" aria-label={t('label')}>
      <ol>
        <li>
          <a href={indexHref}>{t('glossary')}</a>
        </li>
        {trail.map(({ href, label }) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
