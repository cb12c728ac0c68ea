"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link to one of the app's pages that prefetches its page when the reader
 * reaches for it (pointer over it, or keyboard focus), not as soon as it is
 * in view. Next prefetches every visible link by default: the header's
 * links cost each reader page view ten requests (two rounds) to the server
 * and the browser, which, in a class opening a reading at once, competed
 * with the reading itself (issue 12; docs/ARCHITECTURE.md, "Performance under a class's load").
 */
export function IntentLink({
  href,
  onPointerEnter,
  onFocus,
  ...props
}: ComponentProps<typeof Link> & { href: string }) {
  const router = useRouter();
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        router.prefetch(href);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        router.prefetch(href);
        onFocus?.(event);
      }}
    />
  );
}
