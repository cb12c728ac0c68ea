import Link from "next/link";

/** Anything missing, and anything not shared with the reader: the two look the same on purpose. */
export default function NotFound() {
  return (
    <section className="auth-card">
      <h1>Not found</h1>
      <p>
        This page does not exist, or it is not shared with you. If someone shared it with you, they may have stopped.
      </p>
      <p>
        <Link href="/documents">Back to your library</Link>
      </p>
    </section>
  );
}
