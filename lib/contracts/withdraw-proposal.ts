import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import { clientContractWhere } from "./access";
import { cancelProposal } from "./cancel-proposal";

/** The client side takes back a proposal the expert has not answered yet; the expert is told. */
export async function withdrawProposal(options: { user: SessionUser; contractId: string; now: Date }) {
  const { user, contractId, now } = options;
  const contract = await db.contract.findFirst({
    where: clientContractWhere(user, contractId),
    select: { id: true, title: true, company: { select: { name: true } }, expertProfile: { select: { userId: true } } },
  });
  if (!contract) throw notFound("Contract");

  return db.$transaction(async (tx) => {
    await cancelProposal(tx, contract.id, now, "withdraw");
    await notifyUsers(tx, [contract.expertProfile.userId], {
      kind: "contract.withdrawn",
      title: `Proposal withdrawn: ${contract.title}`,
      body: `${contract.company.name} withdrew this proposal, so there is nothing to answer.`,
      link: `/contracts/${contract.id}`,
      dedupeKey: `contract-withdrawn:${contract.id}`,
    });
    await recordAudit(tx, { actorId: user.id, companyId: companyOf(user), action: "contract.withdrawn", targetType: "Contract", targetId: contract.id });
    return { id: contract.id, status: "CANCELLED" as const };
  });
}
