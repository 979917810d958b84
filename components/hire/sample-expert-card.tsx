import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatCount } from "@/lib/format";
import type { SampleExpert } from "@/lib/hire-pages/types";

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

function countryName(code: string | null) {
  if (!code) return null;
  try {
    return countryNames.of(code) ?? null;
  } catch {
    return null;
  }
}

/** One expert as the public may see them: by name only if they chose to be shown; otherwise nothing that identifies them. */
export function SampleExpertCard({ expert, skillName }: { expert: SampleExpert; skillName: string }) {
  const country = countryName(expert.country);
  const title = expert.kind === "named" ? expert.name : `Vetted expert${country ? ` in ${country}` : ""}`;
  return (
    <Card as="li" className="flex flex-col gap-3">
      <div>
        <h3 className="text-base font-semibold text-slate-900">
          {expert.kind === "named" && expert.profilePath ? (
            <Link href={expert.profilePath} prefetch={false} className="text-link">
              {title}
            </Link>
          ) : (
            title
          )}
        </h3>
        {expert.kind === "named" && country && <p className="text-sm text-slate-600">{country}</p>}
      </div>
      {expert.headline && <p className="text-sm text-slate-700">{expert.headline}</p>}
      <p className="text-sm text-slate-700">
        {formatCount(expert.years, "year")} of {skillName}
      </p>
      {expert.verifiedSkills.length > 0 && (
        <div>
          <p className="sr-only">Verified skills</p>
          <ul className="flex flex-wrap gap-1.5">
            {expert.verifiedSkills.map((skill) => (
              <li key={skill} className="rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200">
                <span aria-hidden="true">✓ </span>
                {skill}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
