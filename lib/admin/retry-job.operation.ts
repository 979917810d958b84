import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { retriedJobSchema } from "./jobs-api-schemas";
import { retryJob } from "./retry-job";
import { jobPathSchema } from "./schemas";

export const retryJobOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/jobs/{id}/retry",
  summary: "Run a failed job again: queued to run at once with its attempts reset (audited; a job that is not failed is left as it is)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: jobPathSchema, body: emptyBodySchema },
  output: { status: 200, description: "The job is queued again, or was not failed; outcome says which.", schema: retriedJobSchema },
  errors: [400, 401, 403, 404, 415],
  handler: ({ user, params, requestId }) => retryJob({ user, jobId: params.id, now: now(), httpRequestId: requestId }),
});
