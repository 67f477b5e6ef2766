/**
 * Compares two strings by Unicode code point, the order Python and Pabulib's reference
 * implementation sort text in: `"10" < "9"` and `"60" < "900"`, and, unlike `a < b` on
 * JavaScript strings (UTF-16 code units), characters outside the Basic Multilingual Plane after
 * every BMP character. The one comparison of text the rules break ties with (project ids in the
 * ranking and in the budget rules). Allocates nothing.
 *
 * @example
 * compareCodePoints('a', 'b'); // -1
 * ['9', '10', '900', '60'].sort(compareCodePoints); // ['10', '60', '9', '900']
 * compareCodePoints('\u{1F600}', '\uFFFF'); // 1 (`<` says -1)
 */
export function compareCodePoints(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Only surrogates (0xD800–0xDFFF) disagree between code-unit and code-point order.
    if (x >= 0xd800 && y >= 0xd800 && x <= 0xdfff !== y <= 0xdfff) {
      return x <= 0xdfff ? 1 : -1;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}
