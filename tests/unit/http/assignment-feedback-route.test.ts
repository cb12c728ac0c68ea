import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/assignments/[id]/feedback/route";

// Who is signed in, per test; outside Next there is no session. Nothing here
// reaches the database: every request is refused before it would.
const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string } }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => signedIn.user }));

const ASSIGNMENT = "00000000-0000-4000-8000-00000000000a";
const feedback = (query: string, id = ASSIGNMENT) =>
  GET(new Request(`http://localhost:3000/api/assignments/${id}/feedback${query}`), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/assignments/{id}/feedback at the boundary", () => {
  it("is 401 signed out", async () => {
    signedIn.user = null;
    expect((await feedback("")).status).toBe(401);
  });

  it("is 400 naming the field when student is not a user id", async () => {
    signedIn.user = { id: "00000000-0000-4000-8000-000000000001", email: "a@example.com", name: "A" };
    const response = await feedback("?student=robert'); drop table");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "student must be a user id", field: "student" });
  });

  it("is 404 for an assignment id that cannot name anything", async () => {
    signedIn.user = { id: "00000000-0000-4000-8000-000000000001", email: "a@example.com", name: "A" };
    expect((await feedback("", "not-an-id")).status).toBe(404);
  });
});
