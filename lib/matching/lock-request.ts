import { Prisma } from "@/generated/prisma/client";
import type { RequestStatus } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";

/**
 * Locks a request's row for the rest of the transaction, so invite rounds, responses and timers of
 * one request run one after another even across workers and app instances.
 */
export async function lockRequest(tx: Transaction, requestId: string) {
  const rows = await tx.$queryRaw<{ status: RequestStatus }[]>(Prisma.sql`SELECT status FROM hiring_requests WHERE id = ${requestId} FOR UPDATE`);
  return rows[0]?.status ?? null;
}
