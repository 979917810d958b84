// What the expert reads about a milestone they handed in: on the card, and at once after submitting
// while the page refreshes.
export const SUBMITTED_WORDS = "Submitted — waiting for the client's approval.";
