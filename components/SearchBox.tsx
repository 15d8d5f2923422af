import { useTranslations } from 'next-intl';

interface Props {
  action: string;
  defaultValue?: string;
}

/** A plain GET form: search works with JavaScript off. */
export function SearchBox({ action, defaultValue }: Props) {
  const t = useTranslations('SearchBox');
  return (
    <form className="search-box" role="search" action={action} method="get">
      <label htmlFor="search">{t('label')}</label>
      <div className="search-row">
        <input
          id="search"
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder={t('placeholder')}
          autoComplete="off"
          maxLength={200}
        />
        <button type="submit">{t('submit')}</button>
      </div>
    </form>
  );
}
