"use client";

import { signOut } from "next-auth/react";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { callApi } from "@/lib/endpoints/client";
import type { FieldErrors } from "@/lib/errors";

/** "Delete my account": the reasons it is not possible yet, or the form that does it (password and the word DELETE). */
export function DeleteAccountPanel({ blockers }: { blockers: string[] }) {
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [isPending, startTransition] = useTransition();

  if (blockers.length) {
    return (
      <Alert tone="warning" title="Your account cannot be deleted yet" className="mt-4">
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {blockers.map((blocker) => (
            <li key={blocker}>{blocker}</li>
          ))}
        </ul>
      </Alert>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setFields({});
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/account/deletion", { body: { password, confirmation } });
      if (!answer.ok) {
        setFields(answer.fields);
        return setProblem(answer.message);
      }
      // The session already stopped working; this clears its cookie.
      await signOut({ callbackUrl: "/", redirect: false });
      window.location.assign("/?account=deleted");
    });
  }

  return (
    <form onSubmit={submit} className="mt-4 max-w-md space-y-4" noValidate>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      <Input
        label="Your password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fields.password?.[0]}
      />
      <Input
        label="Type DELETE to confirm"
        autoComplete="off"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={fields.confirmation?.[0]}
      />
      <Button type="submit" variant="danger" isLoading={isPending} loadingLabel="Deleting…">
        Delete my account
      </Button>
    </form>
  );
}
