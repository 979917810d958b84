import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@company.com." }));

export const newPasswordSchema = z.string({ error: "Choose a password." }).min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters.");

const optionalCode = z
  .string()
  .max(40)
  .transform((value) => value.trim() || undefined)
  .optional();

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
  // The second step, for accounts with two-factor authentication: one of the two.
  totpCode: optionalCode,
  recoveryCode: optionalCode,
});

/** authorize()'s answer when the password was right and the account wants its second step (a code). */
export const TWO_FACTOR_REQUIRED = "TwoFactorRequired";

const personName = z.string({ error: "Enter your name." }).trim().min(2, "Enter your full name.").max(100, "Use at most 100 characters.");

export const companySignUpSchema = z.strictObject({
  accountType: z.literal("CLIENT"),
  name: personName,
  email: emailSchema,
  password: newPasswordSchema,
  companyName: z.string({ error: "Enter your company's name." }).trim().min(2, "Enter your company's name.").max(120),
});

export const expertSignUpSchema = z.strictObject({
  accountType: z.literal("EXPERT"),
  name: personName,
  email: emailSchema,
  password: newPasswordSchema,
});

export const signUpSchema = z.discriminatedUnion("accountType", [companySignUpSchema, expertSignUpSchema], {
  error: "Choose whether you are hiring (CLIENT) or an expert (EXPERT).",
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
