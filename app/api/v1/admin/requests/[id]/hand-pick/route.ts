import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { handPickExpert } from "@/lib/matching/hand-pick-expert";
import { handPickSchema } from "@/lib/matching/schemas";

export const POST = apiRoute({ access: ["ADMIN"], body: handPickSchema }, async ({ user, params, body }) =>
  handPickExpert({ user, requestId: params.id, input: body, now: now() }),
);
