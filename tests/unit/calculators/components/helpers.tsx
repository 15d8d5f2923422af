import { act, fireEvent, screen } from '@testing-library/react';
import { expect } from 'vitest';

/** Types into an input as a reader would: its value changes and an input event fires. */
export async function type(input: HTMLElement, value: string) {
  await act(async () => fireEvent.input(input, { target: { value } }));
}

export function input(name: string): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!element) throw new Error(`no input named ${name}`);
  return element;
}

/** The live region with the key figures. */
export const status = () => screen.getByRole('status');

/** The named fields the form submits, in document order (radio buttons once). */
export function submittedNames(form: HTMLFormElement): string[] {
  return [...new Set([...form.elements].map((element) => (element as HTMLInputElement).name).filter(Boolean))];
}

/** The field shows its error next to it, linked, and marked invalid. */
export function expectFieldError(name: string, message: string) {
  const field = input(name);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  const ids = field.getAttribute('aria-describedby')!.split(' ');
  const error = document.getElementById(ids[0]!)!;
  expect(error.textContent).toBe(message);
  expect(field.parentElement!.contains(error)).toBe(true);
}
