'use client';

import * as enps from '@/lib/calculators/enps';
import { formatNumber, formatPercent } from '@/lib/calculators/numbers';
import type { EnpsResult } from '@/lib/formulas/people';
import { CalculatorField } from './CalculatorField';
import { FormEnd } from './FormEnd';
import { ModeSwitch } from './ModeSwitch';
import { ResultPanel } from './ResultPanel';
import { useCalculator, type CalculatorProps } from './useCalculator';

const GROUPS = enps.GROUP_FIELDS;

/** Stacked bar of the three groups' shares; the shares are also written out beside it. */
function SharesBar({ result, label }: { result: EnpsResult; label: string }) {
  const widths = GROUPS.map((group) => result[`${group}Percent`]);
  return (
    <svg className="calc-bar" role="img" aria-label={label} viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
      {GROUPS.map((group, i) => (
        <rect
          key={group}
          className={`calc-tone-${group}`}
          x={widths.slice(0, i).reduce((a, b) => a + b, 0)}
          width={widths[i]}
          height="10"
        />
      ))}
    </svg>
  );
}

/** eNPS from the three groups or from the count of each answer 0–10, with a bar of the shares. */
export function EnpsCalculator({ idPrefix = 'enps', ...props }: CalculatorProps) {
  const { t, form, field, formError, formErrorId, initialMode, result } = useCalculator(enps, { ...props, idPrefix });
  const percent = (value: number) => formatPercent(value, props.locale);
  const shares = result && {
    promoters: percent(result.promotersPercent),
    passives: percent(result.passivesPercent),
    detractors: percent(result.detractorsPercent),
    score: formatNumber(result.score, props.locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  };

  return (
    <div className="calc">
      <form {...form} aria-label={t('enps.name')}>
        <ModeSwitch
          legend={t('enps.mode.legend')}
          options={enps.modes.map((mode) => ({ value: mode, label: t(`enps.mode.${mode}`) }))}
          checked={initialMode}
        />
        <fieldset className="calc-group" data-when="groups">
          <legend>{t('enps.groups')}</legend>
          <div className="calc-grid">
            {GROUPS.map((name) => (
              <CalculatorField key={name} {...field(name)} label={t(`enps.fields.${name}`)} />
            ))}
          </div>
        </fieldset>
        <fieldset className="calc-group" data-when="scores">
          <legend>{t('enps.scores')}</legend>
          <p className="calc-hint">{t('enps.scoresHint')}</p>
          <div className="calc-grid calc-grid-narrow">
            {enps.ANSWER_FIELDS.map((name, score) => (
              <CalculatorField key={name} {...field(name)} label={t('enps.fields.answer', { score })} />
            ))}
          </div>
        </fieldset>
        <FormEnd error={formError} errorId={formErrorId} submit={t('submit')} />
      </form>
      <ResultPanel
        empty={t('empty')}
        figures={
          result &&
          shares && [
            { label: t('enps.result.score'), value: shares.score },
            ...GROUPS.map((group) => ({ label: t(`enps.result.${group}`), value: shares[group], tone: group })),
            { label: t('enps.result.total'), value: formatNumber(result.total, props.locale) },
          ]
        }
      >
        {result && shares && (
          <>
            <SharesBar result={result} label={t('enps.result.bar', shares)} />
            <p className="calc-formula">{t('enps.result.formula', shares)}</p>
          </>
        )}
      </ResultPanel>
    </div>
  );
}
