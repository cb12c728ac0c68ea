import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentSession } from "@/lib/auth/current-user";
import { listUserSessions } from "@/lib/auth/user-sessions";
import { getDb } from "@/lib/db/client";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutOthersButton } from "./sign-out-others-button";
import { describeBrowser } from "@/lib/auth/describe-browser";

export const metadata: Metadata = { title: "Account" };

/** The server knows no reader's time zone, so times are shown in UTC and said to be. */
const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function When({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{WHEN.format(date)} UTC</time>;
}

export default async function AccountPage() {
  const current = await getCurrentSession();
  if (!current) redirect(`/signin?callbackUrl=${encodeURIComponent("/account")}`);
  const sessions = await listUserSessions(getDb(), current.user.id);
  const others = sessions.filter((session) => session.id !== current.sessionId).length;

  return (
    <section className="auth-card wide">
      <h1>Account</h1>
      <p>
        {current.user.name} · {current.user.email}
      </p>

      <h2 id="sessions-heading">Signed-in sessions</h2>
      <p className="hint">A session ends when you sign out, after 24 hours without use, or 30 days after signing in.</p>
      <ul aria-labelledby="sessions-heading" className="document-list">
        {sessions.map((session) => (
          <li key={session.id}>
            <span>
              <span title={session.userAgent ?? undefined}>{describeBrowser(session.userAgent)}</span>
              {session.id === current.sessionId && <strong> (this browser)</strong>}
            </span>
            <span className="meta">
              Signed in <When date={session.createdAt} /> · last active <When date={session.lastSeenAt} />
            </span>
          </li>
        ))}
      </ul>
      <SignOutOthersButton others={others} />

      <h2>Change password</h2>
      <ChangePasswordForm />
    </section>
  );
}
