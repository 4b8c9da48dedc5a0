import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { CheckReport, CheckedChange } from "../gateway/registry/check";

const USAGE = `usage: npm run subgraph:register -- <name> --url URL --owner <centreId|coordinator> [--timeout-ms N] [--breaker-failures N]
       npm run subgraph:check    -- <name> --schema <file|url>
       npm run subgraph:publish  -- <name> --schema <file|url>
       npm run subgraph:rollback -- <name> --version N
       npm run subgraph:versions -- <name>
Every command takes --gateway URL (GATEWAY_URL, default http://127.0.0.1:4000) and
--token <credential> (NGO_TOKEN): a centre's or the coordinator's, as \`npm run token\` prints.`;

const OPTIONS = {
  gateway: { type: "string" },
  token: { type: "string" },
  schema: { type: "string" },
  url: { type: "string" },
  owner: { type: "string" },
  version: { type: "string" },
  "timeout-ms": { type: "string" },
  "breaker-failures": { type: "string" },
} as const;

class UsageError extends Error {}

/**
 * A candidate SDL from a file, or from a running subgraph's `_service { sdl }` at a URL (the
 * token is sent along: a subgraph in production shows its SDL to the coordinator only).
 */
async function readSchema(source: string, token: string | undefined): Promise<string> {
  if (!/^https?:\/\//.test(source)) {
    if (!existsSync(source)) throw new UsageError(`--schema: no file ${source}`);
    return readFileSync(source, "utf8");
  }
  const response = await fetch(source, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: "{ _service { sdl } }" }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl)
    throw new UsageError(
      `--schema: ${source} did not answer _service { sdl }: ${JSON.stringify(body)}`,
    );
  return sdl;
}

function whole(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`--${flag} must be a whole number, got "${value}"`);
  return number;
}

/** One line per change: its level, whether it blocks, what it touches and who uses it. */
export function describeChange(change: CheckedChange): string[] {
  const mark = change.blocking ? "BLOCKING" : "ok";
  const lines = [
    `  [${change.level}] ${mark}: ${change.message}${change.path ? ` (${change.path})` : ""}`,
  ];
  for (const reason of change.reasons) lines.push(`      because it ${reason}`);
  for (const operation of change.operations.slice(0, 10)) {
    const who = operation.clients.length > 0 ? ` by ${operation.clients.join(", ")}` : "";
    const seen = operation.lastSeen ? `, last seen ${operation.lastSeen}` : "";
    lines.push(
      `      used by ${operation.name} (${operation.source} ${operation.id}${who}${seen})`,
    );
  }
  if (change.operations.length > 10)
    lines.push(`      and ${change.operations.length - 10} more operations`);
  return lines;
}

/** The report of a check, as printed by check and by a refused publish. */
export function describeReport(report: CheckReport): string {
  if (report.errors.length > 0)
    return [
      `${report.subgraph} does not compose with the network:`,
      ...report.errors.map((e) => `  ${e}`),
    ].join("\n");
  const counts = (["breaking", "dangerous", "safe"] as const).map(
    (level) => `${report.changes.filter((change) => change.level === level).length} ${level}`,
  );
  return [
    `${report.subgraph}: ${report.changes.length} change(s) of the API schema (${counts.join(", ")}), weighed against ${report.operationsConsidered} operation(s)`,
    ...report.changes.flatMap(describeChange),
    report.blocking
      ? "blocked: fix the blocking changes (or deprecate first), then check again"
      : "nothing blocks",
  ].join("\n");
}

async function call(
  gateway: string,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(new URL(path, gateway), {
    method,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown> & {
    errors?: { message: string; extensions: { code: string; report?: CheckReport } }[];
  };
  return { ok: response.ok, answer };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const [command, name] = positionals;
  if (!command || !name) throw new UsageError("a command and a subgraph name are needed");
  const gateway = values.gateway ?? process.env.GATEWAY_URL ?? "http://127.0.0.1:4000";
  const token = values.token ?? process.env.NGO_TOKEN;
  const path = `/registry/subgraphs/${encodeURIComponent(name)}`;
  let result;
  switch (command) {
    case "register":
      if (!values.url || !values.owner) throw new UsageError("register needs --url and --owner");
      result = await call(gateway, token, "POST", "/registry/subgraphs", {
        name,
        url: values.url,
        owner: values.owner,
        timeoutMs: whole(values["timeout-ms"], "timeout-ms"),
        breakerFailures: whole(values["breaker-failures"], "breaker-failures"),
      });
      break;
    case "check":
    case "publish":
      if (!values.schema) throw new UsageError(`${command} needs --schema <file|url>`);
      result = await call(gateway, token, "POST", `${path}/${command}`, {
        sdl: await readSchema(values.schema, token),
      });
      break;
    case "rollback":
      result = await call(gateway, token, "POST", `${path}/rollback`, {
        version: whole(values.version, "version"),
      });
      break;
    case "versions":
      result = await call(gateway, token, "GET", `${path}/versions`);
      break;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
  const { ok, answer } = result;
  const error = answer.errors?.[0];
  if (error) {
    if (error.extensions.report)
      process.stdout.write(`${describeReport(error.extensions.report)}\n`);
    process.stderr.write(`${error.extensions.code}: ${error.message}\n`);
    return 1;
  }
  const report = answer.report as CheckReport | undefined;
  if (report) process.stdout.write(`${describeReport(report)}\n`);
  if (answer.supergraph) {
    const served = answer.supergraph as { cause: string; hash: string; createdAt: string };
    process.stdout.write(
      `served: ${served.cause} (supergraph ${served.hash}, ${served.createdAt})\n`,
    );
  }
  if (answer.subgraph) process.stdout.write(`${JSON.stringify(answer.subgraph)}\n`);
  if (answer.versions)
    for (const version of answer.versions as {
      version: number;
      publishedBy: string;
      publishedAt: string;
    }[])
      process.stdout.write(`v${version.version}  ${version.publishedAt}  ${version.publishedBy}\n`);
  return ok && !(report?.blocking ?? false) ? 0 : 1;
}

if (require.main === module)
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      const parse = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
      const usage = error instanceof UsageError || parse ? `\n${USAGE}` : "";
      process.stderr.write(`${error.message}${usage}\n`);
      process.exit(2);
    },
  );
