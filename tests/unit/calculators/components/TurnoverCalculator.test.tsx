// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TurnoverCalculator } from '@/components/calculators/TurnoverCalculator';
import { renderWithIntl } from '../../render-with-intl';
import { expectFieldError, input, status, submittedNames, type } from './helpers';

afterEach(cleanup);

const action = '/it/glossario/turnover-del-personale/calcolo';

describe('TurnoverCalculator', () => {
  it('renders the rate of the URL’s parameters with no interaction, with the formula filled in', () => {
    renderWithIntl(<TurnoverCalculator locale="it" action={action} initial={{ leavers: '5', start: '197', end: '203', months: '3' }} />);
    expect(status().textContent).toBe('Tasso di turnover del periodo2,5%Tasso annualizzato10%');
    expect(screen.getByText('organico medio = (197 + 203) ÷ 2 = 200')).toBeTruthy();
    expect(screen.getByText('tasso di turnover = uscite ÷ organico medio × 100 = 5 ÷ 200 × 100 = 2,5%')).toBeTruthy();
    expect(screen.getByText('tasso annualizzato = tasso del periodo × 12 ÷ mesi = 2,5% × 12 ÷ 3 = 10%')).toBeTruthy();
  });

  it('leaves out the annualisation for a period of twelve months, the default', () => {
    renderWithIntl(<TurnoverCalculator locale="en" action={action} initial={{ mode: 'average', leavers: '24', average: '200' }} />, 'en');
    expect(input('months').value).toBe('12');
    expect(screen.getByText('turnover rate = leavers ÷ average headcount × 100 = 24 ÷ 200 × 100 = 12%')).toBeTruthy();
    expect(screen.queryByText(/annualised rate =/)).toBeNull();
    expect(screen.queryByText(/average headcount = \(/)).toBeNull();
  });

  it('shows the error next to the field, and no result, for a period out of range', () => {
    renderWithIntl(<TurnoverCalculator locale="it" action={action} initial={{ leavers: '5', start: '197', end: '203', months: '121' }} />);
    expectFieldError('months', 'Il valore massimo è 120.');
    expect(input('months').getAttribute('aria-describedby')).toBe('turnover-months-error turnover-months-hint');
    expect(status().textContent).toBe('Compila i campi per vedere il risultato.');
  });

  it('says on the form that nobody at the start nor the end cannot be calculated', () => {
    renderWithIntl(<TurnoverCalculator locale="it" action={action} initial={{ leavers: '0', start: '0', end: '0' }} />);
    const form = screen.getByRole('form');
    expect(document.getElementById(form.getAttribute('aria-describedby')!)!.textContent).toContain("l'organico medio è zero");
  });

  it('updates the rate as the reader types, and follows the headcount mode', async () => {
    renderWithIntl(<TurnoverCalculator locale="en" action={action} initial={{}} />, 'en');
    await type(input('leavers'), '6');
    await type(input('start'), '1,000');
    await type(input('end'), '1,400');
    expect(status().textContent).toBe('Turnover rate for the period0.5%Annualised rate0.5%');
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'As the period’s average' })));
    expect(status().textContent).toBe('Fill in the fields to see the result.');
    await type(input('average'), '300');
    await type(input('months'), '6');
    expect(status().textContent).toBe('Turnover rate for the period2%Annualised rate4%');
  });

  it('is a GET form to the result page with the parameters read on the server', () => {
    renderWithIntl(<TurnoverCalculator locale="it" action={action} initial={{}} />);
    const form = screen.getByRole('form') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(action);
    expect(submittedNames(form).sort()).toEqual(['average', 'end', 'leavers', 'mode', 'months', 'start']);
  });
});
