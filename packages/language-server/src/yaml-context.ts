/**
 * Where the cursor is in YAML front matter that is being typed, and so is often not valid
 * YAML yet: the keys of the mappings it is in, and whether a key or a value is being written.
 * Block mappings are read by indentation, flow mappings (`{ name: 示例金融, role: | }`) by
 * their brackets on the line; `[]` in a path stands for an item of a sequence.
 */
export interface YamlContext {
  path: string[];
  kind: "key" | "value";
  /** The key whose value is being written. */
  key?: string;
  /** What is typed of the key or value before the cursor. */
  prefix: string;
  /** Keys the mapping already has. */
  siblings: string[];
}

const KEY = /^([^\s:#{}[\],'"][^:#{}[\],]*?)\s*:(?:\s|$)/u;

/** The context at `character` of line `line` in `lines` (the front matter's lines, without the `---` fences). */
export function yamlContext(lines: readonly string[], line: number, character: number): YamlContext {
  const current = lines[line] ?? "";
  const before = current.slice(0, character);
  const { indent, item, rest } = splitIndent(before);
  const path = [...parentPath(lines, line, indent), ...(item ? ["[]"] : [])];

  const flow = openFlow(rest);
  if (flow) {
    path.push(...flow.keys);
    return { path, ...keyOrValue(flow.segment), siblings: flow.siblings };
  }
  return { path, ...keyOrValue(rest), siblings: blockSiblings(lines, line, item ? indent + 2 : indent) };
}

function keyOrValue(segment: string): Pick<YamlContext, "kind" | "key" | "prefix"> {
  const text = segment.trimStart();
  const match = KEY.exec(text);
  if (match) return { kind: "value", key: match[1]!.trim(), prefix: text.slice(match[0].length).trimStart().replace(/^["']/u, "") };
  return { kind: "key", prefix: text };
}

/** Leading spaces, and a sequence item's `- ` after them. */
function splitIndent(text: string): { indent: number; item: boolean; rest: string } {
  const spaces = /^ */u.exec(text)![0].length;
  const dash = /^- +/u.exec(text.slice(spaces));
  return dash ? { indent: spaces, item: true, rest: text.slice(spaces + dash[0].length) } : { indent: spaces, item: false, rest: text.slice(spaces) };
}

/** The keys of the block mappings (and sequence items) that contain a line whose keys are indented by `indent`. */
function parentPath(lines: readonly string[], line: number, indent: number): string[] {
  const path: string[] = [];
  let limit = indent;
  for (let index = line - 1; index >= 0 && limit > 0; index--) {
    const text = lines[index]!;
    if (/^\s*(?:#|$)/u.test(text)) continue;
    const { indent: lineIndent, item, rest } = splitIndent(text);
    if (lineIndent >= limit) continue;
    // `  - name: x`: an item whose keys sit two columns in, after the dash.
    const keyIndent = item ? lineIndent + 2 : lineIndent;
    const key = KEY.exec(rest);
    const opensMapping = key !== null && /^\s*(?:#.*)?$|^\s*[|>]/u.test(rest.slice(key[0].length));
    if (keyIndent < limit && opensMapping) path.unshift(key[1]!.trim());
    if (item) path.unshift("[]");
    limit = lineIndent;
  }
  return path;
}

/** Keys written at the same indentation in the same block mapping as `line` (a sequence item's mapping ends at the next item). */
function blockSiblings(lines: readonly string[], line: number, indent: number): string[] {
  const keys: string[] = [];
  const visit = (index: number, upward: boolean): boolean => {
    const text = lines[index]!;
    if (/^\s*(?:#|$)/u.test(text)) return true;
    const { indent: lineIndent, item, rest } = splitIndent(text);
    const keyIndent = item ? lineIndent + 2 : lineIndent;
    if (keyIndent < indent || (item && keyIndent === indent && !upward)) return false;
    if (keyIndent === indent) {
      const key = KEY.exec(rest);
      if (key) keys.push(key[1]!.trim());
    }
    return !(item && keyIndent === indent);
  };
  if (!splitIndent(lines[line] ?? "").item) for (let index = line - 1; index >= 0 && visit(index, true); index--);
  for (let index = line + 1; index < lines.length && visit(index, false); index++);
  return keys;
}

/**
 * The flow collections still open at the end of `text`: the keys that lead into them, the
 * segment being typed in the innermost one, and the keys it already has.
 */
function openFlow(text: string): { keys: string[]; segment: string; siblings: string[] } | undefined {
  const stack: Array<{ key: string | undefined; start: number; siblings: string[] }> = [];
  let segmentStart = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === "{" || char === "[") {
      const lead = text.slice(segmentStart, index);
      const key = KEY.exec(lead.trimStart())?.[1]?.trim();
      stack.at(-1)?.siblings.push(...(key ? [key] : []));
      stack.push({ key: char === "[" ? (key ? `${key}\u0000[]` : "[]") : key, start: index + 1, siblings: [] });
      segmentStart = index + 1;
    } else if (char === "}" || char === "]") {
      stack.pop();
      segmentStart = index + 1;
    } else if (char === ",") {
      const key = KEY.exec(text.slice(segmentStart, index).trimStart())?.[1]?.trim();
      if (key) stack.at(-1)?.siblings.push(key);
      segmentStart = index + 1;
    }
  }
  if (stack.length === 0) return undefined;
  const keys = stack.flatMap((open) => (open.key === undefined ? [] : open.key.split("\u0000")));
  return { keys, segment: text.slice(segmentStart), siblings: stack.at(-1)!.siblings };
}
