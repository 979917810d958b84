import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { cancelMilestone } from "@/lib/milestones/cancel-milestone";

export const POST = apiRoute({ access: ["CLIENT"], body: emptyBodySchema }, async ({ user, params }) => cancelMilestone({ user, milestoneId: params.id, now: now() }));
