import Link from "next/link";
import { TimezoneName } from "@/components/time/timezone-name";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { ExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { formatCount, formatMoney, formatRating, formatStatus } from "@/lib/format";
import { DashboardSection } from "../dashboard-section";
import { StatList } from "../stat-list";

const NOT_SET = "Not set";

export function ExpertProfileSummary({ profile }: { profile: ExpertDashboard["profile"] }) {
  const isApproved = profile.vettingStatus === "APPROVED";
  return (
    <DashboardSection title="Your profile" anchor="profile" description="What matching uses to decide which requests fit you.">
      {isApproved && (
        <ButtonLink href="/expert/profile" variant="secondary" size="sm">
          Edit your profile
        </ButtonLink>
      )}
      <StatList
        stats={[
          { label: "Hourly rate", value: profile.hourlyRateCents === null ? NOT_SET : formatMoney(profile.hourlyRateCents, profile.currency) },
          { label: "Availability", value: profile.isAvailable ? "Available" : "Not available" },
          { label: "Hours a week", value: profile.weeklyAvailableHours ?? NOT_SET },
          {
            label: "Timezone",
            value: profile.timezone ? <TimezoneName timezone={profile.timezone} className="text-lg sm:text-xl" /> : NOT_SET,
          },
          { label: "Rating", value: formatRating(profile.ratingAverage), hint: formatCount(profile.ratingCount, "client rating") },
        ]}
      />
      {profile.skills.length === 0 ? (
        <p className="text-sm text-slate-600">
          No skills yet. Add your skills with level and years of experience to{" "}
          <Link href="/expert/application" className="font-medium text-indigo-700 underline hover:text-indigo-800">
            your application
          </Link>
          .
        </p>
      ) : (
        <Table caption="Your skills">
          <THead>
            <Tr>
              <Th>Skill</Th>
              <Th>Level</Th>
              <Th>Years</Th>
              <Th>Verified</Th>
            </Tr>
          </THead>
          <TBody>
            {profile.skills.map((skill) => (
              <Tr key={skill.skillId}>
                <Th scope="row" className="font-medium">
                  {skill.name}
                </Th>
                <Td>{formatStatus(skill.level)}</Td>
                <Td className="tabular-nums">{skill.years}</Td>
                <Td>{skill.isVerified ? <Badge tone="success">Verified</Badge> : <span className="text-slate-600">Not yet</span>}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
