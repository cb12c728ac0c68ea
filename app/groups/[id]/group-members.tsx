"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import type { GroupDetail } from "@/lib/groups/get-group";
import { api } from "../../_lib/api";
import { useAttempt } from "../../_lib/use-attempt";

type Props = { group: GroupDetail; userId: string };

/** The member list; owners add people by email, make owners and remove members. */
export function GroupMembers({ group, userId }: Props) {
  const router = useRouter();
  const { error, attempt: tryOnce } = useAttempt();
  const owner = group.canManage;
  const attempt = async (action: () => Promise<unknown>) => (await tryOnce(action)) && router.refresh();

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("email") ?? "");
    void attempt(async () => {
      await api.groups.addMember(group.id, email);
      form.reset();
    });
  }

  return (
    <section aria-labelledby="group-members">
      <h2 id="group-members">Members</h2>
      <ul className="share-list" aria-label="Members">
        {group.members.map((member) => {
          const name = member.name ?? member.email ?? "Invited member";
          return (
            <li key={member.id}>
              <span>
                {name}
                {member.userId === userId && " (you)"}
                {member.name && member.email && <span className="muted"> · {member.email}</span>}
                <span className="muted"> · {member.invited ? "invited" : member.role}</span>
              </span>
              {owner && member.userId !== userId && (
                <span className="row">
                  {member.userId && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        void attempt(() =>
                          api.groups.setRole(group.id, member.userId!, member.role === "owner" ? "member" : "owner"),
                        )
                      }
                    >
                      {member.role === "owner" ? "Make member" : "Make owner"}
                    </button>
                  )}
                  <button
                    type="button"
                    className="link-button danger-text"
                    aria-label={`Remove ${name}`}
                    onClick={() =>
                      void attempt(() =>
                        member.userId
                          ? api.groups.removeMember(group.id, member.userId)
                          : api.groups.withdrawInvitation(group.id, member.id),
                      )
                    }
                  >
                    Remove
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {owner && (
        <form className="row" onSubmit={add} aria-label="Add a member">
          <label className="inline-label">
            Add by email
            <input name="email" type="email" required maxLength={254} />
          </label>
          <button type="submit">Add</button>
        </form>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
