/**
 * LSP over a stream frames each message with a `Content-Length` header. The JSON-RPC reader
 * reports a header it cannot read and then reads on from the wrong place, so the server would
 * never answer again. The stream cannot be resynchronised (the body's length is what was lost),
 * so the server says what it received and stops, and the client can start it again.
 */

const MESSAGES = {
  badHeader: (header: string) => `tactful-language-server: the client sent a message header without a valid Content-Length (${JSON.stringify(header)}); the messages after it cannot be told apart, so the server stops.\n`,
  headerTooLong: (bytes: number) => `tactful-language-server: the client sent a message header longer than ${bytes} bytes; the server stops.\n`,
};

/** Far above any real header (`Content-Length` and `Content-Type`). */
const MAX_HEADER_BYTES = 4096;
const HEADER_END = Buffer.from("\r\n\r\n");

/** Follows the frames of a stream as it is read; `add` returns what is wrong with the framing, if anything. */
export class FrameTracker {
  private header = Buffer.alloc(0);
  private bodyLeft = 0;

  add(chunk: Buffer): string | undefined {
    let data = chunk;
    while (data.length > 0) {
      if (this.bodyLeft > 0) {
        const taken = Math.min(this.bodyLeft, data.length);
        this.bodyLeft -= taken;
        data = data.subarray(taken);
        continue;
      }
      const seen = Buffer.concat([this.header, data]);
      const end = seen.indexOf(HEADER_END);
      if (end === -1) {
        if (seen.length > MAX_HEADER_BYTES) return MESSAGES.headerTooLong(MAX_HEADER_BYTES);
        this.header = seen;
        return undefined;
      }
      const text = seen.subarray(0, end).toString("latin1");
      const length = contentLength(text);
      if (length === undefined) return MESSAGES.badHeader(text);
      this.header = Buffer.alloc(0);
      this.bodyLeft = length;
      data = seen.subarray(end + HEADER_END.length);
    }
    return undefined;
  }
}

/** The Content-Length of a header: every line `name: value`, the length a plain decimal number. */
function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) return undefined;
    if (line.slice(0, colon).trim().toLowerCase() !== "content-length") continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,15}$/u.test(value)) return undefined;
    length = Number(value);
  }
  return length;
}

/** Ends the process with a clear message when the client's framing breaks; before the JSON-RPC reader sees the data. */
export function stopOnBrokenFraming(input: NodeJS.ReadableStream): void {
  const frames = new FrameTracker();
  input.prependListener("data", (chunk: Buffer | string) => {
    const problem = frames.add(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    if (problem === undefined) return;
    process.stderr.write(problem);
    process.exit(1);
  });
}
