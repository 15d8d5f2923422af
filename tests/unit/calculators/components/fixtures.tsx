import { NextIntlClientProvider } from 'next-intl';
import { CommissionCalculator } from '@/components/calculators/CommissionCalculator';
import { EnpsCalculator } from '@/components/calculators/EnpsCalculator';
import { TurnoverCalculator } from '@/components/calculators/TurnoverCalculator';
import en from '@/messages/en.json';
import it from '@/messages/it.json';

/** Each calculator with the parameters of a submitted form, as a result page renders it. */
export const submitted = [
  ['EnpsCalculator', EnpsCalculator, { promoters: '36', passives: '28', detractors: '16' }, 'eNPS+25'],
  ['TurnoverCalculator', TurnoverCalculator, { leavers: '5', start: '197', end: '203', months: '3' }, 'Tasso annualizzato10%'],
  ['CommissionCalculator', CommissionCalculator, { quota: '400.000', attained: '500.000', rate: '5', t1from: '100', t1mult: '1,5' }, 'Provvigione27.500\u00a0€'],
] as const;

export type Calculator = (typeof submitted)[number][1];

/** The page's tree: the provider with the language's messages, then the calculator. */
export function page(Component: Calculator, initial: Record<string, string>, locale: 'it' | 'en' = 'it') {
  return (
    <NextIntlClientProvider locale={locale} messages={locale === 'it' ? it : en} timeZone="UTC">
      <Component locale={locale} action="/risultato" initial={initial} />
    </NextIntlClientProvider>
  );
}
