import type { Metadata } from "next";
import { requirePageUser } from "../../_lib/require-page-user";
import { NewDocumentForm } from "./new-document-form";

export const metadata: Metadata = { title: "New document" };

export default async function NewDocumentPage() {
  await requirePageUser("/documents/new");
  return (
    <section className="auth-card wide">
      <h1>New document</h1>
      <p>Paste a text or upload a .txt, .md or .html file (up to 2 MB). Only you can see it.</p>
      <NewDocumentForm />
    </section>
  );
}
