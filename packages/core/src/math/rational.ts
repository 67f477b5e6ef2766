/**
 * An exact rational number `numerator / denominator` over BigInt, always in lowest terms with
 * a positive denominator. Scoring and budgeting compare totals exactly, so floating-point
 * noise (0.1 + 0.2 ≠ 0.3) never decides a rank or a selection.
 *
 * @example
 * Rational.parse('0.1').add(Rational.parse('0.2')).equals(Rational.parse('0.3')); // true
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  readonly numerator: bigint;
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** `numerator / denominator`, reduced. Throws a RangeError on a zero denominator. */
  static of(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
    let n = BigInt(numerator);
    let d = BigInt(denominator);
    if (d === 0n) throw new RangeError('Rational with a zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  /**
   * The exact value of a decimal or fraction as written: `"0.3"`, `"-12.5e-1"`, `"7/3"`,
   * `"12"`. A JavaScript number is read through its shortest decimal form, so `0.1` is
   * exactly one tenth (the weight as the user wrote it), not the nearest binary double.
   */
  static parse(value: string | number | bigint): Rational {
    if (typeof value === 'bigint') return Rational.of(value);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
      if (Number.isInteger(value) && Number.isSafeInteger(value)) return Rational.of(value);
      return Rational.parse(String(value));
    }
    const text = value.trim();
    const fraction = /^([+-]?\d+)\s*\/\s*(\d+)$/.exec(text);
    if (fraction) return Rational.of(BigInt(fraction[1]!), BigInt(fraction[2]!));
    const decimal = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!decimal || (decimal[2] === '' && (decimal[3] ?? '') === '')) {
      throw new SyntaxError(`Not a decimal or fraction: "${value}"`);
    }
    const [, sign, whole, frac = '', exp = '0'] = decimal;
    let numerator = BigInt(`${whole}${frac}` || '0');
    if (sign === '-') numerator = -numerator;
    const exponent = Number(exp) - frac.length;
    return exponent >= 0
      ? Rational.of(numerator * 10n ** BigInt(exponent))
      : Rational.of(numerator, 10n ** BigInt(-exponent));
  }

  /** `this + other`, exact. */
  add(other: Rational): Rational {
    if (this.denominator === other.denominator) {
      return Rational.of(this.numerator + other.numerator, this.denominator);
    }
    return Rational.of(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  /** `this − other`, exact. */
  sub(other: Rational): Rational {
    return this.add(other.neg());
  }

  /** `this × other`, exact. */
  mul(other: Rational): Rational {
    return Rational.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  /** Throws a RangeError when dividing by zero. */
  div(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** `−this`. */
  neg(): Rational {
    return new Rational(-this.numerator, this.denominator);
  }

  /** -1, 0 or 1 as `this` is less than, equal to or greater than `other`. */
  compare(other: Rational): -1 | 0 | 1 {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  /** Whether the two are the same number (both are kept in lowest terms). */
  equals(other: Rational): boolean {
    return this.numerator === other.numerator && this.denominator === other.denominator;
  }

  /** Whether `this < other`. */
  lessThan(other: Rational): boolean {
    return this.compare(other) < 0;
  }

  /** Whether `this > other`. */
  greaterThan(other: Rational): boolean {
    return this.compare(other) > 0;
  }

  /** Whether the value is 0. */
  isZero(): boolean {
    return this.numerator === 0n;
  }

  /** -1, 0 or 1 as the value is negative, zero or positive. */
  sign(): -1 | 0 | 1 {
    return this.numerator < 0n ? -1 : this.numerator > 0n ? 1 : 0;
  }

  /** The nearest double, for display and charts; never for comparisons. */
  toNumber(): number {
    if (this.denominator === 1n) return Number(this.numerator);
    const n = Number(this.numerator);
    const d = Number(this.denominator);
    if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
    // Scale both down so very large terms still give a good approximation.
    const shift = BigInt(
      Math.max(this.numerator.toString(2).length, this.denominator.toString(2).length) - 1000,
    );
    return Number(this.numerator >> shift) / Number(this.denominator >> shift);
  }

  /** `"7"` or `"7/3"`: exact, as Pabulib's reference outcomes write numbers. */
  toString(): string {
    return this.denominator === 1n ? `${this.numerator}` : `${this.numerator}/${this.denominator}`;
  }

  /**
   * A decimal string when the value has a finite decimal expansion (`"7.2"`), otherwise the
   * decimal rounded half away from zero to `maxDigits` fraction digits.
   */
  toDecimal(maxDigits = 10): string {
    const negative = this.numerator < 0n;
    let n = negative ? -this.numerator : this.numerator;
    const whole = n / this.denominator;
    n %= this.denominator;
    let digits = '';
    while (n !== 0n && digits.length < maxDigits) {
      n *= 10n;
      digits += (n / this.denominator).toString();
      n %= this.denominator;
    }
    let result = digits ? `${whole}.${digits}` : `${whole}`;
    if (n !== 0n && n * 2n >= this.denominator) {
      result = roundUpLastDigit(result);
    }
    if (digits) result = result.replace(/\.?0+$/, '');
    return negative && result !== '0' ? `-${result}` : result;
  }

  /** JSON holds the exact value as a string. */
  toJSON(): string {
    return this.toString();
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function roundUpLastDigit(text: string): string {
  const chars = text.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '.') continue;
    if (chars[i] === '9') {
      chars[i] = '0';
      continue;
    }
    chars[i] = String(Number(chars[i]) + 1);
    return chars.join('');
  }
  return `1${chars.join('')}`;
}
