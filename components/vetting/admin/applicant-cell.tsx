import Link from "next/link";
import { Th } from "@/components/ui/table";
import { applicantHref } from "./paths";

/** An applicant's row header in admin tables: their name, linking to the vetting page, and email. */
export function ApplicantCell({ applicant }: { applicant: { id: string; name: string; email: string } }) {
  return (
    <Th scope="row" className="font-medium">
      <Link href={applicantHref(applicant.id)} className="text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
        {applicant.name}
      </Link>
      <span className="block text-xs font-normal text-slate-600">{applicant.email}</span>
    </Th>
  );
}
