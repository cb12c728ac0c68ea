"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { MAX_GROUP_NAME } from "@/lib/validation/sharing";
import { api } from "../_lib/api";

/** "New group": a name, and the reader becomes its owner. */
export function NewGroupForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    setError(null);
    try {
      const group = await api.groups.create(name);
      router.push(`/groups/${group.id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message.replace(/^\w+: /, "") : "Could not make the group");
      setBusy(false);
    }
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
