import type { Metadata } from "next";
import Link from "next/link";
import { UnsubscribeButton } from "@/components/notifications/unsubscribe-button";
import { Alert } from "@/components/ui/alert";
import { PREFERENCE_WORDS } from "@/lib/notifications/preference-kinds";
import { INVALID_UNSUBSCRIBE_LINK } from "@/lib/notifications/unsubscribe.operation";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type UnsubscribePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Opening the link changes nothing (mail scanners open links too): the one click is the button.
export default async function UnsubscribePage({ searchParams }: UnsubscribePageProps) {
  const { token } = await searchParams;
  const named = typeof token === "string" ? verifyUnsubscribeToken(token) : null;
  return (
    <div className="mx-auto max-w-xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Unsubscribe</h1>
      {named && typeof token === "string" ? (
        <div className="mt-6 space-y-4 text-slate-700">
          <p>
            Stop emails about <strong>{PREFERENCE_WORDS[named.kind].label.toLowerCase()}</strong>? You will still see them under notifications in Vetted, and
            security emails about your account are always sent.
          </p>
          <UnsubscribeButton token={token} label={PREFERENCE_WORDS[named.kind].label} />
        </div>
      ) : (
        <Alert tone="danger" className="mt-6">
          {INVALID_UNSUBSCRIBE_LINK}
        </Alert>
      )}
      <p className="mt-8 text-sm text-slate-600">
        Choose every kind of email in{" "}
        <Link className="text-indigo-700 underline" href="/settings/notifications">
          Settings → Notifications
        </Link>
        .
      </p>
    </div>
  );
}
