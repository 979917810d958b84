import { z } from "zod";
import { fileSummarySchema } from "@/lib/files/schemas";

// The expert profile API's path ids and response shapes. Dates travel as ISO 8601 strings, money as integer cents.

const malformedExpertId = "The expert id in the URL is malformed.";
/** The `{id}` (an expert profile id) of /api/v1/experts/{id}, checked before it reaches a query. */
export const expertPathSchema = z.object({ id: z.string({ error: malformedExpertId }).min(1, malformedExpertId).max(64, malformedExpertId) });

const dateTime = z.iso.datetime();

export const portfolioItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    url: z.string().nullable().meta({ description: "An http or https link, or null." }),
    files: z.array(fileSummarySchema),
  })
  .meta({ id: "PortfolioItem" });

export const expertProfileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    headline: z.string(),
    bio: z.string(),
    photo: z
      .object({ url: z.string(), thumbnailUrl: z.string() })
      .nullable()
      .meta({ description: "The profile photo's download and thumbnail addresses, or null." }),
    skills: z.array(z.object({ name: z.string(), slug: z.string(), level: z.string(), years: z.number().int(), isVerified: z.boolean() })),
    vetting: z.object({
      stagesPassed: z
        .array(z.object({ name: z.string(), passedAt: dateTime }))
        .meta({ description: "The vetting stages passed in the latest round, oldest first." }),
      approvedAt: dateTime.nullable(),
    }),
    vettingStatus: z.string(),
    isSuspended: z.boolean(),
    timezone: z.string().nullable(),
    country: z.string().nullable(),
    isAvailable: z.boolean(),
    weeklyAvailableHours: z.number().int().nullable(),
    hourlyRateCents: z.number().int().nullable(),
    currency: z.string(),
    portfolio: z.array(portfolioItemSchema),
    completedContracts: z.number().int(),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
    reviews: z.array(z.object({ id: z.string(), rating: z.number().int(), text: z.string(), createdAt: dateTime })).meta({
      description: "The latest reviews with text, newest first.",
    }),
    responseTime: z
      .object({ medianMinutes: z.number().int(), sampleSize: z.number().int() })
      .nullable()
      .meta({ description: "Median time to the first reply in recent conversations; null with too few replies to say." }),
    isPublic: z.boolean(),
    publicProfilePath: z.string().nullable().meta({ description: "The public profile page's path, for the expert themself while it is public." }),
    viewer: z.object({ isSelf: z.boolean(), isAdmin: z.boolean() }),
  })
  .meta({ id: "ExpertProfile" });

export const portfolioListSchema = z.object({ items: z.array(portfolioItemSchema) }).meta({ id: "Portfolio" });
export const deletedPortfolioItemSchema = z.object({ id: z.string(), deleted: z.literal(true) }).meta({ id: "DeletedPortfolioItem" });

const malformedSlug = "The profile address in the URL is malformed.";
const malformedFileId = "The file id in the URL is malformed.";
export const publicProfileFilePathSchema = z.object({
  slug: z.string({ error: malformedSlug }).min(1, malformedSlug).max(64, malformedSlug),
  fileId: z.string({ error: malformedFileId }).min(1, malformedFileId).max(64, malformedFileId),
});
const flag = z.enum(["1", "0", "true", "false"]).optional();
/** `inline` is accepted for the file list's preview links; images and PDFs always open in the browser here. */
export const publicProfileFileQuerySchema = z.strictObject({ thumbnail: flag, inline: flag });

export const profilePhotoInputSchema = z
  .strictObject({ fileId: z.string({ error: "Send the uploaded photo's id." }).min(1, "Send the uploaded photo's id.").max(64) })
  .meta({ id: "ProfilePhotoInput" });
export const profilePhotoSchema = z.object({ photo: z.object({ url: z.string(), thumbnailUrl: z.string() }).nullable() }).meta({ id: "ProfilePhoto" });
