// @ts-check
// Prints the secret resolveServerEnv keeps in <dir>, for the start-up tests.
// Usage: node secret-contender.mjs <dir>; LOCK_CONTENDER_AT (epoch ms): wait until then.
import { resolveServerEnv } from "../../scripts/start/server-env.mjs";

const at = Number(process.env.LOCK_CONTENDER_AT ?? 0);
while (Date.now() < at);
console.log(JSON.stringify(resolveServerEnv({}, process.argv[2]).secret));
