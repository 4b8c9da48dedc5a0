import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * What the docs test reads from the README and the guides: the fenced blocks marked to be run
 * and every relative link. A block is marked in its info string, after the language:
 *
 *     ```graphql check                     run through the gateway; must answer without errors
 *     ```graphql check BAD_USER_INPUT      must answer with that error code
 *     ```graphql check as=org-rc-tyumen    sent with that centre's service token
 *     ```sh check                          run with bash; must exit 0 (and print no GraphQL errors)
 *     ```sh check expect="rejected 3"      … and print that text (also for graphql answers; quote
 *                                          with ' a text that holds ")
 *
 * GitHub shows such a block as an ordinary `graphql` or `sh` block: it reads the first word.
 */
export interface CheckedBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  language: "graphql" | "sh";
  code: string;
  /** The error code the block must answer with, when it is an example of an error. */
  expectCode?: string;
  /** The organisation whose service token a GraphQL block is sent with. */
  as?: string;
  /** Text the answer or the output must contain. */
  expect?: string;
}

export interface MarkdownLink {
  file: string;
  line: number;
  target: string;
}

/** README.md and every guide in docs/, as paths relative to the repository root. */
export function documentationFiles(root: string): string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join("docs", name));
  return ["README.md", ...docs];
}

const FENCE = /^(\s*)```(.*)$/;

/** The blocks of one file marked `check`, in order. */
export function checkedBlocks(root: string, file: string): CheckedBlock[] {
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  const blocks: CheckedBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = FENCE.exec(lines[index]);
    if (!open) continue;
    const [language, marker, ...options] = open[2].trim().split(/\s+/);
    const end = lines.findIndex((text, at) => at > index && /^\s*```\s*$/.test(text));
    if (end < 0) throw new Error(`${file}:${index + 1}: a code fence is never closed`);
    if (marker === "check") {
      if (language !== "graphql" && language !== "sh")
        throw new Error(`${file}:${index + 1}: only graphql and sh blocks can be checked`);
      const as = options.find((option) => option.startsWith("as="))?.slice(3);
      const quoted = /expect=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(open[2]);
      const expect = quoted ? (quoted[1] ?? quoted[2] ?? quoted[3]) : undefined;
      const expectCode = options.find((option) => /^[A-Z_]+$/.test(option));
      const code = lines.slice(index + 1, end).join("\n");
      blocks.push({ file, line: index + 1, language, code, expectCode, as, expect });
    }
    index = end;
  }
  return blocks;
}

/** Every link of one file outside code, with its line. */
export function markdownLinks(root: string, file: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let fenced = false;
  readFileSync(join(root, file), "utf8")
    .split("\n")
    .forEach((text, index) => {
      if (FENCE.test(text)) fenced = !fenced;
      if (fenced) return;
      // Inline code may hold brackets and parentheses that are not links.
      const prose = text.replace(/`[^`]*`/g, "");
      for (const match of prose.matchAll(/\]\(([^)\s]+)\)/g))
        links.push({ file, line: index + 1, target: match[1] });
    });
  return links;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors a markdown file offers: one per heading, repeated headings numbered as GitHub does. */
export function headingAnchors(path: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const text of readFileSync(path, "utf8").split("\n")) {
    if (FENCE.test(text)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(text);
    if (!heading) continue;
    const slug = headingSlug(heading[1]);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  }
  return anchors;
}

/**
 * Why a relative link is broken (its file is missing, or its anchor names no heading there), or
 * null when it holds. Links to other sites are not followed.
 */
export function brokenLink(root: string, link: MarkdownLink): string | null {
  if (/^[a-z]+:/i.test(link.target)) return null;
  const [path, anchor] = link.target.split("#");
  const target = path ? resolve(root, dirname(link.file), decodeURI(path)) : join(root, link.file);
  if (!target.startsWith(root)) return `${link.target} leaves the repository`;
  if (!existsSync(target)) return `${relative(root, target)} does not exist`;
  if (anchor === undefined) return null;
  if (!target.endsWith(".md") || statSync(target).isDirectory())
    return `${link.target}: an anchor into a file that is not markdown`;
  return headingAnchors(target).has(decodeURIComponent(anchor))
    ? null
    : `${relative(root, target)} has no heading with the anchor #${anchor}`;
}
