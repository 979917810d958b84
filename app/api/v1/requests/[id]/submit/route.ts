import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { requestIdFromParams } from "@/lib/requests/api-schemas";
import { submitRequest } from "@/lib/requests/submit-request";

export const POST = apiRoute({ access: ["CLIENT"] }, async ({ user, params }) =>
  submitRequest({ user, requestId: requestIdFromParams(params), now: now() }),
);
