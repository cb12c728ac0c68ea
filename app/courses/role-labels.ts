import type { CourseRole } from "@/lib/auth/permissions";

/** Course roles as people read them. */
export const COURSE_ROLE_LABELS: Record<CourseRole, string> = {
  teacher: "Teacher",
  assistant: "Teaching assistant",
  student: "Student",
};
