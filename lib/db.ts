import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool, type QueryResultRow, types } from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

// The one database module: the Prisma client, and `readRows` for the few hot reads where Prisma's own
// cost matters, over the same connection pool. Password hashes are omitted from every Prisma query
// unless a caller asks for them. Created on first use, so that importing this module (e.g. during
// `next build`) needs no database.

function createClients() {
  const { DATABASE_URL: connectionString, DATABASE_POOL_SIZE } = env();
  if (!connectionString) throw new Error("DATABASE_URL is not set: point it at PostgreSQL (npm run dev sets it for you).");
  const pool = new Pool({ connectionString, max: DATABASE_POOL_SIZE, connectionTimeoutMillis: 5_000 });
  // An idle connection that breaks (a database restart) must not take the process down; the pool replaces it.
  pool.on("error", (error) => logger.warn({ err: error }, "idle database connection failed"));
  const adapter = new PrismaPg(pool, { disposeExternalPool: true }); // db.$disconnect() ends the pool
  // Prisma's defaults (2 s to get a connection, 5 s per transaction) turn a busy minute into 500s:
  // a transaction that would commit in 6 s is better committed than rolled back.
  const transactionOptions = { maxWait: 10_000, timeout: 15_000 };
  return {
    pool,
    prisma: new PrismaClient({
      adapter,
      omit: { user: { passwordHash: true }, twoFactorCredential: { encryptedSecret: true }, twoFactorRecoveryCode: { codeHash: true } },
      transactionOptions,
    }),
  };
}

type Clients = ReturnType<typeof createClients>;
type Client = Clients["prisma"];
export type Transaction = Parameters<Parameters<Client["$transaction"]>[0]>[0];

const globalForDatabase = globalThis as unknown as { vettedDatabase?: Clients };

function clients(): Clients {
  globalForDatabase.vettedDatabase ??= createClients();
  return globalForDatabase.vettedDatabase;
}

export const db = new Proxy({} as Client, {
  get(_target, property) {
    const client = clients().prisma;
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

// Prisma stores DateTime in `timestamp(3)` columns as UTC; pg would read them as local time. Bigints
// stay bigints, as Prisma returns them.
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const rowTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === INT8_OID) return (value: string) => BigInt(value);
    return types.getTypeParser(oid, format);
  },
} as typeof types;

// A template's strings are one object per call site: its statement is built and named once.
const statements = new WeakMap<TemplateStringsArray, { text: string; name: string }>();

function statementOf(strings: TemplateStringsArray) {
  let statement = statements.get(strings);
  if (!statement) {
    const text = strings.reduce((query, part, index) => `${query}$${index}${part}`);
    statement = { text, name: `read_${createHash("sha1").update(text).digest("hex").slice(0, 16)}` };
    statements.set(strings, statement);
  }
  return statement;
}

/**
 * A read on the hot path, as a tagged template whose values become parameters:
 * readRows<Row>`SELECT … WHERE id = ${id}`. One Prisma call costs ~0.2 ms of Node CPU and this about
 * 0.05 ms (`npm run bench:queries`). Each is a named prepared statement, so every pooled connection
 * plans it once: planning a query with nested JSON costs PostgreSQL more than running it. Behind a
 * transaction pooler that cannot keep named statements (DATABASE_PREPARED_STATEMENTS=false) the next
 * call could reach a server connection that never saw the statement, so each read is unnamed there.
 */
export async function readRows<Row extends QueryResultRow>(strings: TemplateStringsArray, ...values: unknown[]): Promise<Row[]> {
  const { text, name } = statementOf(strings);
  const named = env().DATABASE_PREPARED_STATEMENTS;
  const result = await clients().pool.query<Row>({ name: named ? name : undefined, text, values, types: rowTypes });
  return result.rows;
}
