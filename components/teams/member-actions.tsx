"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import type { CompanyRole } from "@/generated/prisma/enums";
import { callApi } from "@/lib/endpoints/client";
import { RoleOptions } from "./role-options";

type Member = { id: string; name: string; role: CompanyRole; isYou: boolean };

/** An owner's controls for one member: their role, and removing them (leaving, for oneself). */
export function MemberActions({ member, canManage }: { member: Member; canManage: boolean }) {
  const router = useRouter();
  const { toast } = useToast();
  const [role, setRole] = useState<CompanyRole>(member.role);
  const [isPending, startTransition] = useTransition();

  function run(call: () => Promise<{ ok: true } | { ok: false; message: string }>, done: string) {
    startTransition(async () => {
      const answer = await call();
      if (!answer.ok) {
        setRole(member.role);
        return toast(answer.message, { tone: "danger" });
      }
      toast(done, { tone: "success" });
      router.refresh();
    });
  }

  const changeRole = () =>
    run(() => callApi("PATCH /api/v1/team/members/{id}", { params: { id: member.id }, body: { role } }), `${member.name}'s role is changed.`);
  const remove = () => {
    const question = member.isYou ? "Leave this company? You lose access to its requests and contracts." : `Remove ${member.name} from the company?`;
    if (!window.confirm(question)) return;
    run(
      () => callApi("DELETE /api/v1/team/members/{id}", { params: { id: member.id } }),
      member.isYou ? "You left the company." : `${member.name} is removed.`,
    );
  };

  return (
    <div className="flex flex-wrap items-end gap-2">
      {canManage && (
        <>
          <Select label={`Role of ${member.name}`} className="w-44" value={role} onChange={(event) => setRole(event.target.value as CompanyRole)}>
            <RoleOptions />
          </Select>
          <Button size="sm" variant="secondary" onClick={changeRole} disabled={role === member.role} isLoading={isPending} loadingLabel="Saving…">
            Change role
          </Button>
        </>
      )}
      {(canManage || member.isYou) && (
        <Button size="sm" variant="danger" onClick={remove} disabled={isPending}>
          {member.isYou ? "Leave" : "Remove"}
          {!member.isYou && <span className="sr-only"> {member.name}</span>}
        </Button>
      )}
    </div>
  );
}
