import type { Transaction } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";

/**
 * Locks a request's row for the rest of the transaction, so invite rounds, responses and timers of
 * one request run one after another even across workers and app instances.
 */
export async function lockRequest(tx: Transaction, requestId: string) {
  const rows = await tx.$queryRaw<{ status: string }[]>(
    Prisma.sql`SELECT status FROM hiring_requests WHERE id = ${requestId} FOR UPDATE`,
  );
  return rows[0]?.status ?? null;
}
