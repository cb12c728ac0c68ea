import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { IntentLink } from "./_components/intent-link";
import { SignOutButton } from "./_components/sign-out-button";
import "./globals.css";
import "./styles/map-argument-panel.css";
import "./styles/teacher-grading.css";
import "./styles/links.css";
import "./styles/undo-status.css";
import "./styles/small-screens.css";
import "./styles/overlaps.css";
import "./styles/courses.css";
import "./styles/assignments.css";
import "./styles/auto-feedback.css";
import "./styles/grade-book.css";
import "./styles/assignment-teams.css";
import "./styles/class-work.css";
import "./styles/assignment-result.css";
import "./styles/map-navigation.css";
import "./styles/map-view.css";
import "./styles/said-by.css";
import "./styles/passage-drag.css";

export const metadata: Metadata = {
  title: { default: "Warrant", template: "%s · Warrant" },
  description: "Read an argument closely, annotate it, and map it.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <span className="site-nav">
            <IntentLink href="/documents" className="brand">
              Warrant
            </IntentLink>
            {user && (
              <nav aria-label="Main">
                <IntentLink href="/documents">Library</IntentLink>
                <IntentLink href="/groups">Groups</IntentLink>
                <IntentLink href="/courses">Courses</IntentLink>
                <IntentLink href="/assignments">Assignments</IntentLink>
              </nav>
            )}
          </span>
          <nav aria-label="Account">
            {user ? (
              <>
                <span className="who">{user.name}</span>
                <IntentLink href="/account">Account</IntentLink>
                <SignOutButton />
              </>
            ) : (
              <>
                <IntentLink href="/signin">Sign in</IntentLink>
                <IntentLink href="/signup">Sign up</IntentLink>
              </>
            )}
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
