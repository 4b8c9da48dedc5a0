import { createHash } from "node:crypto";
import { print, separateOperations, stripIgnoredCharacters, type DocumentNode } from "graphql";
import { LRUCache } from "lru-cache";

/**
 * An operation name becomes the `operation` label of the request metrics. A client chooses
 * names freely, and every name would be a new series in every histogram bucket, so a label is
 * given only to the operations the platform knows:
 *
 * - the shipped ones (shipped-operations.ts), always, however many other names arrive;
 * - a client's own operation once it was seen LEARN_AFTER times with the same normalised
 *   document, up to MAX_LEARNED of them over the process's life.
 *
 * Everything else is counted together as `other`. Before this, the first 100 names of any kind
 * took the labels, and 100 made-up names turned the dashboard's MyRecords into `other`.
 */

/** Times one (name, normalised document) pair is seen before its name gets a label. */
export const LEARN_AFTER = 20;
/** Client operations that may earn a label over a process's life. */
export const MAX_LEARNED = 50;
/**
 * Pairs counted towards LEARN_AFTER at once; the least recently seen are forgotten, so a flood
 * of one-off names costs a bounded table (each entry a name cut to 100 characters and a hash).
 */
const MAX_CANDIDATES = 1000;

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
/**
 * The gateway names its call to a subgraph `<operation>__<subgraph>__<n>` (Apollo's query
 * planner); a subgraph counts that call under the client operation it serves.
 */
const GATEWAY_FETCH_NAME = /^(.+?)__[_0-9A-Za-z]+__\d+$/;

/** The label value for an operation name, given its document's signature when there is one. */
export type OperationLabeller = (
  name: string | null | undefined,
  signature?: () => string,
) => string;

/**
 * A hash of the operation `name` as `document` defines it, its fragments included, printed
 * without comments or spacing: the same operation sent with other formatting counts as one.
 */
export function operationSignature(document: DocumentNode, name: string): string {
  const operation = separateOperations(document)[name];
  const text = operation ? stripIgnoredCharacters(print(operation)) : "";
  return createHash("sha256").update(text).digest("base64url");
}

/**
 * One server's labeller: `anonymous` for a request without a name, the name for a known or
 * learned operation (a gateway's subgraph call by the operation it serves), else `other`.
 */
export function operationLabeller(known: ReadonlySet<string>): OperationLabeller {
  const learned = new Set<string>();
  const candidates = new LRUCache<string, number>({ max: MAX_CANDIDATES });
  return (name, signature) => {
    if (!name) return "anonymous";
    if (known.has(name) || learned.has(name)) return name;
    const served = GATEWAY_FETCH_NAME.exec(name)?.[1];
    if (served && known.has(served)) return served;
    if (!signature || learned.size >= MAX_LEARNED || !GRAPHQL_NAME.test(name)) return "other";
    const key = `${name} ${signature()}`;
    const seen = (candidates.get(key) ?? 0) + 1;
    if (seen < LEARN_AFTER) {
      candidates.set(key, seen);
      return "other";
    }
    candidates.delete(key);
    learned.add(name);
    return name;
  };
}
