import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * Which proxies in front of the server may say who the client is, with the semantics of
 * Express's and Fastify's `trust proxy` setting (both built on `proxy-addr`):
 *
 * - `false` (the default) or `0`: trust no proxy. `X-Forwarded-For` is ignored and the client is
 *   the address of the TCP connection.
 * - a number `n`: the first `n` hops, counted from the server (the connection's peer first, then
 *   `X-Forwarded-For` from right to left), are trusted proxies; the next hop is the client. `1`
 *   fits one reverse proxy (nginx, Caddy) in front of the ballot box.
 * - addresses and CIDR subnets (an array, or one comma-separated string), plus the names
 *   `loopback` (127.0.0.0/8, ::1), `linklocal` (169.254.0.0/16, fe80::/10) and `uniquelocal`
 *   (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7): hops from these addresses are
 *   trusted proxies; the client is the right-most hop that is not one of them.
 * - `true`: trust every hop, so the client is the left-most `X-Forwarded-For` entry. A client
 *   can write any value there unless the proxy replaces the header: prefer a number or a list.
 *
 * Only `X-Forwarded-For` is read, never `Forwarded`: a proxy that sets one header does not clean
 * the other, so reading both would let a client supply whichever one its proxy leaves alone.
 */
export type TrustProxy = boolean | number | string | readonly string[];

/** Whether the hop `address`, `hop` steps from the server (0: the connection's peer), is a trusted proxy. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/** A `trustProxy` setting that names no number, address, subnet or preset the server knows. */
export class TrustProxyError extends Error {
  override readonly name = 'TrustProxyError';
}

const presets: Record<string, string[]> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

function addressList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries.flatMap((item) => item.split(',')).map((item) => item.trim())) {
    if (entry === '') continue;
    for (const subnet of presets[entry] ?? [entry]) {
      const [address = '', prefix, ...rest] = subnet.split('/');
      const family = isIP(address);
      const max = family === 4 ? 32 : 128;
      const bits = prefix === undefined ? max : Number(prefix);
      if (family === 0 || rest.length > 0 || !/^\d+$/.test(prefix ?? '0') || bits > max) {
        throw new TrustProxyError(
          `trustProxy: "${entry}" is not an IP address, a CIDR subnet, loopback, linklocal or uniquelocal`,
        );
      }
      list.addSubnet(address, bits, family === 4 ? 'ipv4' : 'ipv6');
    }
  }
  return list;
}

/**
 * The trust function of a {@link TrustProxy} setting. Throws {@link TrustProxyError} for a
 * negative or fractional hop count and for an entry that is not an address, subnet or preset.
 *
 * @example
 * compileTrustProxy(1)('127.0.0.1', 0); // true: the connection's peer is the proxy
 * compileTrustProxy('loopback')('203.0.113.7', 1); // false: that hop is the client
 */
export function compileTrustProxy(setting: TrustProxy | undefined): ProxyTrust {
  if (setting === undefined || setting === false) return () => false;
  if (setting === true) return () => true;
  if (typeof setting === 'number') {
    if (!Number.isSafeInteger(setting) || setting < 0) {
      throw new TrustProxyError(`trustProxy: ${setting} is not a whole number of proxy hops`);
    }
    return (_address, hop) => hop < setting;
  }
  const list = addressList(typeof setting === 'string' ? [setting] : setting);
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * Reads a `trustProxy` setting from text (a command-line flag, an environment variable): a
 * whole number is a hop count, anything else a comma-separated list of addresses, subnets and
 * presets. Throws {@link TrustProxyError} when it is neither.
 *
 * @example
 * parseTrustProxy('1'); // 1
 * parseTrustProxy('loopback, 10.0.0.0/8'); // ['loopback', '10.0.0.0/8']
 */
export function parseTrustProxy(text: string): number | string[] {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    compileTrustProxy(hops);
    return hops;
  }
  const entries = trimmed
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) {
    throw new TrustProxyError('trustProxy: give a number of proxy hops or proxy addresses');
  }
  compileTrustProxy(entries);
  return entries;
}

const compiled = new Map<unknown, ProxyTrust>();
const compiledLists = new WeakMap<readonly string[], ProxyTrust>();

function trustOf(setting: TrustProxy | ProxyTrust): ProxyTrust {
  if (typeof setting === 'function') return setting;
  if (Array.isArray(setting)) {
    const list = setting as readonly string[];
    let trust = compiledLists.get(list);
    if (trust === undefined) compiledLists.set(list, (trust = compileTrustProxy(list)));
    return trust;
  }
  let trust = compiled.get(setting);
  if (trust === undefined) {
    trust = compileTrustProxy(setting as Exclude<TrustProxy, readonly string[]>);
    if (compiled.size < 100) compiled.set(setting, trust);
  }
  return trust;
}

/** `::ffff:192.0.2.1` (an IPv4 client of a dual-stack socket) as `192.0.2.1`. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * The address a request came from, for rate limiting. By default the TCP connection's peer;
 * with a {@link TrustProxy} setting, the hops are the peer and then the `X-Forwarded-For`
 * entries from right to left, and the client is the first hop that is not a trusted proxy (the
 * left-most entry when every hop is trusted). When there is no socket, e.g. `app.request()` in
 * tests, the peer is `local`.
 *
 * @example
 * clientAddress(c); // '127.0.0.1', whatever X-Forwarded-For says
 * // X-Forwarded-For: 198.51.100.9, 203.0.113.7 — set by the client, then appended by nginx
 * clientAddress(c, 1); // '203.0.113.7'
 */
export function clientAddress(c: Context, trustProxy: TrustProxy | ProxyTrust = false): string {
  const peer = plainAddress(socketAddress(c) ?? 'local');
  if (trustProxy === false) return peer;
  const trust = trustOf(trustProxy);
  if (!trust(peer, 0)) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => plainAddress(entry.trim()))
    .filter((entry) => entry !== '')
    .reverse();
  let client = peer;
  for (const [index, address] of forwarded.entries()) {
    client = address;
    if (!trust(address, index + 1)) break;
  }
  return client;
}
