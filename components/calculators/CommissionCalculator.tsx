'use client';

import * as commission from '@/lib/calculators/commission';
import { formatCurrency, formatNumber, formatPercent } from '@/lib/calculators/numbers';
import { CalculatorField } from './CalculatorField';
import { FormEnd } from './FormEnd';
import { ModeSwitch } from './ModeSwitch';
import { ResultPanel } from './ResultPanel';
import { useCalculator, type CalculatorProps } from './useCalculator';

/**
 * Commission for the sales of a period under a plan with a base rate (given, or from the
 * variable pay at target), accelerators, a decelerator and a cap, with what each band paid.
 */
export function CommissionCalculator({ idPrefix = 'commission', ...props }: CalculatorProps) {
  const { t, form, field, formError, formErrorId, initialMode, result } = useCalculator(commission, { ...props, idPrefix });
  const { locale } = props;
  const money = (value: number) => formatCurrency(value, locale);
  const percent = (fraction: number) => formatPercent(fraction * 100, locale, { maximumFractionDigits: 2 });
  const label = (name: 'quota' | 'attained' | 'rate' | 'variable' | 'cap' | 'decBelow' | 'decMult') => t(`commission.fields.${name}`);

  return (
    <div className="calc">
      <form {...form} aria-label={t('commission.name')}>
        <ModeSwitch
          legend={t('commission.mode.legend')}
          options={commission.modes.map((mode) => ({ value: mode, label: t(`commission.mode.${mode}`) }))}
          checked={initialMode}
        />
        <div className="calc-grid">
          <CalculatorField {...field('quota')} label={label('quota')} />
          <CalculatorField {...field('attained')} label={label('attained')} />
          <CalculatorField {...field('rate')} label={label('rate')} when="rate" />
          <CalculatorField {...field('variable')} label={label('variable')} hint={t('commission.hints.variable')} when="target" />
          <CalculatorField {...field('cap')} label={label('cap')} hint={t('commission.hints.cap')} />
        </div>
        <fieldset className="calc-group">
          <legend>{t('commission.tiers')}</legend>
          <p className="calc-hint">{t('commission.tiersHint')}</p>
          <div className="calc-rows">
            {commission.TIER_ROWS.map((n) => (
              <fieldset key={n} className="calc-row">
                <legend>{t('commission.tier', { n })}</legend>
                <CalculatorField {...field(`t${n}from`)} label={t('commission.fields.from')} />
                <CalculatorField {...field(`t${n}mult`)} label={t('commission.fields.mult')} />
              </fieldset>
            ))}
          </div>
        </fieldset>
        <fieldset className="calc-group">
          <legend>{t('commission.decelerator')}</legend>
          <p className="calc-hint">{t('commission.deceleratorHint')}</p>
          <div className="calc-grid">
            <CalculatorField {...field('decBelow')} label={label('decBelow')} />
            <CalculatorField {...field('decMult')} label={label('decMult')} />
          </div>
        </fieldset>
        <FormEnd error={formError} errorId={formErrorId} submit={t('submit')} />
      </form>
      <ResultPanel
        empty={t('empty')}
        figures={
          result && [
            { label: t('commission.result.attainment'), value: percent(result.attainment) },
            { label: t('commission.result.payout'), value: money(result.payout) },
            { label: t('commission.result.effectiveRate'), value: percent(result.effectiveRate) },
          ]
        }
        note={result?.capped ? t('commission.result.capped', { uncapped: money(result.uncappedPayout), payout: money(result.payout) }) : undefined}
      >
        {result && (
          <>
            <p className="calc-formula">
              {t('commission.result.attainmentFormula', {
                attained: money(result.attained),
                quota: money(result.quota),
                attainment: percent(result.attainment),
              })}
            </p>
            {result.variableAtTarget !== undefined && (
              <p className="calc-formula">
                {t('commission.result.rateFormula', {
                  variable: money(result.variableAtTarget),
                  quota: money(result.quota),
                  rate: percent(result.rate),
                })}
              </p>
            )}
            <p className="calc-formula">
              {t('commission.result.payoutFormula', { rate: percent(result.rate), payout: money(result.uncappedPayout) })}
            </p>
            {result.attained > 0 && (
              <p className="calc-formula">
                {t('commission.result.effectiveFormula', {
                  payout: money(result.payout),
                  attained: money(result.attained),
                  effective: percent(result.effectiveRate),
                })}
              </p>
            )}
            {/* On a phone the table scrolls sideways: the keyboard must reach it, by its caption's name. */}
            <div className="calc-table-wrap" role="region" tabIndex={0} aria-label={t('commission.result.caption')}>
              <table className="calc-table">
                <caption>{t('commission.result.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('commission.result.band')}</th>
                    <th scope="col">{t('commission.result.multiplier')}</th>
                    <th scope="col">{t('commission.result.revenue')}</th>
                    <th scope="col">{t('commission.result.bandPayout')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.tiers.map((band) => (
                    <tr key={band.from}>
                      <th scope="row">
                        {band.to === Infinity
                          ? t('commission.result.rangeOpen', { from: percent(band.from) })
                          : t('commission.result.range', { from: percent(band.from), to: percent(band.to) })}
                      </th>
                      <td>{t('commission.result.times', { value: formatNumber(band.multiplier, locale, { maximumFractionDigits: 2 }) })}</td>
                      <td>{money(band.revenue)}</td>
                      <td>{money(band.payout)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('commission.result.total')}</th>
                    <td />
                    <td>{money(result.attained)}</td>
                    <td>{money(result.payout)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )}
      </ResultPanel>
    </div>
  );
}
