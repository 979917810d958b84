import { defineOperation } from "@/lib/api/operation";
import { vettingQueueSchema } from "./api-schemas";
import { listVettingQueue } from "./list-vetting-queue";
import { vettingQueueQuerySchema } from "./schemas";

export const listVettingQueueOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/applicants",
  summary: "The vetting queue of one stage, longest waiting first (50 a page), with the number waiting in each stage",
  tag: "Vetting",
  access: ["ADMIN"],
  input: { query: vettingQueueQuerySchema },
  output: { status: 200, description: "One page of the queue.", schema: vettingQueueSchema },
  errors: [422],
  handler: ({ user, query }) => listVettingQueue({ user, query }),
});
