import type { Metadata } from "next";
import { UsersView } from "@/components/admin/users-view";
import { listUsers } from "@/lib/admin/list-users";
import { listUsersQuerySchema, queryFromSearchParams } from "@/lib/admin/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

type UsersPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: UsersPageProps) {
  const user = await requirePageUser({ path: "/admin/users", roles: ["ADMIN"] });
  const query = listUsersQuerySchema.safeParse(queryFromSearchParams(await searchParams));
  const search = query.success ? query.data : listUsersQuerySchema.parse({});
  return <UsersView list={await listUsers({ user, query: search })} search={search} isSearchInvalid={!query.success} />;
}
