// The flow, in the words of the article Vetted comes from: "Raise a request → Talk to candidates → Fund the
// project → Expert works → Review & approve payment".
const STEPS = [
  {
    title: "Raise a request",
    text: "Describe the work, the skills it needs, your budget and your timeline. The 8-hour matching clock starts when you submit.",
  },
  {
    title: "Talk to candidates",
    text: "Chat with each expert on your shortlist, and see why each one was matched, before you decide.",
  },
  {
    title: "Fund the project",
    text: "Agree milestones with the expert you hire and fund them one at a time. The money is held by Vetted until you approve.",
  },
  {
    title: "Expert works",
    text: "Your expert delivers each milestone with a note and links to the work.",
  },
  {
    title: "Review & approve payment",
    text: "Approve to release the payment, or ask for changes. If you and the expert disagree, an admin steps in.",
  },
];

export function HowItWorks() {
  return (
    <section id="how-it-works" aria-labelledby="how-heading" className="py-16 sm:py-24">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <h2 id="how-heading" className="text-3xl font-bold tracking-tight text-slate-900">
          How it works
        </h2>
        <p className="mt-3 max-w-2xl text-lg text-slate-700">Five steps from a need to paid, approved work.</p>
        <ol className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-5">
          {STEPS.map((step, index) => (
            <li key={step.title} className="relative rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <span aria-hidden="true" className="grid size-8 place-items-center rounded-full bg-indigo-600 text-sm font-semibold text-white">
                {index + 1}
              </span>
              <h3 className="mt-4 text-base font-semibold text-slate-900">{step.title}</h3>
              <p className="mt-2 text-sm text-slate-700">{step.text}</p>
              {index < STEPS.length - 1 && (
                <span aria-hidden="true" className="absolute top-1/2 -right-4 hidden -translate-y-1/2 text-slate-400 lg:block">
                  →
                </span>
              )}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
