import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/credentials/schemas";

const tokenSchema = z.string({ error: "This link is not valid." }).max(200, "This link is not valid.");
const currentPasswordSchema = z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200);

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });

export const resetPasswordSchema = z
  .strictObject({ token: tokenSchema, password: newPasswordSchema, confirmPassword: z.string({ error: "Type the new password again." }) })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], error: "The two passwords do not match." });

export const changePasswordSchema = z
  .strictObject({ currentPassword: currentPasswordSchema, password: newPasswordSchema, confirmPassword: z.string({ error: "Type the new password again." }) })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], error: "The two passwords do not match." });

export const changeEmailSchema = z.strictObject({ email: emailSchema, currentPassword: currentPasswordSchema });

export const accountLinkSchema = z.strictObject({ token: tokenSchema });

export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
