import { apiRoute } from "@/lib/api/route";
import { signUp } from "@/lib/auth/sign-up";
import { signUpSchema } from "@/lib/auth/schemas";
import { clientIp } from "@/lib/client-ip";

export const POST = apiRoute({ access: "public", body: signUpSchema, status: 201 }, async ({ body, request }) =>
  signUp(body, { ip: clientIp(request.headers) }),
);
