import type { Catalog } from "./i18n.js";

/** What a path is when it is not a regular file, as the tools that refuse it say it. */
export const FILE_KIND_MESSAGES = {
  directory: { en: "a directory", "zh-CN": "目录", "zh-TW": "目錄" },
  fifo: { en: "a named pipe (FIFO)", "zh-CN": "命名管道（FIFO）", "zh-TW": "具名管道（FIFO）" },
  socket: { en: "a socket", "zh-CN": "套接字", "zh-TW": "通訊端" },
  characterDevice: { en: "a character device", "zh-CN": "字符设备", "zh-TW": "字元裝置" },
  blockDevice: { en: "a block device", "zh-CN": "块设备", "zh-TW": "區塊裝置" },
  notAFile: { en: "not a file", "zh-CN": "非文件", "zh-TW": "非檔案" },
} as const satisfies Catalog;

export type FileKind = keyof typeof FILE_KIND_MESSAGES;

/** The kind of what `stat` describes (node's `Stats`, or any object with its type tests). */
export function fileKind(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): FileKind {
  if (info.isDirectory()) return "directory";
  if (info.isFIFO()) return "fifo";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice()) return "characterDevice";
  if (info.isBlockDevice()) return "blockDevice";
  return "notAFile";
}
