"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { api, ApiError } from "../_lib/api";
import { useState, type FormEvent } from "react";
import { PASSWORD_MAX, PASSWORD_MIN, ZSignUpInput } from "@/lib/validation/account";
import { errorId, FieldError } from "../_lib/field-error";

type Field = "name" | "email" | "password";
type FieldErrors = Partial<Record<Field | "form", string>>;

function firstErrors(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form") as Field;
    errors[field] ??= issue.message;
  }
  return errors;
}

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZSignUpInput.safeParse(Object.fromEntries(form));
    if (!parsed.success) return setErrors(firstErrors(parsed.error.issues));
    setPending(true);
    setErrors({});
    try {
      await api.users.signUp(parsed.data);
    } catch (caught) {
      setPending(false);
      const failure = caught instanceof ApiError ? caught : null;
      const message = failure?.message.replace(/^\w+: /, "") ?? "Could not create the account";
      const field = failure?.field && failure.field !== "body" ? (failure.field as Field) : "form";
      return setErrors({ [field]: message });
    }
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      router.replace(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    }
  }

  const describe = (field: Field) => (errors[field] ? errorId(field) : undefined);
  const fieldError = (field: Field) => <FieldError field={field} message={errors[field]} />;

  return (
    <form onSubmit={submit} className="stack" aria-label="Create account" noValidate>
      <label>
        Name
        <input name="name" autoComplete="name" aria-invalid={!!errors.name} aria-describedby={describe("name")} />
        {fieldError("name")}
      </label>
      <label>
        Email
        <input
          name="email"
          type="email"
          autoComplete="username"
          aria-invalid={!!errors.email}
          aria-describedby={describe("email")}
        />
        {fieldError("email")}
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.password}
          aria-describedby={describe("password") ?? "password-hint"}
        />
        <span id="password-hint" className="hint">
          {PASSWORD_MIN}–{PASSWORD_MAX} characters; a passphrase is easiest.
        </span>
        {fieldError("password")}
      </label>
      {errors.form && (
        <p role="alert" className="form-error">
          {errors.form}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
