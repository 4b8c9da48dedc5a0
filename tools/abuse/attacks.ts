import type { Attack } from "./attack";
import { isolationAttacks } from "./isolation-attacks";
import { oddRequestAttacks } from "./odd-request-attacks";
import { floodAttacks } from "./flood-attacks";
import { processAttacks, writeAttacks } from "./process-write-attacks";
import { inputAttacks, limitAttacks } from "./request-attacks";

/** Every attack of `npm run abuse`, in the order they run. */
export const allAttacks: Attack[] = [
  ...limitAttacks,
  ...inputAttacks,
  ...oddRequestAttacks,
  ...processAttacks,
  ...writeAttacks,
  ...isolationAttacks,
  ...floodAttacks,
];
