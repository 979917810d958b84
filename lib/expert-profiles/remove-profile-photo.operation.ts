import { defineOperation } from "@/lib/api/operation";
import { profilePhotoSchema } from "./api-schemas";
import { removeProfilePhoto } from "./profile-photo";

export const removeProfilePhotoOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/profile/photo",
  summary: "Remove your profile photo; your initials show instead",
  tag: "Application",
  access: ["EXPERT"],
  output: { status: 200, description: "No photo now.", schema: profilePhotoSchema },
  errors: [404],
  handler: ({ user }) => removeProfilePhoto({ user }),
});
