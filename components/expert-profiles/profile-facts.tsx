import { formatHourly, formatTimezone } from "@/components/requests/format";
import { countryName } from "@/lib/countries";
import { formatCount, formatDate, formatMinutes } from "@/lib/format";
import { dateTimeFormat } from "@/lib/intl";
import type { ShownProfile } from "./profile-types";

/** "14:05" in `timeZone`; null for a zone Intl does not know. */
function localTime(timeZone: string, now: Date): string | null {
  try {
    return dateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(now);
  } catch {
    return null;
  }
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="mt-0.5 font-medium text-slate-900">{children}</dd>
    </div>
  );
}

/** Rate, availability, where and when the expert is, track record and how fast they answer. */
export function ProfileFacts({ profile, now }: { profile: ShownProfile; now: Date }) {
  const time = profile.timezone ? localTime(profile.timezone, now) : null;
  const { rating, responseTime } = profile;
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3">
      <Fact term="Rate">{profile.hourlyRateCents === null ? "Not set" : formatHourly(profile.hourlyRateCents, profile.currency)}</Fact>
      <Fact term="Availability">
        {profile.isAvailable ? (profile.weeklyAvailableHours ? `Available, ${profile.weeklyAvailableHours} h a week` : "Available") : "Not taking new work"}
      </Fact>
      {profile.timezone !== undefined ? (
        <Fact term="Timezone">
          {profile.timezone ? (
            <>
              {formatTimezone(profile.timezone)}
              {time && <span className="block text-sm font-normal text-slate-600">Local time now: {time}</span>}
            </>
          ) : (
            "Not set"
          )}
        </Fact>
      ) : (
        profile.country && <Fact term="Based in">{countryName(profile.country)}</Fact>
      )}
      <Fact term="Completed contracts">{profile.completedContracts}</Fact>
      <Fact term="Rating">{rating.average === null ? "No ratings yet" : `${rating.average.toFixed(1)} / 5 from ${formatCount(rating.count, "rating")}`}</Fact>
      {responseTime && (
        <Fact term="Response time">
          Usually replies within {formatMinutes(responseTime.medianMinutes)}
          <span className="block text-sm font-normal text-slate-600">Median over {formatCount(responseTime.sampleSize, "recent conversation")}</span>
        </Fact>
      )}
      {profile.vetting.approvedAt && <Fact term="Approved by Vetted">{formatDate(profile.vetting.approvedAt)}</Fact>}
    </dl>
  );
}
