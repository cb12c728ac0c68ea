import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { ZSignInInput } from "@/lib/validation/account";
import { requestSource } from "./request-source";
import { signIn, TooManyAttemptsError } from "./sign-in";
import { closeUserSession, openUserSession, SESSION_MAX_AGE_S } from "./user-sessions";

/** The error code the sign-in form shows as "too many attempts". */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

/**
 * next-auth configuration: email + password, JWT sessions that carry the id
 * of a UserSession row. The JWT alone is not trusted: getCurrentUser checks
 * the row on every request, and signing out deletes it.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  // Secure cookies whenever the app runs as a production build; browsers
  // treat http://localhost as secure, so local use still works.
  useSecureCookies: process.env.NODE_ENV === "production",
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = ZSignInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const headers = request.headers ?? {};
        try {
          const user = await signIn(getDb(), parsed.data, { source: requestSource(headers) });
          // The user agent rides along to the jwt callback, which opens the session row.
          return user && { ...user, userAgent: String(headers["user-agent"] ?? "") };
        } catch (error) {
          if (error instanceof TooManyAttemptsError) throw new Error(TOO_MANY_ATTEMPTS, { cause: error });
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const { userAgent } = user as { userAgent?: string };
        const session = await openUserSession(getDb(), user.id, { userAgent });
        token.sid = session.id;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await closeUserSession(getDb(), token.sid);
    },
  },
  logger: {
    // next-auth's default logger prints error objects that can include the
    // submitted credentials; log only the code and message.
    error(code, metadata) {
      const message = metadata instanceof Error ? metadata.message : (metadata as { message?: string })?.message;
      console.error(`[auth] ${code}${message ? `: ${message}` : ""}`);
    },
    warn(code) {
      console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
};
