import { listTeams } from "@/lib/classroom/list-teams";
import { getDb } from "@/lib/db/client";
import { TeamsEditor } from "./teams-editor";

type Props = { assignmentId: string; userId: string };

/**
 * "Groups" on a Small groups assignment's page. A teacher makes and edits
 * the groups (TeamsEditor); an assistant sees them; a student sees who is
 * in their group, or that they are in none yet. Nothing for an individual
 * assignment.
 */
export async function TeamsSection({ assignmentId, userId }: Props) {
  const view = await listTeams(getDb(), userId, assignmentId);
  if (view.mode !== "groups") return null;
  const staff = view.role !== "student";
  const mine = view.teams.find((team) => team.mine);
  return (
    <section aria-labelledby="groups-heading" className="assignment-teams">
      <h2 id="groups-heading">Groups</h2>
      {view.canEdit ? (
        <TeamsEditor assignmentId={assignmentId} initial={view} />
      ) : staff ? (
        <TeamList teams={view.teams} />
      ) : mine ? (
        <>
          <p>
            Your group: <strong>{mine.students.map((s) => s.name).join(", ")}</strong>
          </p>
          <p className="meta">
            In the reading, choose &ldquo;{mine.audienceName}&rdquo; as an annotation&rsquo;s Visibility to share your
            work with your group.
          </p>
        </>
      ) : (
        <p>Not in a group yet. Your teacher will add you to one.</p>
      )}
    </section>
  );
}

/** Every group with its students, read only. */
export function TeamList({
  teams,
}: {
  teams: { id: string; name: string; students: { id: string; name: string }[] }[];
}) {
  if (teams.length === 0) return <p className="meta">No groups yet.</p>;
  return (
    <ul className="team-list">
      {teams.map((team) => (
        <li key={team.id}>
          <strong>{team.name}</strong>: {team.students.map((s) => s.name).join(", ") || "nobody yet"}
        </li>
      ))}
    </ul>
  );
}
