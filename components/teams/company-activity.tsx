import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { listCompanyActivity } from "@/lib/team-members/list-activity";

type Activity = Awaited<ReturnType<typeof listCompanyActivity>>;

/** Settings → Team → Activity: who in the company did what, newest first. */
export function CompanyActivity({ activity }: { activity: Activity }) {
  return (
    <Card as="section">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">Company activity</h2>
        <Link href="/settings/team" className="text-link text-sm font-medium">
          Back to the team
        </Link>
      </div>
      <p className="mt-1 text-sm text-slate-600">What each member did for the company: invitations, requests, contracts, funding and approvals.</p>
      {activity.entries.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">Nothing yet.</p>
      ) : (
        <ol className="mt-4 divide-y divide-slate-200">
          {activity.entries.map((entry) => (
            <li key={entry.id} className="py-3 text-sm">
              <p className="text-slate-900">
                <span className="font-medium">{entry.actor?.name ?? "Vetted"}</span> · {entry.actionLabel}
                {entry.target.label &&
                  (entry.target.href ? (
                    <>
                      {" "}
                      ·{" "}
                      <Link href={entry.target.href} className="text-link">
                        {entry.target.label}
                      </Link>
                    </>
                  ) : (
                    ` · ${entry.target.label}`
                  ))}
              </p>
              <p className="text-slate-600">
                <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
                {entry.summary && ` · ${entry.summary}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Activity pages" className="mt-4 flex gap-4 text-sm">
        {activity.page > 1 && (
          <Link href={`/settings/team/activity?page=${activity.page - 1}`} className="text-link">
            Newer
          </Link>
        )}
        {activity.hasMore && (
          <Link href={`/settings/team/activity?page=${activity.page + 1}`} className="text-link">
            Older
          </Link>
        )}
      </nav>
    </Card>
  );
}
