"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { OutputOf } from "@/lib/endpoints/client";
import { formatDateTime } from "@/lib/format";

export type LedgerExportItem = OutputOf<"GET /api/v1/admin/ledger/exports">["exports"][number];

const REFRESH_WHILE_BUILDING_MS = 2_000;
const KIND_NAMES = { LEDGER_ENTRIES: "Ledger entries", PAYOUTS: "Payouts" } as const;
const isInFlight = (item: LedgerExportItem) => item.status === "QUEUED" || item.status === "BUILDING";

function statusText(item: LedgerExportItem) {
  switch (item.status) {
    case "QUEUED":
      return "Waiting to start…";
    case "BUILDING":
      return `Writing: ${item.rowsDone.toLocaleString("en-US")} rows so far`;
    case "READY":
      return `Ready: ${item.rowsDone.toLocaleString("en-US")} rows`;
    case "FAILED":
      return item.failureReason ?? "Failed";
  }
}

/** Every admin's exports with who asked and when; refreshes itself while one is being written. */
export function LedgerExportsTable({ exports }: { exports: LedgerExportItem[] }) {
  const router = useRouter();
  const hasInFlight = exports.some(isInFlight);
  useEffect(() => {
    if (!hasInFlight) return;
    const timer = setInterval(() => router.refresh(), REFRESH_WHILE_BUILDING_MS);
    return () => clearInterval(timer);
  }, [hasInFlight, router]);

  if (exports.length === 0) return <EmptyState headingLevel={3} title="No exports yet" description="Exports appear here once an admin asks for one." />;
  return (
    <Table caption="Ledger exports" isCaptionHidden>
      <THead>
        <Tr>
          <Th>What</Th>
          <Th>Days (UTC)</Th>
          <Th>Asked by</Th>
          <Th>Status</Th>
          <Th>
            <span className="sr-only">Download</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {exports.map((item) => (
          <Tr key={item.id} data-export-id={item.id}>
            <Th scope="row">{KIND_NAMES[item.kind]}</Th>
            <Td>
              {item.from} to {item.to}
            </Td>
            <Td>
              {item.requestedBy?.name ?? "A deleted admin"}
              <span className="block text-xs text-slate-600">{formatDateTime(new Date(item.createdAt))}</span>
            </Td>
            <Td>
              <span role={isInFlight(item) ? "status" : undefined}>{statusText(item)}</span>
            </Td>
            <Td>
              {item.downloadPath && (
                <a
                  href={item.downloadPath}
                  aria-label={`Download CSV: ${KIND_NAMES[item.kind]} ${item.from} to ${item.to}`}
                  className="font-medium text-indigo-700 underline hover:text-indigo-900"
                >
                  Download CSV
                </a>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
