/** A second successful payment for one milestone is refunded automatically, under this reason. */
export const DUPLICATE_PAYMENT = "duplicate payment";
/** An admin gives back money held for review (it never funded anything), under this reason. */
export const PAYMENT_UNDER_REVIEW = "payment under review";
