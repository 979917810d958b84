import type { Question } from "./hire-faq";

export function HireQuestions({ questions }: { questions: Question[] }) {
  return (
    <section aria-labelledby="questions-heading" className="py-16">
      <div className="mx-auto max-w-3xl px-4 sm:px-6">
        <h2 id="questions-heading" className="text-3xl font-bold tracking-tight text-slate-900">
          Questions companies ask
        </h2>
        <dl className="mt-8 divide-y divide-slate-200">
          {questions.map((item) => (
            <div key={item.question} className="py-5">
              <dt className="text-base font-semibold text-slate-900">{item.question}</dt>
              <dd className="mt-2 text-base text-slate-700">{item.answer}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
