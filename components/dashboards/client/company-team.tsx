import type { ClientDashboard } from "@/lib/dashboards/get-client-dashboard";
import { COMPANY_ROLE_LABEL } from "@/lib/teams/permissions";
import { DashboardSection } from "../dashboard-section";

type Member = NonNullable<ClientDashboard["company"]>["members"][number];

export function CompanyTeam({ companyName, members }: { companyName: string; members: Member[] }) {
  return (
    <DashboardSection title="Team" description={`People who hire on behalf of ${companyName}.`}>
      <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {members.map((member) => (
          <li key={member.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
            <span>
              <span className="font-medium text-slate-900">{member.name}</span> <span className="text-slate-600">{member.email}</span>
            </span>
            <span className="text-slate-700">{COMPANY_ROLE_LABEL[member.companyRole]}</span>
          </li>
        ))}
      </ul>
    </DashboardSection>
  );
}
