"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createApiTokenSchema } from "@/lib/api-tokens/schemas";
import { callApi } from "@/lib/endpoints/client";
import { messageOfIssue } from "@/lib/plain-zod-messages";
import { ScopeChoice, type ScopeOption } from "./scope-choice";
import { ShownToken } from "./shown-token";

const EXPIRY_DAYS = [
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "No expiry" },
];

const expiresAtFor = (choice: string) => (choice === "never" ? null : new Date(Date.now() + Number(choice) * 86_400_000).toISOString());

/** "Create token" and its dialog: name, scopes and expiry, then the token itself, shown this once. */
export function CreateTokenDialog() {
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [scope, setScope] = useState<ScopeOption>("read");
  const [expiry, setExpiry] = useState("30");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function open() {
    setName("");
    setScope("read");
    setExpiry("30");
    setErrors({});
    setProblem(null);
    setToken(null);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    if (token) router.refresh();
    setToken(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const input = { name, scopes: scope === "write" ? ["read", "write"] : ["read"], expiresAt: expiresAtFor(expiry) };
    const parsed = createApiTokenSchema.safeParse(input);
    if (!parsed.success) {
      const nameIssue = parsed.error.issues.find((issue) => issue.path[0] === "name");
      return setErrors({ name: nameIssue && messageOfIssue(nameIssue) });
    }
    setErrors({});
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/api-tokens", { body: parsed.data });
      if (!answer.ok) {
        setErrors({ name: answer.fields.name?.[0], expiresAt: answer.fields.expiresAt?.[0] });
        return setProblem(answer.message);
      }
      setToken(answer.data.token);
    });
  }

  return (
    <>
      <Button onClick={open}>Create token</Button>
      <Dialog
        open={isOpen}
        onClose={close}
        title={token ? "Copy your new token" : "Create an API token"}
        description={token ? undefined : "The token acts as you, within the scopes you choose."}
      >
        {token ? (
          <ShownToken token={token} onDone={close} />
        ) : (
          <form onSubmit={submit} className="space-y-4" noValidate>
            <Input
              label="Name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={errors.name}
              hint="What will use it, such as “CI deploy script”."
              maxLength={100}
              required
              autoFocus
            />
            <ScopeChoice value={scope} onChange={setScope} />
            <Select label="Expires after" value={expiry} onChange={(event) => setExpiry(event.target.value)} error={errors.expiresAt}>
              {EXPIRY_DAYS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
            {problem && (
              <Alert tone="danger" role="alert">
                {problem}
              </Alert>
            )}
            <div className="flex flex-wrap justify-end gap-3">
              <Button variant="secondary" onClick={close} disabled={isPending}>
                Cancel
              </Button>
              <Button type="submit" isLoading={isPending} loadingLabel="Creating…">
                Create token
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
