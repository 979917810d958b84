import { DateTime } from "@/components/dashboards/date-time";
import { Badge } from "@/components/ui/badge";
import { formatStatus } from "@/lib/format";
import type { Applicant } from "@/lib/vetting/admin/get-applicant";
import { VerifySkillButton } from "./verify-skill-button";

/** The applicant's skills with their verified state; admins verify them here once the interview stage is reached. */
export function ApplicantSkills({ applicant }: { applicant: Applicant }) {
  if (applicant.skills.length === 0) return <p className="text-sm text-slate-600">No skills listed yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      {applicant.skills.map((skill) => (
        <li key={skill.skillId} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
          <div className="min-w-0 text-sm">
            <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
              {skill.name}
              {skill.verifiedAt ? <Badge tone="success">Verified</Badge> : <Badge>Not verified</Badge>}
            </p>
            <p className="mt-0.5 text-slate-600">
              {formatStatus(skill.level)}, {skill.years} {skill.years === 1 ? "year" : "years"}
              {skill.verifiedAt && (
                <>
                  {" · verified "}
                  <DateTime value={skill.verifiedAt} isDateOnly />
                  {skill.verifiedByName && ` by ${skill.verifiedByName}`}
                </>
              )}
            </p>
          </div>
          {applicant.canVerifySkills && (
            <VerifySkillButton expertProfileId={applicant.id} skill={{ skillId: skill.skillId, name: skill.name, isVerified: skill.verifiedAt !== null }} />
          )}
        </li>
      ))}
    </ul>
  );
}
