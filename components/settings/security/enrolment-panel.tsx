"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { callApi } from "@/lib/endpoints/client";
import { firstMessage } from "@/lib/plain-zod-messages";
import { totpCodeSchema } from "@/lib/two-factor/schemas";

export type Enrolment = { manualKey: string; qrCodeDataUrl: string };

type EnrolmentPanelProps = { enrolment: Enrolment; onConfirmed: (recoveryCodes: string[]) => void; onCancel: () => void };

/** Scan or type the secret, then prove the app has it with a current code. */
export function EnrolmentPanel({ enrolment, onConfirmed, onCancel }: EnrolmentPanelProps) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [isSubmitting, setSubmitting] = useState(false);

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    const parsed = totpCodeSchema.safeParse(code);
    if (!parsed.success) return setError(firstMessage(parsed.error));
    setSubmitting(true);
    const answer = await callApi("POST /api/v1/me/two-factor/enrolment/confirm", { body: { code: parsed.data } });
    setSubmitting(false);
    if (!answer.ok) {
      setCode("");
      return setError(answer.fields.code?.[0] ?? answer.message);
    }
    onConfirmed(answer.data.recoveryCodes);
  }

  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>Open an authenticator app (1Password, Google Authenticator, Microsoft Authenticator, Authy…).</li>
        <li>Scan this QR code, or type the key below into the app.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <div className="flex flex-col gap-5 sm:flex-row sm:items-center">
        {/* biome-ignore lint/performance/noImgElement: a data URL made on the server for this one view; next/image would add nothing */}
        <img
          src={enrolment.qrCodeDataUrl}
          alt="QR code to scan with your authenticator app"
          width={200}
          height={200}
          className="rounded-md ring-1 ring-slate-200"
        />
        <div className="space-y-1 text-sm">
          <p className="font-medium text-slate-700">Can't scan it? Enter this key:</p>
          <p>
            <code data-testid="two-factor-manual-key" className="rounded bg-slate-100 px-2 py-1 font-mono text-base tracking-wide text-slate-900 select-all">
              {enrolment.manualKey}
            </code>
          </p>
          <p className="text-slate-600">Time-based, 6 digits, every 30 seconds.</p>
        </div>
      </div>
      <form noValidate onSubmit={confirm} className="space-y-4">
        <Input
          label="Code from the app"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={error}
          fieldClassName="max-w-xs"
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" isLoading={isSubmitting} loadingLabel="Checking…">
            Turn on two-factor authentication
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
