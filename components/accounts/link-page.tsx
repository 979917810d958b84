import Link from "next/link";
import type { ReactNode } from "react";
import { AuthHeading } from "@/components/auth/auth-heading";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

type LinkPageProps = {
  title: string;
  intro: ReactNode;
  /** Why the link does not work, in the holder's words; null when it does. */
  problem: string | null;
  /** Where to get a new link when it does not work. */
  recovery: { href: string; label: string };
  children: ReactNode;
};

/** The page an emailed link opens: what it does, and either its form or why it does not work. */
export function LinkPage({ title, intro, problem, recovery, children }: LinkPageProps) {
  return (
    <>
      <AuthHeading title={title}>{intro}</AuthHeading>
      <Card>
        {problem ? (
          <div className="space-y-4">
            <Alert tone="danger">{problem}</Alert>
            <Link href={recovery.href} className="text-link font-medium">
              {recovery.label}
            </Link>
          </div>
        ) : (
          children
        )}
      </Card>
    </>
  );
}
