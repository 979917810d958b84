import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type UserSearch = { q?: string; role?: string; suspended?: string };

/** A plain GET form: the search lives in the URL, so it can be shared and works without JavaScript. */
export function UserSearchForm({ search }: { search: UserSearch }) {
  return (
    <form method="get" action="/admin/users" role="search" aria-label="Users" className="flex flex-wrap items-end gap-3">
      <Input label="Name or email" name="q" type="search" defaultValue={search.q ?? ""} maxLength={200} fieldClassName="w-full sm:w-72" />
      <Select label="Role" name="role" defaultValue={search.role ?? ""} fieldClassName="w-40">
        <option value="">All roles</option>
        <option value="CLIENT">Clients</option>
        <option value="EXPERT">Experts</option>
        <option value="ADMIN">Admins</option>
      </Select>
      <Select label="Status" name="suspended" defaultValue={search.suspended ?? ""} fieldClassName="w-40">
        <option value="">Any status</option>
        <option value="false">Active</option>
        <option value="true">Suspended</option>
      </Select>
      <button type="submit" className={buttonClasses()}>
        Search
      </button>
      <Link href="/admin/users" className="py-2 text-sm font-medium text-indigo-700 underline">
        Clear
      </Link>
    </form>
  );
}
