import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { idFromParams } from "@/lib/contracts/api-schemas";
import { requestChanges } from "@/lib/milestones/request-changes";
import { requestChangesSchema } from "@/lib/milestones/schemas";

export const POST = apiRoute({ access: ["CLIENT"], body: requestChangesSchema }, async ({ user, params, body }) =>
  requestChanges({ user, milestoneId: idFromParams(params, "milestone"), input: body, now: now() }),
);
