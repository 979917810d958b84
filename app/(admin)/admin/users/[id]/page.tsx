import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { UserDetailView } from "@/components/admin/user-detail-view";
import { getUser } from "@/lib/admin/get-user";
import { requirePageUser } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

type UserPageProps = { params: Promise<{ id: string }> };

// Shared by generateMetadata and the page within one request.
const loadUser = cache(async (id: string) => {
  const user = await requirePageUser({ path: `/admin/users/${encodeURIComponent(id)}`, roles: ["ADMIN"] });
  return getUser({ user, userId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
});

export async function generateMetadata({ params }: UserPageProps): Promise<Metadata> {
  return { title: `${(await loadUser((await params).id)).name} · Users` };
}

export default async function UserPage({ params }: UserPageProps) {
  return <UserDetailView user={await loadUser((await params).id)} />;
}
