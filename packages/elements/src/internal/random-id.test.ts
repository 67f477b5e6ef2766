import { describe, expect, it } from 'vitest';
import { withoutSecureCrypto } from '../testing/insecure-context.js';
import { randomId } from './random-id.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomId', () => {
  it('is a version-4 UUID', () => {
    expect(randomId()).toMatch(uuid);
  });

  it('still works over plain http, where crypto.randomUUID is missing', async () => {
    const ids = await withoutSecureCrypto(() => {
      expect(crypto.randomUUID).toBeUndefined();
      return Array.from({ length: 50 }, randomId);
    });
    for (const id of ids) expect(id).toMatch(uuid);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
