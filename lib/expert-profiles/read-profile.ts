import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { FileSummary } from "@/lib/files/schemas";
import { fileSummarySelect, type SummarizableFile, toFileSummary } from "@/lib/files/serialize";
import { findResponseTime, type ResponseTime } from "./response-time";
import { summarizeVetting, type VettingSummary } from "./vetting-summary";

// One expert's profile as clients see it, read for whichever page shows it: the signed-in profile page
// (who may see it is in the `where` the caller passes) and the public profile page.

/** The latest reviews with words in them; the average and the count cover every rating. */
export const REVIEWS_SHOWN = 10;

const PROFILE_SELECT = {
  id: true,
  userId: true,
  headline: true,
  bio: true,
  hourlyRateCents: true,
  currency: true,
  timezone: true,
  country: true,
  weeklyAvailableHours: true,
  isAvailable: true,
  vettingStatus: true,
  approvedAt: true,
  publicProfile: true,
  publicSlug: true,
  ratingCount: true,
  ratingSum: true,
  completedContracts: true,
  user: { select: { name: true, suspendedAt: true, deletedAt: true } },
  skills: {
    select: { level: true, years: true, verifiedAt: true, skill: { select: { name: true, slug: true } } },
    orderBy: [{ years: "desc" }, { skill: { name: "asc" } }],
  },
  decisions: { select: { fromStatus: true, toStatus: true, createdAt: true }, orderBy: { createdAt: "asc" } },
  photo: { select: { id: true, thumbnailKey: true } },
  portfolio: {
    select: {
      id: true,
      title: true,
      description: true,
      url: true,
      files: { where: { status: "READY" }, select: fileSummarySelect, orderBy: { createdAt: "asc" } },
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  },
  // Published client → expert reviews only: an unpublished one is still hidden from its subject (lib/reviews).
  reviews: {
    where: { text: { not: "" }, direction: "CLIENT_TO_EXPERT", publishedAt: { not: null } },
    select: { id: true, rating: true, text: true, createdAt: true },
    orderBy: { publishedAt: "desc" },
    take: REVIEWS_SHOWN,
  },
} as const satisfies Prisma.ExpertProfileSelect;

export type ExpertProfileView = {
  id: string;
  name: string;
  headline: string;
  bio: string;
  /** The uploaded photo's addresses (they check who asks, as the profile does), or null. */
  photo: { url: string; thumbnailUrl: string } | null;
  skills: { name: string; slug: string; level: string; years: number; isVerified: boolean }[];
  vetting: VettingSummary;
  vettingStatus: string;
  isSuspended: boolean;
  timezone: string | null;
  country: string | null;
  isAvailable: boolean;
  weeklyAvailableHours: number | null;
  hourlyRateCents: number | null;
  currency: string;
  portfolio: { id: string; title: string; description: string; url: string | null; files: FileSummary[] }[];
  completedContracts: number;
  rating: { average: number | null; count: number };
  reviews: { id: string; rating: number; text: string; createdAt: Date }[];
  responseTime: ResponseTime | null;
  isPublic: boolean;
  publicSlug: string | null;
};

/** Where a profile's files are fetched from: the files API for signed-in viewers, the public profile's own addresses otherwise. */
export type FileAddresses = { file(fileId: string): string; thumbnail(fileId: string): string };

const SIGNED_IN_ADDRESSES: FileAddresses = {
  file: (fileId) => `/api/v1/files/${fileId}/download?inline=1`,
  thumbnail: (fileId) => `/api/v1/files/${fileId}/thumbnail`,
};

/** The photo's addresses, for a viewer who may see the profile. */
export function photoOf(fileId: string, hasThumbnail = true, addresses: FileAddresses = SIGNED_IN_ADDRESSES) {
  const url = addresses.file(fileId);
  return { url, thumbnailUrl: hasThumbnail ? addresses.thumbnail(fileId) : url };
}

function summaryOf(file: SummarizableFile, addresses: FileAddresses): FileSummary {
  const summary = toFileSummary(file);
  if (addresses === SIGNED_IN_ADDRESSES) return summary;
  return { ...summary, downloadUrl: addresses.file(file.id), ...(summary.thumbnailUrl && { thumbnailUrl: addresses.thumbnail(file.id) }) };
}

/** The first profile matching `where`, or null. */
export async function readProfile(where: Prisma.ExpertProfileWhereInput, addresses: FileAddresses = SIGNED_IN_ADDRESSES): Promise<ExpertProfileView | null> {
  const profile = await db.expertProfile.findFirst({ where, select: PROFILE_SELECT });
  if (!profile) return null;
  const responseTime = await findResponseTime(profile.userId);
  return {
    id: profile.id,
    name: profile.user.name,
    headline: profile.headline,
    bio: profile.bio,
    photo: profile.photo ? photoOf(profile.photo.id, profile.photo.thumbnailKey !== null, addresses) : null,
    skills: profile.skills.map(({ skill, level, years, verifiedAt }) => ({
      name: skill.name,
      slug: skill.slug,
      level,
      years,
      isVerified: verifiedAt !== null,
    })),
    vetting: summarizeVetting(profile.decisions, profile.approvedAt),
    vettingStatus: profile.vettingStatus,
    isSuspended: profile.user.suspendedAt !== null,
    timezone: profile.timezone,
    country: profile.country?.trim() ?? null,
    isAvailable: profile.isAvailable,
    weeklyAvailableHours: profile.weeklyAvailableHours,
    hourlyRateCents: profile.hourlyRateCents,
    currency: profile.currency,
    portfolio: profile.portfolio.map(({ files, ...item }) => ({ ...item, files: files.map((file) => summaryOf(file, addresses)) })),
    completedContracts: profile.completedContracts,
    rating: {
      average: profile.ratingCount > 0 ? Math.round((profile.ratingSum / profile.ratingCount) * 10) / 10 : null,
      count: profile.ratingCount,
    },
    reviews: profile.reviews,
    responseTime,
    isPublic: profile.publicProfile && profile.publicSlug !== null,
    publicSlug: profile.publicSlug,
  };
}
