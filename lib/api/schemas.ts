import { z } from "zod";

/** The body of an operation that takes none but a JSON object: `{}`, and nothing in it. */
export const emptyBodySchema = z.strictObject({});

// Response shapes shared by the handlers and the OpenAPI document.

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "VALIDATION_FAILED" }),
      message: z.string().meta({ example: 'The body has invalid fields; see "fields" for what to fix.' }),
      fields: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .meta({ id: "Error" });

export const roleSchema = z.enum(["CLIENT", "EXPERT", "ADMIN"]);

export const meSchema = z
  .object({
    id: z.string(),
    email: z.email(),
    name: z.string(),
    role: roleSchema,
    companyId: z.string().nullable(),
    companyRole: z.enum(["OWNER", "HIRING_MANAGER", "FINANCE", "VIEWER"]).nullable(),
    expertProfileId: z.string().nullable(),
    isEmailVerified: z.boolean().optional().describe("Whether the account's address is confirmed: hiring, funding, accepting and payouts wait for it."),
    isTwoFactorEnabled: z.boolean(),
  })
  .meta({ id: "Me" });

export const createdAccountSchema = z.object({ id: z.string(), email: z.email(), role: z.enum(["CLIENT", "EXPERT"]) }).meta({ id: "CreatedAccount" });
