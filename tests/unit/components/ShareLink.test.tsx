// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareLink } from '@/components/ShareLink';

const labels = { copy: 'Copia link', copied: 'Link copiato negli appunti', copyManually: 'Copia questo link', share: 'Condividi' };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('ShareLink', () => {
  it('copies the canonical URL with the current section and announces it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.location.hash = '#come-si-calcola';
    render(<ShareLink url="https://glossario.example/it/glossario/enps" title="eNPS" labels={labels} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copia link' })));
    expect(writeText).toHaveBeenCalledWith('https://glossario.example/it/glossario/enps#come-si-calcola');
    expect(screen.getByRole('status').textContent).toBe('Link copiato negli appunti');
  });

  it('shows the URL selected for manual copying where the Clipboard API is missing', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<ShareLink url="https://glossario.example/it/glossario/enps" title="eNPS" labels={labels} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copia link' })));
    const input = screen.getByRole('textbox', { name: 'Copia questo link' }) as HTMLInputElement;
    expect(input.value).toBe('https://glossario.example/it/glossario/enps');
    expect(screen.getByRole('status').textContent).toBe('Copia questo link');
  });

  it('offers the share sheet only where the Web Share API exists', async () => {
    render(<ShareLink url="https://x.example/a" title="A" labels={labels} />);
    expect(screen.queryByRole('button', { name: 'Condividi' })).toBeNull();
    cleanup();
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<ShareLink url="https://x.example/a" title="A" labels={labels} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Condividi' })));
    expect(share).toHaveBeenCalledWith({ title: 'A', url: 'https://x.example/a' });
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
});
