import { closeSharedStacks } from "./support/shared-stack";

/**
 * Suites over one seeded stack per database, so the four subgraphs and the gateway start once
 * instead of once a suite. The suites that only read come first and see the seed data as if
 * the stack were their own; then the suites that write: records they create themselves, counts
 * they compare with what they read first, and (ownership) three seed records no later suite
 * reads. A suite that stops a subgraph, changes seed data another suite reads or needs other
 * settings starts its own stack in its own file.
 */
import "./shared-stack/seed-facts";
import "./shared-stack/gateway";
import "./shared-stack/operations";
import "./shared-stack/pagination";
import "./shared-stack/search";
import "./shared-stack/batching";
import "./shared-stack/validation";
import "./shared-stack/writes";
import "./shared-stack/concurrency";
import "./shared-stack/import";
// Adds a generated network beside the seed data: last, after every suite that counts seed rows.
import "./shared-stack/indexes";

afterAll(closeSharedStacks);
