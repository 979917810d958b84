import { listAuditLog } from "@/lib/admin/list-audit-log";
import { auditLogQuerySchema } from "@/lib/admin/schemas";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ access: ["ADMIN"], query: auditLogQuerySchema }, async ({ user, query }) => listAuditLog({ user, query }));
