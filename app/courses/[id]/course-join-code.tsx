"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { api } from "../../_lib/api";
import { useAttempt } from "../../_lib/use-attempt";

type Props = { courseId: string; joinCode: string | null };

/** The join code and link a teacher hands out, with Copy, "New code" and "Turn off joining". */
export function CourseJoinCode({ courseId, joinCode }: Props) {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();
  const [copied, setCopied] = useState<string | null>(null);
  // The link is absolute only in the browser, which knows the address it is using.
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const link = joinCode && `${origin}/join/${joinCode}`;

  const run = (action: () => Promise<unknown>) =>
    void attempt(async () => {
      await action();
      setCopied(null);
      router.refresh();
    });
  const copy = (what: string, text: string) =>
    void attempt(async () => {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied`);
    });

  return (
    <section aria-labelledby="course-joining" className="course-joining">
      <h2 id="course-joining">Joining</h2>
      {joinCode && link ? (
        <>
          <p className="hint">Students join with this code on the Courses page, or by opening the link.</p>
          <dl className="join-code-list">
            <dt>Join code</dt>
            <dd>
              <code className="join-code" aria-label="Join code">
                {joinCode}
              </code>
              <button type="button" className="link-button" onClick={() => copy("Code", joinCode)}>
                Copy code
              </button>
            </dd>
            <dt>Join link</dt>
            <dd>
              <code className="join-link">{link}</code>
              <button type="button" className="link-button" onClick={() => copy("Link", link)}>
                Copy link
              </button>
            </dd>
          </dl>
          <p role="status" className="muted">
            {copied}
          </p>
          <div className="row">
            <button type="button" disabled={busy} onClick={() => run(() => api.courses.newJoinCode(courseId))}>
              New code
            </button>
            <button type="button" disabled={busy} onClick={() => run(() => api.courses.turnOffJoining(courseId))}>
              Turn off joining
            </button>
          </div>
        </>
      ) : (
        <>
          <p>Joining by code is off: only people you add can come in.</p>
          <button type="button" disabled={busy} onClick={() => run(() => api.courses.newJoinCode(courseId))}>
            Turn on joining with a new code
          </button>
        </>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
