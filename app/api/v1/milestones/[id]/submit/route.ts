import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { idFromParams } from "@/lib/contracts/api-schemas";
import { submitMilestoneSchema } from "@/lib/milestones/schemas";
import { submitMilestone } from "@/lib/milestones/submit-milestone";

export const POST = apiRoute({ access: ["EXPERT"], body: submitMilestoneSchema }, async ({ user, params, body }) =>
  submitMilestone({ user, milestoneId: idFromParams(params, "milestone"), input: body, now: now() }),
);
