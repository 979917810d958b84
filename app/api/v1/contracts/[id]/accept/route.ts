import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { idFromParams } from "@/lib/contracts/api-schemas";
import { respondToProposal } from "@/lib/contracts/respond-to-proposal";

export const POST = apiRoute({ access: ["EXPERT"] }, async ({ user, params }) =>
  respondToProposal({ user, contractId: idFromParams(params, "contract"), decision: "ACCEPT", now: now() }),
);
