import { spawnSync } from "node:child_process";
import { mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { connectionForTool, findPostgresTool, serverMajorVersion } from "./postgres/client-tools";
import { openDirectLocalDatabase } from "./postgres/local-database";
import { runScript } from "./run-script";

// `npm run db:backup [-- --out <file>]`: the whole database (schema, rows, migration history) in
// pg_dump's custom format, to backups/<database>-<time>.dump unless --out says where. It reads one
// consistent snapshot while the app keeps running. Restore with `npm run db:restore`.

runScript(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const database = await openDirectLocalDatabase();
  try {
    const pgDump = findPostgresTool("pg_dump", await serverMajorVersion(database.url));
    const name = decodeURIComponent(new URL(database.url).pathname.slice(1));
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const out = path.resolve(values.out ?? path.join("backups", `${name}-${stamp}.dump`));
    mkdirSync(path.dirname(out), { recursive: true });
    // Written aside first: a dump that failed half-way never sits where a good one is expected.
    const partial = `${out}.partial`;
    const { dbname, env } = connectionForTool(database.url);
    const result = spawnSync(pgDump, ["--format=custom", "--lock-wait-timeout=60s", `--file=${partial}`, `--dbname=${dbname}`], { env, encoding: "utf8" });
    if (result.status !== 0) {
      rmSync(partial, { force: true });
      throw new Error(`pg_dump failed: ${(result.stderr || result.error?.message || "").trim()}`);
    }
    renameSync(partial, out);
    console.log(`Backed up ${name} to ${path.relative(process.cwd(), out)} (${Math.ceil(statSync(out).size / 1024)} KB).`);
  } finally {
    await database.server?.stop();
  }
});
