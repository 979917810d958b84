import { handleNextAuthRequest } from "@/lib/auth/next-auth-handler";

export { handleNextAuthRequest as GET, handleNextAuthRequest as POST };
