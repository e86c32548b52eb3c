import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FrameTracker } from "../src/framing.js";

const frame = (body: string, extraHeader = ""): Buffer => Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n${extraHeader}\r\n${body}`);

/** Feeds a stream to a tracker in chunks cut at the given offsets; the first problem it reports. */
function track(stream: Buffer, cuts: number[]): string | undefined {
  const tracker = new FrameTracker();
  let from = 0;
  for (const cut of [...cuts.map((at) => at % (stream.length + 1)), stream.length].sort((a, b) => a - b)) {
    const problem = tracker.add(stream.subarray(from, Math.max(from, cut)));
    if (problem !== undefined) return problem;
    from = Math.max(from, cut);
  }
  return undefined;
}

describe("FrameTracker", () => {
  it("follows any sequence of well-framed messages, however the stream is cut", () => {
    const body = fc.string({ unit: "binary" }).map((text) => JSON.stringify({ jsonrpc: "2.0", method: "x", params: { text } }));
    const header = fc.constantFrom("", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(body, header), { maxLength: 5 }), fc.array(fc.nat(), { maxLength: 8 }), (messages, cuts) => {
        const stream = Buffer.concat(messages.map(([text, extra]) => frame(text, extra)));
        expect(track(stream, cuts)).toBeUndefined();
      }),
    );
  });

  it("reports a frame whose Content-Length is not a plain number, or missing, wherever it comes", () => {
    const bad = fc.constantFrom("Content-Length: 1e2", "Content-Length: abc", "Content-Length: -1", "Content-Length: 12 34", "Content-Type: text/plain", "garbage");
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 3 }), bad, fc.array(fc.nat(), { maxLength: 8 }), (before, header, cuts) => {
        const stream = Buffer.concat([...before.map((text) => frame(text)), Buffer.from(`${header}\r\n\r\n{}`)]);
        expect(track(stream, cuts)).toContain(JSON.stringify(header));
      }),
    );
  });
});
