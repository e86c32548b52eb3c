import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { fileKind, formatSize, tooLargeMessage } from "@tactful/core";
import { ReleaseError, type Said, type SaidValue } from "./errors.js";

/** The largest key file read: a PEM Ed25519 key is a few hundred bytes. */
export const MAX_KEY_BYTES = 64 << 10;
/** The largest release bundle read by default: ten thousand long emails fit well inside it. */
export const MAX_RELEASE_BYTES = 256 << 20;

/**
 * Reads a file the user named (a key, a release bundle): a regular file of at most `maxBytes`.
 * Opened without blocking, so a named pipe cannot stall a release; checked on the open
 * descriptor; read with a bound, so `/dev/zero` or a file that grows cannot fill the memory.
 * `what` names the file in the error (`the private key keys/release.pem`).
 */
export async function readNamedFile(path: string, maxBytes: number, what: Said): Promise<Buffer> {
  const refuse = (reason: SaidValue): never => {
    throw new ReleaseError({ id: "cannotRead", data: { what, reason } });
  };
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error: NodeJS.ErrnoException) =>
    refuse(error.code === "ENOENT" ? { id: "noSuchFile" } : error.code === "EACCES" || error.code === "EPERM" ? { id: "permissionDenied" } : error.code ?? error.message),
  );
  try {
    const info = await handle.stat();
    if (!info.isFile()) refuse({ id: "notRegular", data: { kind: { id: fileKind(info) } } });
    if (info.size > maxBytes) refuse((locale) => tooLargeMessage(info.size, maxBytes, locale));
    const chunks: Buffer[] = [];
    let total = 0;
    for (let want = info.size + 1; ; want = Math.min(1 << 16, maxBytes + 1 - total)) {
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) refuse({ id: "grew", data: { limit: formatSize(maxBytes) } });
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
