import { recordAudit } from "@/lib/audit/record-audit";
import { NO_PASSWORD_YET, verifyPassword } from "@/lib/credentials/password";
import { db, type Transaction } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { deleteErasedFiles, markUserFilesErased } from "@/lib/files/erase-user-files";
import { announceHirePageChanges, hirePagePathsOf } from "@/lib/hire-pages/announce-changes";
import { enqueueJobs } from "@/lib/jobs/queue";
import { SECURITY_EMAIL_FOOTER, withFooter } from "@/lib/notifications/email-footer";
import { assertUnderLimit, type Limit, recordHit } from "@/lib/rate-limit";
import type { SessionUser } from "@/lib/sessions/session-user";
import { deleteStatementsOf } from "@/lib/statements/delete-statements";
import { syncMemberSeats } from "@/lib/teams/conversation-seats";
import { findDeletionBlockers } from "./deletion-blockers";
import { eraseExpertProfile } from "./erase-expert-profile";
import { closeInterviewsOfDeletedExpert } from "./export-sections-interviews";
import type { DeleteAccountInput } from "./schemas";

export const DELETED_NAME = "Deleted user";
/** Unique per account, and undeliverable (.invalid is reserved): nobody can sign up or sign in with it. */
export const deletedEmailOf = (userId: string) => `deleted-${userId}@deleted.vetted.invalid`;
/** A stolen session must not become a way to guess the password. */
const DELETION_PASSWORD_FAILURES: Limit = { bucket: "account-deletion-password", max: 5, windowMs: 15 * 60_000 };
/** Not an argon2 hash: no password ever verifies against it. */
const UNUSABLE_PASSWORD_HASH = "!account-deleted";

/**
 * Deletes the signed-in user's account, once their password is confirmed and nothing blocks it
 * (findDeletionBlockers). In one transaction: personal data is erased or replaced (name, email,
 * password, expert profile, notifications, emails, exports, uploaded files, earnings statements), sessions stop working (deletedAt), and
 * what accounting and the other side need is kept, pointing at the pseudonymised user: contracts,
 * milestones, payments, ledger, reviews, messages (shown as from "Deleted user") and the audit log.
 * A confirmation email to the old address is queued before the address is erased.
 */
