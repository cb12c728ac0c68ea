import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { describeInvite } from "@/lib/sharing/accept-invite";
import { requirePageUser } from "../../_lib/require-page-user";
import { ROLE_LABELS } from "../../documents/[id]/_share/role-labels";
import { AcceptInvite } from "./accept-invite";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** Where a share link or group invite lands: what it offers, and a button to accept it. */
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  await requirePageUser(`/invites/${token}`);
  const invite = await describeInvite(getDb(), token);
  return (
    <section className="auth-card">
      {!invite ? (
        <>
          <h1>This link does not work</h1>
          <p>It was revoked, or it is mistyped. Ask whoever sent it for a new one.</p>
        </>
      ) : invite.kind === "document" ? (
        <>
          <h1>{invite.title}</h1>
          <p>
            {invite.sharedBy} shared this document by link. Opening it makes you a {ROLE_LABELS[invite.role]} for as
            long as the link works.
          </p>
          <AcceptInvite token={token} label="Open the document" />
        </>
      ) : (
        <>
          <h1>Join “{invite.name}”</h1>
          <p>Members read the documents shared with the group and see the annotations and maps shared with it.</p>
          <AcceptInvite token={token} label="Join the group" />
        </>
      )}
    </section>
  );
}
