import { useTranslations } from 'next-intl';
import type { TermSummary } from '@/lib/glossary';

interface Props {
  previous?: TermSummary;
  next?: TermSummary;
}

export function PrevNext({ previous, next }: Props) {
  const t = useTranslations('PrevNext');
  if (!previous && !next) return null;
  return (
    <nav className="prev-next" aria-label={t('label')}>
      {previous && (
        <a href={previous.href} rel="prev" className="prev">
          <span className="prev-next-label">{t('previous')}</span>
          <span className="prev-next-title">{previous.title}</span>
        </a>
      )}
      {next && (
        <a href={next.href} rel="next" className="next">
          <span className="prev-next-label">{t('next')}</span>
          <span className="prev-next-title">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
