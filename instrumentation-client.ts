import { z } from "zod";

// Zod compiles object parsers with `new Function` when it may, and finds out
// by trying once. Under the pages' Content-Security-Policy (no 'unsafe-eval')
// that probe is a CSP violation, reported every time a page parses; zod's
// interpreted parsers are plenty fast for Warrant's forms. Runs before the
// app's code does (Next loads this file ahead of hydration).
z.config({ jitless: true });
