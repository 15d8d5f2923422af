import { describe, expect, it } from 'vitest';
import { annualChurnFromMonthly, customerChurnRate, netRevenueChurn, revenueChurn } from '@/lib/formulas/saas';
import { search } from '@/lib/search';
import { glossaryOf } from '../compiled';
import { entryText, figure } from './entry';

const getSearchIndex = (locale: 'it' | 'en') => glossaryOf('content').searchIndex(locale);

// Orbita's January, the month after the MRR and ARR examples.
const january = { startingMrr: 100000, churned: 2000, contraction: 500, expansion: 3000 };
const percent = (fraction: number) => Number((fraction * 100).toFixed(1));
/** The figure without the bold markers around it, so its sign is read. */
const bare = (written: string) => written.replaceAll('*', '');

describe('churn rate worked example', () => {
  it.each([
    ['it', '10 ÷ 500 = **2%**', 'del 98%'],
    ['en', '10 ÷ 500 = **2%**', '98% customer retention'],
  ] as const)('states the customer churn and retention the formula gives (%s)', (locale, churn, retention) => {
    const text = entryText('churn-rate', locale);
    expect(text).toContain(churn);
    expect(text).toContain(retention);
    const rate = customerChurnRate({ customersAtStart: 500, customersLost: 10 });
    expect(figure(churn.split('=')[1]!, locale)).toBe(percent(rate));
    expect(figure(retention, locale)).toBe(percent(1 - rate));
  });

  it.each([
    ['it', '**2,5%**', '**−0,5%**'],
    ['en', '**2.5%**', '**−0.5%**'],
  ] as const)('states gross and net revenue churn (%s)', (locale, gross, net) => {
    const text = entryText('churn-rate', locale);
    expect(text).toContain(gross);
    expect(text).toContain(net);
    expect(figure(gross, locale)).toBe(percent(revenueChurn(january)));
    expect(figure(bare(net), locale)).toBe(percent(netRevenueChurn(january)));
  });

  it.each([
    ['it', '**21,5%**'],
    ['en', '**21.5%**'],
  ] as const)('states the annual churn that 2%% a month compounds to (%s)', (locale, annual) => {
    expect(entryText('churn-rate', locale)).toContain(annual);
    const monthly = customerChurnRate({ customersAtStart: 500, customersLost: 10 });
    expect(figure(annual, locale)).toBe(percent(annualChurnFromMonthly(monthly)));
  });

  it.each(['it', 'en'] as const)('is what a reader searching "churn rate formula" finds first (%s)', (locale) => {
    expect(search(getSearchIndex(locale), 'churn rate formula').hits[0]?.id).toBe('churn-rate');
    expect(search(getSearchIndex(locale), 'formula churn').hits[0]?.id).toBe('churn-rate');
  });
});
