import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { listContractsQuerySchema } from "@/lib/contracts/api-schemas";
import { listContracts } from "@/lib/contracts/list-contracts";
import { proposeContract } from "@/lib/contracts/propose-contract";
import { proposeContractSchema } from "@/lib/contracts/schemas";

export const GET = apiRoute({ access: "user", query: listContractsQuerySchema }, async ({ user, query }) => listContracts({ user, query }));

export const POST = apiRoute({ access: ["CLIENT"], body: proposeContractSchema, status: 201 }, async ({ user, body }) =>
  proposeContract({ user, input: body, now: now() }),
);
