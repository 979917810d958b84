import Link from "next/link";

const FOOTER_LINKS = [
  { label: "Hire experts", href: "/hire" },
  { label: "How it works", href: "/#how-it-works" },
  { label: "Terms", href: "/terms" },
  { label: "API docs", href: "/docs/api" },
];

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>© {new Date().getFullYear()} Vetted. Pre-vetted experts, matched in 8 hours.</p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-slate-700 underline-offset-4 hover:text-slate-900 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
