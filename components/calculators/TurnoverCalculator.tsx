'use client';

import { formatNumber, formatPercent } from '@/lib/calculators/numbers';
import * as turnover from '@/lib/calculators/turnover';
import { CalculatorField } from './CalculatorField';
import { FormEnd } from './FormEnd';
import { ModeSwitch } from './ModeSwitch';
import { ResultPanel } from './ResultPanel';
import { useCalculator, type CalculatorProps } from './useCalculator';

/** Turnover rate for a period and annualised, from start and end or average headcount. */
export function TurnoverCalculator({ idPrefix = 'turnover', ...props }: CalculatorProps) {
  const { t, form, field, formError, formErrorId, initialMode, result } = useCalculator(turnover, { ...props, idPrefix });
  const number = (value: number) => formatNumber(value, props.locale, { maximumFractionDigits: 2 });
  const percent = (value: number) => formatPercent(value, props.locale);
  const label = (name: turnover.TurnoverField) => t(`turnover.fields.${name}`);

  return (
    <div className="calc">
      <form {...form} aria-label={t('turnover.name')}>
        <div className="calc-grid">
          <CalculatorField {...field('leavers')} label={label('leavers')} hint={t('turnover.hints.leavers')} />
          <CalculatorField {...field('months')} label={label('months')} hint={t('turnover.hints.months')} />
        </div>
        <ModeSwitch
          legend={t('turnover.mode.legend')}
          options={turnover.modes.map((mode) => ({ value: mode, label: t(`turnover.mode.${mode}`) }))}
          checked={initialMode}
        />
        <div className="calc-grid">
          <CalculatorField {...field('start')} label={label('start')} when="startend" />
          <CalculatorField {...field('end')} label={label('end')} when="startend" />
          <CalculatorField {...field('average')} label={label('average')} when="average" />
        </div>
        <FormEnd error={formError} errorId={formErrorId} submit={t('submit')} />
      </form>
      <ResultPanel
        empty={t('empty')}
        figures={
          result && [
            { label: t('turnover.result.period'), value: percent(result.periodPercent) },
            { label: t('turnover.result.annualised'), value: percent(result.annualisedPercent) },
          ]
        }
      >
        {result && (
          <>
            {result.startHeadcount !== undefined && result.endHeadcount !== undefined && (
              <p className="calc-formula">
                {t('turnover.result.averageFormula', {
                  start: number(result.startHeadcount),
                  end: number(result.endHeadcount),
                  average: number(result.averageHeadcount),
                })}
              </p>
            )}
            <p className="calc-formula">
              {t('turnover.result.rateFormula', {
                leavers: number(result.leavers),
                average: number(result.averageHeadcount),
                rate: percent(result.periodPercent),
              })}
            </p>
            {result.months !== 12 && (
              <>
                <p className="calc-formula">
                  {t('turnover.result.annualisedFormula', {
                    rate: percent(result.periodPercent),
                    months: number(result.months),
                    annualised: percent(result.annualisedPercent),
                  })}
                </p>
                <p className="calc-hint">{t('turnover.result.annualisedNote')}</p>
              </>
            )}
          </>
        )}
      </ResultPanel>
    </div>
  );
}
