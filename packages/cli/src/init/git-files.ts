import type { PendingChanges } from "./changes.js";
import { TEMPLATE_GLOB } from "./next-steps.js";

/** The file the README's `openssl genpkey` line writes: the private key that signs releases. */
export const RELEASE_KEY_FILE = "release-key.pem";

/**
 * Lines git must know for a template library: templates are checked out with LF on every
 * machine (a CRLF checkout would change what is sent and what is hashed), and the release key
 * is never committed.
 */
const LINES = [
  { path: ".gitattributes", line: `${TEMPLATE_GLOB} text eol=lf`, what: { id: "lfEndings" } },
  { path: ".gitignore", line: RELEASE_KEY_FILE, what: { id: "keyIgnored", data: { file: RELEASE_KEY_FILE } } },
] as const;

export async function planGitFiles(changes: PendingChanges): Promise<void> {
  for (const { path, line, what: said } of LINES) {
    const what = changes.say(said.id, "data" in said ? said.data : {});
    const text = (await changes.read(path)) ?? "";
    if (text.split(/\r?\n/).some((existing) => existing.trim() === line)) {
      changes.keep(path, what);
      continue;
    }
    const newline = text.includes("\r\n") ? "\r\n" : "\n";
    await changes.write(path, `${text}${text === "" || text.endsWith("\n") ? "" : newline}${line}${newline}`, what);
  }
}
