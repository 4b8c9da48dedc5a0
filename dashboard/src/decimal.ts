/**
 * Exact sums of the graph's `Decimal` strings. Budgets reach billions of roubles with kopecks;
 * a float would round them, so they are added as BigInt hundredths and only turned into a
 * number for drawing a chart.
 */
const SCALE = 100n;

/** "4000000000.5" -> 400000000050n (hundredths). */
export function toHundredths(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2})\d*)?$/.exec(value.trim());
  if (!match) throw new Error(`Not a decimal: ${value}`);
  const [, sign, whole, fraction = ""] = match;
  const hundredths = BigInt(whole) * SCALE + BigInt(fraction.padEnd(2, "0"));
  return sign ? -hundredths : hundredths;
}

/** 400000000050n -> "4000000000.50". */
export function fromHundredths(value: bigint): string {
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const fraction = String(absolute % SCALE).padStart(2, "0");
  return `${negative ? "-" : ""}${absolute / SCALE}.${fraction}`;
}

/** The sum of decimal strings, as a decimal string. */
export function sumDecimals(values: string[]): string {
  return fromHundredths(values.reduce((sum, value) => sum + toHundredths(value), 0n));
}
