import { useTranslations } from 'next-intl';
import type { TocNode } from '@/lib/toc';
import { TocTracker } from './TocTracker';

interface Props {
  items: TocNode[];
}

function TocList({ items }: Props) {
  return (
    <ol>
      {items.map((item) => (
        <li key={item.id}>
          <a href={`#${item.id}`}>{item.text}</a>
          {item.children.length > 0 && <TocList items={item.children} />}
        </li>
      ))}
    </ol>
  );
}

/** Server-rendered contents: plain links, so it works before and without JavaScript. */
export function TableOfContents({ items }: Props) {
  const t = useTranslations('TableOfContents');
  if (items.length === 0) return null;
  return (
    <nav className="toc" id="toc" aria-label={t('title')}>
      <details open>
        <summary>{t('title')}</summary>
        <TocList items={items} />
      </details>
      <TocTracker tocId="toc" />
    </nav>
  );
}
