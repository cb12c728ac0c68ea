import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listGroups } from "@/lib/groups/list-groups";
import { requirePageUser } from "../_lib/require-page-user";
import { NewGroupForm } from "./new-group-form";

export const metadata: Metadata = { title: "Groups" };

export default async function GroupsPage() {
  const user = await requirePageUser("/groups");
  const groups = await listGroups(getDb(), user.id);
  return (
    <section className="library">
      <div className="library-head">
        <h1>Groups</h1>
      </div>
      <p className="hint">
        Read together: share a document with a group, and make annotations and maps visible to its members.
      </p>
      <NewGroupForm />
      {groups.length === 0 ? (
        <p>You are not in a group yet.</p>
      ) : (
        <ul aria-label="Your groups" className="document-list">
          {groups.map((group) => (
            <li key={group.id}>
              <Link href={`/groups/${group.id}`}>{group.name}</Link>
              <span className="meta">
                {group.role === "owner" ? "Owner" : "Member"} ·{" "}
                {group.members === 1 ? "1 member" : `${group.members} members`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
