import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ApplicantView } from "@/components/vetting/admin/applicant-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors";
import { getApplicant } from "@/lib/vetting/admin/get-applicant";

export const dynamic = "force-dynamic";

type ApplicantPageProps = { params: Promise<{ expertProfileId: string }> };

// Shared by generateMetadata and the page within one request.
const loadApplicant = cache(async (expertProfileId: string) => {
  const user = await requirePageUser({ path: `/admin/vetting/${encodeURIComponent(expertProfileId)}`, roles: ["ADMIN"] });
  return getApplicant({ user, expertProfileId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
});

export async function generateMetadata({ params }: ApplicantPageProps): Promise<Metadata> {
  return { title: `${(await loadApplicant((await params).expertProfileId)).name} · Vetting` };
}

export default async function ApplicantPage({ params }: ApplicantPageProps) {
  return <ApplicantView applicant={await loadApplicant((await params).expertProfileId)} />;
}
