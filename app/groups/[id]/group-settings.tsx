"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { GroupDetail } from "@/lib/groups/get-group";
import { api } from "../../_lib/api";
import { useAttempt } from "../../_lib/use-attempt";

type Props = { group: GroupDetail; userId: string };

/** The invite link (owners make, renew or turn it off), leaving, and deleting the group. */
export function GroupSettings({ group, userId }: Props) {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const { error, attempt } = useAttempt();
  const owner = group.canManage;

  return (
    <section aria-labelledby="group-settings">
      <h2 id="group-settings">{owner ? "Invite and manage" : "Your membership"}</h2>
      {owner && (
        <div className="stack compact">
          <p className="hint">
            Anyone signed in who opens the invite link joins the group.{" "}
            {group.inviteLinkOn ? "Joining by link is on." : "Joining by link is off."}
          </p>
          <div className="row">
            <button
              type="button"
              className="secondary"
              onClick={() =>
                void attempt(async () => {
                  setLink((await api.groups.renewInviteLink(group.id)).url);
                  router.refresh();
                })
              }
            >
              {group.inviteLinkOn ? "New invite link" : "Make an invite link"}
            </button>
            {group.inviteLinkOn && (
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  void attempt(async () => {
                    await api.groups.disableInviteLink(group.id);
                    setLink(null);
                    router.refresh();
                  })
                }
              >
                Turn joining by link off
              </button>
            )}
          </div>
          {link && (
            <label className="stack compact">
              The invite link (shown once; making a new one ends this one):
              <input readOnly value={link} aria-label="Invite link" onFocus={(event) => event.target.select()} />
            </label>
          )}
        </div>
      )}
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            window.confirm(`Leave “${group.name}”? Documents shared with it will no longer be shared with you.`) &&
            void attempt(async () => {
              await api.groups.removeMember(group.id, userId);
              router.push("/groups");
            })
          }
        >
          Leave group
        </button>
        {owner && (
          <button
            type="button"
            className="danger"
            onClick={() =>
              window.confirm(
                `Delete “${group.name}”? Its shares end, and annotations and maps visible to it become visible to their authors only.`,
              ) &&
              void attempt(async () => {
                await api.groups.remove(group.id);
                router.push("/groups");
              })
            }
          >
            Delete group
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
