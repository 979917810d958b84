import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { AuthHeading } from "@/components/auth/auth-heading";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <AuthHeading title="Reset your password">Enter the email address of your account and we will email you a link to choose a new password.</AuthHeading>
      <Card>
        <ForgotPasswordForm />
      </Card>
      <p className="mt-6 text-center text-sm text-slate-600">
        Remembered it?{" "}
        <Link href="/sign-in" className="text-link font-medium">
          Sign in
        </Link>
      </p>
    </>
  );
}
