import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isDatabaseReachable } from "@/lib/health";

describe("isDatabaseReachable", () => {
  it("is true for this run's database", async () => {
    await db.$queryRaw`SELECT 1`; // open the pool's first connection, so a loaded machine cannot time the check out
    expect(await isDatabaseReachable()).toBe(true);
  });

  it("is false, promptly, when nothing listens at the database address", async () => {
    const adapter = new PrismaPg({ connectionString: "postgresql://nobody:nothing@127.0.0.1:1/none", connectionTimeoutMillis: 1_000 });
    const unreachable = new PrismaClient({ adapter });
    const startedAt = Date.now();
    expect(await isDatabaseReachable(unreachable)).toBe(false);
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    await unreachable.$disconnect();
  });
});
