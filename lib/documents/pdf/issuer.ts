export interface PdfIssuer {
  name: string;
  lines: string[];
}

// The platform as it appears at the top of every money document it issues. The address is the
// operating company's; change it here when the company's registered details change (documents
// already stored keep the details they were drawn with).
export const VETTED_ISSUER: PdfIssuer = {
  name: "Vetted",
  lines: ["Vetted Marketplace", "billing@vetted.example"],
};
