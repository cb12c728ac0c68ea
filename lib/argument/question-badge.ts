import type { MapArgument } from "../validation/argument-map";
import { schemeById } from "./schemes";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * How an argument's critical questions stand, in words for its mark on the
 * map ("2 open questions · 1 answered · 1 fails"): words, not a colour, so
 * it reads the same to everyone. Null when the argument has no scheme the
 * app knows (none chosen, or one named by another tool's file).
 */
export function questionBadge(argument: MapArgument): string | null {
  const scheme = argument.scheme ? schemeById(argument.scheme) : undefined;
  if (!scheme) return null;
  const answers = scheme.criticalQuestions.map((_, index) => argument.answers[String(index)] ?? "open");
  const count = (answer: string) => answers.filter((a) => a === answer).length;
  const parts = [
    count("open") > 0 ? plural(count("open"), "open question") : "",
    count("answered") > 0 ? `${count("answered")} answered` : "",
    count("fails") > 0 ? `${count("fails")} fails` : "",
  ];
  return parts.filter(Boolean).join(" · ");
}
