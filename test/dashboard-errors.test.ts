import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CODE_TEXTS, reasonText, russianError } from "../dashboard/src/errors-ru";
import { badUserInput } from "../subgraphs/shared/errors";

/**
 * The dashboard's Russian for the API's errors cannot go stale: every error code the source
 * returns has a Russian text, and every reason a bad value is refused with (errors.ts's
 * `badUserInput` and the input types' messages) has a Russian translation.
 */
const root = join(__dirname, "..");

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = [...sources(join(root, "subgraphs")), ...sources(join(root, "gateway"))].map(
  (path) => ({ path, text: readFileSync(path, "utf8") }),
);

/** A message template with its `${…}` parts filled with a sample number. */
const sample = (template: string) => template.replace(/\$\{[^}]*\}/g, "10");

/** The codes the source puts in `extensions.code` or passes to codedError. */
function codesInSource(): string[] {
  const codes = new Set<string>();
  for (const { text } of files) {
    for (const match of text.matchAll(/\bcode: "([A-Z][A-Z_]+)"/g)) codes.add(match[1]);
    for (const match of text.matchAll(/codedError\(\s*"([A-Z_]+)"/g)) codes.add(match[1]);
    for (const match of text.matchAll(/"([A-Z]+(?:_[A-Z]+)*_EXCEEDED)"/g)) codes.add(match[1]);
  }
  // Federal district codes and sort orders are data, not error codes.
  for (const data of ["ASC", "CENTRAL", "FAR_EASTERN", "NORTHWESTERN", "NORTH_CAUCASIAN"])
    codes.delete(data);
  for (const data of ["SIBERIAN", "SOUTHERN", "URAL", "VOLGA"]) codes.delete(data);
  return [...codes].sort();
}

/** The reasons a bad value is refused with, as the source writes them. */
function reasonsInSource(): string[] {
  const reasons = new Set<string>();
  const literal = /"((?:[^"\\]|\\.)+)"|`([^`]+)`/;
  for (const { text } of files) {
    const calls = text.matchAll(
      new RegExp(`badUserInput\\(\\s*[^,]+,\\s*[^,]+,\\s*(?:${literal.source})`, "g"),
    );
    for (const match of calls) reasons.add(sample(match[1] ?? match[2]));
    const messages = text.matchAll(
      new RegExp(
        `(?:message:|const message =|defaultMessage: \\(\\) =>)\\s*(?:${literal.source})`,
        "g",
      ),
    );
    for (const match of messages) reasons.add(sample(match[1] ?? match[2]));
  }
  return [...reasons].filter((reason) => /^[A-Z]/.test(reason)).sort();
}

describe("the dashboard's Russian for API errors", () => {
  it.each(codesInSource())("has a Russian text for %s", (code) => {
    expect(CODE_TEXTS[code]).toMatch(/[а-я]/);
  });

  it.each(reasonsInSource())("translates the reason %j", (reason) => {
    expect(reasonText(reason)).toMatch(/[а-я]/);
  });

  it("says a refused value in Russian by field, the value quoted as the API quotes it", () => {
    const error = badUserInput(
      "input.participantCount",
      -5,
      "Expected a whole number from 0 to 10",
    );
    const said = russianError({
      message: error.message,
      code: "BAD_USER_INPUT",
      field: "input.participantCount",
    });
    expect(said).toBe(
      "Поле «Участников»: значение -5 не подходит. Ожидается целое число от 0 до 10.",
    );
  });

  it("keeps the API's English words after the Russian when a reason is unknown", () => {
    const said = russianError({
      message: 'Invalid value for "input.venue": "x". Something new.',
      code: "BAD_USER_INPUT",
      field: "input.venue",
    });
    expect(said).toBe(
      'Поле «Место»: недопустимое значение. Invalid value for "input.venue": "x". Something new.',
    );
  });
});
