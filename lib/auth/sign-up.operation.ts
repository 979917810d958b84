import { defineOperation } from "@/lib/api/operation";
import { createdAccountSchema } from "@/lib/api/schemas";
import { clientIp } from "@/lib/client-ip";
import { signUpSchema } from "@/lib/credentials/schemas";
import { signUp } from "./sign-up";

export const signUpOperation = defineOperation({
  method: "POST",
  path: "/api/v1/accounts",
  summary: "Sign up as a company member (creates the company) or as an expert (creates an application)",
  tag: "Accounts",
  access: "public",
  input: { body: signUpSchema },
  output: { status: 201, description: "The account was created; sign in with its email and password.", schema: createdAccountSchema },
  errors: [400, 409, 415, 422, 429],
  // The address as scripts/server.ts rewrote X-Forwarded-For: sign-ups are limited per address.
  handler: ({ request, body }) => signUp(body, { ip: clientIp(request.headers) }),
});
