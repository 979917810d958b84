import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { draftChangesSchema, requestIdFromParams } from "@/lib/requests/api-schemas";
import { getRequest } from "@/lib/requests/get-request";
import { updateDraft } from "@/lib/requests/update-draft";

export const GET = apiRoute({ access: ["CLIENT"] }, async ({ user, params }) =>
  getRequest({ user, requestId: requestIdFromParams(params), now: now() }),
);

export const PATCH = apiRoute({ access: ["CLIENT"], body: draftChangesSchema }, async ({ user, params, body }) =>
  updateDraft({ user, requestId: requestIdFromParams(params), input: body }),
);
