import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { RuleContext } from "@eslint/core";
import type { TemplateDocument } from "@tactful/core";
import { libraryIdentity, libraryPath, libraryPeers, type LibraryIdentity, type LibraryPeer } from "../library.js";
import type { TemplateSourceCode } from "../language/template-source-code.js";

/**
 * The template being linted as a member of its library, with the other templates that share
 * its id; undefined when it has no identity or is not a file of a library (text from stdin,
 * an untitled editor buffer).
 */
export function libraryMember(context: Pick<RuleContext, "physicalFilename"> & { sourceCode: TemplateSourceCode }): { path: string; document: TemplateDocument; identity: LibraryIdentity; peers: LibraryPeer[] } | undefined {
  const { document } = context.sourceCode;
  const identity = libraryIdentity(document);
  const file = context.physicalFilename;
  if (!identity || !isAbsolute(file) || !isFile(file)) return undefined;
  const { root, peers } = libraryPeers(resolve(file), identity.id);
  return { path: libraryPath(root, file), document, identity, peers };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
