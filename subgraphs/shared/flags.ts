import { parseArgs } from "node:util";
import { ConfigError } from "./env";

/**
 * Reads `--name value` / `--name=value` flags with Node's own `util.parseArgs` (strict: an
 * unknown flag or a flag without its value is a ConfigError naming it). Every flag is a string;
 * callers validate values with the same readers as environment variables.
 */
export function readFlags<Name extends string>(
  argv: string[],
  names: readonly Name[],
  usage = "",
): Partial<Record<Name, string>> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<Name, string>>;
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new ConfigError(usage ? `${reason}\n${usage}` : reason);
  }
}
