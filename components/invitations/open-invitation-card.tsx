import { useId } from "react";
import { FileList } from "@/components/files/file-list";
import type { InvitationView } from "@/lib/invitations/invitation-view";
import { InvitationAnswer } from "./invitation-answer";
import { InvitationCountdown } from "./invitation-countdown";
import { RequestSummary } from "./request-summary";

/** One invitation waiting for an answer: what, for whom, until when, why this expert, and the answer. */
export function OpenInvitationCard({ invitation, now }: { invitation: InvitationView; now: Date }) {
  const headingId = useId();
  const { request } = invitation;
  return (
    <article aria-labelledby={headingId} className="space-y-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <header className="space-y-2">
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {request.title}
        </h3>
        <p className="text-sm text-slate-600">{request.companyName}</p>
        {request.clientReputation && <p className="text-sm font-medium text-slate-800">{request.clientReputation}</p>}
        <InvitationCountdown expiresAt={invitation.expiresAt} serverNow={now} />
      </header>
      <p className="text-sm whitespace-pre-line text-slate-700">{request.description}</p>
      {request.files.length > 0 && <FileList files={request.files} label={`Files in the brief for ${request.title}`} />}
      <RequestSummary request={request} />
      {invitation.reasons.length > 0 && (
        <section aria-labelledby={`${headingId}-why`} className="rounded-lg bg-slate-50 p-4">
          <h4 id={`${headingId}-why`} className="text-sm font-semibold text-slate-900">
            Why you were matched
          </h4>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {invitation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
      <InvitationAnswer matchId={invitation.id} requestTitle={request.title} />
    </article>
  );
}
