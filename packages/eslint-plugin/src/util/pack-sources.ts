import { builtInPacks, citationText, type Citation, type PolicyPack } from "@tactful/policies";

/**
 * What `meta.docs.source` says for a pack section that is not a list of entries (the
 * `linkShorteners` section, the masking rules of `pii`): each pack's citations for it.
 */
export function sectionSourcesOf(label: string, select: (pack: PolicyPack) => readonly Citation[] | undefined): string {
  return builtInPacks.packs
    .map((pack) => {
      const citations = select(pack) ?? [];
      return citations.length > 0 ? `${pack.id}: ${label} (${citationText(pack, citations)})` : null;
    })
    .filter((line) => line !== null)
    .join(" | ");
}
