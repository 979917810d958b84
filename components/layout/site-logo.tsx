import Link from "next/link";

export function SiteLogo() {
  return (
    <Link href="/" className="flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight text-slate-900">
      <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-sm font-bold text-white">
        V
      </span>
      Vetted
    </Link>
  );
}
