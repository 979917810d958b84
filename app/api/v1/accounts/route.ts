import { apiRoute } from "@/lib/api/route";
import { signUp } from "@/lib/auth/sign-up";
import { signUpSchema } from "@/lib/auth/schemas";

export const POST = apiRoute({ access: "public", body: signUpSchema, status: 201 }, async ({ body }) => signUp(body));
