import { defineOperation } from "@/lib/api/operation";
import { auditLogPageSchema } from "./api-schemas";
import { listAuditLog } from "./list-audit-log";
import { auditLogQuerySchema } from "./schemas";

export const listAuditLogOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/audit-log",
  summary: "The audit log, newest first: filter by action prefix, actor, target and days (UTC); 50 a page",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: auditLogQuerySchema },
  output: { status: 200, description: "One page of entries, and the admins to filter by.", schema: auditLogPageSchema },
  errors: [422],
  handler: ({ user, query }) => listAuditLog({ user, query }),
});
