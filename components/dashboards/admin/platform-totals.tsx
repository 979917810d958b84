import type { AdminDashboard } from "@/lib/dashboards/get-admin-dashboard";
import { DashboardSection } from "../dashboard-section";
import { StatList } from "../stat-list";

type PlatformTotalsProps = Pick<AdminDashboard, "userCounts" | "suspendedUsers" | "openDisputes">;

export function PlatformTotals({ userCounts, suspendedUsers, openDisputes }: PlatformTotalsProps) {
  return (
    <DashboardSection title="Users and disputes" anchor="users">
      <StatList
        stats={[
          { label: "Clients", value: userCounts.CLIENT },
          { label: "Experts", value: userCounts.EXPERT },
          { label: "Admins", value: userCounts.ADMIN },
          { label: "Suspended users", value: suspendedUsers },
          { label: "Open disputes", value: openDisputes },
        ]}
      />
    </DashboardSection>
  );
}
