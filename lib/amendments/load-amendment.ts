import { Prisma } from "@/generated/prisma/client";
import type { Transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";

const STATUS_WORDS = { ACCEPTED: "accepted", DECLINED: "declined", WITHDRAWN: "withdrawn", SUPERSEDED: "overtaken by a payment" } as const;

/** The amendment, locked for the rest of the transaction; a 409 unless it is still open. */
export async function lockOpenAmendment(tx: Transaction, amendmentId: string, contractId: string) {
  await tx.$executeRaw(Prisma.sql`SELECT id FROM contract_amendments WHERE id = ${amendmentId} FOR UPDATE`);
  const amendment = await tx.contractAmendment.findFirst({
    where: { id: amendmentId, contractId },
    select: { id: true, kind: true, status: true, before: true, after: true, milestoneId: true, proposedBySide: true, note: true },
  });
  if (!amendment) throw notFound("Change");
  if (amendment.status !== "PROPOSED") throw conflict(`This change was already ${STATUS_WORDS[amendment.status]}; reload to see the contract's terms.`);
  return amendment;
}
