import { notFound } from "next/navigation";
import { publicProfileImage } from "@/components/expert-profiles/public-profile-meta";
import { SHARE_IMAGE_SIZE } from "@/components/hire/share-image";
import { getPublicProfile } from "@/lib/expert-profiles/get-public-profile";

// Link previews on X read this image too: with no twitter:image of its own, a card falls back to og:image.
export const revalidate = 3600;
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "A Vetted expert's public profile: name, headline, verified skills and rating";

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const profile = await getPublicProfile((await params).slug);
  if (!profile) notFound();
  return publicProfileImage(profile);
}
