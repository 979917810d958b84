import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { idFromParams } from "@/lib/contracts/api-schemas";
import { withdrawProposal } from "@/lib/contracts/withdraw-proposal";

export const POST = apiRoute({ access: ["CLIENT"] }, async ({ user, params }) =>
  withdrawProposal({ user, contractId: idFromParams(params, "contract"), now: now() }),
);
