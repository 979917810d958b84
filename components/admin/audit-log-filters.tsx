import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { formatTargetType } from "./audit-entries-table";

export type AuditLogFilter = { action?: string; actorId?: string; targetType?: string; targetId?: string; from?: string; to?: string };

const TARGET_TYPES = ["User", "ExpertProfile", "HiringRequest", "Contract", "Milestone", "Dispute", "Ledger", "Job"];

type AuditLogFiltersProps = { filter: AuditLogFilter; admins: { id: string; name: string }[] };

/** A plain GET form; a target picked by a link elsewhere (one user's or one request's history) stays as a hidden field. */
export function AuditLogFilters({ filter, admins }: AuditLogFiltersProps) {
  const actors = filter.actorId && !admins.some((admin) => admin.id === filter.actorId) ? [...admins, { id: filter.actorId, name: "The chosen user" }] : admins;
  const targetTypes = filter.targetType && !TARGET_TYPES.includes(filter.targetType) ? [...TARGET_TYPES, filter.targetType] : TARGET_TYPES;
  return (
    <form method="get" action="/admin/audit-log" role="search" aria-label="Audit log" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <Input label="Action starts with" name="action" defaultValue={filter.action ?? ""} placeholder="user." maxLength={100} fieldClassName="w-48" />
        <Select label="By" name="actorId" defaultValue={filter.actorId ?? ""} fieldClassName="w-52">
          <option value="">Anyone</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </Select>
        <Select label="Target" name="targetType" defaultValue={filter.targetType ?? ""} fieldClassName="w-44">
          <option value="">Anything</option>
          {targetTypes.map((type) => (
            <option key={type} value={type}>
              {formatTargetType(type)}
            </option>
          ))}
        </Select>
        <Input label="From (UTC)" name="from" type="date" defaultValue={filter.from ?? ""} fieldClassName="w-44" />
        <Input label="To (UTC)" name="to" type="date" defaultValue={filter.to ?? ""} fieldClassName="w-44" />
        {filter.targetId && <input type="hidden" name="targetId" value={filter.targetId} />}
        <button type="submit" className={buttonClasses()}>
          Filter
        </button>
        <Link href="/admin/audit-log" className="py-2 text-sm font-medium text-indigo-700 underline">
          Clear
        </Link>
      </div>
      {filter.targetId && (
        <p className="text-sm text-slate-700">
          Showing entries about one record (<code className="text-xs">{filter.targetId}</code>).{" "}
          <Link href="/admin/audit-log" className="font-medium text-indigo-700 underline">
            Show every record
          </Link>
        </p>
      )}
    </form>
  );
}
