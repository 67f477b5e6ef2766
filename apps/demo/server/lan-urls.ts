import { networkInterfaces } from 'node:os';

/**
 * The URLs under which other devices on the local network reach a server bound to every
 * interface (`0.0.0.0`); none when it listens on loopback only.
 *
 * @example
 * lanUrls('0.0.0.0', 5173); // ['http://192.168.1.20:5173/']
 */
export function lanUrls(host: string | boolean | undefined, port: number): string[] {
  if (host !== true && host !== '0.0.0.0' && host !== '::') return [];
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal)
    .map((address) => `http://${address!.address}:${port}/`);
}
