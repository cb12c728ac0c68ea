"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import type { CourseRole } from "@/lib/auth/permissions";
import type { RosterEntry } from "@/lib/classroom/get-course";
import { COURSE_ROLES } from "@/lib/validation/classroom";
import { api } from "../../_lib/api";
import { useAttempt } from "../../_lib/use-attempt";
import { COURSE_ROLE_LABELS } from "../role-labels";
import { RosterImport } from "./roster-import";

type Props = { courseId: string; members: RosterEntry[]; manage: boolean };

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en", { dateStyle: "medium" }) : "—");

/** The roster as staff see it; teachers change roles, remove people, add by email and import a CSV. */
export function CourseRoster({ courseId, members, manage }: Props) {
  const router = useRouter();
  const { error, busy, attempt: tryOnce } = useAttempt();
  const attempt = async (action: () => Promise<unknown>) => (await tryOnce(action)) && router.refresh();

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get("name") ?? "").trim();
    const member = {
      email: String(data.get("email") ?? ""),
      role: String(data.get("role")) as CourseRole,
      ...(name ? { name } : {}),
    };
    void attempt(async () => {
      await api.courses.addMember(courseId, member);
      form.reset();
    });
  }

  return (
    <section aria-labelledby="course-roster">
      <h2 id="course-roster">Roster</h2>
      <div className="roster-scroll" role="region" aria-label="Roster table" tabIndex={0}>
        <table className="roster">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last activity</th>
              {manage && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const who = member.name ?? member.email;
              return (
                <tr key={member.id}>
                  <td>
                    {member.name ?? <span className="muted">(no name yet)</span>}
                    {member.you && " (you)"}
                  </td>
                  <td>{member.email}</td>
                  <td>
                    {manage ? (
                      <select
                        aria-label={`Role of ${who}`}
                        value={member.role}
                        disabled={busy}
                        onChange={(event) =>
                          void attempt(() => api.courses.setRole(courseId, member.id, event.target.value as CourseRole))
                        }
                      >
                        {COURSE_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {COURSE_ROLE_LABELS[role]}
                          </option>
                        ))}
                      </select>
                    ) : (
                      COURSE_ROLE_LABELS[member.role]
                    )}
                  </td>
                  <td>{member.invited ? "Invited" : `Joined ${when(member.joinedAt)}`}</td>
                  <td>{when(member.lastActiveAt)}</td>
                  {manage && (
                    <td>
                      <button
                        type="button"
                        className="link-button danger-text"
                        aria-label={`Remove ${who}`}
                        disabled={busy}
                        onClick={() => void attempt(() => api.courses.removeMember(courseId, member.id))}
                      >
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {manage && (
        <>
          <form className="course-form" onSubmit={add} aria-label="Add by email">
            <h3>Add by email</h3>
            <label className="inline-label">
              Email
              <input name="email" type="email" required maxLength={254} />
            </label>
            <label className="inline-label">
              Name (optional)
              <input name="name" maxLength={120} />
            </label>
            <label className="inline-label">
              Role
              <select name="role" defaultValue="student">
                {COURSE_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {COURSE_ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={busy}>
              Add
            </button>
          </form>
          <RosterImport courseId={courseId} />
        </>
      )}
    </section>
  );
}
