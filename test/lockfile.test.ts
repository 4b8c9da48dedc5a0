import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The committed lockfile serves every platform: each optional dependency a locked package names
 * (the builds of @swc/core, esbuild, rolldown, … for each operating system and CPU) has an entry
 * where Node would look for it. A lockfile written on one machine by an install that pruned the
 * other platforms' builds once lacked eight builds of @swc/core and seventeen of unrs-resolver,
 * so a lockfile-exact install on macOS or Windows had no compiler and a clean clone's
 * `npm install` rewrote the file. The repair is in docs/developing.md (The lockfile).
 */
interface LockedPackage {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(join(__dirname, "..", "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};

/** Where Node would find `name` from the package at `path`: its own folder, then each above. */
function resolvesFrom(path: string, name: string): boolean {
  let base = path;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ""}node_modules/${name}`]) return true;
    if (!base) return false;
    const parent = base.lastIndexOf("/node_modules/");
    base = parent < 0 ? "" : base.slice(0, parent);
  }
}

describe("package-lock.json", () => {
  it("is a version 3 lockfile, which records every package by its path", () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it("records every platform's build of each optional dependency", () => {
    const missing = Object.entries(lock.packages).flatMap(([path, locked]) =>
      Object.keys(locked.optionalDependencies ?? {})
        .filter((name) => !resolvesFrom(path, name))
        .map((name) => `${path || "(root)"} -> ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it("has the builds of @swc/core, which every command runs through, for macOS, Windows and Linux", () => {
    const builds = Object.keys(lock.packages).filter((path) =>
      path.startsWith("node_modules/@swc/core-"),
    );
    for (const platform of ["darwin-arm64", "darwin-x64", "win32-x64-msvc", "linux-x64-gnu"])
      expect(builds).toContain(`node_modules/@swc/core-${platform}`);
  });
});
