import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, chown, lstat, open, realpath, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isInside } from "@tactful/eslint-plugin/files";

/** A write refused to keep the file system as it is; the message says why, for the user. */
export class WriteRefused extends Error {}

const REFUSALS = {
  readOnly: "the file is read-only; make it writable first if it should change. It is unchanged.",
  hardLinks: (links: number) => `the file has ${links} hard links, and replacing it would split them. It is unchanged.`,
  notRegular: "it is not a regular file. It is unchanged.",
  owner: "its owner and group cannot be kept (only root can give a file to another user). It is unchanged.",
  changed: "the file changed while it was being fixed. It is unchanged: run the command again.",
  leaves: (path: string, target: string, root: string) => `${path} leads to ${target} through a symbolic link, outside ${root}; it is not followed.`,
};

export interface WriteOptions {
  /** The path must stay inside this directory once its links are resolved. */
  within?: string;
  /** Asked just before the file is replaced: false when it changed since it was read, and it is left alone. */
  unchanged?: () => Promise<boolean>;
}

/**
 * Replaces a file's content atomically: the new content goes to a temporary file in the same
 * directory (same file system), is flushed to disk, takes the original's owner, group and
 * permissions, and is renamed over the original. An interrupted write leaves the original file
 * intact. A symbolic link is followed: the file it points to is replaced, and the link stays a
 * link. A read-only file, a file with other hard links (a rename would split them; writing in
 * place would not be atomic) and anything but a regular file are refused, not replaced.
 */
export async function writeFileAtomic(path: string, content: string, options: WriteOptions = {}): Promise<void> {
  const file = await realpath(path).catch(async () => join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path)));
  if (options.within !== undefined) {
    const root = await realpath(options.within).catch(() => options.within!);
    if (!isInside(root, file)) throw new WriteRefused(REFUSALS.leaves(path, file, root));
  }
  const original = await lstat(file).catch(() => undefined);
  if (original) {
    if (!original.isFile()) throw new WriteRefused(REFUSALS.notRegular);
    // Root may write anything, so the mode is what says the file is meant to stay as it is.
    if ((original.mode & 0o222) === 0 || !(await access(file, constants.W_OK).then(() => true, () => false))) throw new WriteRefused(REFUSALS.readOnly);
    if (original.nlink > 1) throw new WriteRefused(REFUSALS.hardLinks(original.nlink));
  }
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(temporary, "wx");
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
    await handle.close();
    if (original) {
      if (original.uid !== process.getuid?.() || original.gid !== process.getgid?.()) {
        await chown(temporary, original.uid, original.gid).catch((error: NodeJS.ErrnoException) => {
          throw error.code === "EPERM" ? new WriteRefused(REFUSALS.owner) : error;
        });
      }
      // After chown, which clears set-user-id and set-group-id bits.
      await chmod(temporary, original.mode & 0o7777);
    }
    if (options.unchanged && !(await options.unchanged())) throw new WriteRefused(REFUSALS.changed);
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
