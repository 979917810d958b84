import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as partyMessages from "@/lib/notifications/party-messages";
import { READER_SIDES, type ReaderSide } from "@/lib/notifications/party-messages";

// Every notification and email speaks to its reader: an expert is never told about "the expert", a
// client never about "the client" (nor by their own company's name); the other side is named.

type Audience = "CLIENT" | "EXPERT" | "EITHER" | "ADMIN" | "ACCOUNT";

const SELF_REFERENCES: Record<Audience, RegExp[]> = {
  CLIENT: [/\bthe client('s)?\b/i],
  EXPERT: [/\bthe expert('s)?\b/i],
  // Either side of a contract (the other side of whoever acted), or any account holder.
  EITHER: [/\bthe client('s)?\b/i, /\bthe expert('s)?\b/i],
  ACCOUNT: [/\bthe client('s)?\b/i, /\bthe expert('s)?\b/i, /\bthe user('s)?\b/i],
  ADMIN: [/\bthe admin('s)?\b/i],
};

const selfReferencesIn = (text: string, audience: Audience) => SELF_REFERENCES[audience].filter((pattern) => pattern.test(text)).map(String);

describe("notifications both sides receive", () => {
  const PARTIES = { companyName: "Acme Robotics", expertName: "Priya Raman" };
  const SAMPLES: Record<string, Record<string, string | boolean>> = {
    milestoneFundedWording: { milestoneTitle: "Audit", contractTitle: "Migration" },
    milestoneReleasedWording: { milestoneTitle: "Audit" },
    milestoneRefundedWording: { milestoneTitle: "Audit" },
    partReleasedWording: { milestoneTitle: "Audit", contractTitle: "Migration", amount: "$500.00", stillHeld: "$1,000.00" },
    bonusPaidWording: { contractTitle: "Migration", amount: "$200.00" },
    contractEndedWording: { contractTitle: "Migration", endedByName: "Sam Someone", reason: "not the right fit", isEndedInTrial: true },
    reviewWrittenWording: { contractTitle: "Migration", closesOn: "Dec 21, 2026" },
  };
  const wordings = Object.entries(partyMessages).filter(([name]) => name.endsWith("Wording")) as [
    string,
    (side: ReaderSide, input: object) => { title: string; body: string },
  ][];

  it("has a sample for every wording, so a new one cannot skip this test", () => {
    expect(wordings.map(([name]) => name).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  for (const [name, wording] of wordings) {
    for (const side of READER_SIDES) {
      it(`${name} speaks to the ${side.toLowerCase()} and names the other side`, () => {
        const message = wording(side, { ...PARTIES, ...SAMPLES[name] });
        const text = `${message.title}\n${message.body}`;
        expect(selfReferencesIn(text, side)).toEqual([]);
        const ownName = side === "CLIENT" ? PARTIES.companyName : PARTIES.expertName;
        expect(text).not.toContain(ownName);
        if (name !== "contractEndedWording" || side === "CLIENT") expect(text).toMatch(/\byou(r)?\b/i);
      });
    }
  }
});

// Every other notification goes to one audience; each call is declared here with it, so a new call
// (or a new email) fails until someone says who reads it.
const CALL_AUDIENCES: Record<string, Audience> = {
  "lib/amendments/accept-amendment.ts amendment.accepted": "EITHER",
  "lib/amendments/accept-amendment.ts amendment.superseded": "EITHER",
  "lib/amendments/answer-amendment.ts amendment.declined": "EITHER",
  "lib/amendments/propose-amendment.ts amendment.proposed": "EITHER",
  "lib/auth/sign-in-throttle.ts account.sign-in-locked": "ACCOUNT",
  "lib/contract-endings/answer-end-refund.ts contract.end-refund-agreed": "CLIENT",
  "lib/contract-endings/notify-contract-ended.ts contract.end-refund-requested": "EXPERT",
  "lib/contract-endings/request-replacement.ts sla.replacement (admins)": "ADMIN",
  "lib/contracts/propose-contract.ts contract.proposed": "EXPERT",
  "lib/contracts/respond-to-proposal.ts contract.declined": "CLIENT",
  "lib/contracts/respond-to-proposal.ts shortlist.passed": "EXPERT",
  "lib/contracts/respond-to-proposal.ts contract.accepted": "CLIENT",
  "lib/contracts/withdraw-proposal.ts contract.withdrawn": "EXPERT",
  "lib/invoices/render.ts invoice.issued": "CLIENT",
  "lib/disputes/add-dispute-evidence.ts dispute.evidence-added": "EITHER",
  "lib/disputes/respond-to-dispute.ts dispute.ready (admins)": "ADMIN",
  "lib/disputes/respond-to-dispute.ts dispute.responded": "EITHER",
  "lib/disputes/response-timers.ts dispute.ready (admins)": "ADMIN",
  "lib/disputes/response-timers.ts dispute.response-missed": "EITHER",
  "lib/disputes/response-timers.ts dispute.response-reminder": "EITHER",
  "lib/interviews/close-interviews.ts interview.cancelled": "CLIENT",
  "lib/interviews/close-interviews.ts interview.cancelled (2)": "EXPERT",
  "lib/interviews/interview-notices.ts interview.cancelled": "EITHER",
  "lib/interviews/interview-notices.ts interview.confirmed": "EITHER",
  "lib/interviews/interview-notices.ts interview.other-times-requested": "EITHER",
  "lib/interviews/interview-notices.ts interview.proposed": "EITHER",
  "lib/interviews/remind-interview.ts interview.reminder": "EITHER",
  "lib/payments/payout-readiness.ts payouts.funding-open": "CLIENT",
  "lib/payments/payout-readiness.ts payouts.setup-nudge": "EXPERT",
  "lib/timesheets/open-week-dispute.ts dispute.opened (2)": "EXPERT",
  "lib/matching/deliver-shortlist.ts request.shortlisted": "CLIENT",
  "lib/matching/deliver-shortlist.ts invitation.closed": "EXPERT",
  "lib/matching/hand-pick-expert.ts shortlist.expert-added": "CLIENT",
  "lib/matching/hand-pick-expert.ts shortlist.hand-picked": "EXPERT",
  "lib/matching/invite-saved-expert.ts invitation.received": "EXPERT",
  "lib/matching/run-invite-round.ts invitation.received": "EXPERT",
  "lib/matching/sla-timers.ts sla.at-risk (admins)": "ADMIN",
  "lib/matching/sla-timers.ts sla.breached (admins)": "ADMIN",
  "lib/milestones/auto-release-jobs.ts milestone.release-reminder": "CLIENT",
  "lib/milestones/open-dispute.ts dispute.opened": "EITHER",
  "lib/milestones/open-dispute.ts dispute.opened (admins)": "ADMIN",
  "lib/milestones/request-changes.ts milestone.changes-requested": "EXPERT",
  "lib/milestones/resolve-dispute.ts dispute.resolved": "EITHER",
  "lib/milestones/submit-milestone.ts milestone.submitted": "CLIENT",
  "lib/payments/finalize-milestone.ts contract.completed": "CLIENT",
  "lib/payments/hold-payment-for-review.ts payment.needs-review (admins)": "ADMIN",
  "lib/payments/notify-charge-declined.ts payment.charge-declined": "CLIENT",
  "lib/payments/record-stripe-dispute.ts dispute.chargeback (admins)": "ADMIN",
  "lib/payments/refund-payment-under-review.ts payment.review-refunded": "CLIENT",
  "lib/payments/settle-trial-payout.ts contract.trial-payout": "EXPERT",
  "lib/privacy/build-export.ts privacy.export-ready": "ACCOUNT",
  "lib/requests/cancel-request.ts request.cancelled": "EXPERT",
  "lib/reviews/close-review-windows.ts review.published": "EITHER",
  "lib/reviews/close-review-windows.ts review.reminder": "EITHER",
  "lib/reviews/write-review.ts review.published": "EITHER",
  "lib/reviews/write-review.ts review.written": "EITHER",
  "lib/sso/resolve-provider-sign-in.ts account.sign-in-linked": "ACCOUNT",
  "lib/timesheets/close-week.ts timesheet.in-review": "CLIENT",
  "lib/timesheets/close-week.ts timesheet.in-review (2)": "EXPERT",
  "lib/timesheets/open-week-dispute.ts dispute.opened": "EITHER",
  "lib/timesheets/open-week-dispute.ts dispute.opened (admins)": "ADMIN",
  "lib/timesheets/review-week.ts timesheet.approved": "EXPERT",
  "lib/two-factor/notices.ts account.two-factor": "ACCOUNT",
  "lib/vetting/admin/decide-stage.ts (message built in the file)": "EXPERT",
  "lib/vetting/admin/schedule-interview.ts (message built in the file)": "EXPERT",
  "lib/vetting/application/submit-application.ts vetting.application-submitted (admins)": "ADMIN",
  "lib/vetting/application/submit-application.ts vetting.application-received": "EXPERT",
};

// Emails written straight to the outbox, outside notifyUsers: every string in the file is what its reader gets.
const EMAIL_FILE_AUDIENCES: Record<string, Audience> = {
  "lib/account-links/account-email.ts": "ACCOUNT",
  "lib/admin/account-status.ts": "ACCOUNT",
  "lib/chat/send-unread-email.ts": "EITHER",
  "lib/notifications/send-message-digests.ts": "EITHER",
  "lib/privacy/delete-account.ts": "ACCOUNT",
  "lib/team-members/invitation-email.ts": "CLIENT",
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith(".ts") || full.endsWith(".tsx") ? [full] : [];
  });
}

/** The text of a call from its opening parenthesis to the matching one. */
function callText(source: string, start: number) {
  let depth = 0;
  for (let index = source.indexOf("(", start); index < source.length; index++) {
    if (source[index] === "(") depth++;
    else if (source[index] === ")" && --depth === 0) return source.slice(start, index + 1);
  }
  throw new Error("unbalanced call");
}

/** The words a message holds: its string and template literals, without the kind, link and key. */
const wordsOf = (code: string) =>
  (code.match(/`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g) ?? []).filter((literal) => !/^["`](\/|[a-z-]+\.[a-z.-]+["`]$)/.test(literal)).join("\n");

function notificationCalls() {
  const calls: { key: string; words: string }[] = [];
  for (const file of sourceFiles("lib")) {
    if (file === path.join("lib", "notifications", "notify.ts") || file === path.join("lib", "notifications", "party-messages.ts")) continue;
    const source = readFileSync(file, "utf8");
    const seen = new Map<string, number>();
    for (const match of source.matchAll(/\b(notifyUsers|notifyAdmins)\(/g)) {
      if (source.slice(Math.max(0, match.index - 15), match.index).includes("function")) continue;
      const call = callText(source, match.index);
      const kind = call.match(/kind: [^\n]*?["`]([a-z-]+\.[a-z]+(?:-[a-z]+)*)/)?.[1];
      const name = kind ? `${kind}${match[1] === "notifyAdmins" ? " (admins)" : ""}` : "(message built in the file)";
      const base = `${file.split(path.sep).join("/")} ${name}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      // A message spread in, or made by a function, is read from the whole file that builds it.
      const isBuiltElsewhere = !kind || /\.\.\.(message|wording)\b/.test(call) || !/\b(title|body):/.test(call);
      calls.push({ key: count === 1 ? base : `${base} (${count})`, words: isBuiltElsewhere ? wordsOf(source) : wordsOf(call) });
    }
  }
  return calls;
}

describe("every notification and email", () => {
  const calls = notificationCalls();

  it("is declared with its audience", () => {
    expect(calls.map((call) => call.key).sort()).toEqual(Object.keys(CALL_AUDIENCES).sort());
  });

  it.each(calls.map((call) => [call.key, call.words] as const))("%s does not speak of its reader in the third person", (key, words) => {
    const audience = CALL_AUDIENCES[key];
    expect(audience, `declare the audience of ${key}`).toBeDefined();
    expect(selfReferencesIn(words, audience)).toEqual([]);
  });

  it("covers every file that writes to the email outbox", () => {
    const writers = sourceFiles("lib")
      .filter((file) => /emailOutbox\.create(Many)?\(/.test(readFileSync(file, "utf8")))
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => !["lib/notifications/notify.ts", "lib/invoices/render.ts"].includes(file));
    expect(writers.sort()).toEqual(Object.keys(EMAIL_FILE_AUDIENCES).sort());
  });

  it.each(Object.entries(EMAIL_FILE_AUDIENCES))("the email in %s speaks to its reader", (file, audience) => {
    expect(selfReferencesIn(wordsOf(readFileSync(file, "utf8")), audience)).toEqual([]);
  });

  it("catches a third-person self-reference (the check can fail)", () => {
    expect(selfReferencesIn("The payment was sent to the expert's Stripe account.", "EXPERT")).not.toEqual([]);
    expect(selfReferencesIn("Refunded to the client's card.", "CLIENT")).not.toEqual([]);
  });
});
