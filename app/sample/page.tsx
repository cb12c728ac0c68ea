import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { findSampleDocumentId } from "@/lib/documents/find-sample-document";
import { requirePageUser } from "../_lib/require-page-user";

// "Try the sample" on the sign-in page leads here through sign-up: a stable
// address for the sample article, whose id differs in every database.
export default async function SamplePage() {
  await requirePageUser("/sample");
  const id = await findSampleDocumentId(getDb());
  if (id === null) notFound();
  redirect(`/documents/${id}`);
}
