"use client";

import { useId, useState, type FormEvent } from "react";
import type { GroupSummary } from "@/lib/groups/list-groups";
import type { ShareCreate } from "@/lib/validation/sharing";
import { useAttempt } from "../../../_lib/use-attempt";
import { SHARE_ROLE_OPTIONS } from "./role-labels";

type Props = {
  /** The reader's groups, for suggestions as they type. */
  groups: GroupSummary[];
  /** The reader's groups, once loaded: a name typed before they arrive still finds its group. */
  loadGroups: () => Promise<GroupSummary[]>;
  onShare: (input: ShareCreate) => Promise<void>;
};

/**
 * "Email or group" and a role: an address shares with a person, a name
 * shares with one of the reader's groups.
 */
export function ShareWithForm({ groups, loadGroups, onShare }: Props) {
  const { error: failure, busy, attempt } = useAttempt();
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const who = String(data.get("who") ?? "").trim();
    const role = String(data.get("role")) as ShareCreate["role"];
    setError(null);
    let input: ShareCreate;
    if (who.includes("@")) {
      input = { email: who, role };
    } else {
      const group = (await loadGroups().catch(() => groups)).find((g) => g.name.toLowerCase() === who.toLowerCase());
      if (!group) return setError(`No group of yours is called “${who}”. Type an email address or a group's name.`);
      input = { groupId: group.id, role };
    }
    if (await attempt(() => onShare(input))) form.reset();
  }

  return (
    <form className="share-with" onSubmit={submit} aria-label="Share with">
      <span className="field grow">
        <label htmlFor={`${id}-who`}>Email or group</label>
        <input id={`${id}-who`} name="who" list={`${id}-groups`} required autoComplete="off" maxLength={254} />
        <datalist id={`${id}-groups`}>
          {groups.map((group) => (
            <option key={group.id} value={group.name} />
          ))}
        </datalist>
      </span>
      <span className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} name="role" defaultValue="commenter">
          {SHARE_ROLE_OPTIONS}
        </select>
      </span>
      <button type="submit" disabled={busy}>
        Share
      </button>
      {(error ?? failure) && (
        <p role="alert" className="form-error">
          {error ?? failure}
        </p>
      )}
    </form>
  );
}
