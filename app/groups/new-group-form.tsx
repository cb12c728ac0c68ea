"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { MAX_GROUP_NAME } from "@/lib/validation/sharing";
import { api } from "../_lib/api";
import { useAttempt } from "../_lib/use-attempt";

/** "New group": a name, and the reader becomes its owner. */
export function NewGroupForm() {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    void attempt(async () => router.push(`/groups/${(await api.groups.create(name)).id}`));
  }

  return (
    <form className="row new-group" onSubmit={submit} aria-label="New group">
      <label className="inline-label">
        Group name
        <input name="name" required maxLength={MAX_GROUP_NAME} />
      </label>
      <button type="submit" disabled={busy}>
        New group
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
