"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";
import { formatDateTime } from "@/lib/format";

export type ExportItem = {
  id: string;
  status: "QUEUED" | "BUILDING" | "READY" | "EXPIRED" | "FAILED";
  sectionsDone: number;
  sectionsTotal: number;
  sizeBytes: number | null;
  failureReason: string | null;
  expiresAt: string | null;
  createdAt: string;
  downloadPath: string | null;
};

const REFRESH_WHILE_BUILDING_MS = 3_000;
const isInFlight = (item: ExportItem) => item.status === "QUEUED" || item.status === "BUILDING";

function statusText(item: ExportItem) {
  switch (item.status) {
    case "QUEUED":
      return "Waiting to start…";
    case "BUILDING":
      return `Preparing: ${item.sectionsDone} of ${item.sectionsTotal || "…"} sections done`;
    case "READY":
      return `Ready${item.expiresAt ? `: download it before ${formatDateTime(new Date(item.expiresAt))}` : ""}`;
    case "EXPIRED":
      return "Expired: its download was deleted after 7 days";
    case "FAILED":
      return item.failureReason ?? "Failed";
  }
}

/** "Download my data": ask for an export, follow its progress (refreshing itself while it builds), download it. */
export function DataExportPanel({ exports }: { exports: ExportItem[] }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const hasInFlight = exports.some(isInFlight);

  useEffect(() => {
    if (!hasInFlight) return;
    const timer = setInterval(() => router.refresh(), REFRESH_WHILE_BUILDING_MS);
    return () => clearInterval(timer);
  }, [hasInFlight, router]);

  function requestExport() {
    setProblem(null);
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/privacy/exports", {});
      if (!answer.ok) return setProblem(answer.message);
      router.refresh();
    });
  }

  return (
    <div className="mt-4 space-y-4">
      <div className="flex flex-wrap gap-2">
        <Button onClick={requestExport} isLoading={isPending} loadingLabel="Asking…">
          Download my data
        </Button>
        <Button variant="secondary" onClick={() => router.refresh()}>
          Refresh
        </Button>
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      {exports.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200" aria-label="Your exports">
          {exports.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              <div>
                <p className="font-medium text-slate-900">Asked for {formatDateTime(new Date(item.createdAt))}</p>
                <p className="text-slate-600" role={isInFlight(item) ? "status" : undefined}>
                  {statusText(item)}
                </p>
                {item.status === "BUILDING" && item.sectionsTotal > 0 && (
                  <progress className="mt-1 w-48" max={item.sectionsTotal} value={item.sectionsDone} aria-label="Export progress" />
                )}
              </div>
              {item.downloadPath && (
                <a href={item.downloadPath} download className="font-medium text-indigo-700 underline hover:text-indigo-900">
                  Download zip{item.sizeBytes ? ` (${Math.max(1, Math.round(item.sizeBytes / 1024))} KB)` : ""}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
