import { TOTP } from "otpauth";
import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET } from "@/lib/auth/demo-accounts";
import { TOTP_PERIOD_SECONDS } from "@/lib/two-factor/totp";

// `npm run demo:code`: the demo admin's current two-factor code, for development without a phone.
// The secret is published (README); a real admin's never leaves the database, encrypted.

const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN");
const totp = new TOTP({ secret: DEMO_ADMIN_TOTP_SECRET, period: TOTP_PERIOD_SECONDS });
const secondsLeft = TOTP_PERIOD_SECONDS - (Math.floor(Date.now() / 1000) % TOTP_PERIOD_SECONDS);
console.log(`${totp.generate()}  (${admin?.email}; changes in ${secondsLeft} s, and each code signs in once)`);
