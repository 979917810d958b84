import { z } from "zod";
import { fileIdListSchema } from "@/lib/files/attachment-ids";
import { DISPUTE_CATEGORIES } from "./categories";

// The dispute case's inputs, shared by the forms and the API: a statement, links and files.

export const EVIDENCE_MAX_FILES = 10;
export const EVIDENCE_MAX_LINKS = 10;

export const evidenceLinksSchema = z
  .array(
    z.url({ protocol: /^https?$/, error: "Use a full http(s) link, e.g. https://example.com/report." }).max(2_000, "Keep each link under 2,000 characters."),
    {
      error: "links must be a list of http(s) links.",
    },
  )
  .max(EVIDENCE_MAX_LINKS, `Add at most ${EVIDENCE_MAX_LINKS} links.`)
  .default([]);

export const evidenceFileIdsSchema = fileIdListSchema(
  EVIDENCE_MAX_FILES,
  `Attach at most ${EVIDENCE_MAX_FILES} files; put the rest in a shared folder and link it.`,
)
  .default([])
  .describe("Uploaded, ready DISPUTE_EVIDENCE files of the caller's (POST /api/v1/files).");

export const disputeCategorySchema = z.enum(DISPUTE_CATEGORIES, { error: "Choose what the dispute is about from the list." });

const statement = (what: string) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(20, `Write ${what} in at least 20 characters, so an admin can act on it.`)
    .max(4_000, "Keep it under 4,000 characters.");

export const respondToDisputeSchema = z.strictObject({
  statement: statement("your side of the story"),
  links: evidenceLinksSchema,
  fileIds: evidenceFileIdsSchema,
});
export type RespondToDisputeInput = z.output<typeof respondToDisputeSchema>;

export const addDisputeEvidenceSchema = z
  .strictObject({
    text: z.string({ error: "Describe the evidence." }).trim().max(4_000, "Keep it under 4,000 characters.").default(""),
    links: evidenceLinksSchema,
    fileIds: evidenceFileIdsSchema,
  })
  .refine((evidence) => evidence.text.length > 0 || evidence.links.length > 0 || evidence.fileIds.length > 0, {
    path: ["text"],
    message: "Describe the evidence, add a link or attach a file.",
  });
export type AddDisputeEvidenceInput = z.output<typeof addDisputeEvidenceSchema>;

/** The evidence a dispute is opened with, besides its reason. */
export type OpeningEvidence = { category: z.output<typeof disputeCategorySchema>; links: string[]; fileIds: string[] };
