import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { cuss } from "cuss";
import { parse } from "yaml";

/**
 * The tone lexicons of the policy packs (`packages/policies/packs/*.yaml`), read at bench time
 * so the peers check the same words and patterns Tactful does: a prh dictionary for textlint,
 * and the floor's terms and patterns.
 */

interface LexiconEntry {
  id: string;
  language: "zh" | "en";
  terms?: string[];
  patterns?: string[];
  wordList?: { name: string; minRating?: number };
  matchCase?: boolean;
}

interface Pack {
  tone?: { lexicon?: LexiconEntry[] };
}

export interface Lexicon {
  entries: number;
  terms: number;
  patterns: number;
  /** A prh dictionary (YAML): one rule per entry, its terms and patterns as case-insensitive expressions. */
  prhYaml: string;
  /**
   * What the floor looks for (JSON, see `FloorLexicon`): every term as one regular expression
   * for flags "gi", factored into a trie of alternatives, as a careful hand-written matcher
   * would, since a flat alternation of 1,700 terms is tried branch by branch at every
   * character; and each pattern with its flags.
   */
  floorLexicon: string;
}

export interface FloorLexicon {
  terms: string;
  patterns: Array<{ source: string; flags: string }>;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

export async function readLexicon(packsDirectory: string): Promise<Lexicon> {
  const files = (await readdir(packsDirectory)).filter((name) => name.endsWith(".yaml")).sort();
  const entries: LexiconEntry[] = [];
  for (const file of files) entries.push(...((parse(await readFile(join(packsDirectory, file), "utf8")) as Pack).tone?.lexicon ?? []));
  const rules: Array<{ expected: string; patterns: string[] }> = [];
  const floorTerms: Record<"zh" | "en", Set<string>> = { zh: new Set(), en: new Set() };
  const floorPatterns: FloorLexicon["patterns"] = [];
  let terms = 0;
  let patterns = 0;
  for (const entry of entries) {
    const words = [...(entry.terms ?? []), ...(entry.wordList?.name === "cuss" ? Object.entries(cuss).flatMap(([word, rating]) => (rating >= (entry.wordList?.minRating ?? 2) ? [word] : [])) : [])];
    // Latin terms are whole words; Chinese terms are matched anywhere, as Tactful does.
    const termSources = words.map((word) => (entry.language === "en" ? `\\b${escape(word)}\\b` : escape(word)));
    const sources = [...termSources, ...(entry.patterns ?? [])];
    terms += words.length;
    patterns += entry.patterns?.length ?? 0;
    for (const word of words) floorTerms[entry.language].add(word.toLowerCase());
    const flags = entry.matchCase ? "" : "i";
    floorPatterns.push(...(entry.patterns ?? []).map((source) => ({ source, flags: `gu${flags}` })));
    // prh reports a match that differs from `expected`: the entry's id never appears in a message.
    rules.push({ expected: `〔${entry.id}〕`, patterns: sources.map((source) => `/${source}/${flags}`) });
  }
  const prhYaml = ["version: 1", "rules:", ...rules.flatMap((rule) => [`  - expected: ${JSON.stringify(rule.expected)}`, "    patterns:", ...rule.patterns.map((pattern) => `      - ${JSON.stringify(pattern)}`)]), ""].join("\n");
  const floor: FloorLexicon = { terms: [`\\b(?:${trieSource([...floorTerms.en])})\\b`, `(?:${trieSource([...floorTerms.zh])})`].join("|"), patterns: floorPatterns };
  return { entries: entries.length, terms, patterns, prhYaml, floorLexicon: JSON.stringify(floor) };
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/** Words as one pattern with shared prefixes factored out: `sue|sued|suing` → `su(?:e(?:d)?|ing)`. */
function trieSource(words: readonly string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const character of word) {
      let child = node.next.get(character);
      if (!child) node.next.set(character, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next].map(([character, child]) => escape(character) + emit(child));
    if (branches.length === 0) return "";
    const group = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
    return node.end ? `(?:${group})?` : group;
  };
  return emit(root);
}
