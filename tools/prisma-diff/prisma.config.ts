import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaConfig } from "prisma";

// Prisma 6's experimental JS engine, used only for `migrate diff`; it needs a reachable
// Postgres to start, but the diff of two schema files reads no tables.
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.PRISMA_DIFF_SCHEMA ?? "schema.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
} satisfies PrismaConfig;
