import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { requestIdFromParams } from "@/lib/requests/api-schemas";
import { cancelRequest } from "@/lib/requests/cancel-request";

export const POST = apiRoute({ access: ["CLIENT"] }, async ({ user, params }) =>
  cancelRequest({ user, requestId: requestIdFromParams(params), now: now() }),
);
