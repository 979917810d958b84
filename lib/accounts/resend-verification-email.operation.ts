import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { resendVerificationEmail } from "./verify-email";

export const resendVerificationEmailOperation = defineOperation({
  method: "POST",
  path: "/api/v1/me/verification-email",
  summary: "Email the signed-in user a new link to confirm their address",
  tag: "Accounts",
  access: "user",
  output: {
    status: 202,
    description: "A new link is on its way; earlier links stop working.",
    schema: z.object({ sentTo: z.email() }).meta({ id: "VerificationEmailSent" }),
  },
  errors: [409, 429],
  handler: ({ user }) => resendVerificationEmail({ user }),
});
