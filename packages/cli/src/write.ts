import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, chown, lstat, open, realpath, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { translator, type Catalog, type Locale } from "@tactful/core";
import { isInside } from "@tactful/eslint-plugin/files";

/** A write refused to keep the file system as it is; the message says why, for the user. */
export class WriteRefused extends Error {}

/** Why a write is refused, by id. */
export const WRITE_MESSAGES = {
  readOnly: {
    en: "the file is read-only; make it writable first if it should change. It is unchanged.",
    "zh-CN": "文件为只读；如需修改，请先设为可写。文件未改动。",
    "zh-TW": "檔案為唯讀；如需修改，請先設為可寫入。檔案未變更。",
  },
  hardLinks: {
    en: "the file has {links} hard links, and replacing it would split them. It is unchanged.",
    "zh-CN": "文件有 {links} 个硬链接，替换会使它们分离。文件未改动。",
    "zh-TW": "檔案有 {links} 個硬連結，取代會使它們分離。檔案未變更。",
  },
  notRegular: { en: "it is not a regular file. It is unchanged.", "zh-CN": "它不是普通文件。文件未改动。", "zh-TW": "它不是一般檔案。檔案未變更。" },
  owner: {
    en: "its owner and group cannot be kept (only root can give a file to another user). It is unchanged.",
    "zh-CN": "无法保留其所有者和组（只有 root 能把文件交给其他用户）。文件未改动。",
    "zh-TW": "無法保留其擁有者和群組（只有 root 能把檔案交給其他使用者）。檔案未變更。",
  },
  changed: {
    en: "the file changed while it was being fixed. It is unchanged: run the command again.",
    "zh-CN": "修复过程中文件被修改。文件未改动：请重新运行命令。",
    "zh-TW": "修正過程中檔案被修改。檔案未變更：請重新執行命令。",
  },
  leaves: {
    en: "{path} leads to {target} through a symbolic link, outside {root}; it is not followed.",
    "zh-CN": "{path} 通过符号链接指向 {root} 之外的 {target}；不会跟随该链接。",
    "zh-TW": "{path} 透過符號連結指向 {root} 之外的 {target}；不會跟隨該連結。",
  },
} as const satisfies Catalog;

export interface WriteOptions {
  /** The path must stay inside this directory once its links are resolved. */
  within?: string;
  /** Asked just before the file is replaced: false when it changed since it was read, and it is left alone. */
  unchanged?: () => Promise<boolean>;
  /** The language of a refusal; English by default. */
  locale?: Locale;
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
  const say = translator(WRITE_MESSAGES, options.locale ?? "en");
  const file = await realpath(path).catch(async () => join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path)));
  if (options.within !== undefined) {
    const root = await realpath(options.within).catch(() => options.within!);
    if (!isInside(root, file)) throw new WriteRefused(say("leaves", { path, target: file, root }));
  }
  const original = await lstat(file).catch(() => undefined);
  if (original) {
    if (!original.isFile()) throw new WriteRefused(say("notRegular"));
    // Root may write anything, so the mode is what says the file is meant to stay as it is.
    if ((original.mode & 0o222) === 0 || !(await access(file, constants.W_OK).then(() => true, () => false))) throw new WriteRefused(say("readOnly"));
    if (original.nlink > 1) throw new WriteRefused(say("hardLinks", { links: original.nlink }));
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
          throw error.code === "EPERM" ? new WriteRefused(say("owner")) : error;
        });
      }
      // After chown, which clears set-user-id and set-group-id bits.
      await chmod(temporary, original.mode & 0o7777);
    }
    if (options.unchanged && !(await options.unchanged())) throw new WriteRefused(say("changed"));
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
