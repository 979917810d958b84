import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DateTime } from "@/components/dashboards/date-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { listOutbox } from "@/lib/mailbox/list-outbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

const STATUS_TONE: Record<string, BadgeTone> = { PENDING: "warning", SENT: "success", FAILED: "danger" };

type MailboxPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Development only: where email lands when SMTP_URL is not set. Production answers 404. */
export default async function DevMailboxPage({ searchParams }: MailboxPageProps) {
  if (process.env.NODE_ENV === "production") notFound();
  const { to } = await searchParams;
  const toEmail = typeof to === "string" && to.trim() ? to.trim() : undefined;
  const emails = await listOutbox({ toEmail });
  return (
    <DashboardPage>
      <PageHeader
        title="Development mailbox"
        description="Every email Vetted would send, newest first. Set SMTP_URL to send real email instead. This page does not exist in production."
      />
      <form method="get" action="/dev/mailbox" className="flex flex-wrap items-end gap-3">
        <Input label="Recipient" name="to" type="email" defaultValue={toEmail} placeholder="expert@vetted.test" fieldClassName="w-72" />
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Filter
        </button>
      </form>
      {emails.length === 0 ? (
        <EmptyState title="No emails yet" description="Invitations, shortlists and alerts will appear here as they are sent." />
      ) : (
        <ul className="space-y-4">
          {emails.map((email) => (
            <li key={email.id}>
              <article className="space-y-2 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="text-base font-semibold text-slate-900">{email.subject}</h2>
                  <Badge tone={STATUS_TONE[email.status] ?? "neutral"}>{email.status.toLowerCase()}</Badge>
                </div>
                <p className="text-sm text-slate-700">
                  To {email.toEmail} · created <DateTime value={email.createdAt} />
                  {email.sentAt && (
                    <>
                      {" "}
                      · delivered <DateTime value={email.sentAt} />
                    </>
                  )}
                </p>
                {email.lastError && <p className="text-sm text-red-700">Last error: {email.lastError}</p>}
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium text-indigo-700">Body</summary>
                  <pre className="mt-2 overflow-x-auto rounded-md bg-slate-50 p-3 font-sans whitespace-pre-wrap text-slate-800">{email.text}</pre>
                </details>
              </article>
            </li>
          ))}
        </ul>
      )}
    </DashboardPage>
  );
}
