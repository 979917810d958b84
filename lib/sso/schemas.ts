import { z } from "zod";
import { companySignUpSchema } from "@/lib/credentials/schemas";
import { SSO_PROVIDER_IDS } from "@/lib/sessions/sso-providers";

const acceptTerms = z.literal(true, { error: "Accept the terms to create your account." });
const { name, companyName } = companySignUpSchema.shape;

/** The finish-sign-up form after a provider sign-in: what the provider could not tell us. */
export const finishSsoSignUpSchema = z.discriminatedUnion(
  "accountType",
  [
    z.strictObject({ accountType: z.literal("CLIENT"), name, companyName, acceptTerms }),
    z.strictObject({ accountType: z.literal("EXPERT"), name, acceptTerms }),
  ],
  { error: "Choose whether you are hiring or an expert." },
);

export type FinishSsoSignUpInput = z.infer<typeof finishSsoSignUpSchema>;

export const providerIdSchema = z.enum(SSO_PROVIDER_IDS, { error: "Choose a sign-in provider." });

/** A company's single sign-on requirement: a provider, or none. */
export const ssoRequirementSchema = z.strictObject({
  provider: z.union([providerIdSchema, z.literal("")], { error: "Choose a sign-in provider, or no requirement." }),
});
