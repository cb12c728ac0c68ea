"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PASSWORD_MAX, PASSWORD_MIN, ZPasswordChange } from "@/lib/validation/account";
import { api, ApiError } from "../_lib/api";
import { failureMessage } from "../_lib/use-attempt";
import { errorId, FieldError } from "../_lib/field-error";

type Field = "currentPassword" | "newPassword";
type Errors = Partial<Record<Field | "form", string>>;

/** Current and new password; on success the other sessions of the account are signed out. */
export function ChangePasswordForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setDone(null);
    const parsed = ZPasswordChange.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setErrors({ [(issue?.path[0] as Field | undefined) ?? "form"]: issue?.message });
    }
    setErrors({});
    setPending(true);
    try {
      const { endedSessions } = await api.users.changePassword(parsed.data);
      form.reset();
      setDone(
        endedSessions === 0
          ? "Password changed."
          : `Password changed. ${endedSessions === 1 ? "1 other session was" : `${endedSessions} other sessions were`} signed out.`,
      );
      router.refresh();
    } catch (caught) {
      const field = caught instanceof ApiError && caught.field === "currentPassword" ? caught.field : "form";
      setErrors({ [field]: failureMessage(caught) });
    } finally {
      setPending(false);
    }
  }

  const describedBy = (field: Field, hint?: string) => (errors[field] ? errorId(field) : hint);
  const fieldError = (field: Field) => <FieldError field={field} message={errors[field]} />;

  return (
    <form onSubmit={submit} className="stack" aria-label="Change password" noValidate>
      <label>
        Current password
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.currentPassword}
          aria-describedby={describedBy("currentPassword")}
        />
        {fieldError("currentPassword")}
      </label>
      <label>
        New password
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.newPassword}
          aria-describedby={describedBy("newPassword", "new-password-hint")}
        />
        <span id="new-password-hint" className="hint">
          {PASSWORD_MIN}–{PASSWORD_MAX} characters. Your other sessions will be signed out.
        </span>
        {fieldError("newPassword")}
      </label>
      {errors.form && (
        <p role="alert" className="form-error">
          {errors.form}
        </p>
      )}
      <p role="status">{done}</p>
      <button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