export async function deleteAccount(options: { user: SessionUser; input: DeleteAccountInput; now: Date; httpRequestId?: string }) {
  const { user, input, now } = options;
  await assertUnderLimit(DELETION_PASSWORD_FAILURES, user.id, "Too many wrong passwords. Try again in {minutes}.", now);
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, hasPassword: true } });
  if (!stored.hasPassword) throw new AppError("CONFLICT", NO_PASSWORD_YET);
  if (!(await verifyPassword(stored.passwordHash, input.password))) {
    await recordHit(DELETION_PASSWORD_FAILURES, user.id);
    throw new AppError("VALIDATION_FAILED", "Your password did not match.", {
      fields: { password: ["That is not your password. Type your current password."] },
    });
  }
  const { pages, fileIds, ...result } = await db.$transaction(async (tx) => {
    const [account] = await tx.$queryRaw<{ email: string; name: string; deletedAt: Date | null }[]>`
      SELECT email, name, "deletedAt" FROM users WHERE id = ${user.id} FOR UPDATE`;
    if (!account || account.deletedAt) throw conflict("This account is already deleted.");
    // Every change to a company's members takes its lock (lib/team-members): "the only owner" is decided
    // one change after another, so a demotion racing this deletion cannot leave a company without one.
    const memberships = await tx.companyMember.findMany({ where: { userId: user.id }, select: { companyId: true } });
    const companyIds = memberships.map((membership) => membership.companyId);
    if (companyIds.length) await tx.$executeRaw`SELECT 1 FROM companies WHERE id = ANY(${companyIds}::text[]) ORDER BY id FOR UPDATE`;
    const blockers = await findDeletionBlockers(user.id, tx);
    if (blockers.length) throw conflict(`Your account cannot be deleted yet. ${blockers.map((blocker) => blocker.message).join(" ")}`);

    // Read before the profile is erased: afterwards nothing says which pages showed them.
    const pages = await hirePagePathsOf(user.id, tx);
    await eraseContactTraces(tx, user.id, account.email);
    await tx.emailOutbox.create({
      data: {
        toEmail: account.email,
        subject: "Your Vetted account is deleted",
        text: withFooter(
          `Hello ${account.name},\n\nYour Vetted account was deleted on ${now.toUTCString()}, as you asked. Your personal data is erased; records we must keep for accounting (contracts, payments) no longer name you.\n\nIf you did not do this, write to support@vetted.test at once.`,
          SECURITY_EMAIL_FOOTER,
        ),
        dedupeKey: `account-deleted:${user.id}`,
      },
    });
    await tx.user.update({
      where: { id: user.id },
      data: { name: DELETED_NAME, email: deletedEmailOf(user.id), passwordHash: UNUSABLE_PASSWORD_HASH, deletedAt: now, lastSignInAt: null },
      select: { id: true },
    });
    await tx.companyMember.deleteMany({ where: { userId: user.id } });
    // Receipts and credit notes are kept for accounting: the document stays, its link to the user goes,
    // and the user's address leaves the companies' billing emails.
    await tx.invoice.updateMany({ where: { paidByUserId: user.id }, data: { paidByUserId: null } });
    // The company's saved card stays the company's; only who saved it is forgotten.
    await tx.savedCard.updateMany({ where: { savedByUserId: user.id }, data: { savedByUserId: null } });
    if (companyIds.length) {
      await tx.$executeRaw`UPDATE companies SET "billingEmails" = array_remove("billingEmails", ${account.email.toLowerCase()}) WHERE id = ANY(${companyIds}::text[])`;
    }
    for (const companyId of companyIds) await syncMemberSeats(tx, { companyId, userId: user.id, role: null, now });
    const statementFileIds = await deleteStatementsOf(tx, user.id, now);
    // Off every company's saved list (lib/saved-experts): a deleted expert is no one to hire again.
    await tx.savedExpert.deleteMany({ where: { expertProfile: { userId: user.id } } });
    await closeInterviewsOfDeletedExpert(tx, user.id, now);
    const requestIds = await eraseExpertProfile(tx, user.id);
    await enqueueJobs(
      tx,
      requestIds.map((requestId) => ({
        kind: "matching.invite-round" as const,
        payload: { requestId },
        runAt: now,
        dedupeKey: `account-deleted:${user.id}:${requestId}`,
      })),
    );
    const fileIds = [...(await markUserFilesErased(tx, user.id, now)), ...statementFileIds];
    await pseudonymiseAuditData(tx, account, user.id);
    await recordAudit(tx, { actorId: user.id, action: "account.deleted", targetType: "User", targetId: user.id, requestId: options.httpRequestId });
    return { deletedAt: now, pages, fileIds };
  });
  await deleteErasedFiles(fileIds);
  // A deleted expert leaves the public hiring pages.
  await announceHirePageChanges(pages);
  return result;
}

async function eraseContactTraces(tx: Transaction, userId: string, email: string) {
  await tx.notification.deleteMany({ where: { userId } });
  await tx.emailOutbox.deleteMany({ where: { toEmail: email } });
  await tx.dataExport.deleteMany({ where: { userId } });
  await tx.accountToken.deleteMany({ where: { userId } });
  await tx.twoFactorRecoveryCode.deleteMany({ where: { userId } });
  await tx.twoFactorCredential.deleteMany({ where: { userId } });
  await tx.apiToken.deleteMany({ where: { userId } });
  await tx.notificationPreference.deleteMany({ where: { userId } });
  await tx.emailDigest.deleteMany({ where: { userId } });
  await tx.linkedAccount.deleteMany({ where: { userId } });
  await tx.rateLimitEvent.deleteMany({ where: { OR: [{ key: { contains: email } }, { key: userId }] } });
}

/** Audit rows stay; where their data quoted the person's email or name, it now reads as the deleted user. */
async function pseudonymiseAuditData(tx: Transaction, account: { email: string; name: string }, userId: string) {
  const replacements: [string, string][] = [
    [account.email, deletedEmailOf(userId)],
    [JSON.stringify(account.name), JSON.stringify(DELETED_NAME)],
  ];
  for (const [from, to] of replacements) {
    await tx.$executeRaw`UPDATE audit_log SET data = replace(data::text, ${from}, ${to})::jsonb WHERE strpos(data::text, ${from}) > 0`;
  }
}
