"use client";

import Link from "next/link";
import { useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import type { SavedForRequest } from "@/lib/saved-experts/saved-for-request";

/** While a request matches: invite saved experts not yet on it. Each gets an ordinary invitation to accept. */
export function InviteSavedExperts({ requestId, experts }: { requestId: string; experts: SavedForRequest["invitable"] }) {
  const { toast } = useToast();
  const { isPending, problem, run } = useApiCall();
  function invite(expert: SavedForRequest["invitable"][number]) {
    run(
      () => callApi("POST /api/v1/requests/{id}/saved-expert-invitations", { params: { id: requestId }, body: { expertProfileId: expert.expertProfileId } }),
      {
        onDone: () => void toast(`${expert.name} is invited. They join your shortlist if they accept.`, { tone: "success" }),
      },
    );
  }
  return (
    <section aria-labelledby="invite-saved-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div>
        <h2 id="invite-saved-heading" className="text-lg font-semibold text-slate-900">
          Invite a saved expert
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          They get an invitation like any matched expert and join the shortlist only if they accept. Manage the list in{" "}
          <Link href="/client/saved-experts" className="font-medium text-indigo-700 underline-offset-4 hover:underline">
            Saved experts
          </Link>
          .
        </p>
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      {experts.length === 0 ? (
        <p className="text-sm text-slate-600">No saved experts to invite: everyone you saved is on this request already, or your list is empty.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {experts.map((expert) => (
            <li key={expert.expertProfileId} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{expert.name}</p>
                <p className="text-sm text-slate-600">{expert.isAvailable ? expert.headline : "Not available for new work right now"}</p>
              </div>
              <Button
                type="button"
                size="sm"
                variant="secondary"
                isLoading={isPending}
                loadingLabel="Inviting…"
                disabled={!expert.isAvailable}
                onClick={() => invite(expert)}
              >
                Invite {expert.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
