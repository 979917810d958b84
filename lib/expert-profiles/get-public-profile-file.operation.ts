import { defineOperation } from "@/lib/api/operation";
import { redirect } from "@/lib/api/respond";
import { publicProfileFilePathSchema, publicProfileFileQuerySchema } from "./api-schemas";
import { publicProfileFileUrl } from "./public-profile-file";

export const getPublicProfileFileOperation = defineOperation({
  method: "GET",
  path: "/api/v1/public-profiles/{slug}/files/{fileId}",
  summary: "A public profile's photo or portfolio file, for anyone while the profile is public: a 302 to a signed link valid for a few minutes",
  tag: "Experts",
  access: "public",
  input: { params: publicProfileFilePathSchema, query: publicProfileFileQuerySchema },
  output: { status: 302, description: "Location: the signed link." },
  errors: [404],
  handler: async ({ params, query, requestId }) => {
    const thumbnail = query.thumbnail === "1" || query.thumbnail === "true";
    return redirect(await publicProfileFileUrl({ slug: params.slug, fileId: params.fileId, thumbnail }), requestId);
  },
});
