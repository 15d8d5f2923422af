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
