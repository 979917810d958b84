import { apiRoute } from "@/lib/api/route";
import { idFromParams } from "@/lib/contracts/api-schemas";
import { getContract } from "@/lib/contracts/get-contract";

export const GET = apiRoute({ access: "user" }, async ({ user, params }) => getContract({ user, contractId: idFromParams(params, "contract") }));
