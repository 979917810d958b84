"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { saveSsoRequirement } from "@/app/(app)/settings/single-sign-on/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { SsoProvider } from "@/lib/sessions/sso-providers";

export type SsoRequirementFormProps = { providers: SsoProvider[]; requiredProvider: string | null };

export function SsoRequirementForm({ providers, requiredProvider }: SsoRequirementFormProps) {
  const router = useRouter();
  const [provider, setProvider] = useState(requiredProvider ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [isSaving, setSaving] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      const result = await saveSsoRequirement({ provider });
      if (result.ok) {
        setSaved(true);
        router.refresh();
      } else setError(result.message);
    } catch {
      setError("We could not reach Vetted. Check your connection and try again.");
    }
    setSaving(false);
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit} className="mt-4 space-y-4">
      {error && (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      )}
      {saved && (
        <Alert tone="success" role="status">
          Saved.
        </Alert>
      )}
      <Select label="Require single sign-on" name="provider" value={provider} onChange={(event) => setProvider(event.target.value)}>
        <option value="">Not required: members choose how they sign in</option>
        {providers.map((option) => (
          <option key={option.id} value={option.id}>
            Require {option.name}
          </option>
        ))}
      </Select>
      <Button type="submit" isLoading={isSaving} loadingLabel="Saving…">
        Save
      </Button>
    </form>
  );
}
