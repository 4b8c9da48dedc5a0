/**
 * Exact decimal arithmetic for money and figures. Amounts are kept as strings end to end
 * (database, GraphQL), and summed here as scaled BigInts, so billions of roubles with
 * kopecks never pass through a float.
 */
const SCALE = 10;

function toScaled(value: string): bigint {
  const negative = value.startsWith("-");
  const [whole, fraction = ""] = (negative ? value.slice(1) : value).split(".");
  const scaled = BigInt(whole + fraction.padEnd(SCALE, "0").slice(0, SCALE));
  return negative ? -scaled : scaled;
}

function fromScaled(scaled: bigint): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(SCALE + 1, "0");
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Sums exact decimal strings: `sumDecimals(["0.1", "0.2"]) === "0.3"`. */
export function sumDecimals(values: Iterable<string>): string {
  let total = 0n;
  for (const value of values) total += toScaled(value);
  return fromScaled(total);
}

/** Writes a decimal string in canonical form: no leading zeros, no trailing fraction zeros. */
export function normalizeDecimal(value: string): string {
  return fromScaled(toScaled(value));
}
