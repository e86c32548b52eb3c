import { randomBytes } from "node:crypto";
import { chmod, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Replaces a file's content atomically: the new content goes to a temporary file in the same
 * directory (same file system), is flushed to disk, takes the original's permissions, and is
 * renamed over the original. An interrupted write leaves the original file intact. A symbolic
 * link is followed: the file it points to is replaced, and the link stays a link.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const file = await realpath(path).catch(() => path);
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const mode = await stat(file).then((info) => info.mode, () => undefined);
  const handle = await open(temporary, "wx");
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
    await handle.close();
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
