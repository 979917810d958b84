import { z } from "zod";
import { API_TOKEN_SCOPES } from "@/lib/sessions/api-token-scopes";

/** The longest a token may live; "no expiry" is a choice of its own. */
export const MAX_TOKEN_LIFETIME_DAYS = 366;

export const createApiTokenSchema = z.strictObject({
  name: z
    .string({ error: "Give the token a name." })
    .trim()
    .min(1, "Give the token a name, such as the script or service that will use it.")
    .max(100, "Keep the name under 100 characters."),
  scopes: z
    .array(z.enum(API_TOKEN_SCOPES, { error: 'A scope is "read" or "write".' }), { error: 'Choose the scopes: ["read"] or ["read", "write"].' })
    .min(1, "Choose at least one scope.")
    .max(2, "Choose each scope once."),
  expiresAt: z.iso
    .datetime({ offset: true, error: "Give the expiry as a date and time, such as 2027-01-31T00:00:00Z, or null for none." })
    .nullable()
    .optional(),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const apiTokenPathSchema = z.object({ id: z.string().min(1).max(100) });

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.enum(API_TOKEN_SCOPES)),
    prefix: z.string().meta({ description: "The token's first characters, to tell it apart; never the whole token." }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: "Updated at most once a minute." }),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiToken" });

export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) }).meta({ id: "ApiTokenList" });

export const createdApiTokenSchema = z
  .object({
    token: z.string().meta({ description: "The token itself. Shown this once: store it now; Vetted keeps only its hash." }),
    apiToken: apiTokenSchema,
  })
  .meta({ id: "CreatedApiToken" });
