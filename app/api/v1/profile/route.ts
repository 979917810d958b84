import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { updateProfileSchema } from "@/lib/vetting/application/profile-schema";
import { updateProfile } from "@/lib/vetting/application/update-profile";

export const PATCH = apiRoute({ access: ["EXPERT"], body: updateProfileSchema }, async ({ user, body }) =>
  updateProfile({ user, input: body, now: now() }),
);
