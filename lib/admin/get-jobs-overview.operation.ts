import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { getJobsOverview } from "./get-jobs-overview";
import { jobsOverviewSchema } from "./jobs-api-schemas";
import { jobsQuerySchema } from "./schemas";

export const getJobsOverviewOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/jobs",
  summary: "The job queue: each kind's jobs by state (scheduled, due, running, failed, completed within retention) and a page of failed jobs",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: jobsQuerySchema },
  output: { status: 200, description: "Counts per kind and one page of failed jobs, the most recent failure first.", schema: jobsOverviewSchema },
  errors: [401, 403, 422],
  handler: ({ user, query }) => getJobsOverview({ user, query, now: now() }),
});
