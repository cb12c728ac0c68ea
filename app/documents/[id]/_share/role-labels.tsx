import type { ShareRole } from "@/lib/auth/permissions";

export const ROLE_LABELS: Record<ShareRole | "owner", string> = {
  viewer: "Viewer",
  commenter: "Commenter",
  editor: "Editor",
  owner: "Owner",
};

/** What each role may do, for the options' descriptions. */
export const ROLE_HINTS: Record<ShareRole, string> = {
  viewer: "reads, sees shared annotations",
  commenter: "also annotates, replies, builds maps",
  editor: "also edits the text and shares",
};

export const SHARE_ROLE_OPTIONS = (["viewer", "commenter", "editor"] as const).map((role) => (
  <option key={role} value={role} title={ROLE_HINTS[role]}>
    {ROLE_LABELS[role]}
  </option>
));
