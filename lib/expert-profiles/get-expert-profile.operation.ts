import { defineOperation } from "@/lib/api/operation";
import { expertPathSchema, expertProfileSchema } from "./api-schemas";
import { getExpertProfile } from "./get-expert-profile";

export const getExpertProfileOperation = defineOperation({
  method: "GET",
  path: "/api/v1/experts/{id}",
  summary:
    "An expert's full profile: skills, vetting, availability, rate, portfolio, ratings and response time. For the expert, admins, and companies that shortlisted or contracted them",
  tag: "Experts",
  access: "user",
  input: { params: expertPathSchema },
  output: { status: 200, description: "The profile.", schema: expertProfileSchema },
  errors: [400, 404],
  handler: ({ user, params }) => getExpertProfile({ user, expertProfileId: params.id }),
});
