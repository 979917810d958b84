import type { Operation } from "@/lib/api-operation";
import { signUpSchema } from "@/lib/auth/schemas";
import { CHAT_OPERATIONS } from "@/lib/chat/operations";
import { PAYMENTS_OPERATIONS } from "@/lib/payments/operations";
import { VETTING_OPERATIONS } from "@/lib/vetting/operations";
import { ADMIN_OPERATIONS } from "@/lib/admin/operations";
import {
  acceptInvitationSchema,
  declineInvitationSchema,
  invitationAnswerSchema,
  invitationListSchema,
  invitationSchema,
} from "@/lib/invitations/schemas";
import { handPickSchema } from "@/lib/matching/schemas";
import { listNotificationsQuerySchema, notificationListSchema } from "@/lib/notifications/list-notifications";
import { markedReadSchema, markNotificationsReadSchema } from "@/lib/notifications/mark-notifications-read";
import { handPickCandidatesSchema, handPickedSchema, slaBoardQuerySchema, slaBoardSchema } from "@/lib/sla/schemas";
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
    path: "/api/bench/floor",
    summary: "Constant JSON for the benchmark's floor (404 unless the server runs with VETTED_BENCH=1)",
    tag: "System",
    access: "public",
    success: { status: 200, description: "{ status: \"ok\" }." },
    errors: [404],
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
    path: "/api/v1/invitations",
    summary: "The signed-in expert's invitations: open ones first (soonest to expire), then recently answered",
    tag: "Invitations",
    access: "EXPERT",
    success: { status: 200, description: "Open and answered invitations, each with the request summary and why the expert was matched.", schema: invitationListSchema },
  },
  {
    method: "get",
    path: "/api/v1/invitations/{id}",
    summary: "One of the signed-in expert's invitations, with the whole request description",
    tag: "Invitations",
    access: "EXPERT",
    success: { status: 200, description: "The invitation.", schema: invitationSchema },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/v1/invitations/{id}/accept",
    summary: "Accept an invitation, confirming that availability and rate still hold",
    tag: "Invitations",
    access: "EXPERT",
    body: acceptInvitationSchema,
    success: { status: 200, description: "Accepted (or straight onto the shortlist if it was already delivered).", schema: invitationAnswerSchema },
    errors: [404, 409, 415, 422],
  },
  {
    method: "post",
    path: "/api/v1/invitations/{id}/decline",
    summary: "Decline an invitation with a reason",
    tag: "Invitations",
    access: "EXPERT",
    body: declineInvitationSchema,
    success: { status: 200, description: "Declined; matching invites the next best expert.", schema: invitationAnswerSchema },
    errors: [404, 409, 415, 422],
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
  {
    method: "get",
    path: "/api/v1/admin/sla",
    summary: "The SLA board: open requests by time left with risk flags, and time-to-shortlist statistics",
    tag: "Admin",
    access: "ADMIN",
    query: slaBoardQuerySchema,
    success: { status: 200, description: "The board.", schema: slaBoardSchema },
    errors: [422],
  },
  {
    method: "get",
    path: "/api/v1/admin/requests/{id}/hand-pick-candidates",
    summary: "Approved, available experts covering a request's required skills and not yet on its shortlist",
    tag: "Admin",
    access: "ADMIN",
    success: { status: 200, description: "Up to 20 candidates, best rated first.", schema: handPickCandidatesSchema },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/v1/admin/requests/{id}/hand-pick",
    summary: "Put an approved expert straight onto a request's shortlist (audited)",
    tag: "Admin",
    access: "ADMIN",
    body: handPickSchema,
    success: { status: 200, description: "The expert is on the shortlist; a request still matching is delivered.", schema: handPickedSchema },
    errors: [404, 409, 415, 422],
  },
  ...CHAT_OPERATIONS,
  ...PAYMENTS_OPERATIONS,
  ...VETTING_OPERATIONS,
  ...ADMIN_OPERATIONS,
];
