import { DateTime } from "@/components/dashboards/date-time";
import type { ContractDetail } from "@/lib/contracts/get-contract";
import { ReviewForm } from "./review-form";

type SideReview = ContractDetail["reviews"]["byClient"];

function ReviewCard({ heading, side }: { heading: string; side: SideReview }) {
  const { review } = side;
  return (
    <div className="space-y-1 rounded-lg bg-slate-50 p-4">
      <h3 className="text-sm font-semibold text-slate-900">{heading}</h3>
      {review ? (
        <>
          <p className="text-sm text-slate-900">
            {review.rating} of 5 stars, by {review.authorName} on <DateTime value={review.createdAt} isDateOnly />
          </p>
          {review.text && <p className="text-sm whitespace-pre-line text-slate-700">{review.text}</p>}
          {!review.publishedAt && <p className="text-sm text-slate-600">Hidden from the other side until they write theirs or the review window closes.</p>}
        </>
      ) : (
        <p className="text-sm text-slate-600">
          {side.isWritten ? "Written. You will see it once you have written yours, or when the review window closes." : "Not written yet."}
        </p>
      )}
    </div>
  );
}

/** Both sides' reviews, double-blind: the other side's appears once published. */
export function ContractReviews({ contract }: { contract: ContractDetail }) {
  const { reviews, viewerRole, parties, actions } = contract;
  if (!reviews.window && !reviews.byClient.review && !reviews.byExpert.review) return null;
  const otherName = viewerRole === "EXPERT" ? parties.companyName : parties.expert.name;
  return (
    <section aria-labelledby="reviews-heading" className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div>
        <h2 id="reviews-heading" className="text-lg font-semibold text-slate-900">
          Reviews
        </h2>
        {reviews.window && (
          <p className="mt-1 text-sm text-slate-600">
            {reviews.window.isOpen ? (
              <>
                Both sides review each other until <DateTime value={reviews.window.closesAt} isDateOnly />. Neither sees the other's review until both are
                written or that day comes.
              </>
            ) : (
              <>
                The review window closed on <DateTime value={reviews.window.closesAt} isDateOnly />.
              </>
            )}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <ReviewCard heading={`${parties.companyName} about ${parties.expert.name}`} side={reviews.byClient} />
        <ReviewCard heading={`${parties.expert.name} about ${parties.companyName}`} side={reviews.byExpert} />
      </div>
      {actions.review && <ReviewForm contractId={contract.id} subjectName={otherName} isAboutClient={viewerRole === "EXPERT"} />}
    </section>
  );
}
