import { COMPANY_ROLE_LABEL, COMPANY_ROLES } from "@/lib/teams/permissions";

export const ROLE_SUMMARY = {
  OWNER: "Everything, including billing and the team",
  HIRING_MANAGER: "Requests, shortlists, conversations, contracts, approving work",
  FINANCE: "Contracts, funding milestones, payments; no conversations",
  VIEWER: "Reads requests and contracts; changes nothing",
} as const;

export function RoleOptions() {
  return COMPANY_ROLES.map((role) => (
    <option key={role} value={role}>
      {COMPANY_ROLE_LABEL[role]}
    </option>
  ));
}
