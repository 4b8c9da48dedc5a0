import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDatabase, openDatabase } from "../../subgraphs/shared/data-source";
import { importTransaction } from "../../subgraphs/shared/import-report";
import type { ReadIsolation } from "../../subgraphs/shared/read-isolation";
import { ORGANIZATIONS } from "../../subgraphs/organizations/queries";
import { importOrganizationRows } from "../../subgraphs/organizations/resolvers/organization-import-changes";
import { organizationsSubgraph } from "../../subgraphs/organizations/server";
import { PHANTOM_WORD, phantomRows } from "../generate/phantom-rows";

/** What one way of isolating reads did under the same load. */
interface Figures {
  mode: ReadIsolation;
  reads: number;
  readsPerSecond: number;
  p50: number;
  p99: number;
  dirty: number;
  dryRuns: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * One mode on a fresh seeded organizations database file: a 500-row import dry run as the Tyumen
 * centre in a loop, and `readers` searches at once for the dry run's word, for `seconds`. A
 * search that finds anything has seen uncommitted rows (or a count cached from them).
 */
async function measure(mode: ReadIsolation, seconds: number, readers: number): Promise<Figures> {
  const folder = mkdtempSync(join(tmpdir(), "isolation-bench-"));
  const settings = {
    sqlitePath: join(folder, "organizations.sqlite"),
    schema: "organizations",
    logSql: false,
    migrations: organizationsSubgraph.migrations,
    readIsolation: mode,
  };
  const dataSource = await openDatabase(
    createDatabase(settings, organizationsSubgraph.entities),
    settings,
  );
  try {
    await organizationsSubgraph.seed(dataSource);
    const rows = phantomRows(500);
    const principal = { organizationId: "org-rc-tyumen", role: "centre" as const };
    const until = Date.now() + seconds * 1000;
    let dryRuns = 0;
    const importing = (async () => {
      while (Date.now() < until) {
        await importTransaction(dataSource, true, (manager) =>
          importOrganizationRows(manager, rows, principal),
        );
        dryRuns += 1;
      }
    })();
    const latencies: number[] = [];
    let dirty = 0;
    const search = async () => {
      while (Date.now() < until) {
        const started = performance.now();
        const page = await ORGANIZATIONS.page(
          dataSource,
          { search: PHANTOM_WORD },
          ORGANIZATIONS.readPage({ first: 20 }),
        );
        latencies.push(performance.now() - started);
        if ((await page.totalCount) > 0 || page.edges.length > 0) dirty += 1;
      }
    };
    await Promise.all([importing, ...Array.from({ length: readers }, search)]);
    const sorted = latencies.sort((a, b) => a - b);
    return {
      mode,
      reads: sorted.length,
      readsPerSecond: Math.round(sorted.length / seconds),
      p50: Math.round(percentile(sorted, 50)),
      p99: Math.round(percentile(sorted, 99)),
      dirty,
      dryRuns,
    };
  } finally {
    await dataSource.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * `npm run bench:isolation [-- --seconds 5 --readers 8 --rounds 2]`: the ways of isolating SQLite
 * reads from write transactions (read-isolation.ts) under the same load, in alternating rounds:
 * `none` (the single shared connection, dirty), `serialised` (reads wait for write transactions)
 * and `wal-readers` (read-only WAL connections). Prints reads per second, search latency (p50,
 * p99 in ms), the searches that saw the dry run's rows, and the dry runs completed.
 */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: "string", default: "5" },
      readers: { type: "string", default: "8" },
      rounds: { type: "string", default: "2" },
    },
  });
  const modes: ReadIsolation[] = ["none", "serialised", "wal-readers"];
  const results: Figures[] = [];
  for (let round = 0; round < Number(values.rounds); round += 1) {
    const order = round % 2 ? [...modes].reverse() : modes;
    for (const mode of order)
      results.push(await measure(mode, Number(values.seconds), Number(values.readers)));
  }
  console.log("mode         reads/s  p50 ms  p99 ms  dirty  dry runs");
  for (const mode of modes) {
    for (const f of results.filter((figures) => figures.mode === mode))
      console.log(
        `${mode.padEnd(12)} ${String(f.readsPerSecond).padStart(7)} ${String(f.p50).padStart(7)} ${String(f.p99).padStart(7)} ${String(f.dirty).padStart(6)} ${String(f.dryRuns).padStart(9)}`,
      );
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
