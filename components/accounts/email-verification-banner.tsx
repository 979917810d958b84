import { userOrNull } from "@/components/layout/user-or-null";
import { ResendVerificationButton } from "./resend-verification-button";

/** Under the header for signed-in users whose address is not confirmed yet, on every page. */
export async function EmailVerificationBanner() {
  const user = await userOrNull("email verification banner");
  if (user?.isEmailVerified !== false) return null;
  return (
    <section aria-label="Confirm your email address" className="border-b border-amber-300 bg-amber-50 text-sm text-amber-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <p>
          <strong className="font-semibold">Confirm your email address.</strong> Open the link we sent to {user.email} to start hiring, funding work or getting
          paid.
        </p>
        <ResendVerificationButton />
      </div>
    </section>
  );
}
