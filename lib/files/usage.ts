import { Prisma } from "@/generated/prisma/client";
import type { Transaction } from "@/lib/db";

// One user's storage in one query: uploads in progress (not yet expired), and bytes held by ready files
// and uploads in progress (the quota counts both).

export async function storageUsageOf(client: Pick<Transaction, "$queryRaw">, ownerId: string, now: Date) {
  const at = now.toISOString();
  const [usage] = await client.$queryRaw<{ pending: number; usedBytes: bigint }[]>(Prisma.sql`
    SELECT count(*) FILTER (WHERE status = 'PENDING' AND "uploadExpiresAt" > ${at}::timestamp)::int AS pending,
      COALESCE(sum(size) FILTER (WHERE status IN ('PENDING', 'READY')), 0)::bigint AS "usedBytes"
    FROM stored_files WHERE "ownerId" = ${ownerId}`);
  return { pending: usage?.pending ?? 0, usedBytes: Number(usage?.usedBytes ?? 0) };
}
