import { z } from "zod";

// A portfolio item as the expert writes it, shared by the form and the API.

export const MAX_PORTFOLIO_ITEMS = 20;
export const MAX_PORTFOLIO_FILES = 10;
export const MAX_TITLE_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 2_000;
const MAX_URL_LENGTH = 2_048;

function isWebAddress(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const title = z
  .string({ error: "Give the item a title." })
  .trim()
  .min(1, "Give the item a title.")
  .max(MAX_TITLE_LENGTH, `Keep the title under ${MAX_TITLE_LENGTH} characters.`);
const description = z
  .string({ error: "Describe the work in words." })
  .trim()
  .max(MAX_DESCRIPTION_LENGTH, `Keep the description under ${MAX_DESCRIPTION_LENGTH} characters.`);
/** An http(s) address, or null (an empty string counts as none). */
const url = z
  .string({ error: "Give the link as text, or leave it empty." })
  .trim()
  .max(MAX_URL_LENGTH, `Keep the link under ${MAX_URL_LENGTH} characters.`)
  .refine((value) => value === "" || isWebAddress(value), "Use a web address that starts with http:// or https://, such as https://example.com/case-study.")
  .transform((value) => (value === "" ? null : value))
  .nullable();

const fileIds = z
  .array(z.string().min(1).max(64), { error: "Send the uploaded files' ids as a list." })
  .max(MAX_PORTFOLIO_FILES, `A portfolio item holds at most ${MAX_PORTFOLIO_FILES} files.`)
  .refine((ids) => new Set(ids).size === ids.length, "List each file once.");

export const portfolioItemInputSchema = z
  .strictObject({
    title,
    description: description.default(""),
    url: url.default(null).meta({ description: "An http or https address; null or an empty string for none." }),
    fileIds: fileIds.default([]).meta({ description: "Uploaded PORTFOLIO files (POST /api/v1/files) to show with the item." }),
  })
  .meta({ id: "PortfolioItemInput" });
export type PortfolioItemInput = z.output<typeof portfolioItemInputSchema>;

export const portfolioItemChangesSchema = z
  .strictObject({
    title: title.optional(),
    description: description.optional(),
    url: url.optional(),
    addFileIds: fileIds.optional().meta({ description: "Newly uploaded PORTFOLIO files to add to the item." }),
    removeFileIds: fileIds.optional().meta({ description: "Files of the item to delete." }),
  })
  .meta({ id: "PortfolioItemChanges" });
export type PortfolioItemChanges = z.output<typeof portfolioItemChangesSchema>;

export const portfolioOrderSchema = z
  .strictObject({
    itemIds: z
      .array(z.string().min(1).max(64), { error: "Send the item ids in the order to show them." })
      .max(MAX_PORTFOLIO_ITEMS, `A portfolio has at most ${MAX_PORTFOLIO_ITEMS} items.`)
      .refine((ids) => new Set(ids).size === ids.length, "List each item once."),
  })
  .meta({ id: "PortfolioOrder" });

const malformedItemId = "The portfolio item id in the URL is malformed.";
export const portfolioItemPathSchema = z.object({ id: z.string({ error: malformedItemId }).min(1, malformedItemId).max(64, malformedItemId) });
