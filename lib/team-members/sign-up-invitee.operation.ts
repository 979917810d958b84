import { defineOperation } from "@/lib/api/operation";
import { createdAccountSchema } from "@/lib/api/schemas";
import { clientIp } from "@/lib/client-ip";
import { now } from "@/lib/clock";
import { inviteeSignUpSchema } from "./schemas";
import { signUpInvitee } from "./sign-up-invitee";

export const signUpInviteeOperation = defineOperation({
  method: "POST",
  path: "/api/v1/accounts/invited",
  summary: "Sign up through a team invitation: the account joins the inviting company with the invited role",
  tag: "Accounts",
  access: "public",
  input: { body: inviteeSignUpSchema },
  output: { status: 201, description: "The account was created in the company; sign in with its email and password.", schema: createdAccountSchema },
  errors: [400, 404, 409, 415, 422, 429],
  handler: ({ request, body }) => signUpInvitee(body, now(), { ip: clientIp(request.headers) }),
});
