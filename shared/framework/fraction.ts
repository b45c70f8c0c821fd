// Exact scores as fractions of integers. Scores are built from half-points (0, 0.5 and 1 become
// 0, 1 and 2 halves), so every score is a ratio of small integers: summing floats such as 0.5
// would drift (0.1 + 0.2 !== 0.3), and leadership compares the number between reports, so
// "70%" must never turn into "69.9%" because of the order practices were added in.

export interface Fraction {
  readonly num: number;
  readonly den: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

/** Integer division rounded down, without relying on float division of large values. */
function divFloor(a: number, b: number): number {
  const rest = ((a % b) + b) % b;
  return (a - rest) / b;
}

/**
 * A reduced fraction; `den` must be a positive safe integer and `num` a safe integer. Reducing
 * keeps equal scores deep-equal (2/4 and 1/2 are the same score in stored JSON and in tests).
 */
export function fraction(num: number, den: number): Fraction {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) {
    throw new RangeError(
      `Invalid fraction ${num}/${den}: need integers and a positive denominator`,
    );
  }
  const divisor = gcd(num, den);
  // num 0 gives divisor = den, which yields the canonical 0/1.
  return { num: num / divisor, den: den / divisor };
}

/** Negative when a < b, 0 when equal, positive when a > b (cross-multiplied, exact). */
export function compareFractions(a: Fraction, b: Fraction): number {
  return Math.sign(a.num * b.den - b.num * a.den);
}

export function fractionsEqual(a: Fraction, b: Fraction): boolean {
  return compareFractions(a, b) === 0;
}

/** The smallest fraction of a non-empty list (the first one on ties). */
export function minFraction(fractions: readonly Fraction[]): Fraction | null {
  let smallest: Fraction | null = null;
  for (const f of fractions) {
    if (smallest === null || compareFractions(f, smallest) < 0) smallest = f;
  }
  return smallest;
}

/** The exact arithmetic mean of a list, or null for an empty list. */
export function meanOfFractions(fractions: readonly Fraction[]): Fraction | null {
  if (fractions.length === 0) return null;
  // Sum over the least common denominator, reduced at each step so integers stay small.
  let sum = fraction(0, 1);
  for (const f of fractions) {
    const common = (sum.den / gcd(sum.den, f.den)) * f.den;
    sum = fraction(sum.num * (common / sum.den) + f.num * (common / f.den), common);
  }
  return fraction(sum.num, sum.den * fractions.length);
}

/**
 * The fraction as an integer number of tenths of a percent (0.375 -> 375), rounded half up with
 * integer arithmetic only: round(num * 1000 / den) = floor((2000 * num + den) / (2 * den)).
 */
export function fractionToPercentTenths(f: Fraction): number {
  return divFloor(2000 * f.num + f.den, 2 * f.den);
}

/** "70%", "37.5%", "16.7%": one decimal only when the rounded value is not whole. */
export function formatPercent(f: Fraction): string {
  const tenths = fractionToPercentTenths(f);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = divFloor(abs, 10);
  const decimal = abs % 10;
  return decimal === 0 ? `${sign}${whole}%` : `${sign}${whole}.${decimal}%`;
}

/** Half-points as a decimal string: 7 -> "3.5", 4 -> "2". */
export function formatHalves(halves: number): string {
  const whole = divFloor(halves, 2);
  return halves % 2 === 0 ? `${whole}` : `${whole}.5`;
}
