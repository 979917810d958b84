import type { z } from "zod";
import { signUpSchema } from "@/lib/auth/schemas";
import { CHAT_OPERATIONS } from "@/lib/chat/operations";
import { CONTRACTS_OPERATIONS } from "@/lib/contracts/operations";
import { MILESTONES_OPERATIONS } from "@/lib/milestones/operations";
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
import {
  cancelledRequestSchema,
  createdRequestSchema,
  createRequestBodySchema,
  draftChangesSchema,
  listRequestsQuerySchema,
  requestDetailSchema,
  requestListSchema,
  submittedRequestSchema,
  updatedDraftSchema,
} from "@/lib/requests/api-schemas";
import { skillSearchQuerySchema, skillSearchResultSchema } from "@/lib/skills/schemas";
import { createdAccountSchema, healthSchema, meSchema } from "./schemas";

// Every HTTP operation we publish. The OpenAPI document is generated from this list, and a test
// fails when a route handler under app/api/v1 is missing from it.

export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  access: "public" | "user" | "CLIENT" | "EXPERT" | "ADMIN";
  query?: z.ZodType;
  headers?: { name: string; description: string }[];
  body?: z.ZodType;
  success: { status: number; description: string; schema?: z.ZodType };
  errors?: number[];
};

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
  {
    method: "post",
    path: "/api/v1/requests",
    summary: "Raise a hiring request: save a draft, or with submit: true create it complete and start the 8-hour matching clock",
    tag: "Requests",
    access: "CLIENT",
    headers: [{ name: "Idempotency-Key", description: "Optional. A retry with the same key returns the request the first attempt created, instead of a second one." }],
    body: createRequestBodySchema,
    success: { status: 201, description: "The request was created (and submitted, with submit: true).", schema: createdRequestSchema },
    errors: [400, 415, 422],
  },
  {
    method: "get",
    path: "/api/v1/requests",
    summary: "Your company's hiring requests, newest first, with match counts",
    tag: "Requests",
    access: "CLIENT",
    query: listRequestsQuerySchema,
    success: { status: 200, description: "One page of requests; pass nextCursor as cursor for the next.", schema: requestListSchema },
    errors: [422],
  },
  {
    method: "get",
    path: "/api/v1/requests/{id}",
    summary: "One of your company's requests: matching progress and, once delivered, the shortlist with why each expert was matched",
    tag: "Requests",
    access: "CLIENT",
    success: { status: 200, description: "The request.", schema: requestDetailSchema },
    errors: [400, 404],
  },
  {
    method: "patch",
    path: "/api/v1/requests/{id}",
    summary: "Change a draft: the fields sent replace the stored ones",
    tag: "Requests",
    access: "CLIENT",
    body: draftChangesSchema,
    success: { status: 200, description: "The draft was saved.", schema: updatedDraftSchema },
    errors: [400, 404, 409, 415, 422],
  },
  {
    method: "post",
    path: "/api/v1/requests/{id}/submit",
    summary: "Submit a complete draft: matching starts and the shortlist is due 8 hours later",
    tag: "Requests",
    access: "CLIENT",
    success: { status: 200, description: "Matching has started.", schema: submittedRequestSchema },
    errors: [400, 404, 409, 422],
  },
  {
    method: "post",
    path: "/api/v1/requests/{id}/cancel",
    summary: "Cancel a draft, or a request being matched or matched; open invitations expire",
    tag: "Requests",
    access: "CLIENT",
    success: { status: 200, description: "The request is cancelled.", schema: cancelledRequestSchema },
    errors: [400, 404, 409],
  },
  {
    method: "get",
    path: "/api/v1/skills",
    summary: "Type-ahead over the skill taxonomy, names and synonyms (\"k8s\" finds Kubernetes)",
    tag: "Skills",
    access: "user",
    query: skillSearchQuerySchema,
    success: { status: 200, description: "Up to 10 skills, best match first.", schema: skillSearchResultSchema },
    errors: [422],
  },
  ...CHAT_OPERATIONS,
  ...CONTRACTS_OPERATIONS,
  ...MILESTONES_OPERATIONS,
  ...PAYMENTS_OPERATIONS,
  ...VETTING_OPERATIONS,
  ...ADMIN_OPERATIONS,
];
