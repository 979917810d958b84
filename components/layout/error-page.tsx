"use client";

import { useEffect } from "react";
import { StatusPage } from "@/components/layout/status-page";
import { Button } from "@/components/ui/button";

function digestOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}

// Server errors arrive with a generic message and a digest that matches the server's log line; we show only the digest.
export function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPage
      title="Something went wrong"
      actions={
        <Button size="lg" onClick={() => retry()}>
          Try again
        </Button>
      }
    >
      <p>Something on our side stopped this page from loading. Try again; if it keeps happening, contact support@vetted.test.</p>
      {digest && (
        <p className="mt-4 text-sm text-slate-600">
          Reference: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{digest}</code>
        </p>
      )}
    </StatusPage>
  );
}
