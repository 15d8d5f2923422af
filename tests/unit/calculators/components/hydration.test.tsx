// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, submitted } from './fixtures';
import { input, status, type } from './helpers';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function hydrate(ui: ReturnType<typeof page>) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  const problems: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => problems.push(args));
  await act(async () => {
    root = hydrateRoot(container, ui, { onRecoverableError: (error) => problems.push(error) });
  });
  return problems;
}

describe.each(submitted)('%s hydrating the server’s HTML', (_, Component, initial, figure) => {
  it('hydrates without a mismatch and keeps the result', async () => {
    expect(await hydrate(page(Component, initial))).toEqual([]);
    expect(status().textContent).toContain(figure);
  });
});

describe('after hydration', () => {
  it('keeps what the reader typed before the page hydrated', async () => {
    const ui = page(submitted[0][1], {});
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    input('promoters').value = '3';
    input('passives').value = '0';
    input('detractors').value = '1';
    await act(async () => {
      root = hydrateRoot(container, ui);
    });
    expect(input('promoters').value).toBe('3');
    expect(status().textContent).toContain('eNPS+50');
    await type(input('detractors'), '3');
    expect(screen.getByRole('status').textContent).toContain('eNPS0');
  });
});
