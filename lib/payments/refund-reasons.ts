/** A second successful payment for one milestone is refunded automatically, under this reason. */
export const DUPLICATE_PAYMENT = "duplicate payment";
