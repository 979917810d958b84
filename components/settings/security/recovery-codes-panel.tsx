"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The recovery codes, shown once after they are made: copy, download, then done. */
export function RecoveryCodesPanel({ codes, email, onDone }: { codes: string[]; email: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = [
    `Vetted recovery codes for ${email}`,
    "Each code signs you in once if you cannot use your authenticator app. Keep them somewhere safe.",
    "",
    ...codes,
    "",
  ].join("\n");

  async function copy() {
    await navigator.clipboard.writeText(text).catch(() => undefined);
    setCopied(true);
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "vetted-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="space-y-4">
      <Alert tone="warning" title="Save your recovery codes now">
        They are shown only this once. If you lose your phone, each code signs you in one time. Store them in a password manager or print them.
      </Alert>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-4 font-mono text-sm text-slate-900 sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy codes"}
        </Button>
        <Button variant="secondary" onClick={download}>
          Download as text
        </Button>
        <Button onClick={onDone}>I have saved my codes</Button>
      </div>
    </div>
  );
}
