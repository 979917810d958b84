import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { connectTo } from "./connect";

// pg_dump and pg_restore for the backup scripts. pg_dump refuses a server of a newer major version than
// its own, so the tool is looked for by version: first where packages put each major (Debian's and the
// PostgreSQL project's packages, RHEL's), then PostgreSQL's default prefix for a build from source
// (.ci/install-postgresql-client), then PATH.

export type PostgresTool = "pg_dump" | "pg_restore";

export async function serverMajorVersion(databaseUrl: string) {
  const client = await connectTo(databaseUrl);
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0].server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

function toolMajorVersion(binary: string) {
  const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
  const major = /\(PostgreSQL\) (\d+)/.exec(result.stdout ?? "")?.[1];
  return result.status === 0 && major ? Number(major) : null;
}

function candidateDirectories(major: number) {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return [`/usr/lib/postgresql/${major}/bin`, `/usr/pgsql-${major}/bin`, "/usr/local/pgsql/bin", ...onPath];
}

/** The first `tool` whose major version is at least the server's; an error naming what was found otherwise. */
export function findPostgresTool(tool: PostgresTool, serverMajor: number) {
  const seen: string[] = [];
  for (const directory of candidateDirectories(serverMajor)) {
    const binary = path.join(directory, tool);
    if (!existsSync(binary)) continue;
    const major = toolMajorVersion(binary);
    if (major !== null && major >= serverMajor) return binary;
    seen.push(`${binary} (${major ?? "unknown version"})`);
  }
  const found = seen.length ? ` Found only ${seen.join(", ")}.` : "";
  throw new Error(
    `No ${tool} for PostgreSQL ${serverMajor}: install postgresql-client-${serverMajor} (PostgreSQL's apt repository), or put a ${tool} of version ${serverMajor} or newer on PATH.${found}`,
  );
}

/** The URL without its password, which goes to the tool through PGPASSWORD instead of its command line. */
export function connectionForTool(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { dbname: url.toString(), env: { ...process.env, PGPASSWORD: password } };
}
