import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { AuditEntry } from "@/lib/admin/audit-entries";
import { formatStatus } from "@/lib/format";

/** Audit entries, newest first: when, what in words (with the raw action name), who, about what, and the details. */
export function AuditEntriesTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  return (
    <Table caption={caption} isCaptionHidden>
      <THead>
        <Tr>
          <Th>When</Th>
          <Th>Action</Th>
          <Th>By</Th>
          <Th>Target</Th>
          <Th>Details</Th>
        </Tr>
      </THead>
      <TBody>
        {entries.map((entry) => (
          <Tr key={entry.id}>
            <Td className="whitespace-nowrap">
              <DateTime value={entry.createdAt} />
            </Td>
            <Td>
              <span className="block text-slate-900">{entry.actionLabel}</span>
              <code className="text-xs text-slate-600">{entry.action}</code>
            </Td>
            <Td>
              {entry.actor ? (
                <>
                  <Link href={`/admin/users/${entry.actor.id}`} className="text-indigo-700 underline">
                    {entry.actor.name}
                  </Link>
                  <span className="block text-xs text-slate-600">{formatStatus(entry.actor.role)}</span>
                </>
              ) : (
                "System"
              )}
            </Td>
            <Td>
              {entry.target.href ? (
                <Link href={entry.target.href} className="text-indigo-700 underline">
                  {entry.target.label ?? entry.target.id}
                </Link>
              ) : (
                <span>{entry.target.label ?? entry.target.id}</span>
              )}
              <span className="block text-xs text-slate-600">{formatTargetType(entry.target.type)}</span>
            </Td>
            <Td className="max-w-md text-xs break-words text-slate-700">{entry.summary || <span className="text-slate-600">—</span>}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** "HiringRequest" → "Hiring request". */
export const formatTargetType = (type: string) => formatStatus(type.replace(/([a-z])([A-Z])/g, "$1_$2"));
