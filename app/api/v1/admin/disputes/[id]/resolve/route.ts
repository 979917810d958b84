import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { resolveDisputeSchema } from "@/lib/milestones/schemas";
import { resolveDispute } from "@/lib/milestones/resolve-dispute";

export const POST = apiRoute({ access: ["ADMIN"], body: resolveDisputeSchema }, async ({ user, params, body }) =>
  resolveDispute({ user, disputeId: params.id, input: body, now: now() }),
);
