import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const request = (path: string, method = 'GET') => new NextRequest(new URL(path, 'http://localhost:3000'), { method });
const proxyFor = async () => (await import('@/proxy')).default;

afterEach(() => {
  vi.doUnmock('@/lib/localized-paths');
  vi.resetModules();
});

describe('the gate in front of every page', () => {
  it('sends an alias to its term with one 308, from the compiled redirect map', async () => {
    const response = (await proxyFor())(request('/it/glossario/revops'));
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('http://localhost:3000/it/glossario/revenue-operations');
  });

  it('serves a language’s URL from the route folder of its page kind', async () => {
    const response = (await proxyFor())(request('/it/glossario/enps?x=1'));
    expect(response.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/it/glossary/enps?x=1');
  });

  it('refuses writing methods and carries the security headers on its own answers', async () => {
    const response = (await proxyFor())(request('/it', 'POST'));
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('lets POST through to the two feedback endpoints only; every other write is still refused', async () => {
    const proxy = await proxyFor();
    for (const path of ['/api/feedback', '/api/term-request']) {
      const response = proxy(request(path, 'POST'));
      expect(response.headers.get('x-middleware-next')).toBe('1');
      expect(response.headers.get('content-security-policy')).toContain("form-action 'self'");
    }
    for (const [path, method] of [
      ['/api/feedback/', 'POST'],
      ['/api/feedbacks', 'POST'],
      ['/it/api/feedback', 'POST'],
      ['/api/feedback', 'PUT'],
      ['/api/term-request', 'DELETE'],
      ['/api/term-request', 'PATCH'],
    ]) {
      expect(proxy(request(path!, method)).status, `${method} ${path}`).toBe(405);
    }
    const options = proxy(request('/api/feedback', 'OPTIONS'));
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBeTruthy();
  });

  it('fails open: if its own logic throws, the request goes on to the page', async () => {
    vi.doMock('@/lib/localized-paths', () => ({
      routePath: () => {
        throw new Error('broken');
      },
    }));
    const response = (await proxyFor())(request('/it/glossario/enps'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-middleware-next')).toBe('1');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
