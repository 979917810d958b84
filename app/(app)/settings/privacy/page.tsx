import type { Metadata } from "next";
import { DataExportPanel } from "@/components/privacy/data-export-panel";
import { DeleteAccountPanel } from "@/components/privacy/delete-account-panel";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { listDeletionBlockers } from "@/lib/privacy/deletion-blockers";
import { listDataExports } from "@/lib/privacy/list-exports";

export const metadata: Metadata = { title: "Privacy settings" };

export default async function PrivacySettingsPage() {
  const user = await requirePageUser({ path: "/settings/privacy" });
  const [exports, blockers] = await Promise.all([listDataExports({ user, now: now() }), listDeletionBlockers(user.id)]);
  return (
    <>
      <Card as="section">
        <h2 className="text-lg font-semibold text-slate-900">Download my data</h2>
        <p className="mt-1 text-sm text-slate-600">
          A copy of everything Vetted holds about you, as JSON files in a zip: your account, companies, profile, requests, matches, conversations, contracts,
          payments, notifications, reviews and our audit log&apos;s entries about you. We prepare it in the background and email you when it is ready; it can be
          downloaded for 7 days, only by you while signed in. Up to 3 a day.
        </p>
        <DataExportPanel
          exports={exports.map((item) => ({
            ...item,
            createdAt: item.createdAt.toISOString(),
            expiresAt: item.expiresAt?.toISOString() ?? null,
          }))}
        />
      </Card>
      <Card as="section">
        <h2 className="text-lg font-semibold text-slate-900">Delete my account</h2>
        <div className="mt-1 space-y-2 text-sm text-slate-600">
          <p>
            Deleting your account signs you out everywhere and for good. We erase your name, email address, password, profile, skills, notifications and exports
            at once. Download your data first if you want a copy.
          </p>
          <p>
            What the law and the people you worked with need is kept without your name: contracts, milestones, payments and our accounting records, reviews, and
            the audit log. Messages you sent stay in their conversations, shown as from &ldquo;Deleted user&rdquo;, so the other side keeps what was agreed.
          </p>
          <p>This cannot be undone. We email your current address to confirm.</p>
        </div>
        <DeleteAccountPanel blockers={blockers.map((blocker) => blocker.message)} />
      </Card>
    </>
  );
}
