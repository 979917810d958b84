import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { deleteAccount } from "./delete-account";
import { deleteAccountSchema } from "./schemas";

export const deleteAccountOperation = defineOperation({
  method: "POST",
  path: "/api/v1/account/deletion",
  summary:
    "Delete your own account: your password and the word DELETE confirm it. Refused (409, saying why) while money is held, a contract is open, or you are the only owner of a company with other members",
  tag: "Privacy",
  access: "user",
  // Never with an API token: a leaked token must not be able to end the account.
  sessionOnly: true,
  input: { body: deleteAccountSchema },
  output: {
    status: 200,
    description: "The account is deleted: personal data erased, sessions ended; money and audit records kept without your name.",
    schema: z.object({ deletedAt: z.iso.datetime() }).meta({ id: "AccountDeleted" }),
  },
  errors: [409, 415, 422, 429],
  handler: ({ user, body, requestId }) => deleteAccount({ user, input: body, now: now(), httpRequestId: requestId }),
});
