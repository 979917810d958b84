import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/credentials/schemas";

// The team's inputs, parsed at the edges (API operations, server actions) with messages in the user's words.

const INVALID_LINK = "This invitation link is not valid. Check that you copied the whole link, or ask for a new invitation.";

export const invitationTokenSchema = z
  .string({ error: INVALID_LINK })
  .trim()
  .length(43, INVALID_LINK)
  .regex(/^[A-Za-z0-9_-]{43}$/, INVALID_LINK);

export const companyRoleSchema = z.enum(["OWNER", "HIRING_MANAGER", "FINANCE", "VIEWER"], {
  error: "Choose a role: owner, hiring manager, finance or viewer.",
});

export const inviteMemberSchema = z.strictObject({ email: emailSchema, role: companyRoleSchema });
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const changeRoleSchema = z.strictObject({ role: companyRoleSchema });

export const acceptInvitationSchema = z.strictObject({ token: invitationTokenSchema });

export const inviteeSignUpSchema = z.strictObject({
  token: invitationTokenSchema,
  name: z.string({ error: "Enter your name." }).trim().min(2, "Enter your full name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: newPasswordSchema,
});
export type InviteeSignUpInput = z.infer<typeof inviteeSignUpSchema>;

export const teamIdSchema = z.string({ error: "Give the id." }).trim().min(1, "Give the id.").max(64, "That id is too long.");
export const memberPathSchema = z.strictObject({ id: teamIdSchema });
export const invitationPathSchema = z.strictObject({ id: teamIdSchema });
