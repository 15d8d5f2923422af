import type { CalculatorName } from '@/lib/calculators';
import type { Locale } from '@/i18n/routing';
import { CommissionCalculator } from './CommissionCalculator';
import { EnpsCalculator } from './EnpsCalculator';
import { TurnoverCalculator } from './TurnoverCalculator';

const COMPONENTS = { enps: EnpsCalculator, turnover: TurnoverCalculator, commission: CommissionCalculator };

interface Props {
  name: CalculatorName;
  locale: Locale;
  /** The calculator's result page: the form's GET target, so it works without JavaScript. */
  action: string;
  /** The request's parameters for this calculator (calculatorParams), empty on a term page. */
  initial?: Record<string, string>;
}

/** The calculator an entry names, by that name. */
export function Calculator({ name, locale, action, initial = {} }: Props) {
  const Component = COMPONENTS[name];
  return <Component locale={locale} action={action} initial={initial} />;
}
