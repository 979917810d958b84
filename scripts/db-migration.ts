import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLocalDatabase } from "./postgres/local-database";
import { listMigrations, MIGRATIONS_DIR } from "./postgres/migrate";
import { runScript } from "./run-script";

// Writes migration SQL offline with Prisma 6's WASM schema engine (tools/prisma-diff), diffing the
// schema snapshot kept with the last migration against prisma/schema.prisma.
//   tsx scripts/db-migration.ts new <name>   → prisma/migrations/<timestamp>_<name>/{migration.sql,schema.snapshot.prisma}
//   tsx scripts/db-migration.ts check        → exit 1 when schema.prisma has changes no migration covers

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "prisma/schema.prisma");
const TOOL_DIR = path.join(ROOT, "tools/prisma-diff");
export const SNAPSHOT_FILE = "schema.snapshot.prisma";

/** Prisma 6 requires a datasource url, Prisma 7 forbids one: diff copies that have it added. */
function withDatasourceUrl(schemaPath: string, workDir: string) {
  const copy = path.join(workDir, `${path.basename(path.dirname(schemaPath))}-${path.basename(schemaPath)}`);
  const text = readFileSync(schemaPath, "utf8").replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*"postgresql")/, `$1\n  url = env("DATABASE_URL")`);
  writeFileSync(copy, text);
  return copy;
}

function lastSnapshot() {
  const last = listMigrations().at(-1);
  return last ? path.join(MIGRATIONS_DIR, last, SNAPSHOT_FILE) : null;
}

export async function diffSchemaAgainstMigrations(options: { exitCode: boolean; schemaPath?: string }) {
  const database = await openLocalDatabase();
  const workDir = mkdtempSync(path.join(tmpdir(), "vetted-diff-"));
  try {
    const snapshot = lastSnapshot();
    const to = withDatasourceUrl(options.schemaPath ?? SCHEMA, workDir);
    const from = snapshot ? ["--from-schema-datamodel", withDatasourceUrl(snapshot, workDir)] : ["--from-empty"];
    const args = ["node_modules/prisma/build/index.js", "migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"];
    if (options.exitCode) args.push("--exit-code");
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      PRISMA_DIFF_SCHEMA: to,
      PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    };
    try {
      const sql = execFileSync(process.execPath, args, { cwd: TOOL_DIR, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      return { sql, hasChanges: false };
    } catch (error) {
      // --exit-code: 2 means "there is a difference", with the SQL on stdout.
      const failure = error as { status?: number; stdout?: string; stderr?: string };
      if (options.exitCode && failure.status === 2) return { sql: failure.stdout ?? "", hasChanges: true };
      throw new Error(`prisma migrate diff failed: ${failure.stderr ?? String(error)}`);
    }
  } finally {
    await database.server?.stop();
  }
}

function timestamp(date = new Date()) {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === "check") {
    const { hasChanges, sql } = await diffSchemaAgainstMigrations({ exitCode: true });
    if (hasChanges) {
      console.error("prisma/schema.prisma has changes that no migration covers. Run `npm run db:migration -- new <name>`.\n");
      console.error(sql);
      return 1;
    }
    console.log("Migrations cover prisma/schema.prisma.");
    return 0;
  }
  if (command === "new" && name && /^[a-z0-9_]+$/.test(name)) {
    const { sql } = await diffSchemaAgainstMigrations({ exitCode: false });
    if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
      console.log("No schema changes: nothing to migrate.");
      return 0;
    }
    const folder = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    copyFileSync(SCHEMA, path.join(folder, SNAPSHOT_FILE));
    writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(ROOT, folder)}/migration.sql`);
    return 0;
  }
  console.error("Usage: npm run db:migration -- new <snake_case_name> | check");
  return 2;
}

if (require.main === module) runScript(main);
