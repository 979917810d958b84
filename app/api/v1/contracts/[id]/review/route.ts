import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { idFromParams } from "@/lib/contracts/api-schemas";
import { reviewContract } from "@/lib/contracts/review-contract";
import { reviewSchema } from "@/lib/contracts/schemas";

export const POST = apiRoute({ access: ["CLIENT"], body: reviewSchema, status: 201 }, async ({ user, params, body }) =>
  reviewContract({ user, contractId: idFromParams(params, "contract"), input: body, now: now() }),
);
