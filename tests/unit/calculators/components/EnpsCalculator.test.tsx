// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EnpsCalculator } from '@/components/calculators/EnpsCalculator';
import { renderWithIntl } from '../../render-with-intl';
import { expectFieldError, input, status, submittedNames, type } from './helpers';

afterEach(cleanup);

const action = '/it/glossario/enps/calcolo';

describe('EnpsCalculator', () => {
  it('renders the result of the URL’s parameters with no interaction (the server’s case)', () => {
    renderWithIntl(<EnpsCalculator locale="it" action={action} initial={{ promoters: '36', passives: '28', detractors: '16' }} />);
    const figures = status().textContent;
    expect(figures).toContain('eNPS+25');
    expect(figures).toContain('Promotori45%');
    expect(figures).toContain('Passivi35%');
    expect(figures).toContain('Detrattori20%');
    expect(figures).toContain('Risposte80');
    expect(screen.getByRole('img', { name: '45% promotori, 35% passivi, 20% detrattori' }).tagName).toBe('svg');
    expect(screen.getByText('eNPS = % promotori − % detrattori = 45% − 20% = +25')).toBeTruthy();
    expect(input('promoters').value).toBe('36');
  });

  it('writes a negative score with one decimal and its sign, in English', () => {
    renderWithIntl(<EnpsCalculator locale="en" action="/en/glossary/enps/calculate" initial={{ promoters: '1', passives: '1', detractors: '4' }} />, 'en');
    expect(status().textContent).toContain('eNPS-50');
    renderWithIntl(<EnpsCalculator locale="en" action="/x" idPrefix="second" initial={{ mode: 'scores', a9: '1', a0: '2' }} />, 'en');
    expect(screen.getAllByRole('status')[1]!.textContent).toContain('eNPS-33.3');
  });

  it('shows the error next to the field, and no result, for decimals where counts are required', () => {
    renderWithIntl(<EnpsCalculator locale="it" action={action} initial={{ promoters: '2,5', passives: '1', detractors: '1' }} />);
    expectFieldError('promoters', 'Inserisci un numero intero, senza decimali.');
    expect(input('passives').hasAttribute('aria-invalid')).toBe(false);
    expect(status().textContent).toBe('Compila i campi per vedere il risultato.');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says on the form that a zero total cannot be calculated', () => {
    renderWithIntl(<EnpsCalculator locale="en" action={action} initial={{ promoters: '0', passives: '0', detractors: '0' }} />, 'en');
    const form = screen.getByRole('form', { name: 'eNPS calculator' });
    const error = document.getElementById(form.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe('There must be at least one answer: the total cannot be zero.');
    expect(status().textContent).toBe('Fill in the fields to see the result.');
  });

  it('shows no error on an empty form, only the invitation to fill it in', () => {
    renderWithIntl(<EnpsCalculator locale="it" action={action} initial={{}} />);
    expect(document.querySelector('[aria-invalid]')).toBeNull();
    expect(document.querySelector('.calc-error')).toBeNull();
    expect(status().textContent).toBe('Compila i campi per vedere il risultato.');
  });

  it('updates the result as the reader types, flagging only the fields already touched', async () => {
    renderWithIntl(<EnpsCalculator locale="it" action={action} initial={{}} />);
    await type(input('promoters'), '36');
    expect(document.querySelector('[aria-invalid]')).toBeNull();
    await type(input('passives'), '28');
    await type(input('detractors'), '1,5');
    expectFieldError('detractors', 'Inserisci un numero intero, senza decimali.');
    await type(input('detractors'), '16');
    expect(input('detractors').hasAttribute('aria-invalid')).toBe(false);
    expect(status().textContent).toContain('eNPS+25');
    await type(input('promoters'), '1.036');
    expect(status().textContent).toContain('eNPS+94,4');
  });

  it('switches to counting each answer 0–10 with the mode buttons', async () => {
    renderWithIntl(<EnpsCalculator locale="en" action={action} initial={{}} />, 'en');
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'How many people gave each score' })));
    await type(screen.getByLabelText('Score 10'), '3');
    await type(screen.getByLabelText('Score 5'), '1');
    expect(status().textContent).toContain('eNPS+50');
  });

  it('is a GET form to the result page with the parameters read on the server', () => {
    renderWithIntl(<EnpsCalculator locale="it" action={action} initial={{}} />);
    const form = screen.getByRole('form', { name: "Calcolatore dell'eNPS" }) as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(action);
    expect(submittedNames(form)).toEqual(['mode', 'promoters', 'passives', 'detractors', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10']);
    expect(screen.getByRole('button', { name: 'Calcola' }).getAttribute('type')).toBe('submit');
    for (const field of form.querySelectorAll('input:not([type=radio])')) expect(field.getAttribute('inputmode')).toBe('decimal');
  });
});
