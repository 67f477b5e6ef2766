/**
 * A version-4 UUID from `getRandomValues` (RFC 9562 §5.4: 122 random bits, version 4, variant
 * 10).
 *
 * @example
 * randomUuid((bytes) => crypto.getRandomValues(bytes)); // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function randomUuid(fill: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = fill(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Browsers offer `crypto.randomUUID` only in secure contexts (`https://`, `localhost`). A phone
 * that opens the demo's QR link over the LAN (`http://192.168.…`) has `getRandomValues` but no
 * `randomUUID`, which the elements use for outbox keys and response ids; this fills the gap.
 *
 * @example
 * installRandomUuid(globalThis.crypto);
 */
export function installRandomUuid(target: Crypto): void {
  if (typeof target.randomUUID === 'function') return;
  Object.defineProperty(target, 'randomUUID', {
    configurable: true,
    value: () => randomUuid((bytes) => target.getRandomValues(bytes)),
  });
}
