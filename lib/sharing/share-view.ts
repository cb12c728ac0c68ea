import type { ShareRole } from "@/lib/auth/permissions";

/** A share as the API lists it: with a person (by the email it was made for) or with a group. */
export type ShareView =
  | {
      id: string;
      kind: "person";
      email: string;
      /** Their name once they have opened the document; until then they are "invited". */
      name: string | null;
      invited: boolean;
      role: ShareRole;
    }
  | { id: string; kind: "group"; group: { id: string; name: string }; role: ShareRole };

export const SHARE_VIEW_SELECT = {
  id: true,
  role: true,
  email: true,
  openedAt: true,
  user: { select: { name: true } },
  group: { select: { id: true, name: true } },
} as const;

type ShareRow = {
  id: string;
  role: ShareRole;
  email: string | null;
  openedAt: Date | null;
  user: { name: string } | null;
  group: { id: string; name: string } | null;
};

/**
 * The API's view of a share row. Whether the email belongs to an account is
 * never shown: a person is "invited" until they open the document, which
 * someone without an account cannot do.
 */
export function toShareView(row: ShareRow): ShareView {
  if (row.group) return { id: row.id, kind: "group", group: row.group, role: row.role };
  const opened = row.openedAt !== null && row.user !== null;
  return {
    id: row.id,
    kind: "person",
    email: row.email ?? "",
    name: opened ? row.user!.name : null,
    invited: !opened,
    role: row.role,
  };
}
