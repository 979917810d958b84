import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { resendVerificationEmail } from "./verify-email";

const answerSchema = z.object({ status: z.enum(["sent", "already-confirmed"]), email: z.email() }).meta({ id: "VerificationEmailAnswer" });

export const resendVerificationEmailOperation = defineOperation({
  method: "POST",
  path: "/api/v1/me/verification-email",
  summary: "Email the signed-in user a new link to confirm their address",
  tag: "Accounts",
  access: "user",
  output: {
    status: 200,
    description: "sent: a new link is on its way to `email` and earlier links stop working; already-confirmed: nothing to send.",
    schema: answerSchema,
  },
  errors: [429],
  handler: ({ user }) => resendVerificationEmail({ user }),
});
