import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { applicationSchema } from "./api-schemas";
import { updateProfileSchema } from "./profile-schema";
import { updateProfile } from "./update-profile";

export const updateProfileOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/profile",
  summary: "An approved expert updates their profile: headline, bio, rate, availability, timezone, links and skills; matching uses it at once",
  tag: "Application",
  access: ["EXPERT"],
  input: { body: updateProfileSchema },
  output: { status: 200, description: "The profile was saved.", schema: applicationSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, body }) => updateProfile({ user, input: body, now: now() }),
});
