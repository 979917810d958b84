import type { Operation } from "@/lib/api-operation";
import { signUpSchema } from "@/lib/auth/schemas";
import { CHAT_OPERATIONS } from "@/lib/chat/operations";
import { CONTRACTS_OPERATIONS } from "@/lib/contracts/operations";
import { MILESTONES_OPERATIONS } from "@/lib/milestones/operations";
import { PAYMENTS_OPERATIONS } from "@/lib/payments/operations";
import { ADMIN_OPERATIONS } from "@/lib/admin/operations";
import { listNotificationsQuerySchema, notificationListSchema } from "@/lib/notifications/list-notifications";
import { markedReadSchema, markNotificationsReadSchema } from "@/lib/notifications/mark-notifications-read";
import { createdAccountSchema, healthSchema, meSchema } from "@/lib/api/schemas";

// Every HTTP operation we publish. The OpenAPI document is generated from this list, and a test
// fails when a route handler under app/api/v1 is missing from it.

export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database reachability",
    tag: "System",
    access: "public",
    success: { status: 200, description: "The app and its database answer.", schema: healthSchema },
    errors: [503],
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This OpenAPI 3.1 document",
    tag: "System",
    access: "public",
    success: { status: 200, description: "The OpenAPI document." },
  },
  {
    method: "post",
    path: "/api/v1/accounts",
    summary: "Sign up as a company member (creates the company) or as an expert (creates an application)",
    tag: "Accounts",
    access: "public",
    body: signUpSchema,
    success: { status: 201, description: "The account was created; sign in with its email and password.", schema: createdAccountSchema },
    errors: [400, 409, 415, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/me",
    summary: "The signed-in user",
    tag: "Accounts",
    access: "user",
    success: { status: 200, description: "Who is asking.", schema: meSchema },
    errors: [401],
  },
  {
    method: "get",
    path: "/api/v1/notifications",
    summary: "The signed-in user's notifications, newest first, with the unread count",
    tag: "Notifications",
    access: "user",
    query: listNotificationsQuerySchema,
    success: { status: 200, description: "Notifications and how many are unread.", schema: notificationListSchema },
    errors: [422],
  },
  {
    method: "post",
    path: "/api/v1/notifications/read",
    summary: "Mark the listed notifications (or all) as read",
    tag: "Notifications",
    access: "user",
    body: markNotificationsReadSchema,
    success: { status: 200, description: "How many notifications changed from unread to read.", schema: markedReadSchema },
    errors: [415, 422],
  },
  ...CHAT_OPERATIONS,
  ...CONTRACTS_OPERATIONS,
  ...MILESTONES_OPERATIONS,
  ...PAYMENTS_OPERATIONS,
  ...ADMIN_OPERATIONS,
];
