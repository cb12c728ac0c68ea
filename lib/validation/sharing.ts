import { z } from "zod";
import { ZEmail } from "./account";

/** What a share gives: read; also annotate, reply and map; also edit the text and share. */
export const SHARE_ROLES = ["viewer", "commenter", "editor"] as const;
export const ZShareRole = z.enum(SHARE_ROLES, `role must be one of: ${SHARE_ROLES.join(", ")}`);
type ShareRole = z.infer<typeof ZShareRole>;

/** Bounds on what one document or group can collect (each share is a row every access check may read). */
export const MAX_SHARES_PER_DOCUMENT = 500;
export const MAX_LINKS_PER_DOCUMENT = 20;
export const MAX_GROUP_MEMBERS = 1_000;
export const MAX_GROUPS_PER_USER = 200;
export const MAX_GROUP_NAME = 100;

/**
 * `{ email, role }` shares with a person, `{ groupId, role }` with a group.
 * (One object rather than a union, so that a bad value is reported at its
 * own field.)
 */
export const ZShareCreate = z
  .strictObject({
    email: ZEmail.optional(),
    groupId: z.uuid("groupId must be a group id").optional(),
    role: ZShareRole,
  })
  .superRefine((value, context) => {
    if ((value.email === undefined) === (value.groupId === undefined)) {
      context.addIssue({ code: "custom", path: ["email"], message: "email: give an email or a groupId, not both" });
    }
  })
  .transform((value): { email: string; role: ShareRole } | { groupId: string; role: ShareRole } =>
    value.email !== undefined
      ? { email: value.email, role: value.role }
      : { groupId: value.groupId!, role: value.role },
  );
export type ShareCreate = z.infer<typeof ZShareCreate>;

export const ZShareUpdate = z.strictObject({ role: ZShareRole });
export const ZShareLinkCreate = z.strictObject({ role: ZShareRole });

export const ZGroupName = z
  .string()
  .trim()
  .min(1, "name: a group needs a name")
  .max(MAX_GROUP_NAME, `name must be at most ${MAX_GROUP_NAME} characters`);
export const ZGroupCreate = z.strictObject({ name: ZGroupName });
export const ZGroupMemberAdd = z.strictObject({ email: ZEmail });
export const ZGroupMemberUpdate = z.strictObject({ role: z.enum(["owner", "member"], "role must be owner or member") });

/** An invite link's token: 32 random bytes, base64url. */
export const INVITE_TOKEN = /^[A-Za-z0-9_-]{43}$/;
