import type { Metadata } from "next";
import { AuditLogView } from "@/components/admin/audit-log-view";
import { listAuditLog } from "@/lib/admin/list-audit-log";
import { auditLogQuerySchema, queryFromSearchParams } from "@/lib/admin/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";
import { firstMessage } from "@/lib/plain-zod-messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

type AuditLogPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: AuditLogPageProps) {
  const user = await requirePageUser({ path: "/admin/audit-log", roles: ["ADMIN"] });
  const query = auditLogQuerySchema.safeParse(queryFromSearchParams(await searchParams));
  const filter = query.success ? query.data : auditLogQuerySchema.parse({});
  const problem = query.success ? null : (firstMessage(query.error) ?? "The filter was not understood.");
  return <AuditLogView log={await listAuditLog({ user, query: filter })} filter={filter} problem={problem} />;
}
