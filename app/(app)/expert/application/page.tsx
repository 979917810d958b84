import type { Metadata } from "next";
import { ApplicationView } from "@/components/vetting/application/application-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { getApplication } from "@/lib/vetting/application/get-application";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your application" };

export default async function ApplicationPage() {
  const user = await requirePageUser({ path: "/expert/application", roles: ["EXPERT"] });
  const at = now();
  const application = await getApplication({ user, now: at });
  return <ApplicationView application={application} timeZones={["UTC", ...Intl.supportedValuesOf("timeZone")]} now={at} />;
}
