import type { ExpertProfileView } from "@/lib/expert-profiles/read-profile";

/** What both profile pages show; the signed-in one adds the timezone and the expert's local time. */
export type ShownProfile = Omit<ExpertProfileView, "publicSlug" | "timezone" | "vettingStatus" | "isSuspended"> & {
  timezone?: string | null;
};
