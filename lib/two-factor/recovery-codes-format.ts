// The shape of a recovery code, apart from its hashing (./recovery-codes.ts), so that forms can check it in the browser.

// No 0/o, 1/l/i: codes are read off paper.
export const RECOVERY_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
export const RECOVERY_CODE_HALF_LENGTH = 5;

/** As typed ("ABCDE FGHJK", "abcde-fghjk") → "abcdefghjk". */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");

const SHAPE = new RegExp(`^[${RECOVERY_CODE_ALPHABET}]{${RECOVERY_CODE_HALF_LENGTH * 2}}$`);
export const looksLikeRecoveryCode = (code: string) => SHAPE.test(normalizeRecoveryCode(code));
