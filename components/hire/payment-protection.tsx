const PROTECTIONS = [
  {
    title: "Held by Vetted until you approve",
    text: "You fund one milestone at a time through Stripe. The money stays with Vetted until you approve the work, then it is paid to the expert.",
  },
  {
    title: "Ask for changes",
    text: "Not what you agreed? Ask for changes before approving. Nothing is released while you review.",
  },
  {
    title: "A person settles disagreements",
    text: "Open a dispute and the payment is frozen. Someone on our team reads both sides and decides: release, refund, or a split.",
  },
  {
    title: "No fee on top",
    text: "You pay the milestone amounts you agree with your expert. Our fee comes out of the expert's side when a payment is released.",
  },
];

export function PaymentProtection() {
  return (
    <section aria-labelledby="protection-heading" className="bg-white py-16">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <h2 id="protection-heading" className="text-3xl font-bold tracking-tight text-slate-900">
          How your money is protected
        </h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {PROTECTIONS.map((item) => (
            <li key={item.title}>
              <h3 className="text-base font-semibold text-slate-900">{item.title}</h3>
              <p className="mt-2 text-sm text-slate-700">{item.text}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
