import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { formatDuration } from "@/components/sla/format-duration";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { formatStatus } from "@/lib/format";
import type { QueuedApplicant } from "@/lib/vetting/admin/list-vetting-queue";
import type { ReviewStage } from "@/lib/vetting/transitions";
import { ApplicantCell } from "./applicant-cell";

/** One stage's applicants, longest waiting first. Each name opens the applicant's page. */
export function QueueTable({ stage, applicants }: { stage: ReviewStage; applicants: QueuedApplicant[] }) {
  return (
    <Table caption={`Applicants waiting at ${formatStatus(stage).toLowerCase()}, longest waiting first`} isCaptionHidden>
      <THead>
        <Tr>
          <Th>Applicant</Th>
          <Th>Headline</Th>
          <Th>Top skills</Th>
          <Th>Waiting</Th>
        </Tr>
      </THead>
      <TBody>
        {applicants.map((applicant) => (
          <Tr key={applicant.id}>
            <ApplicantCell applicant={applicant} />
            <Td className="max-w-xs">{applicant.headline || "—"}</Td>
            <Td>
              {applicant.topSkills.length === 0 ? (
                "—"
              ) : (
                <ul className="flex flex-wrap gap-1.5" aria-label={`Top skills of ${applicant.name}`}>
                  {applicant.topSkills.map((skill) => (
                    <li key={skill.skillId}>
                      <Badge tone={skill.isVerified ? "success" : "neutral"}>
                        {skill.name} · {formatStatus(skill.level)}, {skill.years} y{skill.isVerified ? " · verified" : ""}
                      </Badge>
                    </li>
                  ))}
                </ul>
              )}
            </Td>
            <Td className="whitespace-nowrap">
              <span className="font-medium text-slate-900">{formatDuration(applicant.waitingMilliseconds)}</span>
              <span className="block text-xs text-slate-600">
                since <DateTime value={applicant.enteredStageAt} />
              </span>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** Previous and next page links; nothing when the queue fits on one page. */
export function QueuePagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const linkClasses = "rounded-md px-3 py-2 text-sm font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900";
  return (
    <nav aria-label="Queue pages" className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClasses}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClasses}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
