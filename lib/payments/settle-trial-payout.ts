import { db } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { bookTransaction, ledgerAccounts } from "./ledger";
import { sendTrialPayout } from "./stripe-money-calls";

// A trial payout is written (PENDING, key `trial-payout:<contractId>`) in the transaction that ends the
// contract, with a settle job beside it. Settling sends the transfer with that key, then marks it PAID
// and books it once; a crash between Stripe's answer and our write is finished by the job, which gets
// the same Stripe transfer back.

export async function settleTrialPayout(contractId: string) {
  const payout = await db.trialPayout.findUnique({
    where: { contractId },
    select: {
      id: true,
      status: true,
      amountCents: true,
      currency: true,
      idempotencyKey: true,
      contract: { select: { id: true, title: true, expertProfile: { select: { userId: true, stripeAccountId: true } } } },
    },
  });
  if (payout?.status !== "PENDING") return { settled: false };
  const { contract } = payout;
  const destination = contract.expertProfile.stripeAccountId;
  if (!destination) throw new Error(`trial payout ${payout.id} cannot be sent: the expert has no payout account`);
  const sent = await sendTrialPayout(payout, { contractId: contract.id, contractTitle: contract.title, destination });
  return db.$transaction(async (tx) => {
    const { count } = await tx.trialPayout.updateMany({ where: { id: payout.id, status: "PENDING" }, data: { status: "PAID", stripeTransferId: sent.id } });
    if (!count) return { settled: false };
    const accounts = ledgerAccounts(contract.id, payout.currency);
    await bookTransaction(tx, {
      kind: "trial-payout",
      idempotencyKey: payout.idempotencyKey,
      description: `Trial payout for "${contract.title}": ${payout.amountCents} to the expert at the platform's cost`,
      contractId: contract.id,
      milestoneId: null,
      currency: payout.currency,
      entries: [
        { account: accounts.platformExpense, amountCents: -payout.amountCents },
        { account: accounts.expertPayable, amountCents: payout.amountCents },
      ],
    });
    await notifyUsers(tx, [contract.expertProfile.userId], {
      kind: "contract.trial-payout",
      title: `Paid for your trial work: ${contract.title}`,
      body: "The client ended the contract in its trial. Vetted paid you for the work you submitted; it is on its way to your Stripe account.",
      link: `/contracts/${contract.id}`,
      dedupeKey: `trial-payout:${contract.id}`,
    });
    return { settled: true };
  });
}
