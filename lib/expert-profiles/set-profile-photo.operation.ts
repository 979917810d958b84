import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { profilePhotoInputSchema, profilePhotoSchema } from "./api-schemas";
import { setProfilePhoto } from "./profile-photo";

export const setProfilePhotoOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/profile/photo",
  summary: "Use an uploaded image (purpose PROFILE_PHOTO) as your profile photo; the previous photo is deleted",
  tag: "Application",
  access: ["EXPERT"],
  input: { body: profilePhotoInputSchema },
  output: { status: 200, description: "The photo's addresses.", schema: profilePhotoSchema },
  errors: [400, 404, 415, 422],
  handler: ({ user, body }) => setProfilePhoto({ user, fileId: body.fileId, now: now() }),
});
