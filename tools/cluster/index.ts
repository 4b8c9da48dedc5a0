import { startCluster } from "./cluster";

/**
 * `npm run cluster`: the platform across several "hosts" on this machine behind HAProxy (see
 * docs/operator-cluster.md). Prints the URLs, runs until Ctrl-C or SIGTERM, then stops every
 * process (each drains), the balancer and PostgreSQL, and removes its temporary folder.
 */
async function main(): Promise<void> {
  process.stdout.write("starting PostgreSQL, migrations, replicas, HAProxy and the gateways…\n");
  const cluster = await startCluster();
  const { urls } = cluster;
  const lines = [
    `gateway (HAProxy):  ${urls.gateway}`,
    `HAProxy statistics: ${urls.stats}`,
    ...Object.entries(urls.subgraphs).map(([name, url]) => `${name.padEnd(19)} ${url}`),
    ...Object.entries(urls.processes).map(([name, url]) => `  ${name.padEnd(17)} ${url}`),
    `PostgreSQL:         ${urls.postgres}`,
    `logs:               ${cluster.dir}/logs/<process>.log`,
    "Ctrl-C stops everything.",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: stopping every process, HAProxy and PostgreSQL…\n`);
    cluster.stop().then(
      () => {
        process.stdout.write("stopped\n");
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`cluster: failed to stop: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`cluster: failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
