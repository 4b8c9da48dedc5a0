import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startStack, type TestStack } from "./support/stack";
import { bearer } from "./support/subgraph";
import { graphql, errorCodes } from "./support/graphql";
import {
  brokenLink,
  checkedBlocks,
  documentationFiles,
  markdownLinks,
  type CheckedBlock,
} from "./support/markdown";

/**
 * The README and the guides in docs/ say what to type; this runs what they mark `check` (see
 * test/support/markdown.ts) against a real stack, so a statement cannot go stale: GraphQL blocks
 * through the gateway, shell blocks with bash. The stack is the test stack (four subgraphs over
 * HTTP, seeded in-memory SQLite, the gateway in front), so the docs' `localhost:4000` … `4004`
 * are read as its ports, and `npm run import` is pointed at its gateway.
 */
const root = join(__dirname, "..");
const run = promisify(execFile);
const files = documentationFiles(root);
const blocks = files.flatMap((file) => checkedBlocks(root, file));
const PORTS: Record<string, string> = {
  "4000": "gateway",
  "4001": "regions",
  "4002": "organizations",
  "4003": "events",
  "4004": "programmes",
};

let stack: TestStack;
let sandbox: string;

beforeAll(async () => {
  stack = await startStack();
  sandbox = makeSandbox();
});

afterAll(async () => {
  await stack?.close();
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

/**
 * A working folder that sees the repository (every top-level entry linked) but keeps what the
 * commands write (a generated register, its report) out of the checkout.
 */
function makeSandbox(): string {
  const folder = mkdtempSync(join(tmpdir(), "docs-commands-"));
  for (const entry of readdirSync(root)) {
    if (entry === ".git" || entry === ".data") continue;
    symlinkSync(join(root, entry), join(folder, entry));
  }
  return folder;
}

/** The docs' addresses and the import's default gateway, as this stack's. */
function forStack(code: string): string {
  const gatewayUrl = stack.gateway.url;
  return code
    .replace(/localhost:(400[0-4])/g, (_match, port: string) => {
      const server = PORTS[port] === "gateway" ? stack.gateway : stack.subgraphs[PORTS[port]];
      return `127.0.0.1:${server.port}`;
    })
    .replace(/npm run import -- /g, `npm run import -- --gateway ${gatewayUrl} `);
}

/** The GraphQL errors in a command's output: each line that is a JSON answer with `errors`. */
function graphqlErrors(output: string): unknown[] {
  const found: unknown[] = [];
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const answer = JSON.parse(line) as { errors?: unknown[] };
      if (answer.errors) found.push(...answer.errors);
    } catch {
      // Not JSON: a plain line of the command's own output.
    }
  }
  return found;
}

const where = (block: CheckedBlock) => `${block.file}:${block.line}`;

describe("the README and the guides", () => {
  it("mark commands and queries to run, in the README and in the guides", () => {
    expect(blocks.filter((block) => block.file === "README.md").length).toBeGreaterThanOrEqual(3);
    expect(new Set(blocks.map((block) => block.file)).size).toBeGreaterThanOrEqual(5);
  });

  it("link only to files and headings that exist", () => {
    const broken = files
      .flatMap((file) => markdownLinks(root, file))
      .map((link) => ({ link, why: brokenLink(root, link) }))
      .filter(({ why }) => why !== null)
      .map(({ link, why }) => `${link.file}:${link.line}: ${why}`);
    expect(broken).toEqual([]);
  });

  const graphqlBlocks = blocks.filter((block) => block.language === "graphql");
  it.each(graphqlBlocks.map((block) => [where(block), block] as const))(
    "%s: the GraphQL example answers as the text says",
    async (_where, block) => {
      const headers = block.as ? bearer(block.as) : {};
      const answer = await graphql(stack.gateway.url, block.code, {}, headers);
      if (block.expectCode) expect(errorCodes(answer)).toContain(block.expectCode);
      else expect(answer.errors).toBeUndefined();
      expect(answer.data).toBeTruthy();
      if (block.expect) expect(JSON.stringify(answer.data)).toContain(block.expect);
    },
  );

  const shellBlocks = blocks.filter((block) => block.language === "sh");
  it.each(shellBlocks.map((block) => [where(block), block] as const))(
    "%s: the shell commands run and print no GraphQL error",
    async (_where, block) => {
      const { stdout } = await run("bash", ["-eo", "pipefail", "-c", forStack(block.code)], {
        cwd: sandbox,
        // About 7 s for the slowest block on an idle 2-core machine; several times that when
        // other suites share it.
        timeout: 120_000,
        env: { ...process.env, LOG_LEVEL: "warn" },
      }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`${where(block)} failed: ${error.message}\n${error.stdout ?? ""}`);
      });
      expect(graphqlErrors(stdout)).toEqual([]);
      expect(stdout.trim()).not.toBe("");
      if (block.expect) expect(stdout).toContain(block.expect);
    },
    150_000,
  );
});
