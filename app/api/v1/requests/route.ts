import { idempotencyKeyFrom } from "@/lib/api/idempotency-key";
import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { createRequestBodySchema, listRequestsQuerySchema } from "@/lib/requests/api-schemas";
import { createRequest } from "@/lib/requests/create-request";
import { listRequests } from "@/lib/requests/list-requests";

export const GET = apiRoute({ access: ["CLIENT"], query: listRequestsQuerySchema }, async ({ user, query }) => listRequests({ user, query }));

export const POST = apiRoute({ access: ["CLIENT"], body: createRequestBodySchema, status: 201 }, async ({ request, user, body }) =>
  createRequest({ user, input: body, now: now(), idempotencyKey: idempotencyKeyFrom(request.headers) }),
);
