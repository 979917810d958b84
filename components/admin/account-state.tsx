import { StatusBadge } from "@/components/dashboards/status-badge";
import { Badge } from "@/components/ui/badge";
import type { VettingStatus } from "@/generated/prisma/enums";

/** "Active", "Deleted" (by its owner), or "Suspended" with the reason. */
export function AccountState({
  suspendedAt,
  suspensionReason,
  deletedAt,
}: {
  suspendedAt: Date | null;
  suspensionReason: string | null;
  deletedAt: Date | null;
}) {
  if (deletedAt) return <Badge tone="neutral">Deleted</Badge>;
  if (!suspendedAt) return <Badge tone="success">Active</Badge>;
  return (
    <div className="space-y-1">
      <Badge tone="danger">Suspended</Badge>
      {suspensionReason && <p className="max-w-xs text-xs break-words whitespace-pre-line text-slate-700">{suspensionReason}</p>}
    </div>
  );
}

/** A client's company, or an expert's vetting status. */
export function CompanyOrVetting({ company, vettingStatus }: { company: { name: string } | null; vettingStatus: VettingStatus | null }) {
  if (vettingStatus) return <StatusBadge status={vettingStatus} />;
  if (company) return <span>{company.name}</span>;
  return <span className="text-slate-600">—</span>;
}
