"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import type { FieldErrors } from "@/lib/errors";
import { ROLE_SUMMARY, RoleOptions } from "./role-options";

/** An owner invites a colleague: email and role; the invitation email goes out at once. */
export function InviteForm() {
  const router = useRouter();
  const { toast } = useToast();
  const [problem, setProblem] = useState<{ message: string; fields: FieldErrors } | null>(null);
  const [role, setRole] = useState<keyof typeof ROLE_SUMMARY>("HIRING_MANAGER");
  const [isPending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("email") ?? "");
    setProblem(null);
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/team/invitations", { body: { email, role } });
      if (!answer.ok) return setProblem({ message: answer.message, fields: answer.fields });
      form.reset();
      toast(`Invitation sent to ${answer.data.email}.`, { tone: "success" });
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-4">
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="email" type="email" label="Email address" autoComplete="off" required error={problem?.fields.email?.[0]} />
        <Select
          name="role"
          label="Role"
          value={role}
          onChange={(event) => setRole(event.target.value as keyof typeof ROLE_SUMMARY)}
          hint={ROLE_SUMMARY[role]}
          error={problem?.fields.role?.[0]}
        >
          <RoleOptions />
        </Select>
      </div>
      <Button type="submit" isLoading={isPending} loadingLabel="Sending…">
        Send invitation
      </Button>
    </form>
  );
}
