import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { discardJob } from "./discard-job";
import { discardedJobSchema } from "./jobs-api-schemas";
import { jobPathSchema } from "./schemas";

export const discardJobOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/jobs/{id}/discard",
  summary: "Delete a failed job for good (audited with its kind, payload and last error; asked again, answers with the same entry)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: jobPathSchema, body: emptyBodySchema },
  output: { status: 200, description: "The job is deleted, now or by an earlier call; outcome says which.", schema: discardedJobSchema },
  errors: [400, 401, 403, 404, 409, 415],
  handler: ({ user, params, requestId }) => discardJob({ user, jobId: params.id, now: now(), httpRequestId: requestId }),
});
