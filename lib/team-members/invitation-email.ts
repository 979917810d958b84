import type { CompanyRole } from "@/generated/prisma/enums";
import { appUrl } from "@/lib/app-url";
import type { Transaction } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { COMPANY_ROLE_LABEL } from "@/lib/teams/permissions";
import { invitationPath } from "./invitation-token";

const ROLE_DESCRIPTION: Record<CompanyRole, string> = {
  OWNER: "everything, including billing and the team",
  HIRING_MANAGER: "hiring requests, shortlists, conversations with candidates, contracts and approving work",
  FINANCE: "contracts, funding milestones and what the company has paid",
  VIEWER: "reading the company's requests and contracts",
};

/** The invitation email, through the outbox in the caller's transaction (development: /dev/mailbox). */
export async function queueInvitationEmail(
  tx: Transaction,
  invitation: { id: string; email: string; role: CompanyRole; expiresAt: Date; companyName: string; inviterName: string; token: string },
  sentAt: Date,
) {
  const link = appUrl(invitationPath(invitation.token));
  await tx.emailOutbox.create({
    data: {
      toEmail: invitation.email,
      subject: `${invitation.inviterName} invited you to ${invitation.companyName} on Vetted`,
      text: [
        `${invitation.inviterName} invited you to join ${invitation.companyName} on Vetted as ${COMPANY_ROLE_LABEL[invitation.role].toLowerCase()}: ${ROLE_DESCRIPTION[invitation.role]}.`,
        `Accept the invitation: ${link}`,
        `The link works until ${formatDate(invitation.expiresAt)} and only for ${invitation.email}. If you did not expect it, ignore this email.`,
      ].join("\n\n"),
      dedupeKey: `team-invitation:${invitation.id}:${sentAt.getTime()}`,
    },
  });
}
