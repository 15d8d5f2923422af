import { describe, expect, it } from 'vitest';
import { cacPaybackMonths, customerAcquisitionCost } from '@/lib/formulas/saas';
import { entryText, figure } from './entry';

// Orbita's first quarter: spend by item, customers won, and the ARPA and margin of the other entries.
const spendItems = { it: ['110.000 €', '55.000 €', '15.000 €'], en: ['€110,000', '€55,000', '€15,000'] };
const newCustomers = 90;
const arpa = 200;
const grossMargin = 0.8;

describe('customer acquisition cost worked example', () => {
  it.each([
    ['it', '**180.000 €**', '**2.000 €**'],
    ['en', '**€180,000**', '**€2,000**'],
  ] as const)('states the spend and the CAC the formula gives (%s)', (locale, total, cac) => {
    const text = entryText('customer-acquisition-cost', locale);
    for (const written of [...spendItems[locale], total, cac]) expect(text).toContain(written);
    const spend = spendItems[locale].reduce((sum, item) => sum + figure(item, locale), 0);
    expect(figure(total, locale)).toBe(spend);
    expect(figure(cac, locale)).toBe(customerAcquisitionCost({ salesAndMarketingSpend: spend, newCustomers }));
  });

  it.each([
    ['it', '160 €', '**12,5 mesi**', 'verrebbe 10 mesi'],
    ['en', '€160', '**12.5 months**', 'would be 10 months'],
  ] as const)('states the CAC payback, with and without margin (%s)', (locale, profit, payback, revenueOnly) => {
    const text = entryText('customer-acquisition-cost', locale);
    for (const written of [profit, payback, revenueOnly]) expect(text).toContain(written);
    const cac = customerAcquisitionCost({ salesAndMarketingSpend: 180000, newCustomers });
    expect(cac / figure(profit, locale)).toBe(cacPaybackMonths({ cac, monthlyRevenuePerCustomer: arpa, grossMargin }));
    expect(figure(payback, locale)).toBe(cacPaybackMonths({ cac, monthlyRevenuePerCustomer: arpa, grossMargin }));
    expect(figure(revenueOnly, locale)).toBe(cacPaybackMonths({ cac, monthlyRevenuePerCustomer: arpa, grossMargin: 1 }));
  });
});
