"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ className }: { className?: string }) {
  const [isSigningOut, setSigningOut] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      className={className}
      isLoading={isSigningOut}
      loadingLabel="Signing out…"
      onClick={async () => {
        setSigningOut(true);
        try {
          // Navigate ourselves: next-auth would send us to its configured NEXTAUTH_URL origin, which may not be this one.
          await signOut({ callbackUrl: "/", redirect: false });
          window.location.assign("/");
        } catch {
          setSigningOut(false);
        }
      }}
    >
      Sign out
    </Button>
  );
}
