import { defineOperation } from "@/lib/api/operation";
import { idPathSchema } from "@/lib/api/path-params";
import { now } from "@/lib/clock";
import { inviteSavedExpertSchema, savedExpertInvitationSchema } from "@/lib/saved-experts/api-schemas";
import { inviteSavedExpert } from "./invite-saved-expert";

export const inviteSavedExpertOperation = defineOperation({
  method: "POST",
  path: "/api/v1/requests/{id}/saved-expert-invitations",
  summary:
    "Invite one of your company's saved experts to a request that is matching: an ordinary invitation that expires and that the expert accepts or declines; an acceptance counts toward the shortlist",
  tag: "Saved experts",
  access: ["CLIENT"],
  input: { params: idPathSchema("request"), body: inviteSavedExpertSchema },
  output: { status: 201, description: "The expert is invited.", schema: savedExpertInvitationSchema },
  errors: [400, 403, 404, 409, 415, 422],
  handler: ({ user, params, body }) => inviteSavedExpert({ user, requestId: params.id, expertProfileId: body.expertProfileId, now: now() }),
});
