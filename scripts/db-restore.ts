import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { connectionForTool, findPostgresTool, serverMajorVersion } from "./postgres/client-tools";
import { openDirectLocalDatabase } from "./postgres/local-database";
import { runScript } from "./run-script";

// `npm run db:restore -- <file> --yes`: puts a `npm run db:backup` file back into the configured
// database in one transaction: every table the backup holds is dropped and recreated with the backup's
// rows (and migration history), or, on any error, nothing changes. Stop the app servers and workers
// first; run `npm run db:migrate` afterwards if the code is newer than the backup.

runScript(async () => {
  const { values, positionals } = parseArgs({ options: { yes: { type: "boolean", default: false } }, allowPositionals: true });
  const [file] = positionals;
  if (!file || !existsSync(file)) throw new Error(file ? `${file} does not exist.` : "Name the backup file: npm run db:restore -- backups/<file>.dump --yes");
  const database = await openDirectLocalDatabase();
  try {
    const target = new URL(database.url);
    if (!values.yes) {
      throw new Error(`This replaces the tables of ${target.pathname.slice(1)} on ${target.host} with ${file}: stop the app and the workers, then add --yes.`);
    }
    const pgRestore = findPostgresTool("pg_restore", await serverMajorVersion(database.url));
    const { dbname, env } = connectionForTool(database.url);
    const args = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${dbname}`, file];
    const result = spawnSync(pgRestore, args, { env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`pg_restore failed, nothing was changed: ${(result.stderr || result.error?.message || "").trim()}`);
    console.log(`Restored ${file} into ${target.pathname.slice(1)}.`);
  } finally {
    await database.server?.stop();
  }
});
