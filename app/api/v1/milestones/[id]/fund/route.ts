import { apiRoute } from "@/lib/api/route";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { startFunding } from "@/lib/milestones/start-funding";

export const POST = apiRoute({ access: ["CLIENT"], body: emptyBodySchema }, async ({ user, params }) => startFunding({ user, milestoneId: params.id }));
