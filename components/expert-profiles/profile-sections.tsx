import { FileList } from "@/components/files/file-list";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatStatus } from "@/lib/format";
import type { ShownProfile } from "./profile-types";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function SkillsSection({ skills }: { skills: ShownProfile["skills"] }) {
  if (!skills.length) return null;
  return (
    <Section id="skills-heading" title="Skills">
      <ul className="flex flex-wrap gap-2">
        {skills.map((skill) => (
          <li key={skill.slug} className="max-w-full">
            <Badge tone={skill.isVerified ? "success" : "neutral"} isWrapping>
              {skill.isVerified && <span aria-hidden="true">✓&nbsp;</span>}
              {skill.name} · {formatStatus(skill.level)}, {skill.years} y{skill.isVerified ? " · verified by Vetted" : ""}
            </Badge>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function VettingSection({ vetting }: { vetting: ShownProfile["vetting"] }) {
  if (!vetting.stagesPassed.length) return null;
  return (
    <Section id="vetting-heading" title="Vetting">
      <ol className="space-y-1 text-sm text-slate-700">
        {vetting.stagesPassed.map((stage) => (
          <li key={stage.name}>
            <span aria-hidden="true" className="text-emerald-700">
              ✓{" "}
            </span>
            Passed {stage.name.toLowerCase()} on {formatDate(stage.passedAt)}
          </li>
        ))}
      </ol>
    </Section>
  );
}

export function PortfolioSection({ portfolio }: { portfolio: ShownProfile["portfolio"] }) {
  if (!portfolio.length) return null;
  return (
    <Section id="portfolio-heading" title="Portfolio">
      <ul className="grid gap-4">
        {portfolio.map((item) => (
          <li key={item.id} className="rounded-lg p-4 ring-1 ring-slate-200">
            <h3 className="font-medium text-slate-900">{item.title}</h3>
            {item.description && <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{item.description}</p>}
            <FileList files={item.files} className="mt-3" />
            {item.url && (
              <a href={item.url} rel="noopener noreferrer nofollow ugc" target="_blank" className="mt-2 inline-block text-sm text-link break-all">
                {item.url}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ReviewsSection({ reviews, rating }: { reviews: ShownProfile["reviews"]; rating: ShownProfile["rating"] }) {
  return (
    <Section id="reviews-heading" title="Reviews">
      {reviews.length === 0 ? (
        <p className="text-sm text-slate-600">{rating.count ? "Clients rated this expert without writing a review." : "No reviews yet."}</p>
      ) : (
        <ul className="space-y-4">
          {reviews.map((review) => (
            <li key={review.id} className="border-b border-slate-100 pb-4 last:border-0">
              <p className="text-sm font-medium text-slate-900">
                <span aria-hidden="true" className="text-amber-600">
                  {"★".repeat(review.rating)}
                  {"☆".repeat(5 - review.rating)}
                </span>
                <span className="sr-only">Rated {review.rating} out of 5</span>
                <span className="ml-2 font-normal text-slate-600">{formatDate(review.createdAt)}</span>
              </p>
              <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{review.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
