import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { getGroup } from "@/lib/groups/get-group";
import { requirePageUser } from "../../_lib/require-page-user";
import { ROLE_LABELS } from "../../documents/[id]/_share/role-labels";
import { GroupMembers } from "./group-members";
import { GroupSettings } from "./group-settings";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (userId: string, id: string) => {
  try {
    return await getGroup(getDb(), userId, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/groups/${id}`);
  return { title: (await load(user.id, id)).name };
}

export default async function GroupPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/groups/${id}`);
  const group = await load(user.id, id);
  return (
    <section className="library group-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/groups">Groups</Link>
        <span aria-hidden="true"> / </span>
        <span>{group.role === "owner" ? "You own this group" : "You are a member"}</span>
      </nav>
      <h1>{group.name}</h1>
      {group.courseId && (
        <p className="hint">
          This group is a course&rsquo;s roster: people join, change role and leave on{" "}
          <Link href={`/courses/${group.courseId}`}>the course&rsquo;s page</Link>.
        </p>
      )}
      <GroupMembers group={group} userId={user.id} />
      <section aria-labelledby="group-documents">
        <h2 id="group-documents">Shared with this group</h2>
        {group.documents.length === 0 ? (
          <p className="hint">No documents yet. Open one of yours and choose “Share” to share it with this group.</p>
        ) : (
          <ul className="document-list" aria-label="Documents shared with this group">
            {group.documents.map((document) => (
              <li key={document.id}>
                <Link href={`/documents/${document.id}`}>{document.title}</Link>
                <span className="meta">{ROLE_LABELS[document.role]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {!group.courseId && <GroupSettings group={group} userId={user.id} />}
    </section>
  );
}
