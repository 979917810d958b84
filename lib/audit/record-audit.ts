import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction, AuditTargetType } from "./actions";

/**
 * A transaction's client, so the entry commits with the change it records, or the global client where
 * nothing else is written. Only what is used here, since the two clients' types differ elsewhere.
 */
type AuditClient = {
  auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput; select: { id: true } }): Promise<{ id: string }> };
};

export type AuditEntry = {
  /** Who did it; null when the system did (a timer, a Stripe webhook). */
  actorId: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  data?: Prisma.InputJsonValue;
  /** The id of the HTTP request that caused it, when the caller has one. */
  requestId?: string | null;
  /** The company the actor acted for (companyOf), so the entry shows in its owners' activity view. */
  companyId?: string | null;
};

/** The company a signed-in user acts for: a client's own; experts and admins act for none. */
export const companyOf = (user: { role: string; companyId: string | null }) => (user.role === "CLIENT" ? user.companyId : null);

/** Writes one audit entry; returns its id. */
export function recordAudit(client: AuditClient, entry: AuditEntry) {
  return client.auditLog.create({ data: { ...entry, requestId: entry.requestId ?? null, companyId: entry.companyId ?? null }, select: { id: true } });
}
