import { z } from "zod";

/** OWASP ASVS 2.1: at least 12 characters, at most 128, any characters allowed. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email address is too long")
  .pipe(z.email("Enter a valid email address"));

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`);

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Name must be at most 100 characters"),
  email: ZEmail,
  password: ZPassword,
});
export type SignUpInput = z.infer<typeof ZSignUpInput>;

/** Sign-in checks only the shape: length rules must not reveal which passwords exist. */
export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
});
export type SignInInput = z.infer<typeof ZSignInInput>;

/** Changing a password: the current one (checked, never length-ruled) and a new one under the sign-up rules. */
export const ZPasswordChange = z.object({
  currentPassword: z.string().max(1024),
  newPassword: ZPassword,
});
export type PasswordChange = z.infer<typeof ZPasswordChange>;
