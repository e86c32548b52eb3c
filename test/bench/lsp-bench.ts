import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import jsonrpc from "vscode-jsonrpc/node";
import { percentile } from "./stats.js";

/**
 * Editor latency, measured as an editor sees it: the language server over LSP on stdio, its
 * debounce off (TACTFUL_LSP_DEBOUNCE_MS=0), each edit a `didChange` whose `publishDiagnostics`
 * is awaited before the next.
 */

interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

interface InitializeResult {
  capabilities: { diagnosticProvider?: { workspaceDiagnostics?: boolean } };
}

export interface LatencyFigures {
  edits: number;
  characters: number;
  p50Ms: number;
  p95Ms: number;
}

export interface EditorFigures {
  server: string;
  /** From spawn to the `initialize` result. */
  initializeMs: number;
  /**
   * What a writer waits for on opening the first template of a window: from spawn to its first
   * diagnostics, the template opened as soon as the server is initialized, in a workspace
   * folder of `templates` templates (which the server reads meanwhile).
   */
  firstSquiggle: { templates: number; ms: number; cpuMs: number };
  /** From `didOpen` to the first diagnostics: the first template a fresh server lints, then a second one. */
  firstDiagnosticsMs: number;
  secondOpenMs: number;
  small: LatencyFigures;
  large: LatencyFigures;
  workspace: {
    templates: number;
    /** How the server was given the folder: a `workspace/diagnostic` request, or opening it (and one template in it) and waiting for the server to go idle. */
    mode: "workspace/diagnostic" | "open folder";
    /** Files the server sent diagnostics for. */
    files: number;
    ms: number;
    rssMb: number;
    peakRssMb: number;
  };
}

const TIMEOUT_MS = 60_000;

class Session {
  readonly connection: jsonrpc.MessageConnection;
  readonly published = new Set<string>();
  lastPublish = 0;
  #waiters: Array<{ uri: string; version: number; resolve: () => void }> = [];
  #stderr = "";

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.on("data", (chunk: Buffer) => (this.#stderr = (this.#stderr + chunk.toString("utf8")).slice(-4000)));
    this.connection = jsonrpc.createMessageConnection(new jsonrpc.StreamMessageReader(child.stdout), new jsonrpc.StreamMessageWriter(child.stdin));
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.lastPublish = performance.now();
      this.published.add(params.uri);
      this.#waiters = this.#waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || (params.version !== undefined && params.version < waiter.version)) return true;
        waiter.resolve();
        return false;
      });
    });
    // Requests a server may make of its client: answered as an editor with no settings would.
    this.connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => null));
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.listen();
  }

  static async start(server: string, folder: string): Promise<{ session: Session; initializeMs: number; result: InitializeResult }> {
    const started = performance.now();
    const child = spawn(process.execPath, [server, "--stdio"], { env: { ...process.env, TACTFUL_LSP_DEBOUNCE_MS: "0" }, stdio: ["pipe", "pipe", "pipe"] });
    const session = new Session(child);
    const uri = pathToFileURL(folder).href;
    const result = await session.within<InitializeResult>(
      session.connection.sendRequest("initialize", {
        processId: process.pid,
        rootUri: uri,
        workspaceFolders: [{ uri, name: "corpus" }],
        capabilities: {
          textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
          workspace: { workspaceFolders: true, configuration: true },
        },
      }),
      "the initialize result",
    );
    const initializeMs = performance.now() - started;
    await session.connection.sendNotification("initialized", {});
    return { session, initializeMs, result };
  }

  /** Milliseconds from sending `send` to the diagnostics of `uri` at `version` or later. */
  async timeToDiagnostics(uri: string, version: number, send: () => Promise<void>): Promise<number> {
    const published = new Promise<void>((resolve) => this.#waiters.push({ uri, version, resolve }));
    const started = performance.now();
    await send();
    await this.within(published, `diagnostics for ${uri} version ${version}`);
    return performance.now() - started;
  }

  /** Memory of the server process now (VmRSS) and at its peak (VmHWM), in megabytes, from /proc. */
  memory(): { rssMb: number; peakRssMb: number } {
    const status = readFileSync(`/proc/${this.child.pid}/status`, "utf8");
    const field = (name: string): number => Math.round(Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) / 1024);
    return { rssMb: field("VmRSS"), peakRssMb: field("VmHWM") };
  }

  /** CPU time the server has used so far (user and system), in milliseconds. */
  cpuMs(): number {
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  /** Waits until the server has used no CPU for `quietMs` (or `limitMs` passed); returns when it was last busy. */
  async idle(quietMs: number, limitMs: number): Promise<number> {
    const cpu = (): number => this.cpuMs();
    const deadline = performance.now() + limitMs;
    let last = cpu();
    let busyUntil = performance.now();
    while (performance.now() < deadline && performance.now() - busyUntil < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = cpu();
      if (now !== last) busyUntil = performance.now();
      last = now;
    }
    return busyUntil;
  }

  async within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the language server sent no ${what} within ${TIMEOUT_MS / 1000} s${this.#stderr ? `; its stderr:\n${this.#stderr}` : ""}`)), TIMEOUT_MS);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    try {
      await this.within(this.connection.sendRequest("shutdown"), "shutdown result");
      await this.connection.sendNotification("exit");
      await this.within(exited, "exit");
    } catch {
      this.child.kill();
    }
    this.connection.dispose();
  }
}

