import type { Metadata } from "next";
import { DataExportPanel } from "@/components/privacy/data-export-panel";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { listDataExports } from "@/lib/privacy/list-exports";

export const metadata: Metadata = { title: "Privacy settings" };

export default async function PrivacySettingsPage() {
  const user = await requirePageUser({ path: "/settings/privacy" });
  const exports = await listDataExports({ user, now: now() });
  return (
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
  );
}
