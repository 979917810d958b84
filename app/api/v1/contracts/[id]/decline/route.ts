import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { idFromParams } from "@/lib/contracts/api-schemas";
import { respondToProposal } from "@/lib/contracts/respond-to-proposal";
import { declineContractSchema } from "@/lib/contracts/schemas";

export const POST = apiRoute({ access: ["EXPERT"], body: declineContractSchema }, async ({ user, params, body }) =>
  respondToProposal({ user, contractId: idFromParams(params, "contract"), decision: "DECLINE", input: body, now: now() }),
);
