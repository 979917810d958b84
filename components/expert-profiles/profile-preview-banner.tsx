import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** Above the expert's own profile: this is the clients' view, and where to change it. */
export function ProfilePreviewBanner({ publicProfilePath }: { publicProfilePath: string | null }) {
  return (
    <Alert tone="info" title="Preview: this is how clients see your profile">
      Companies that shortlisted or hired you see this page.{" "}
      {publicProfilePath ? (
        <>
          Your profile is public too, at{" "}
          <Link href={publicProfilePath} className="text-link" prefetch={false}>
            {publicProfilePath}
          </Link>
          .{" "}
        </>
      ) : (
        "It is not public: only they, and Vetted's team, can open it. "
      )}
      <Link href="/expert/profile" className="text-link">
        Edit your profile
      </Link>
    </Alert>
  );
}
