import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { approveMilestone } from "@/lib/milestones/release-milestone";

export const POST = apiRoute({ access: ["CLIENT"], body: emptyBodySchema }, async ({ user, params }) => approveMilestone({ user, milestoneId: params.id, now: now() }));
