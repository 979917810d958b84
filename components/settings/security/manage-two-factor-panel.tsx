"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { callApi } from "@/lib/endpoints/client";
import { firstMessage, messageOfIssue } from "@/lib/plain-zod-messages";
import { disableTwoFactorSchema, regenerateRecoveryCodesSchema } from "@/lib/two-factor/schemas";

type Errors = Partial<Record<"code" | "password" | "form", string>>;

const firstErrors = (fields: Record<string, string[]>, message: string): Errors =>
  fields.code || fields.password ? { code: fields.code?.[0], password: fields.password?.[0] } : { form: message };

/** While two-factor authentication is on: new recovery codes (with a code), or turning it off (password and code). */
export function ManageTwoFactorPanel({ onNewCodes, onDisabled, isAdmin }: { onNewCodes: (codes: string[]) => void; onDisabled: () => void; isAdmin: boolean }) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <RegenerateForm onNewCodes={onNewCodes} />
      <DisableForm onDisabled={onDisabled} isAdmin={isAdmin} />
    </div>
  );
}

function RegenerateForm({ onNewCodes }: { onNewCodes: (codes: string[]) => void }) {
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    const parsed = regenerateRecoveryCodesSchema.safeParse({ code });
    if (!parsed.success) return setErrors({ code: firstMessage(parsed.error) });
    setSubmitting(true);
    const answer = await callApi("POST /api/v1/me/two-factor/recovery-codes", { body: parsed.data });
    setSubmitting(false);
    setCode("");
    if (!answer.ok) return setErrors(firstErrors(answer.fields, answer.message));
    setErrors({});
    onNewCodes(answer.data.recoveryCodes);
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="new-recovery-codes" className="space-y-4">
      <h3 id="new-recovery-codes" className="font-semibold text-slate-900">
        New recovery codes
      </h3>
      <p className="text-sm text-slate-600">Used some, or lost them? Get ten new ones; the old ones stop working.</p>
      <Input
        label="Code from your app"
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={7}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={errors.code ?? errors.form}
      />
      <Button type="submit" variant="secondary" isLoading={isSubmitting} loadingLabel="Checking…">
        Get new recovery codes
      </Button>
    </form>
  );
}

function DisableForm({ onDisabled, isAdmin }: { onDisabled: () => void; isAdmin: boolean }) {
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    const parsed = disableTwoFactorSchema.safeParse({ password, code });
    if (!parsed.success) {
      const fields: Errors = {};
      for (const issue of parsed.error.issues) fields[issue.path[0] as "code" | "password"] ??= messageOfIssue(issue);
      return setErrors(fields);
    }
    setSubmitting(true);
    const answer = await callApi("POST /api/v1/me/two-factor/disable", { body: { password, code } });
    setSubmitting(false);
    if (!answer.ok) {
      setCode("");
      return setErrors(firstErrors(answer.fields, answer.message));
    }
    onDisabled();
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="turn-off-two-factor" className="space-y-4">
      <h3 id="turn-off-two-factor" className="font-semibold text-slate-900">
        Turn off
      </h3>
      <p className="text-sm text-slate-600">
        {isAdmin
          ? "Admins need two-factor authentication: after turning it off, set it up again before using admin tools."
          : "Your account will be protected by your password alone."}
      </p>
      <Input
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
      />
      <Input
        label="Code from your app, or a recovery code"
        name="disableCode"
        autoComplete="one-time-code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={errors.code ?? errors.form}
      />
      <Button type="submit" variant="danger" isLoading={isSubmitting} loadingLabel="Turning off…">
        Turn off two-factor authentication
      </Button>
    </form>
  );
}
