import { notFound } from "next/navigation";
import { SHARE_IMAGE_SIZE, shareImage } from "@/components/hire/share-image";
import { getHirePage } from "@/lib/hire-pages/get-hire-page";

// Link previews on X read this image too: with no twitter:image of its own, a card falls back to og:image.
export const revalidate = 3600;
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "A Vetted hiring page: the skill, its verified experts and typical rates";

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const page = await getHirePage((await params).slug);
  if (!page) notFound();
  return shareImage(page);
}
