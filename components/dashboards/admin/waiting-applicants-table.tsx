import Link from "next/link";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { ApplicantCell } from "@/components/vetting/admin/applicant-cell";
import type { AdminDashboard } from "@/lib/dashboards/get-admin-dashboard";
import { DashboardSection } from "../dashboard-section";
import { DateTime } from "../date-time";
import { StatusBadge } from "../status-badge";

export function WaitingApplicantsTable({ applicants }: { applicants: AdminDashboard["oldestWaiting"] }) {
  return (
    <DashboardSection title="Longest waiting applicants" description="Applied, in screening or at interview, oldest first.">
      {applicants.length === 0 ? (
        <p className="text-sm text-slate-600">Nobody is waiting for a vetting decision.</p>
      ) : (
        <Table caption="Applicants waiting for a vetting decision, oldest first" isCaptionHidden>
          <THead>
            <Tr>
              <Th>Applicant</Th>
              <Th>Headline</Th>
              <Th>Stage</Th>
              <Th>Waiting since</Th>
            </Tr>
          </THead>
          <TBody>
            {applicants.map((applicant) => (
              <Tr key={applicant.id}>
                <ApplicantCell applicant={applicant} />
                <Td>{applicant.headline || "—"}</Td>
                <Td>
                  <StatusBadge status={applicant.vettingStatus} />
                </Td>
                <Td>
                  <DateTime value={applicant.waitingSince} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <p className="text-sm">
        <Link href="/admin/vetting" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          See every waiting applicant
        </Link>
      </p>
    </DashboardSection>
  );
}
