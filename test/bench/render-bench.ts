import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compileTemplate, examplesOf } from "@tactful/renderer";
import { runNode } from "./child.js";
import { RENDER_WORKER, SAMPLE_LIBRARY } from "./paths.js";

export interface RenderFigures {
  template: string;
  channel: string;
  tactfulPerSecond: number;
  barePerSecond: number;
  rounds: number;
}

/** Renders per second of a template through `@tactful/renderer` and through bare Nunjucks, each in its own process. */
export async function renderThroughput(template: string, scratch: string, rounds: number): Promise<RenderFigures> {
  const file = join(SAMPLE_LIBRARY, template);
  const compiled = compileTemplate(await readFile(file, "utf8"), { filePath: file });
  const dataFile = join(scratch, `${compiled.channel}-data.json`);
  await writeFile(dataFile, JSON.stringify(examplesOf(compiled)[0]!.data));
  const run = async (mode: "tactful" | "bare"): Promise<number> => {
    const result = await runNode(RENDER_WORKER, [mode, file, dataFile, String(rounds), "1000"], { cwd: scratch });
    return (JSON.parse(result.stdout) as { rendersPerSecond: number }).rendersPerSecond;
  };
  return { template, channel: compiled.channel, tactfulPerSecond: await run("tactful"), barePerSecond: await run("bare"), rounds };
}
