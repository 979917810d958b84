import { describe, expect, it } from "vitest";
import { describeRequirements } from "@/components/payouts/payout-requirements";

describe("describeRequirements", () => {
  it("says what Stripe needs in words, once per thing to fill in", () => {
    expect(
      describeRequirements([
        "individual.dob.day",
        "individual.dob.month",
        "individual.dob.year",
        "external_account",
        "individual.verification.document",
        "tos_acceptance.date",
        "tos_acceptance.ip",
      ]),
    ).toEqual(["Your date of birth", "A bank account to receive payouts", "A photo of an identity document", "Accepting Stripe's terms of service"]);
  });

  it("falls back to general words for a key it does not know", () => {
    expect(describeRequirements(["settings.card_issuing.tos_acceptance", "something.new"])).toEqual(["A few more details Stripe asks for"]);
    expect(describeRequirements([])).toEqual([]);
  });
});
