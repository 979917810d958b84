import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: "Terms",
  description: "The terms for using Vetted, including how money for funded milestones is held, released, refunded and split.",
  alternates: { canonical: "/terms" },
  robots: { index: true, follow: true },
};

const LAST_UPDATED = "25 November 2026";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function TermsPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Terms of service</h1>
      <p className="mt-3 text-sm text-slate-600">Last updated {LAST_UPDATED}</p>

      <div className="mt-10 space-y-10 text-base leading-7 text-slate-700 [&_li]:ml-5 [&_ol]:list-decimal [&_ol]:space-y-2 [&_ul]:list-disc [&_ul]:space-y-2">
        <Section id="service" title="1. What Vetted does">
          <p>
            Vetted connects companies (clients) with independent experts that Vetted has vetted. Clients raise requests, Vetted matches them with approved
            experts, and the two sides agree a contract of fixed-price milestones. Experts are independent: they are not Vetted&apos;s employees, and the work
            is delivered by the expert to the client.
          </p>
        </Section>

        <Section id="accounts" title="2. Accounts">
          <ul>
            <li>Give accurate details and keep your password to yourself. You are responsible for what is done with your account.</li>
            <li>An account belongs to one person. A client account acts for the company named when it was created.</li>
            <li>
              We may suspend an account that breaks these terms, misleads other users, or puts payments at risk. A suspended account cannot sign in; money
              already held for its contracts is handled as described below.
            </li>
          </ul>
        </Section>

        <Section id="vetting" title="3. Vetting and matching">
          <p>
            Experts apply and pass screening and an interview before they are approved; only approved experts are matched. An applicant who is not approved may
            apply again after 90 days. We aim to deliver a shortlist within 8 hours of a submitted request and show the reasons for each match, but vetting is
            not a guarantee of any particular result: clients decide whom to hire.
          </p>
        </Section>

        <Section id="held-money" title="4. How funded money is held">
          <p>
            A client funds a milestone by paying its amount by card through our payment processor, Stripe. The payment is captured at once.{" "}
            <strong className="font-semibold text-slate-900">This is not a legal escrow</strong>: Stripe does not offer one, and the money is not held by a bank
            or trustee for you. It is held on Vetted&apos;s own Stripe balance until it is released to the expert or refunded to the client under the rules
            below. Vetted records every movement of it against the contract it belongs to.
          </p>
          <p>In the app this is what &ldquo;held by Vetted until you approve&rdquo; means.</p>
        </Section>

        <Section id="release" title="5. When money is released to the expert">
          <ol>
            <li>
              <strong className="font-semibold text-slate-900">When the client approves.</strong> After the expert submits a milestone, the client can approve
              it, and the amount is released to the expert at once.
            </li>
            <li>
              <strong className="font-semibold text-slate-900">Automatically after 14 days.</strong> If the client does not approve, ask for changes or open a
              dispute within 14 days of the expert&apos;s latest submission of a milestone, the milestone is released automatically. Asking for changes stops
              this clock; the next submission starts a new 14 days.
            </li>
          </ol>
          <p>Experts are paid to the Stripe account they connect to Vetted. Payouts from that account to a bank follow Stripe&apos;s schedule.</p>
        </Section>

        <Section id="disputes" title="6. Disputes">
          <p>
            Either side can open a dispute on a funded milestone at any time before it is released. A dispute freezes the milestone: nothing is released,
            automatically or otherwise, while it is open. A Vetted admin reviews the work and the conversation and resolves the dispute in one of three ways:
          </p>
          <ul>
            <li>release the full amount to the expert;</li>
            <li>refund the full amount to the client; or</li>
            <li>split it: part released to the expert and the rest refunded to the client.</li>
          </ul>
          <p>The admin&apos;s decision is carried out through Stripe and recorded on the contract.</p>
        </Section>

        <Section id="cancellation" title="7. Cancellation and refunds">
          <ul>
            <li>Cancelling a milestone that has not been funded costs nothing.</li>
            <li>Cancelling a funded milestone that has not been released refunds its amount to the card that paid for it.</li>
            <li>Money already released to an expert is not refunded by Vetted.</li>
          </ul>
          <p>Card refunds usually reach the cardholder within 5 to 10 business days, depending on the card issuer.</p>
        </Section>

        <Section id="fees" title="8. Fees">
          <p>
            Clients pay the milestone amounts they agree, with no fee added. Vetted&apos;s platform fee, currently 10% of each released amount, is kept from the
            expert&apos;s side at release: the expert receives the released amount minus the fee, rounded to the cent. No fee is charged on money that is
            refunded. Amounts are charged and paid in the contract&apos;s currency.
          </p>
        </Section>

        <Section id="conduct" title="9. Conduct">
          <p>
            Keep conversations and payments for work found through Vetted on Vetted, be honest about skills and progress, and treat each other with respect.
            Reviews must describe real work on a completed contract.
          </p>
        </Section>

        <Section id="contact" title="10. Questions">
          <p>
            Write to{" "}
            <a href="mailto:support@vetted.test" className="text-link">
              support@vetted.test
            </a>
            . Developers integrating with Vetted can read the{" "}
            <Link href="/docs/api" className="text-link">
              API documentation
            </Link>
            .
          </p>
        </Section>
      </div>
    </div>
  );
}
