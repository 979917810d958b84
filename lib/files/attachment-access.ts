import type { Prisma } from "@/generated/prisma/client";
import type { MatchStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { clientSideWhere, expertSideWhere, memberOfCompany } from "@/lib/parties/sides";
import { can } from "@/lib/teams/permissions";

// Who may open a file attached to a message, a milestone submission or a request brief: whoever may
// read that record. The rules are those of the records' own access modules (lib/chat/access.ts,
// lib/contracts/access.ts, lib/requests/access.ts), written here as `where` fragments on the same
// lib/parties sides, because those domains attach files through lib/files and so cannot be imported
// by it. Anyone else gets "no": a file someone may not see answers 404, never why.

export type AttachmentColumns = { messageId: string | null; milestoneSubmissionId: string | null; requestId: string | null; disputeEntryId?: string | null };

/** The experts a brief is in front of: invited, accepted, shortlisted or hired. One who declined, let it expire or was passed over no longer sees it. */
export const BRIEF_READER_MATCH_STATUSES: readonly MatchStatus[] = ["INVITED", "ACCEPTED", "SHORTLISTED", "HIRED"];

/** A conversation's participants; an admin also once its contract is disputed; never a company member whose role has no conversations. */
function readableConversation(user: SessionUser): Prisma.ConversationWhereInput | null {
  if (user.role === "CLIENT" && !can(user, "chat")) return null;
  const asParticipant: Prisma.ConversationWhereInput = { participants: { some: { userId: user.id } } };
  return user.role === "ADMIN" ? { OR: [asParticipant, { contract: { status: "DISPUTED" } }] } : asParticipant;
}

/** The contract's two sides (on the company side, any role that may see contracts), and admins. */
function readableContract(user: SessionUser): Prisma.ContractWhereInput {
  if (user.role === "ADMIN") return {};
  return user.role === "CLIENT" ? clientSideWhere(user, "view") : expertSideWhere(user);
}

/** The company's members, the experts the brief is in front of, and admins (who hand-pick experts from it). */
function readableBrief(user: SessionUser): Prisma.HiringRequestWhereInput {
  if (user.role === "ADMIN") return {};
  if (user.role === "CLIENT") return { company: memberOfCompany(user, "view") };
  return { matches: { some: { expertProfile: { userId: user.id }, status: { in: [...BRIEF_READER_MATCH_STATUSES] } } } };
}

/** A dispute case's evidence: the contract's expert and the company's members who handle disputes (lib/disputes/access.ts); admins. */
function readableDispute(user: SessionUser): Prisma.DisputeWhereInput | null {
  if (user.role === "ADMIN") return {};
  if (user.role === "CLIENT") return can(user, "approveWork") ? { contract: clientSideWhere(user, "approveWork") } : null;
  return { contract: expertSideWhere(user) };
}

/** Whether `user` may read the record the file is attached to; false when it is attached to none of these. */
export async function canReadAttachment(user: SessionUser, file: AttachmentColumns): Promise<boolean> {
  if (file.messageId) {
    const conversation = readableConversation(user);
    return conversation !== null && (await db.message.count({ where: { id: file.messageId, conversation } })) > 0;
  }
  if (file.milestoneSubmissionId) {
    return (await db.milestoneSubmission.count({ where: { id: file.milestoneSubmissionId, milestone: { contract: readableContract(user) } } })) > 0;
  }
  if (file.requestId) return (await db.hiringRequest.count({ where: { id: file.requestId, ...readableBrief(user) } })) > 0;
  if (file.disputeEntryId) {
    const dispute = readableDispute(user);
    return dispute !== null && (await db.disputeEntry.count({ where: { id: file.disputeEntryId, dispute } })) > 0;
  }
  return false;
}
