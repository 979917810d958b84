import type { Operation } from "@/lib/api-operation";
import { accountStatusSchema, auditLogPageSchema, userDetailSchema, userListSchema } from "./api-schemas";
import { auditLogQuerySchema, listUsersQuerySchema, reinstateUserSchema, suspendUserSchema } from "./schemas";

const admin = (operation: Omit<Operation, "tag" | "access">): Operation => ({ tag: "Admin", access: "ADMIN", ...operation });

export const ADMIN_OPERATIONS: Operation[] = [
  admin({
    method: "get",
    path: "/api/v1/admin/users",
    summary: "Users, newest first: search by part of a name or email, filter by role and suspension; 50 a page",
    query: listUsersQuerySchema,
    success: { status: 200, description: "One page of users.", schema: userListSchema },
    errors: [422],
  }),
  admin({
    method: "get",
    path: "/api/v1/admin/users/{id}",
    summary: "One user: account, companies or expert profile, contracts count, and recent audit entries about them",
    success: { status: 200, description: "The user.", schema: userDetailSchema },
    errors: [404],
  }),
  admin({
    method: "post",
    path: "/api/v1/admin/users/{id}/suspend",
    summary: "Suspend a client or an expert with a reason: no sign-in, no session, an approved expert is no longer matched (audited, emailed)",
    body: suspendUserSchema,
    success: { status: 200, description: "The account is suspended.", schema: accountStatusSchema },
    errors: [404, 409, 415, 422],
  }),
  admin({
    method: "post",
    path: "/api/v1/admin/users/{id}/reinstate",
    summary: "Lift a suspension with a reason: the user can sign in again and a suspended expert is approved again (audited, emailed)",
    body: reinstateUserSchema,
    success: { status: 200, description: "The account is active again.", schema: accountStatusSchema },
    errors: [404, 409, 415, 422],
  }),
  admin({
    method: "get",
    path: "/api/v1/admin/audit-log",
    summary: "The audit log, newest first: filter by action prefix, actor, target and days (UTC); 50 a page",
    query: auditLogQuerySchema,
    success: { status: 200, description: "One page of entries, and the admins to filter by.", schema: auditLogPageSchema },
    errors: [422],
  }),
];
