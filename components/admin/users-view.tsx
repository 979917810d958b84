import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { UserList } from "@/lib/admin/list-users";
import { formatCount } from "@/lib/format";
import { Pagination } from "./pagination";
import { type UserSearch, UserSearchForm } from "./user-search-form";
import { UsersTable } from "./users-table";

type UsersViewProps = { list: UserList; search: UserSearch; isSearchInvalid: boolean };

export function UsersView({ list, search, isSearchInvalid }: UsersViewProps) {
  return (
    <DashboardPage>
      <PageHeader
        title="Users"
        description="Every account on Vetted. Suspending one stops its sign-ins and open sessions at once, and takes an expert out of matching."
      />
      <UserSearchForm search={search} />
      {list.message && <Alert tone="info">{list.message}</Alert>}
      {isSearchInvalid && <Alert tone="warning">Part of this search was not understood, so every user is shown. Change the search and try again.</Alert>}
      {list.users.length === 0 ? (
        <EmptyState title="No users match" description="Search for a name or an email address (typos are fine), or clear the filters." />
      ) : (
        <>
          <UsersTable list={list} />
          <Pagination
            label="Pages of users"
            path="/admin/users"
            query={search}
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            totalLabel={formatCount(list.total, "user")}
          />
        </>
      )}
    </DashboardPage>
  );
}
