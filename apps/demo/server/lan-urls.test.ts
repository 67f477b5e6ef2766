import { describe, expect, it } from 'vitest';
import { lanUrls } from './lan-urls.js';

describe('lanUrls', () => {
  it('offers no LAN address while the demo listens on loopback', () => {
    expect(lanUrls('127.0.0.1', 5173)).toEqual([]);
    expect(lanUrls(undefined, 5173)).toEqual([]);
  });

  it('lists non-internal IPv4 addresses with the port when bound to every interface', () => {
    for (const url of lanUrls('0.0.0.0', 5173)) {
      expect(url).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:5173\/$/);
      expect(url).not.toMatch(/^http:\/\/127\./);
    }
  });
});
