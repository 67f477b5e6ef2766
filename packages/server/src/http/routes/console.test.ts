import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database.js';
import { BallotBoxRepository } from '../../storage/repository.js';
import type { BallotBoxEnv } from '../app-env.js';
import { createApp } from '../app.js';
import { localeOf } from '../error-responses.js';
import { consoleCsp, consoleRoutes } from './console.js';
import { describeEachBackend } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';

// A built console in a temporary folder, as vite writes it: index.html and hashed assets.
const root = mkdtempSync(join(tmpdir(), 'qy-console-'));
const empty = mkdtempSync(join(tmpdir(), 'qy-console-unbuilt-'));
const page =
  '<!doctype html><html lang="en"><head><script type="module" src="./assets/index-a1B2.js"></script></head><body><qy-console></qy-console></body></html>';
const script = 'customElements.define("qy-console", class extends HTMLElement {});';

/** The console routes as app.ts mounts them, with the language middleware of createApp. */
function consoleApp(folder: string | undefined) {
  const app = new Hono<BallotBoxEnv>();
  app.use('*', async (c, next) => {
    c.set('locale', localeOf(c));
    await next();
  });
  app.route('/console', consoleRoutes({ root: folder }));
  app.notFound((c) => c.json({ error: 'not-found' }, 404));
  return app;
}

beforeAll(() => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, 'assets', 'index-a1B2.js'), script);
  writeFileSync(join(root, 'assets', 'index-a1B2.css'), 'body{margin:0}');
  writeFileSync(join(root, 'secret.txt'), 'not an asset');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

describe('the organizer console at /console/', () => {
  const app = consoleApp(root);

  it('answers index.html as HTML in the language the browser asks for, revalidated on each load, with a CSP', async () => {
    const zh = await app.request('/console/', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(zh.headers.get('cache-control')).toBe('no-cache');
    expect(zh.headers.get('content-security-policy')).toBe(consoleCsp);
    expect(zh.headers.get('x-content-type-options')).toBe('nosniff');
    expect(zh.headers.get('referrer-policy')).toBe('no-referrer');
    expect(zh.headers.get('vary')).toBe('Accept-Language');
    const text = await zh.text();
    expect(text).toContain('<html lang="zh-CN">');
    expect(text).toContain('<qy-console>');
    const en = await app.request('/console/index.html', {
      headers: { 'Accept-Language': 'en-GB' },
    });
    expect(await en.text()).toContain('<html lang="en">');
  });

  it('answers the hashed assets with their content types, cached for a year', async () => {
    const js = await app.request('/console/assets/index-a1B2.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-security-policy')).toBe(consoleCsp);
    expect(await js.text()).toBe(script);
    const css = await app.request('/console/assets/index-a1B2.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('CSP: scripts and requests from the box only, no framing, no plugins', () => {
    expect(consoleCsp).toContain("script-src 'self'");
    expect(consoleCsp).toContain("connect-src 'self'");
    expect(consoleCsp).toContain("frame-ancestors 'none'");
    expect(consoleCsp).toContain("object-src 'none'");
    expect(consoleCsp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('redirects /console to /console/', async () => {
    const res = await app.request('/console');
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/console/');
  });

  it('answers 404 to every path that climbs out, hides or is not an asset', async () => {
    const paths = [
      '/console/assets/..%2Fsecret.txt',
      '/console/assets/..%2F..%2Fpackage.json',
      '/console/assets/%2e%2e%2Findex.html',
      '/console/assets/.hidden.js',
      '/console/assets/nope.js',
      '/console/assets/index-a1B2.exe',
      '/console/assets/%E0%A4%A',
      '/console/secret.txt',
      '/console/assets/sub/index-a1B2.js',
    ];
    for (const path of paths) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      const text = await res.text();
      expect(text, path).not.toContain('not an asset');
      expect(text, path).not.toContain('"name"');
    }
  });

  it('refuses other methods than GET and HEAD', async () => {
    const res = await app.request('/console/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says how to get a console when its folder holds no build, or none was given', async () => {
    for (const app of [consoleApp(empty), consoleApp(undefined)]) {
      const res = await app.request('/console/');
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toContain('npx @qingyuan/cli serve');
      expect(text).toContain('这个投票箱没有提供组织者控制台');
    }
  });
});

describe('the console mounted by createApp', () => {
  it('lives at /console without reaching any file outside it (/console/../package.json)', async () => {
    const store = await openDatabase({ file: ':memory:' });
    try {
      const app = createApp({ repository: new BallotBoxRepository(store) });
      const redirect = await app.request('/console');
      expect(redirect.status).toBe(308);
      for (const path of ['/console/../package.json', '/console/%2e%2e/package.json']) {
        const res = await app.request(path);
        expect(res.status, path).toBe(404);
        expect(await res.text(), path).not.toContain('@qingyuan/server');
      }
      const climbing = await app.request('/console/assets/..%2F..%2Fpackage.json');
      expect(climbing.status).toBe(404);
      expect(await climbing.text()).not.toContain('@qingyuan/server');
      // The API around it is untouched.
      expect((await app.request('/healthz')).status).toBe(200);
    } finally {
      await store.close();
    }
  });
});

describeEachBackend('the console is the box’s own page', (backend) => {
  it('may send to a meeting whose corsOrigins do not list the box (same origin), other pages may not', async () => {
    const store = await backend.open();
    try {
      const box = new TestBox(store);
      const token = await box.createMeeting('m1', { corsOrigins: ['https://ngo.example'] });
      const lock = (headers: Record<string, string>) =>
        box.request('POST', '/meetings/m1/lock-weights', undefined, {
          authorization: `Bearer ${token}`,
          ...headers,
        });
      // Chromium's headers for a fetch from http://localhost/console/ to the same box.
      const own = await lock({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' });
      expect(own.status).toBe(200);
      const stranger = await lock({
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      });
      expect(stranger.status).toBe(403);
      expect(((await stranger.json()) as { error: string }).error).toBe('origin-not-allowed');
    } finally {
      await store.dispose();
    }
  });
});
