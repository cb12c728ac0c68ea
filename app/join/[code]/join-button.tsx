"use client";

import { useRouter } from "next/navigation";
import { api } from "../../_lib/api";
import { useAttempt } from "../../_lib/use-attempt";

/** "Join <course>": joins as a student and opens the course. */
export function JoinButton({ code, name }: { code: string; name: string }) {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() => void attempt(async () => router.push(`/courses/${(await api.courses.join(code)).id}`))}
      >
        Join {name}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </>
  );
}
