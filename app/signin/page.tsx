import type { Metadata } from "next";
import Link from "next/link";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  return (
    <section className="auth-card">
      <p className="auth-intro">
        Warrant is for reading an argument closely: tag its claims, premises and evidence in the text, and link them
        into an argument map that stays tied to the passages.
      </p>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
      <p>
        New to Warrant? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>{" "}
        or <Link href={`/signup?callbackUrl=${encodeURIComponent("/sample")}`}>try the sample article</Link>.
      </p>
    </section>
  );
}
