import { describe, expect, it } from 'vitest';
import {
  averageRevenuePerAccount,
  cacPaybackMonths,
  customerAcquisitionCost,
  customerChurnRate,
  customerLifetimeValue,
  expectedLifetimeMonths,
  ltvToCac,
} from '@/lib/formulas/saas';
import { entryText, figure } from './entry';

// Orbita's figures as the MRR, churn rate and CAC entries give them.
const arpa = averageRevenuePerAccount({ mrr: 100000, customers: 500 });
const monthlyChurn = customerChurnRate({ customersAtStart: 500, customersLost: 10 });
const cac = customerAcquisitionCost({ salesAndMarketingSpend: 180000, newCustomers: 90 });
const grossMargin = 0.8;
const ltv = customerLifetimeValue({ arpa, grossMargin, monthlyChurn });

describe('customer lifetime value worked example', () => {
  it.each([
    ['it', '**50 mesi**', '**8.000 €**', 'verrebbe 10.000 €'],
    ['en', '**50 months**', '**€8,000**', 'would be €10,000'],
  ] as const)('states the lifetime, the CLV and the revenue-only CLV (%s)', (locale, lifetime, clv, revenueOnly) => {
    const text = entryText('customer-lifetime-value', locale);
    for (const written of [lifetime, clv, revenueOnly]) expect(text).toContain(written);
    expect(figure(lifetime, locale)).toBeCloseTo(expectedLifetimeMonths(monthlyChurn), 9);
    expect(figure(clv, locale)).toBeCloseTo(ltv, 9);
    expect(figure(revenueOnly, locale)).toBeCloseTo(customerLifetimeValue({ arpa, grossMargin: 1, monthlyChurn }), 9);
  });

  it.each(['it', 'en'] as const)('states the LTV:CAC ratio, here and in the CAC entry (%s)', (locale) => {
    const ratio = ltvToCac({ ltv, cac });
    expect(ratio).toBeCloseTo(4, 9);
    expect(entryText('customer-lifetime-value', locale)).toContain(`**${Math.round(ratio)}:1**`);
    expect(entryText('customer-acquisition-cost', locale)).toContain(`${Math.round(ratio)}:1`);
  });

  it.each([
    ['it', '(12,5 mesi per Orbita)'],
    ['en', '(12.5 months for Orbita)'],
  ] as const)('quotes the CAC payback of the CAC entry (%s)', (locale, payback) => {
    expect(entryText('customer-lifetime-value', locale)).toContain(payback);
    expect(figure(payback, locale)).toBe(cacPaybackMonths({ cac, monthlyRevenuePerCustomer: arpa, grossMargin }));
  });

  it.each([
    ['it', 'Con lo 0,5% al mese', 'vita media di 200 mesi'],
    ['en', 'At 0.5% a month', 'life of 200 months'],
  ] as const)('states the lifetime that very low churn implies (%s)', (locale, churn, lifetime) => {
    const text = entryText('customer-lifetime-value', locale);
    expect(text).toContain(churn);
    expect(text).toContain(lifetime);
    expect(figure(lifetime, locale)).toBeCloseTo(expectedLifetimeMonths(figure(churn, locale) / 100), 9);
  });
});
