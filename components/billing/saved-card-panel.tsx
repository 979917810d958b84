import { Alert } from "@/components/ui/alert";
import type { SavedCardView } from "@/lib/payment-methods/saved-card";
import { SaveCardButton } from "./save-card-button";

type SavedCardPanelProps = { card: SavedCardView | null; failingCharges: number; isJustSaved: boolean };

/** The card hourly weeks and bonuses are charged to, and the way to save or replace it. */
export function SavedCardPanel({ card, failingCharges, isJustSaved }: SavedCardPanelProps) {
  return (
    <section aria-labelledby="saved-card-heading" className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div>
        <h2 id="saved-card-heading" className="text-lg font-semibold text-slate-900">
          Card for charges
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Hourly weeks and bonuses are charged to this card when they are due, while you are away. Replacing it makes the new card the one we charge; the old
          one is removed.
        </p>
      </div>
      {isJustSaved && card && (
        <Alert tone="success" role="status">
          Card saved. We will charge {card.label} from now on.
        </Alert>
      )}
      {failingCharges > 0 && (
        <Alert tone="danger" title="Charges to your card were declined">
          {failingCharges === 1 ? "One charge is" : `${failingCharges} charges are`} waiting for a card that works. Replace the card and we will try again at
          once.
        </Alert>
      )}
      {card ? (
        <p className="text-slate-900">
          <span className="font-medium">{card.label}</span>, expires {card.expires}
        </p>
      ) : (
        <p className="text-sm text-slate-700">No card saved yet. Save one before hiring someone by the hour.</p>
      )}
      <SaveCardButton hasCard={card !== null} />
    </section>
  );
}
