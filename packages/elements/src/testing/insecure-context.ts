/**
 * Test helper: runs `body` as if the page were served over plain http, where browsers offer
 * neither `crypto.randomUUID` nor `crypto.subtle`, then restores both.
 */
export async function withoutSecureCrypto<T>(body: () => Promise<T> | T): Promise<T> {
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
  Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
  try {
    return await body();
  } finally {
    delete (crypto as { randomUUID?: unknown }).randomUUID;
    delete (crypto as { subtle?: unknown }).subtle;
  }
}
