import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { Team } from "@/lib/team-members/get-team";
import { InvitationActions } from "./invitation-actions";
import { InviteForm } from "./invite-form";
import { MemberActions } from "./member-actions";
import { ROLE_SUMMARY } from "./role-options";

/** Settings → Team: the members for everyone; roles, removal, invitations for owners. */
export function TeamView({ team }: { team: Team }) {
  const { viewer } = team;
  return (
    <>
      <Card as="section">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold text-slate-900">Members of {team.company.name}</h2>
          {viewer.canViewActivity && (
            <Link href="/settings/team/activity" className="text-link text-sm font-medium">
              Activity
            </Link>
          )}
        </div>
        <p className="mt-1 text-sm text-slate-600">
          Your role: {ROLE_SUMMARY[viewer.role].toLowerCase()}.{!viewer.canManage && " Owners manage the team."}
        </p>
        <ul className="mt-4 divide-y divide-slate-200">
          {team.members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  {member.name} {member.isYou && <span className="text-slate-600">(you)</span>}
                </p>
                <p className="break-all text-slate-600">{member.email}</p>
                <p className="mt-1">
                  <Badge tone={member.role === "OWNER" ? "info" : "neutral"}>{member.roleLabel}</Badge>
                </p>
              </div>
              {!member.isLastOwner && (viewer.canManage || member.isYou) && <MemberActions member={member} canManage={viewer.canManage} />}
            </li>
          ))}
        </ul>
      </Card>
      {viewer.canManage && (
        <>
          <Card as="section">
            <h2 className="text-lg font-semibold text-slate-900">Invite a colleague</h2>
            <p className="mt-1 text-sm text-slate-600">They get an email with a link that works for 7 days, for that address only.</p>
            <InviteForm />
          </Card>
          <Card as="section">
            <h2 className="text-lg font-semibold text-slate-900">Pending invitations</h2>
            {team.invitations.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No invitations waiting for an answer.</p>
            ) : (
              <ul className="mt-4 divide-y divide-slate-200">
                {team.invitations.map((invitation) => (
                  <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
                    <div className="min-w-0">
                      <p className="break-all font-medium text-slate-900">{invitation.email}</p>
                      <p className="text-slate-600">
                        {invitation.roleLabel} · invited by {invitation.invitedByName} ·{" "}
                        {invitation.isExpired ? `expired ${formatDate(invitation.expiresAt)}` : `expires ${formatDate(invitation.expiresAt)}`}
                      </p>
                    </div>
                    <InvitationActions invitationId={invitation.id} email={invitation.email} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </>
  );
}