/** Why the editor figures cannot be taken, or undefined when they can. */
export function editorSkipReason(server: string): string | undefined {
  return existsSync(server) ? undefined : `language server not built (${server} is missing)`;
}

/**
 * Latency on a folder holding a small and a large template, then memory with the whole corpus
 * as the workspace folder.
 */
export async function editorFigures(
  server: string,
  options: { folder: string; small: string; large: string; corpus: string; corpusSample: string; templates: number; edits: number; firstSquiggle: { folder: string; sample: string; templates: number } },
): Promise<EditorFigures> {
  const { session, initializeMs } = await Session.start(server, options.folder);
  try {
    const open = async (file: string): Promise<{ uri: string; text: string; ms: number }> => {
      const uri = pathToFileURL(join(options.folder, file)).href;
      const text = readFileSync(join(options.folder, file), "utf8");
      const ms = await session.timeToDiagnostics(uri, 1, () => session.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "tactful", version: 1, text } }));
      return { uri, text, ms };
    };
    const small = await open(options.small);
    const large = await open(options.large);
    const typing = async ({ uri, text }: { uri: string; text: string }): Promise<LatencyFigures> => {
      // Type a character at the end of the body and take it back, over and over.
      const body = text.trimEnd();
      const samples: number[] = [];
      for (let edit = 1; edit <= options.edits; edit++) {
        const version = edit + 1;
        const changed = edit % 2 === 1 ? `${body}好\n` : `${body}\n`;
        samples.push(
          await session.timeToDiagnostics(uri, version, () =>
            session.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: changed }] }),
          ),
        );
      }
      return { edits: samples.length, characters: text.length, p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)) };
    };
    const smallLatency = await typing(small);
    const largeLatency = await typing(large);
    return {
      server,
      initializeMs: round(initializeMs),
      firstSquiggle: await firstSquiggle(server, options.firstSquiggle),
      firstDiagnosticsMs: round(small.ms),
      secondOpenMs: round(large.ms),
      small: smallLatency,
      large: largeLatency,
      workspace: await workspaceMemory(server, options.corpus, options.templates, options.corpusSample),
    };
  } finally {
    await session.stop();
  }
}

/** Spawn → `initialize` → `initialized` → `didOpen` of one template of the folder → its first diagnostics. */
export async function firstSquiggle(server: string, { folder, sample, templates }: { folder: string; sample: string; templates: number }): Promise<EditorFigures["firstSquiggle"]> {
  const started = performance.now();
  const { session } = await Session.start(server, folder);
  try {
    const uri = pathToFileURL(join(folder, sample)).href;
    const text = readFileSync(join(folder, sample), "utf8");
    await session.timeToDiagnostics(uri, 1, () => session.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "tactful-template", version: 1, text } }));
    // Wall time depends on what else the machine runs; the server's own CPU time does much less.
    return { templates, ms: round(performance.now() - started), cpuMs: session.cpuMs() };
  } finally {
    await session.stop();
  }
}

async function workspaceMemory(server: string, corpus: string, templates: number, sample: string): Promise<EditorFigures["workspace"]> {
  const started = performance.now();
  const { session, result } = await Session.start(server, corpus);
  try {
    if (result.capabilities.diagnosticProvider?.workspaceDiagnostics) {
      const report = await session.within<{ items: unknown[] }>(session.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] }), "workspace diagnostics");
      return { templates, mode: "workspace/diagnostic", files: report.items.length, ms: round(performance.now() - started), ...session.memory() };
    }
    // Opening the folder: the server reads the library for its checks across files. Open one
    // template as an editor would, then wait until the server has used no CPU for 1.5 s.
    const uri = pathToFileURL(join(corpus, sample)).href;
    await session.timeToDiagnostics(uri, 1, () =>
      session.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "tactful", version: 1, text: readFileSync(join(corpus, sample), "utf8") } }),
    );
    const busyUntil = await session.idle(1_500, 300_000);
    return { templates, mode: "open folder", files: session.published.size, ms: round(busyUntil - started), ...session.memory() };
  } finally {
    await session.stop();
  }
}

const round = (value: number): number => Math.round(value * 10) / 10;
