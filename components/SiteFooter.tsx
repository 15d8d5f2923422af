import { useTranslations } from 'next-intl';

interface Props {
  indexHref: string;
}

export function SiteFooter({ indexHref }: Props) {
  const t = useTranslations('Footer');
  const site = useTranslations('Site');
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <strong>{site('name')}</strong> — {t('about')}
        </p>
        <p>
          <a href={indexHref}>{t('index')}</a>
        </p>
      </div>
    </footer>
  );
}
