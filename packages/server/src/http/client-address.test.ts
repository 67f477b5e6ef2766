import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { startServer, type RunningServer } from '../start-server.js';
import {
  clientAddress,
  compileTrustProxy,
  parseTrustProxy,
  TrustProxyError,
  type TrustProxy,
} from './client-address.js';

describe('clientAddress over HTTP', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    // Echoes the address each setting sees, over a real socket (the peer is 127.0.0.1).
    const app = new Hono();
    const settings: Record<string, TrustProxy | undefined> = {
      none: undefined,
      off: false,
      zero: 0,
      one: 1,
      two: 2,
      all: true,
      loopback: 'loopback',
      list: ['loopback', '10.0.0.0/8'],
      other: '192.0.2.1',
    };
    app.get('/:setting', (c) => c.text(clientAddress(c, settings[c.req.param('setting')])));
    server = await new Promise<Server>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started as Server),
      ) as Server;
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const seen = async (setting: string, forwardedFor?: string): Promise<string> => {
    const res = await fetch(`${base}/${setting}`, {
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    });
    return res.text();
  };

  it('uses the socket address and ignores X-Forwarded-For unless a proxy is trusted', async () => {
    for (const setting of ['none', 'off', 'zero', 'other']) {
      expect(await seen(setting)).toBe('127.0.0.1');
      expect(await seen(setting, '198.51.100.1')).toBe('127.0.0.1');
      expect(await seen(setting, '198.51.100.1, 203.0.113.7')).toBe('127.0.0.1');
    }
  });

  it('takes the right-most entry behind one trusted hop, whatever the client wrote before it', async () => {
    expect(await seen('one', '203.0.113.7')).toBe('203.0.113.7');
    expect(await seen('one', '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
    expect(await seen('one', 'not-an-address,, 203.0.113.7')).toBe('203.0.113.7');
    // A request that reached the server directly has no forwarded entry: its own address.
    expect(await seen('one')).toBe('127.0.0.1');
    // Two hops (a CDN, then nginx): the entry the first proxy wrote.
    expect(await seen('two', '198.51.100.1, 203.0.113.7, 10.0.0.2')).toBe('203.0.113.7');
    expect(await seen('two', '203.0.113.7')).toBe('203.0.113.7');
  });

  it('skips every hop from a trusted address or subnet and takes the next one', async () => {
    expect(await seen('loopback', '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
    expect(await seen('loopback', '203.0.113.7, 127.0.0.5, ::1')).toBe('203.0.113.7');
    expect(await seen('list', '198.51.100.1, 203.0.113.7, 10.1.2.3')).toBe('203.0.113.7');
    expect(await seen('list', '::ffff:203.0.113.7, 10.1.2.3')).toBe('203.0.113.7');
    // A proxy outside the list is the client itself.
    expect(await seen('list', '198.51.100.1, 203.0.113.7, 192.0.2.8')).toBe('192.0.2.8');
  });

  it('takes the left-most entry only when told to trust every hop', async () => {
    expect(await seen('all', '198.51.100.1, 203.0.113.7')).toBe('198.51.100.1');
  });
});

describe('trust proxy settings', () => {
  it('counts hops from the server: the peer is hop 0', () => {
    const one = compileTrustProxy(1);
    expect(one('127.0.0.1', 0)).toBe(true);
    expect(one('127.0.0.1', 1)).toBe(false);
    expect(compileTrustProxy(false)('127.0.0.1', 0)).toBe(false);
    expect(compileTrustProxy(undefined)('127.0.0.1', 0)).toBe(false);
  });

  it('reads a hop count or a list of addresses, subnets and presets from text', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 0 ')).toBe(0);
    expect(parseTrustProxy('loopback, 10.0.0.0/8,fd00::/8')).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
    expect(parseTrustProxy('192.0.2.1')).toEqual(['192.0.2.1']);
  });

  it('refuses what is neither a hop count nor an address, subnet or preset', () => {
    for (const text of ['', ',', '-1', '1.5', 'proxy.example', '10.0.0.0/33', '::1/129', 'true']) {
      expect(() => parseTrustProxy(text), text).toThrow(TrustProxyError);
    }
    expect(() => compileTrustProxy(-1)).toThrow(TrustProxyError);
    expect(() => compileTrustProxy(['10.0.0.0/8/8'])).toThrow(TrustProxyError);
  });
});

describeEachBackend('per-address rate limit behind proxies', (backend) => {
  let store: TestDatabase;
  const servers: RunningServer[] = [];

  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
    await store.dispose();
  });

  /** A server whose per-address bucket holds 2 requests and refills once in ~17 minutes. */
  const start = async (trustProxy?: TrustProxy): Promise<RunningServer> => {
    const server = await startServer({
      database: store.options,
      port: 0,
      perAddress: { burst: 2, perSecond: 0.001 },
      perCode: false,
      ...(trustProxy === undefined ? {} : { trustProxy }),
    });
    servers.push(server);
    return server;
  };
  const statuses = async (server: RunningServer, forwarded: string[]): Promise<number[]> => {
    const out: number[] = [];
    for (const entry of forwarded) {
      const res = await fetch(`${server.url}/healthz`, {
        headers: entry === '' ? {} : { 'x-forwarded-for': entry },
      });
      out.push(res.status);
      await res.arrayBuffer();
    }
    return out;
  };

  it('keeps one bucket per connection address when no proxy is trusted, whatever the headers say', async () => {
    const server = await start();
    const spoofed = ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'];
    expect(await statuses(server, spoofed)).toEqual([200, 200, 429, 429]);
  });

  it('gives each client behind one trusted proxy its own bucket', async () => {
    const server = await start(1);
    expect(await statuses(server, ['203.0.113.7', '203.0.113.7', '203.0.113.7'])).toEqual([
      200, 200, 429,
    ]);
    // Another voter behind the same proxy is not held back by the first.
    expect(await statuses(server, ['203.0.113.8'])).toEqual([200]);
    // The proxy's own address (no forwarded entry) is a bucket of its own.
    expect(await statuses(server, [''])).toEqual([200]);
  });

  it('does not let a spoofed left-most X-Forwarded-For entry escape the limit', async () => {
    for (const trustProxy of [1, 'loopback'] as const) {
      const server = await start(trustProxy);
      // The client sends a fresh fake address each time; its proxy appends the real one.
      const forwarded = [1, 2, 3, 4, 5].map((n) => `198.51.100.${n}, 203.0.113.7`);
      expect(await statuses(server, forwarded), String(trustProxy)).toEqual([
        200, 200, 429, 429, 429,
      ]);
    }
  });

  it('refuses an unknown proxy address at start, before serving anything', async () => {
    await expect(start(['proxy.internal'])).rejects.toThrow(TrustProxyError);
  });
});
