"use client";

import { useState, type FormEvent } from "react";
import type { TeamsView } from "@/lib/classroom/list-teams";
import { api } from "../../../_lib/api";
import { useAttempt } from "../../../_lib/use-attempt";

type Props = { assignmentId: string; initial: TeamsView };

const NO_GROUP = "";

/**
 * The teacher's groups: before there are any, "Make groups at random" with
 * "Students per group"; then one select per student naming their group
 * (or "Not in a group"), each change saved at once, and Delete for a group
 * nobody shared work with. The server's answer is the new state shown.
 */
export function TeamsEditor({ assignmentId, initial }: Props) {
  const [view, setView] = useState(initial);
  const [size, setSize] = useState("3");
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, attempt } = useAttempt();

  function makeRandom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    void attempt(async () => {
      const made = await api.teams.create(assignmentId, { random: { size: Number(size) } });
      setView(made);
      setDone(`Made ${made.teams.length} ${made.teams.length === 1 ? "group" : "groups"}.`);
    });
  }

  function move(studentId: string, studentName: string, toTeamId: string) {
    setDone(null);
    void attempt(async () => {
      const from = view.teams.find((team) => team.students.some((s) => s.id === studentId));
      const to = view.teams.find((team) => team.id === toTeamId);
      // A move is the target group's whole list with them added; leaving every group is the old list without them.
      const next = to
        ? await api.teams.update(assignmentId, to.id, { studentIds: [...to.students.map((s) => s.id), studentId] })
        : await api.teams.update(assignmentId, from!.id, {
            studentIds: from!.students.map((s) => s.id).filter((id) => id !== studentId),
          });
      setView(next);
      setDone(to ? `${studentName} moved to ${to.name}.` : `${studentName} is in no group now.`);
    });
  }

  function removeTeam(teamId: string, name: string) {
    setDone(null);
    void attempt(async () => {
      setView(await api.teams.remove(assignmentId, teamId));
      setDone(`${name} deleted.`);
    });
  }

  const students = [
    ...view.teams.flatMap((team) => team.students.map((s) => ({ ...s, teamId: team.id }))),
    ...view.unassigned.map((s) => ({ ...s, teamId: NO_GROUP })),
  ].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="teams-editor">
      {view.teams.length === 0 ? (
        <form onSubmit={makeRandom} aria-labelledby="random-groups-heading" className="teams-random">
          <h3 id="random-groups-heading">Make groups at random</h3>
          <p className="meta">
            Groups are dealt from the course&rsquo;s students; none is smaller than asked, so some may have one more.
          </p>
          <label className="inline-label">
            Students per group
            <input
              type="number"
              min={1}
              max={1000}
              required
              value={size}
              onChange={(event) => setSize(event.target.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            Make groups
          </button>
        </form>
      ) : (
        <>
          <ul className="team-list">
            {view.teams.map((team) => (
              <li key={team.id}>
                <strong>{team.name}</strong>: {team.students.map((s) => s.name).join(", ") || "nobody yet"}{" "}
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  aria-label={`Delete ${team.name}`}
                  onClick={() => removeTeam(team.id, team.name)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
          <table className="team-table">
            <caption>Each student&rsquo;s group (a change is saved at once)</caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Group</th>
              </tr>
            </thead>
            <tbody>
              {students.map((student) => (
                <tr key={student.id}>
                  <th scope="row">{student.name}</th>
                  <td>
                    <select
                      aria-label={`Group of ${student.name}`}
                      value={student.teamId}
                      disabled={busy}
                      onChange={(event) => move(student.id, student.name, event.target.value)}
                    >
                      <option value={NO_GROUP}>Not in a group</option>
                      {view.teams.map((team) => (
                        <option key={team.id} value={team.id}>
                          {team.name}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p role="status" className="meta">
        {done}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
