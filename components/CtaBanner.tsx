import { useTranslations } from 'next-intl';

interface Props {
  href: string;
}

/** The sponsor's call to action; copy in messages (`CtaBanner`), target in site config. */
export function CtaBanner({ href }: Props) {
  const t = useTranslations('CtaBanner');
  return (
    <aside className="cta-banner" aria-labelledby="cta-title">
      <p className="cta-title" id="cta-title">
        {t('title')}
      </p>
      <p>{t('body')}</p>
      <a className="cta-action" href={href}>
        {t('action')}
      </a>
    </aside>
  );
}
