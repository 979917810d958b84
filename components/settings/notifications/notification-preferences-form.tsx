"use client";

import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { callApi, type OutputOf } from "@/lib/endpoints/client";
import { PREFERENCE_WORDS } from "@/lib/notifications/preference-kinds";

type Preferences = OutputOf<"GET /api/v1/notification-preferences">;
type Preference = Preferences["preferences"][number];

/** Email on or off per kind, and the daily digest for messages; in-app notifications are always on. */
export function NotificationPreferencesForm({ initial, timeZones }: { initial: Preferences; timeZones: readonly string[] }) {
  const { toast } = useToast();
  const [preferences, setPreferences] = useState(initial.preferences);
  const [timezone, setTimezone] = useState(initial.digestTimezone);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const change = (kind: Preference["kind"], update: Partial<Preference>) =>
    setPreferences((current) => current.map((preference) => (preference.kind === kind ? { ...preference, ...update } : preference)));

  function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    startTransition(async () => {
      const body = {
        preferences: preferences.map(({ kind, isEmailEnabled, isDigestEnabled }) => ({ kind, isEmailEnabled, isDigestEnabled })),
        digestTimezone: timezone,
      };
      const answer = await callApi("PUT /api/v1/notification-preferences", { body });
      if (!answer.ok) return setProblem(answer.message);
      setPreferences(answer.data.preferences);
      toast("Your email choices are saved.", { tone: "success" });
    });
  }

  const digest = preferences.find((preference) => preference.kind === "MESSAGES");
  return (
    <Card as="section">
      <h2 className="text-lg font-semibold text-slate-900">Notifications</h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600">
        Everything always appears under notifications in Vetted. Choose what we also email you. Security emails — password resets, address checks and sign-in
        alerts — are always sent.
      </p>
      <form onSubmit={save} className="mt-6 space-y-6">
        <ul className="divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200">
          {preferences.map((preference) => (
            <li key={preference.kind} className="flex flex-wrap items-start justify-between gap-4 p-4">
              <div className="max-w-md">
                <p className="font-medium text-slate-900">{PREFERENCE_WORDS[preference.kind].label}</p>
                <p className="text-sm text-slate-600">{PREFERENCE_WORDS[preference.kind].description}</p>
                <p className="mt-1 text-xs text-slate-600">In the app: always</p>
              </div>
              <div className="space-y-2 text-sm">
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={preference.isEmailEnabled}
                    onChange={(event) => change(preference.kind, { isEmailEnabled: event.target.checked })}
                  />
                  Email
                  <span className="sr-only"> about {PREFERENCE_WORDS[preference.kind].label.toLowerCase()}</span>
                </label>
                {preference.kind === "MESSAGES" && (
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={preference.isDigestEnabled}
                      disabled={!preference.isEmailEnabled}
                      onChange={(event) => change(preference.kind, { isDigestEnabled: event.target.checked })}
                    />
                    One daily digest instead of an email per conversation
                  </label>
                )}
              </div>
            </li>
          ))}
        </ul>
        {digest?.isEmailEnabled && digest.isDigestEnabled && (
          <Select
            label="Digest timezone"
            hint="The digest arrives at 08:00 in this timezone."
            value={timezone}
            onChange={(event) => setTimezone(event.target.value)}
            fieldClassName="max-w-sm"
          >
            {(timeZones.includes(timezone) ? timeZones : [timezone, ...timeZones]).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        )}
        {problem && (
          <Alert tone="danger" role="alert">
            {problem}
          </Alert>
        )}
        <Button type="submit" isLoading={isPending} loadingLabel="Saving…">
          Save email choices
        </Button>
      </form>
    </Card>
  );
}
