import { useTranslations } from 'next-intl';
import type { TermSummary } from '@/lib/glossary';

interface Props {
  terms: TermSummary[];
}

export function RelatedTerms({ terms }: Props) {
  const t = useTranslations('RelatedTerms');
  if (terms.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related">
      <h2 id="related">{t('title')}</h2>
      <ul>
        {terms.map((term) => (
          <li key={term.id}>
            <a href={term.href}>{term.title}</a>
            <p>{term.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
