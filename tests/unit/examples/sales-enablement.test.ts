import { describe, expect, it } from 'vitest';
import { rampTime } from '@/lib/formulas/engagement';
import { entryText, figure } from './entry';

/** The new account executive's monthly quota attainment, as the entry lists it. */
const months = [0.2, 0.45, 0.7, 0.95, 1.1];

describe('sales enablement worked example', () => {
  it.each(['it', 'en'] as const)('lists the months and states the ramp time the formula gives (%s)', (locale) => {
    const text = entryText('sales-enablement', locale);
    const listed = locale === 'it' ? '20%, 45%, 70%, 95% e 110%' : '20%, 45%, 70%, 95% and 110%';
    expect(text.replace(/\s+/g, ' ')).toContain(listed);
    const written = locale === 'it' ? '5 mesi' : '5 months';
    expect(text).toContain(`**${written}**`);
    expect(figure(written, locale)).toBe(rampTime(months));
  });
});
