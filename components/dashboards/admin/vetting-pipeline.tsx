import Link from "next/link";
import type { AdminDashboard } from "@/lib/dashboards/get-admin-dashboard";
import { formatStatus } from "@/lib/format";
import { DashboardSection } from "../dashboard-section";
import { StatList } from "../stat-list";

const STAGES = ["APPLIED", "SCREENING", "INTERVIEW", "APPROVED", "REJECTED", "SUSPENDED"] as const;

export function VettingPipeline({ counts }: { counts: AdminDashboard["vettingCounts"] }) {
  return (
    <DashboardSection title="Vetting pipeline" anchor="vetting" description="Expert applicants in each stage.">
      <StatList stats={STAGES.map((stage) => ({ label: formatStatus(stage), value: counts[stage] }))} />
      <p className="text-sm">
        <Link href="/admin/vetting" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          Open the vetting queue and funnel
        </Link>
      </p>
    </DashboardSection>
  );
}
