import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

// The one Prisma client. Password hashes are omitted from every query unless a caller asks for them.
// Created on first use, so that importing this module (e.g. during `next build`) needs no database.

function createClient() {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: point it at PostgreSQL (npm run dev sets it for you).");
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Client = ReturnType<typeof createClient>;
export type Transaction = Parameters<Parameters<Client["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { vettedPrisma?: Client };

function client(): Client {
  globalForPrisma.vettedPrisma ??= createClient();
  return globalForPrisma.vettedPrisma;
}

export const db = new Proxy({} as Client, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
