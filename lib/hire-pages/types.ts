// What a public "Hire a … expert" page shows. Every number comes from approved experts and real
// requests; a number drawn from too few of them is left out (null) rather than shown.

export type HirePageKind = "skill" | "group";

export type HirePageLink = { slug: string; name: string; kind: HirePageKind };

export type RateRange = {
  /** Hourly rates of approved experts quoting in `currency`, in cents: 25th, 50th and 75th percentile. */
  p25Cents: number;
  medianCents: number;
  p75Cents: number;
  currency: string;
  /** How many experts' rates the range is drawn from (at least the page's minimum). */
  sampleSize: number;
};

export type ShortlistTime = { medianMinutes: number; sampleSize: number };

/** An expert who opted in to a public profile is shown by name; anyone else only by what cannot identify them. */
export type SampleExpert =
  | { kind: "named"; name: string; profilePath: string | null; headline: string; years: number; verifiedSkills: string[]; country: string | null }
  | { kind: "anonymous"; headline: string; years: number; verifiedSkills: string[]; country: string | null };

export type HirePage = HirePageLink & {
  /** For a skill, its group's name; for a group, the group itself. */
  group: HirePageLink;
  /** One sentence about what such an expert does, for the page description. */
  summary: string;
  /** The skills the page covers: the skill itself, or every skill of the group. */
  skills: { slug: string; name: string }[];
  /** Approved experts with at least one of the page's skills verified by our team. */
  verifiedExpertCount: number;
  rateRange: RateRange | null;
  shortlistTime: ShortlistTime | null;
  relatedPages: HirePageLink[];
  sampleExperts: SampleExpert[];
  /** When anything the page shows last changed, for the sitemap's lastmod. */
  lastModified: Date;
};
