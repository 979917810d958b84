import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { UserList } from "@/lib/admin/list-users";
import { formatStatus } from "@/lib/format";
import { AccountState, CompanyOrVetting } from "./account-state";
import { AccountStatusDialog } from "./account-status-dialog";

export function UsersTable({ list }: { list: UserList }) {
  return (
    <Table caption="Users, newest first" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Name</Th>
          <Th>Role</Th>
          <Th>Company or vetting</Th>
          <Th>Joined</Th>
          <Th>Last sign-in</Th>
          <Th>Status</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {list.users.map((user) => (
          <Tr key={user.id}>
            <Th scope="row">
              <Link href={`/admin/users/${user.id}`} className="font-medium text-indigo-700 underline">
                {user.name}
              </Link>
              <span className="block text-sm font-normal break-all text-slate-600">{user.email}</span>
            </Th>
            <Td>{formatStatus(user.role)}</Td>
            <Td>
              <CompanyOrVetting company={user.company} vettingStatus={user.vettingStatus} />
            </Td>
            <Td className="whitespace-nowrap">
              <DateTime value={user.createdAt} isDateOnly />
            </Td>
            <Td className="whitespace-nowrap">{user.lastSignInAt ? <DateTime value={user.lastSignInAt} /> : <span className="text-slate-600">Never</span>}</Td>
            <Td>
              <AccountState suspendedAt={user.suspendedAt} suspensionReason={user.suspensionReason} deletedAt={user.deletedAt} />
            </Td>
            <Td className="text-right">
              {user.canSuspend && <AccountStatusDialog userId={user.id} userName={user.name} change="suspend" />}
              {user.canReinstate && <AccountStatusDialog userId={user.id} userName={user.name} change="reinstate" />}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
