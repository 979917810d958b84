import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookTransaction, ledgerAccounts } from "@/lib/payments/ledger";
import { createActiveContract } from "../fixtures/contracts";

// Two milestones of one contract released at the same moment (a client approving both, on two app
// instances) each book the contract's first release: both create its expert-payable account. The
// second must wait for the first and use its account, not fail on the account's unique code.

describe("ledger accounts", () => {
  it("are created once when two first bookings that need them run at the same time", async () => {
    const { contractId, milestoneIds } = await createActiveContract({ milestones: [40_000, 60_000], expertCount: 1 });
    const currency = "USD";
    const accounts = ledgerAccounts(contractId, currency);
    const booking = (milestoneId: string, kind: "funding" | "release", amountCents: number) => ({
      contractId,
      milestoneId,
      currency,
      kind,
      idempotencyKey: `${kind}:${milestoneId}`,
      description: kind,
      entries:
        kind === "funding"
          ? [
              { account: accounts.clientFunding, amountCents: -amountCents },
              { account: accounts.escrow, amountCents },
            ]
          : [
              { account: accounts.escrow, amountCents: -amountCents },
              { account: accounts.expertPayable, amountCents: amountCents - amountCents / 10 },
              { account: accounts.platformRevenue, amountCents: amountCents / 10 },
            ],
    });
    await db.$transaction(async (tx) => {
      await bookTransaction(tx, booking(milestoneIds[0], "funding", 40_000));
      await bookTransaction(tx, booking(milestoneIds[1], "funding", 60_000));
    });

    // The first release holds its transaction open after creating the account; the second starts then.
    let firstBooked!: () => void;
    const isFirstBooked = new Promise<void>((resolve) => (firstBooked = resolve));
    const first = db.$transaction(async (tx) => {
      await bookTransaction(tx, booking(milestoneIds[0], "release", 40_000));
      firstBooked();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const second = isFirstBooked.then(() => db.$transaction(async (tx) => bookTransaction(tx, booking(milestoneIds[1], "release", 60_000))));
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, true]);

    expect(await db.ledgerAccount.count({ where: { code: accounts.expertPayable.code } })).toBe(1);
    const payable = await db.ledgerEntry.aggregate({ where: { account: { code: accounts.expertPayable.code } }, _sum: { amountCents: true } });
    expect(payable._sum.amountCents).toBe(90_000);
  });
});
