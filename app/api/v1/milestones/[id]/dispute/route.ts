import { apiRoute } from "@/lib/api/route";
import { openDisputeSchema } from "@/lib/milestones/schemas";
import { openDispute } from "@/lib/milestones/open-dispute";

export const POST = apiRoute({ access: ["CLIENT", "EXPERT"], body: openDisputeSchema, status: 201 }, async ({ user, params, body }) =>
  openDispute({ user, milestoneId: params.id, input: body }),
);
