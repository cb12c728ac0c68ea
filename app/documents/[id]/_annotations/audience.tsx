import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { VISIBILITY_LABELS } from "./kinds";

/** A group an annotation or map can be made visible to. */
export type AudienceGroup = { id: string; name: string };

type Audienced = { visibility: AnnotationVisibility; group: AudienceGroup | null };

/** One select value per audience: "private", "everyone", or "group:<id>". */
export function audienceValue(item: Audienced): string {
  return item.visibility === "group" && item.group
    ? `group:${item.group.id}`
    : item.visibility === "group"
      ? "private"
      : item.visibility;
}

/** The visibility and group a select value stands for. */
export function audienceFromValue(value: string): { visibility: AnnotationVisibility; groupId: string | null } {
  return value.startsWith("group:")
    ? { visibility: "group", groupId: value.slice("group:".length) }
    : { visibility: value as AnnotationVisibility, groupId: null };
}

/** Who sees it, in words: "Only me", a group's name, or everyone who can read the document. */
export function audienceLabel(item: Audienced): string {
  if (item.visibility === "group") return item.group?.name ?? VISIBILITY_LABELS.private;
  return VISIBILITY_LABELS[item.visibility];
}

/** The options of a visibility select: only me, each group, everyone. */
export function AudienceOptions({ groups, current }: { groups: AudienceGroup[]; current?: Audienced }) {
  // A group the reader has left still shows as the current choice, so the select never lies.
  const all = current?.group && !groups.some((g) => g.id === current.group!.id) ? [...groups, current.group] : groups;
  return (
    <>
      <option value="private">{VISIBILITY_LABELS.private}</option>
      {all.map((group) => (
        <option key={group.id} value={`group:${group.id}`}>
          {group.name}
        </option>
      ))}
      <option value="everyone">{VISIBILITY_LABELS.everyone}</option>
    </>
  );
}
