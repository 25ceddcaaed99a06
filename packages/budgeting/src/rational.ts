/**
 * Exact fractions over BigInt, used to re-check the float computation where two values are too close for
 * rounding to be trusted (the role gmpy2 fractions play in pabutools, and Fraction.js in equalshares.net).
 */
export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);

  static of(num: bigint, den = 1n): Rational {
    if (den === 0n) throw new RangeError('a fraction with denominator 0');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const divisor = gcd(num < 0n ? -num : num, den);
    return divisor === 1n ? new Rational(num, den) : new Rational(num / divisor, den / divisor);
  }

  /** The exact value of a double (every finite double is a dyadic fraction). */
  static fromNumber(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
    if (Number.isInteger(value)) return new Rational(BigInt(value), 1n);
    let den = 1n;
    let scaled = value;
    while (!Number.isInteger(scaled)) {
      scaled *= 2;
      den *= 2n;
    }
    return Rational.of(BigInt(scaled), den);
  }

  add(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num + other.num, this.den);
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num - other.num, this.den);
    return Rational.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  mul(other: Rational): Rational {
    return Rational.of(this.num * other.num, this.den * other.den);
  }

  div(other: Rational): Rational {
    return Rational.of(this.num * other.den, this.den * other.num);
  }

  compare(other: Rational): number {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  toNumber(): number {
    const magnitude = this.num < 0n ? -this.num : this.num;
    if (magnitude < LIMIT && this.den < LIMIT) return Number(this.num) / Number(this.den);
    const bits = Math.max(bitLength(this.num), bitLength(this.den));
    const shift = BigInt(bits - 900);
    return Number(this.num >> shift) / Number(this.den >> shift);
  }
}

const LIMIT = 1n << 1000n;

function bitLength(value: bigint): number {
  return (value < 0n ? -value : value).toString(16).length * 4;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
