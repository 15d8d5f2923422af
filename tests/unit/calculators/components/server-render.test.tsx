import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { page, submitted } from './fixtures';

// No DOM here: what the server sends, with JavaScript off in the browser.
describe.each(submitted)('%s rendered on the server', (_, Component, initial, figure) => {
  it('carries the result, the refilled inputs and a GET form', () => {
    const html = renderToString(page(Component, initial));
    expect(html.replace(/<!-- -->|<[^>]+>/g, '')).toContain(figure);
    const form = html.match(/<form[^>]*>/)![0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/risultato"');
    for (const value of Object.values(initial)) expect(html).toContain(`value="${value}"`);
    expect(html).not.toContain('aria-invalid');
  });

  it('shows errors without a result for a bad parameter', () => {
    const [name] = Object.keys(initial);
    const html = renderToString(page(Component, { ...initial, [name!]: 'abc' }));
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Scrivi un numero, per esempio 1.234,5.');
    expect(html).toContain('Compila i campi per vedere il risultato.');
  });
});
