/**
 * SHA-256 (FIPS 180-4) of some bytes, in plain JavaScript: what `<qy-ballot>` and
 * `<qy-pb-ballot>` use for a receipt code where the page has no `crypto.subtle`.
 *
 * @example
 * sha256(new TextEncoder().encode('abc')); // Uint8Array(32) [0xba, 0x78, 0x16, …]
 */
export function sha256(bytes: Uint8Array): Uint8Array {
  // Round constants: the first 32 bits of the fractional parts of the cube roots of the first
  // 64 primes; initial hash: the same of the square roots of the first 8 primes.
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p > 0)) primes.push(n);
  const frac = (x: number) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
  const k = primes.map((p) => frac(Math.cbrt(p)));
  const h = primes.slice(0, 8).map((p) => frac(Math.sqrt(p)));
  // Padding: a 1 bit, zeros, then the length in bits as a 64-bit big-endian number.
  const length = ((bytes.length + 72) >> 6) << 6;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(length - 4, bytes.length << 3);
  const w = new Array<number>(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let block = 0; block < length; block += 64) {
    for (let t = 0; t < 64; t++) {
      if (t < 16) w[t] = view.getUint32(block + 4 * t);
      else {
        const a = w[t - 15]!;
        const b = w[t - 2]!;
        const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
        const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
        w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
      }
    }
    let [a, b, c, d, e, f, g, hh] = h as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    for (let t = 0; t < 64; t++) {
      const t1 =
        (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[t]! + w[t]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i]! + x) | 0));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((x, i) => outView.setUint32(4 * i, x >>> 0));
  return out;
}
