"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The new token, shown once, with a copy button; closing the dialog is the only way on. */
export function ShownToken({ token, onDone }: { token: string; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <div className="space-y-4">
      <Alert tone="warning">Copy it now and keep it somewhere safe. Vetted keeps only a fingerprint of it: you will not see it again.</Alert>
      <label className="block text-sm font-medium text-slate-900" htmlFor="new-api-token">
        Your new token
      </label>
      <input
        id="new-api-token"
        readOnly
        value={token}
        onFocus={(event) => event.currentTarget.select()}
        className="block w-full rounded-md bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-slate-300"
      />
      <p role="status" className="min-h-5 text-sm text-slate-600">
        {copied === "yes" && "Copied to the clipboard."}
        {copied === "failed" && "Your browser did not allow copying: select the token and copy it yourself."}
      </p>
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={copy}>
          Copy token
        </Button>
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
