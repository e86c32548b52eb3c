import { isAbsolute, resolve } from "node:path";
import type { RuleContext } from "@eslint/core";
import type { TemplateDocument } from "@tactful/core";
import { libraryIdentity, libraryPath, libraryPeers, type LibraryIdentity, type LibraryPeer } from "../library.js";
import type { TemplateSourceCode } from "../language/template-source-code.js";

/**
 * The template being linted as a member of its library, with the other templates that share
 * its id; undefined when it has no identity or no place on disk (a bare file name, as in a
 * rule's unit test). A file not saved yet (an editor's new buffer) has a place.
 */
export function libraryMember(context: Pick<RuleContext, "physicalFilename"> & { sourceCode: TemplateSourceCode }): { path: string; document: TemplateDocument; identity: LibraryIdentity; peers: LibraryPeer[] } | undefined {
  const { document } = context.sourceCode;
  const identity = libraryIdentity(document);
  const file = context.physicalFilename;
  if (!identity || !isAbsolute(file)) return undefined;
  const { root, peers } = libraryPeers(resolve(file), identity.id);
  return { path: libraryPath(root, file), document, identity, peers };
}

