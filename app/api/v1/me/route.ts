import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ access: "user" }, async ({ user }) => user);
