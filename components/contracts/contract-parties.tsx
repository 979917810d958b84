import Link from "next/link";
import type { ContractDetail } from "@/lib/contracts/get-contract";

/** Who is on each side, and the request the contract came from (a link for the client, whose page it is). */
export function ContractParties({ contract }: { contract: Pick<ContractDetail, "parties" | "request" | "viewerRole"> }) {
  const { parties, request } = contract;
  return (
    <dl className="grid gap-4 rounded-xl bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-3">
      <div>
        <dt className="text-slate-600">Client</dt>
        <dd className="font-medium text-slate-900">
          {parties.companyName} <span className="font-normal text-slate-600">· proposed by {parties.clientName}</span>
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">Expert</dt>
        <dd className="font-medium text-slate-900">
          <Link href={`/experts/${encodeURIComponent(parties.expert.profileId)}`} className="text-indigo-700 underline underline-offset-2">
            {parties.expert.name}
          </Link>
          {parties.expert.headline && <span className="font-normal text-slate-600"> · {parties.expert.headline}</span>}
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">Request</dt>
        <dd className="font-medium text-slate-900">
          {contract.viewerRole === "CLIENT" ? (
            <Link href={`/client/requests/${request.id}`} className="text-indigo-700 underline underline-offset-2">
              {request.title}
            </Link>
          ) : (
            request.title
          )}
        </dd>
      </div>
    </dl>
  );
}
