import jwt from "jsonwebtoken";
import type { Outcome } from "./http";
import type { SupervisedStack } from "./stack";

/** What one attack did: the answer it got and whether the platform held. */
export interface Result {
  status: number | string;
  codes: string;
  ms: number;
  held: boolean;
  note: string;
}

export interface Attack {
  name: string;
  /** What was observed before the platform bounded it. */
  run: (stack: SupervisedStack, root: string) => Promise<Result>;
}

export const result = (outcome: Outcome, held: boolean, note = ""): Result => ({
  status: outcome.status,
  codes: outcome.codes,
  ms: Math.round(outcome.ms),
  held,
  note,
});

/** `{ regions { code federalDistrict { code regions { ... } } } }` with `levels` lists of regions. */
export function nestedRegions(levels: number): string {
  let inner = "regions { code }";
  for (let level = 1; level < levels; level += 1)
    inner = `regions { code federalDistrict { code ${inner} } }`;
  return `{ ${inner} }`;
}

export function aliases(count: number, field: (index: number) => string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field(index)}`).join(" ")} }`;
}

/** A credential signed with the stack's secret, as a centre or the coordinator would hold. */
export function bearer(stack: SupervisedStack, sub: string, role = "centre") {
  const token = jwt.sign({ role }, stack.secret, {
    subject: sub,
    issuer: "ngo-resource-graph",
    audience: "ngo-resource-graph",
    expiresIn: 600,
  });
  return { authorization: `Bearer ${token}` };
}

export const refusedFast = (outcome: Outcome) =>
  outcome.status === 400 && outcome.codes !== "" && outcome.ms < 1000;

/** Milliseconds a `GET /health` takes when sent `afterMs` into another request. */
export async function delayedHealth(url: string, afterMs: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  const started = performance.now();
  await fetch(url.replace(/\/graphql$/, "/health")).catch(() => undefined);
  return Math.round(performance.now() - started);
}
