import { describe, expect, it } from 'vitest';
import { clawbackAmount } from '@/lib/formulas/commission';
import { entryText, figure } from './entry';

/** The entry's case: €4,800 paid on a 12-month contract, clawback within the first 6 months, customer leaves after 3. */
const deal = { commission: 4_800, termMonths: 12, monthsActive: 3, windowMonths: 6 } as const;

describe('clawback worked example', () => {
  it.each(['it', 'en'] as const)('states the pro-rata amount the formula gives (%s)', (locale) => {
    const text = entryText('clawback', locale);
    const written = locale === 'it' ? '3.600 €' : '€3,600';
    expect(text).toContain(written);
    expect(figure(written, locale)).toBe(clawbackAmount({ ...deal, method: 'pro-rata' }));
  });

  it.each(['it', 'en'] as const)('states what a full clawback would recover (%s)', (locale) => {
    const text = entryText('clawback', locale);
    const [sentence, written] = locale === 'it' ? ['restituzione sarebbe di 4.800 €', '4.800 €'] : ['would return €4,800', '€4,800'];
    expect(text).toContain(sentence);
    expect(figure(written, locale)).toBe(clawbackAmount({ ...deal, method: 'full' }));
  });

  it('recovers nothing once the customer has stayed past the window, as the entry says', () => {
    expect(clawbackAmount({ ...deal, monthsActive: 7, method: 'pro-rata' })).toBe(0);
    expect(clawbackAmount({ ...deal, monthsActive: 7, method: 'full' })).toBe(0);
  });
});
