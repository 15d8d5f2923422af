// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CommissionCalculator } from '@/components/calculators/CommissionCalculator';
import { renderWithIntl } from '../../render-with-intl';
import { expectFieldError, input, status, submittedNames, type } from './helpers';

afterEach(cleanup);

const action = '/it/glossario/provvigione/calcolo';
/** The entries’ plan: 5% on a €400,000 quota, ×1.5 from 100%, ×2 from 120%. */
const plan = { quota: '400.000', rate: '5', t1from: '100', t1mult: '1,5', t2from: '120', t2mult: '2' };

function rows() {
  const table = screen.getByRole('table', { name: 'Quanto ha pagato ogni fascia' });
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('CommissionCalculator', () => {
  it('renders the payout of the URL’s parameters with no interaction, and what each band paid', () => {
    renderWithIntl(<CommissionCalculator locale="it" action={action} initial={{ ...plan, attained: '500.000' }} />);
    expect(status().textContent).toBe('Raggiungimento della quota125%Provvigione28.000 €Aliquota effettiva5,6%'.replaceAll(' €', '\u00a0€'));
    expect(rows()).toEqual(
      [
        ['Fascia', 'Moltiplicatore', 'Venduto nella fascia', 'Provvigione'],
        ['da 0% a 100%', '× 1', '400.000 €', '20.000 €'],
        ['da 100% a 120%', '× 1,5', '80.000 €', '6000 €'],
        ['da 120% in su', '× 2', '20.000 €', '2000 €'],
        ['Totale', '', '500.000 €', '28.000 €'],
      ].map((row) => row.map((cell) => cell.replaceAll(' €', '\u00a0€'))),
    );
    const headers = screen.getAllByRole('rowheader');
    expect(headers.every((header) => header.getAttribute('scope') === 'row')).toBe(true);
    expect(screen.getByText(/^raggiungimento = venduto ÷ quota = 500\.000\s€ ÷ 400\.000\s€ = 125%$/)).toBeTruthy();
  });

  it('says when the cap cut the payout, and shows the base rate derived from the variable pay', () => {
    renderWithIntl(
      <CommissionCalculator locale="en" action={action} initial={{ mode: 'target', quota: '500,000', attained: '600,000', variable: '40,000', cap: '45,000' }} />,
      'en',
    );
    expect(status().textContent).toBe('Quota attainment120%Commission€45,000Effective rate7.5%The cap cut the commission from €48,000 to €45,000.');
    expect(screen.getByText('base rate = variable pay at target ÷ quota = €40,000 ÷ €500,000 = 8%')).toBeTruthy();
  });

  it('shows the error on the offending tier, and no result, for tiers out of order', () => {
    renderWithIntl(<CommissionCalculator locale="it" action={action} initial={{ ...plan, attained: '500.000', t2from: '90' }} />);
    expectFieldError('t2from', 'Questa soglia deve essere più alta di quelle degli acceleratori precedenti.');
    expect(input('t1from').hasAttribute('aria-invalid')).toBe(false);
    expect(status().textContent).toBe('Compila i campi per vedere il risultato.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the error on the decelerator above the first tier', () => {
    renderWithIntl(<CommissionCalculator locale="en" action={action} initial={{ quota: '1,000', attained: '1', rate: '5', t1from: '100', t1mult: '2', decBelow: '110', decMult: '0.5' }} />, 'en');
    expectFieldError('decBelow', 'The decelerator’s threshold cannot be above the first accelerator’s.');
  });

  it('updates the payout as the reader types', async () => {
    renderWithIntl(<CommissionCalculator locale="en" action={action} initial={{}} />, 'en');
    await type(input('quota'), '100,000');
    await type(input('attained'), '50,000');
    expect(status().textContent).toBe('Fill in the fields to see the result.');
    await type(input('rate'), '10');
    expect(status().textContent).toBe('Quota attainment50%Commission€5,000Effective rate10%');
    await type(input('decBelow'), '80');
    expectFieldError('decMult', 'Fill in both the threshold and the multiplier, or leave both blank.');
    await type(input('decMult'), '0.5');
    expect(status().textContent).toBe('Quota attainment50%Commission€2,500Effective rate5%');
  });

  it('is a GET form to the result page with the parameters read on the server', () => {
    renderWithIntl(<CommissionCalculator locale="it" action={action} initial={{}} />);
    const form = screen.getByRole('form', { name: 'Calcolatore delle provvigioni' }) as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(action);
    expect(submittedNames(form).sort()).toEqual(
      ['mode', 'quota', 'attained', 'rate', 'variable', 'cap', 't1from', 't1mult', 't2from', 't2mult', 't3from', 't3mult', 't4from', 't4mult', 'decBelow', 'decMult'].sort(),
    );
  });
});
