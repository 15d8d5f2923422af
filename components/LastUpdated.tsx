import { useFormatter, useTranslations } from 'next-intl';

interface Props {
  /** `YYYY-MM-DD` */
  date: string;
}

export function LastUpdated({ date }: Props) {
  const t = useTranslations('TermPage');
  const format = useFormatter();
  const formatted = format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <p className="last-updated">
      {t.rich('lastUpdated', {
        date: formatted,
        time: (chunks) => <time dateTime={date}>{chunks}</time>,
      })}
    </p>
  );
}
