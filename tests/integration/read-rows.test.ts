import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRows } from "@/lib/db";

// readRows reads what Prisma wrote the way Prisma reads it, whatever the server's timezone.

describe("readRows", () => {
  const originalTimeZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Pacific/Auckland"; // pg's default parser would read timestamps as local time here
  });
  afterAll(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it("reads timestamp(3) columns as UTC, int8 as bigint, and passes values as parameters", async () => {
    const hostile = "'); DROP TABLE users; --";
    const [row] = await readRows<{ at: Date; total: bigint; text: string; nothing: Date | null }>`
      SELECT '2026-06-01 10:00:00.123'::timestamp(3) AS at, 9007199254740993::int8 AS total, ${hostile}::text AS text, NULL::timestamp AS nothing`;
    expect(row.at).toBeInstanceOf(Date);
    expect(row.at.toISOString()).toBe("2026-06-01T10:00:00.123Z");
    expect(row.total).toBe(9007199254740993n);
    expect(row.text).toBe(hostile);
    expect(row.nothing).toBeNull();
  });

  it("runs one call site with new values as the same prepared statement, and another call site as its own", async () => {
    const double = (value: number) => readRows<{ result: number }>`SELECT ${value}::int * 2 AS result`;
    const triple = (value: number) => readRows<{ result: number }>`SELECT ${value}::int * 3 AS result`;
    expect((await Promise.all([1, 2, 3].map(double))).map(([row]) => row.result)).toEqual([2, 4, 6]);
    expect((await triple(2))[0].result).toBe(6);
  });
});
