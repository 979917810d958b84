import { z } from "zod";
import { idPathSchema } from "@/lib/api/path-params";
import { searchPageSchema, searchTextSchema } from "@/lib/search/schemas";

// The admin console's inputs: query strings and bodies, parsed by the API's edge and the pages; the lib
// functions take the parsed values. No transforms: a parsed value parses again to itself (the ledger's
// lib function still parses its query again). Imported by client components too: nothing server-only here.

export const USERS_PAGE_SIZE = 50;
export const AUDIT_LOG_PAGE_SIZE = 50;
export const LEDGER_TRANSACTIONS_PAGE_SIZE = 25;
export const FAILED_JOBS_PAGE_SIZE = 25;
export const REASON_MIN_LENGTH = 10;
export const REASON_MAX_LENGTH = 2_000;

const ROLES = ["CLIENT", "EXPERT", "ADMIN"] as const;
const idSchema = z.string().trim().min(1).max(64);
const pageSchema = z.coerce
  .number({ error: "Give the page as a number." })
  .int("Use a whole page number.")
  .min(1, "Pages start at 1.")
  .max(10_000, "At most page 10,000.")
  .default(1);

export const listUsersQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(200, "Search with at most 200 characters.")
    .optional()
    .meta({ description: "A name or an email address, or part of one; typos are fine (closest first)." }),
  role: z.enum(ROLES, { error: "Choose CLIENT, EXPERT or ADMIN." }).optional(),
  suspended: z
    .enum(["true", "false"], { error: "Use true or false." })
    .optional()
    .meta({ description: "true: only suspended users; false: only active ones." }),
  page: pageSchema,
});
export type ListUsersQuery = z.output<typeof listUsersQuerySchema>;

const reasonSchema = (what: string) =>
  z
    .string({ error: `Say why you ${what} this account.` })
    .trim()
    .min(REASON_MIN_LENGTH, `Say why you ${what} this account in at least ${REASON_MIN_LENGTH} characters.`)
    .max(REASON_MAX_LENGTH, `Keep the reason under ${REASON_MAX_LENGTH.toLocaleString("en-US")} characters.`)
    .meta({ description: "Emailed to the user and kept in the audit log." });

export const suspendUserSchema = z.strictObject({ reason: reasonSchema("suspend") });
export const reinstateUserSchema = z.strictObject({ reason: reasonSchema("reinstate") });
export type SuspendUserInput = z.output<typeof suspendUserSchema>;
export type ReinstateUserInput = z.output<typeof reinstateUserSchema>;

const dateSchema = z.iso.date("Use a date like 2026-01-31.");

export const auditLogQuerySchema = z
  .strictObject({
    action: z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9.-]+$/, "An action looks like user.suspended; give its start, e.g. user. or dispute.")
      .optional()
      .meta({ description: "Actions starting with this, e.g. `user.` or `dispute.resolved`." }),
    actorId: idSchema.optional().meta({ description: "Only what this user did." }),
    targetType: z
      .string()
      .trim()
      .max(50)
      .regex(/^[A-Za-z]+$/, "A target type is one word, e.g. User or Contract.")
      .optional(),
    targetId: idSchema.optional().meta({ description: "Only entries about this record." }),
    from: dateSchema.optional().meta({ description: "From this day (UTC), inclusive." }),
    to: dateSchema.optional().meta({ description: "Up to this day (UTC), inclusive." }),
    page: pageSchema,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "The start date must not be after the end date.", path: ["from"] });
export type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

export const ledgerQuerySchema = z.strictObject({
  contractId: idSchema.optional().meta({ description: "Only this contract's transactions." }),
  page: pageSchema,
});

export const jobsQuerySchema = z.strictObject({ page: pageSchema.meta({ description: "The page of failed jobs, the most recent failure first." }) });
export type JobsQuery = z.output<typeof jobsQuerySchema>;

/** A page's searchParams as the schemas above read them: blank fields (an empty GET form field) and repeated keys dropped. */
export function queryFromSearchParams(searchParams: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(searchParams).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== ""));
}

/** The `{id}` of /api/v1/admin/users/{id}/…. */
export const userPathSchema = idPathSchema("user");

/** The `{id}` of /api/v1/admin/jobs/{id}/…. */
export const jobPathSchema = idPathSchema("job");

export const adminSearchQuerySchema = z.strictObject({
  q: searchTextSchema,
  kind: z.enum(["USER", "EXPERT", "REQUEST"], { error: "Choose USER, EXPERT or REQUEST." }).optional().meta({ description: "Only this kind of record." }),
  page: searchPageSchema,
});
export type AdminSearchQuery = z.output<typeof adminSearchQuerySchema>;
