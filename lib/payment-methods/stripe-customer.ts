import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { stripe } from "@/lib/stripe";

/**
 * The company's one Stripe Customer, created on first use. The key derived from the company makes two
 * concurrent first uses get the same Customer from Stripe; the guarded write keeps the first stored.
 */
export async function ensureStripeCustomer(companyId: string): Promise<string> {
  const company = await db.company.findUnique({ where: { id: companyId }, select: { name: true, stripeCustomerId: true } });
  if (!company) throw notFound("Company");
  if (company.stripeCustomerId) return company.stripeCustomerId;
  const customer = await stripe().customers.create({ name: company.name, metadata: { companyId } }, { idempotencyKey: `customer:${companyId}` });
  await db.company.updateMany({ where: { id: companyId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  const stored = await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { stripeCustomerId: true } });
  return stored.stripeCustomerId ?? customer.id;
}
