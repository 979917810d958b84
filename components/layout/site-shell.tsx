import type { ReactNode } from "react";
import { EmailVerificationBanner } from "@/components/accounts/email-verification-banner";
import { LiveChatEvents } from "@/components/chat/live-chat-events";
import { MainContent } from "./main-content";
import { Providers } from "./providers";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The frame of every page that knows who is signed in: their navigation, the live chat stream, the email banner,
 * and the client-side context (toasts, zod's settings) that their forms use. Rendered per request.
 */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <LiveChatEvents>
        <SiteHeader />
        <EmailVerificationBanner />
        <MainContent>{children}</MainContent>
        <SiteFooter />
      </LiveChatEvents>
    </Providers>
  );
}
