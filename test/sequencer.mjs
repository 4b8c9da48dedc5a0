import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Sequencer from "@jest/test-sequencer";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Seconds the slowest files take on the 2-core development machine. Jest starts the longest
 * files first when it has timed them before; a fresh clone has no such record, and jest then
 * orders by file size, which started the browser tests last: npm test took 55 s on a fresh
 * clone instead of 48–50 s. Once jest has timed a file, its own figure is used.
 */
const SLOWEST = {
  // Starts PostgreSQL, eleven processes and HAProxy, and restarts each process one at a time
  // under load: 4–5 minutes while other test runs shared the machine.
  "cluster.test.ts": 240,
  // Runs npm run subgraph:new five times in a copy of the repository: 43 s (37 s of CPU) measured
  // here, 88 s while four other test runs shared the machine.
  "scaffold.test.ts": 40,
  "kubernetes.test.ts": 20,
  "e2e/dashboard.test.ts": 11,
  "write-races.test.ts": 10,
  "shared-stack.test.ts": 9,
  "timeouts.test.ts": 8,
  "gateway-process.test.ts": 7,
  "supervision.test.ts": 7,
  "import-cli.test.ts": 7,
  "limits.test.ts": 5,
};

export default class SlowestFirst extends Sequencer {
  time(test) {
    const timed = super.time(test);
    if (timed != null) return timed;
    // Every file gets a figure, so that the ones named above are not put after the others.
    return (SLOWEST[relative(here, test.path)] ?? 1) * 1000;
  }
}
