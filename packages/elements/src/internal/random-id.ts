/**
 * A random UUID (version 4). Uses `crypto.randomUUID` where the browser offers it; a page served
 * over plain http (a phone opening a QR link on the local network) has no `randomUUID`, since
 * browsers keep it for secure contexts, but it has `crypto.getRandomValues`, which is just as
 * random.
 *
 * @example
 * randomId(); // e.g. '1b4e28ba-2fa1-41d2-883f-0016d3cca427'
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
