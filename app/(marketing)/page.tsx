import type { Metadata } from "next";
import { ExampleMatch } from "@/components/marketing/example-match";
import { HowItWorks } from "@/components/marketing/how-it-works";
import { PopularSkills } from "@/components/marketing/popular-skills";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { alternates: { canonical: "/" }, robots: { index: true, follow: true } };

const REASONS = [
  {
    title: "Matched in 8 hours, with the reasons shown",
    text: "Submitting a request starts an 8-hour clock. Every expert on your shortlist has already said yes, and each comes with why they were matched: skill coverage, level and verified skills, rate against your budget, availability, timezone overlap and track record.",
  },
  {
    title: "Vetted in stages, by people",
    text: "Experts apply, then pass a screening and an interview. Each step is a recorded decision with a score and notes, and our team verifies their skills. Only approved experts are ever matched to your request.",
  },
  {
    title: "Money held by Vetted until you approve",
    text: "You fund one milestone at a time. The money is held by Vetted until you approve the work, then paid to the expert. Ask for changes, or open a dispute and a person on our team resolves it.",
  },
];

export default function HomePage() {
  return (
    <>
      <section className="border-b border-slate-200 bg-white">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 sm:py-24 lg:grid-cols-2">
          <div>
            <p className="text-sm font-semibold tracking-wide text-indigo-700 uppercase">Hire pre-vetted experts</p>
            <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">Get matched with pre-vetted talent in 8 hours</h1>
            <p className="mt-6 max-w-xl text-lg text-slate-700">
              Describe the work you need done. Within 8 hours you get a shortlist of vetted experts who are available and interested, and you see why each one
              fits. Talk to them, hire one, and fund the work milestone by milestone.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href="/start" size="lg">
                Raise a request
              </ButtonLink>
              <ButtonLink href="/sign-up?as=expert" size="lg" variant="secondary">
                Apply as an expert
              </ButtonLink>
            </div>
          </div>
          <ExampleMatch />
        </div>
      </section>

      <PopularSkills />

      <HowItWorks />

      <section aria-labelledby="why-heading" className="bg-white py-16 sm:py-24">
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <h2 id="why-heading" className="text-3xl font-bold tracking-tight text-slate-900">
            Why teams hire through Vetted
          </h2>
          <ul className="mt-10 grid gap-6 md:grid-cols-3">
            {REASONS.map((reason) => (
              <Card as="li" key={reason.title}>
                <h3 className="text-lg font-semibold text-slate-900">{reason.title}</h3>
                <p className="mt-3 text-base text-slate-700">{reason.text}</p>
              </Card>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="start-heading" className="py-16 sm:py-24">
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <h2 id="start-heading" className="text-3xl font-bold tracking-tight text-slate-900">
            Get started
          </h2>
          <div className="mt-10 grid gap-6 md:grid-cols-2">
            <Card as="section" className="flex flex-col">
              <h3 className="text-xl font-semibold text-slate-900">For companies</h3>
              <p className="mt-3 flex-1 text-base text-slate-700">
                Raise a request in a few minutes: the skills you need, your budget and your timeline. You pay the milestone amounts you agree with your expert,
                no fees on top, and each payment is held by Vetted until you approve.
              </p>
              <div className="mt-6">
                <ButtonLink href="/start">Raise a request</ButtonLink>
              </div>
            </Card>
            <Card as="section" className="flex flex-col">
              <h3 id="for-experts" className="text-xl font-semibold text-slate-900">
                For experts
              </h3>
              <p className="mt-3 flex-1 text-base text-slate-700">
                Get vetted once, then receive invitations that fit your skills, rate and availability, and accept only the ones you want. Each milestone is
                funded before you start on it and held by Vetted; you are paid through Stripe when the client approves, minus a 10% platform fee.
              </p>
              <div className="mt-6">
                <ButtonLink href="/sign-up?as=expert">Apply as an expert</ButtonLink>
              </div>
            </Card>
          </div>
        </div>
      </section>
    </>
  );
}
