import Link from "next/link";
import type { ReactNode } from "react";
import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import type { UserDetail } from "@/lib/admin/get-user";
import { formatCount, formatMoney, formatRating, formatStatus } from "@/lib/format";
import { AccountState } from "./account-state";
import { AccountStatusDialog } from "./account-status-dialog";
import { AuditEntriesTable } from "./audit-entries-table";

export function UserDetailView({ user }: { user: UserDetail }) {
  const { expertProfile } = user;
  return (
    <DashboardPage>
      <p>
        <Link href="/admin/users" className="text-sm font-medium text-indigo-700 underline">
          All users
        </Link>
      </p>
      <PageHeader
        title={user.name}
        description={user.email}
        actions={
          <>
            {user.canSuspend && <AccountStatusDialog userId={user.id} userName={user.name} change="suspend" />}
            {user.canReinstate && <AccountStatusDialog userId={user.id} userName={user.name} change="reinstate" />}
          </>
        }
      />
      <DashboardSection title="Account">
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Fact term="Role">{formatStatus(user.role)}</Fact>
          <Fact term="Status">
            <AccountState suspendedAt={user.suspendedAt} suspensionReason={user.suspensionReason} deletedAt={user.deletedAt} />
            {user.deletedAt && (
              <span className="mt-1 block text-xs text-slate-600">
                Deleted by its owner <DateTime value={user.deletedAt} />
              </span>
            )}
            {!user.deletedAt && user.suspendedAt && (
              <span className="mt-1 block text-xs text-slate-600">
                Since <DateTime value={user.suspendedAt} />
              </span>
            )}
          </Fact>
          <Fact term="Joined">
            <DateTime value={user.createdAt} />
          </Fact>
          <Fact term="Last sign-in">{user.lastSignInAt ? <DateTime value={user.lastSignInAt} /> : "Never"}</Fact>
          <Fact term="Contracts">{formatCount(user.contractsCount, "contract")}</Fact>
        </dl>
      </DashboardSection>
      {user.memberships.length > 0 && (
        <DashboardSection title="Companies">
          <ul className="space-y-2 text-sm text-slate-800">
            {user.memberships.map((membership) => (
              <li key={membership.companyId}>
                {membership.companyName}{" "}
                <span className="text-slate-600">
                  · {formatStatus(membership.role)} since <DateTime value={membership.createdAt} isDateOnly />
                </span>
              </li>
            ))}
          </ul>
        </DashboardSection>
      )}
      {expertProfile && (
        <DashboardSection title="Expert profile">
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <Fact term="Vetting status">
              <StatusBadge status={expertProfile.vettingStatus} />
            </Fact>
            <Fact term="Headline">{expertProfile.headline || "Not written yet"}</Fact>
            <Fact term="Hourly rate">
              {expertProfile.hourlyRateCents === null ? "Not set" : formatMoney(expertProfile.hourlyRateCents, expertProfile.currency)}
            </Fact>
            <Fact term="Timezone">{expertProfile.timezone ?? "Not set"}</Fact>
            <Fact term="Available for new work">{expertProfile.isAvailable ? "Yes" : "No"}</Fact>
            <Fact term="Rating">
              {formatRating(expertProfile.averageRating)} ({formatCount(expertProfile.ratingCount, "review")})
            </Fact>
            <Fact term="Completed contracts">{expertProfile.completedContracts}</Fact>
            <Fact term="Approved">{expertProfile.approvedAt ? <DateTime value={expertProfile.approvedAt} isDateOnly /> : "Not yet"}</Fact>
          </dl>
        </DashboardSection>
      )}
      <DashboardSection title="Recent audit entries about them" description="Suspensions, reinstatements and other changes to this account, newest first.">
        {user.recentAudit.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing has been recorded about this account yet.</p>
        ) : (
          <AuditEntriesTable entries={user.recentAudit} caption={`Recent audit entries about ${user.name}`} />
        )}
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`/admin/audit-log?targetType=User&targetId=${user.id}`} className="font-medium text-indigo-700 underline">
            Full history of this account
          </Link>
          <Link href={`/admin/audit-log?actorId=${user.id}`} className="font-medium text-indigo-700 underline">
            Everything {user.name} did
          </Link>
        </p>
      </DashboardSection>
    </DashboardPage>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}
