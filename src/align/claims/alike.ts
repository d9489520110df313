// Groups that differ in one article only: two claims that carry the very same sentences of every other
// article, and each another sentence of one article (an outlet that states the fact twice, once in its lead
// and again further down, and each statement joined a group of its own). A reader sees them as one claim, so
// they become one, holding both sentences of that article. No pair of sentences of different articles is
// added by it: what differs is all in one article.
import { CLOSENESS, type ClaimGroup } from './grouping.js';

/**
 * The groups (members are sentence numbers; `articleOf` gives each one's article), alike groups merged. A
 * merged group takes in more groups only by the same article, or a chain of merges could join groups that
 * differ in two articles.
 */
export function mergeAlikeGroups(groups: ClaimGroup[], articleOf: (sentence: number) => number): ClaimGroup[] {
  /** Group → the group it was merged into. */
  const into = new Map<number, number>();
  /** Group that took others in → the article they differed in. */
  const openIn = new Map<number, number>();
  const bySignature = new Map<string, number>();
  groups.forEach((group, g) => {
    if (group.kind === 'exclusive') return;
    for (const article of new Set(group.members.map(articleOf))) {
      if (into.has(g)) return;
      const others = group.members.filter((m) => articleOf(m) !== article).sort((a, b) => a - b);
      if (others.length === 0) continue;
      const signature = `${article}|${others.join(' ')}`;
      const known = bySignature.get(signature);
      if (known === undefined) bySignature.set(signature, g);
      else if ((openIn.get(known) ?? article) === article && !openIn.has(g)) {
        into.set(g, known);
        openIn.set(known, article);
      }
    }
  });
  const merged = new Map<number, ClaimGroup>();
  groups.forEach((group, g) => {
    const target = into.get(g) ?? g;
    const known = merged.get(target);
    merged.set(target, known === undefined ? group : join(known, group));
  });
  return [...merged.values()];
}

/** One group of two: every member once, the looser kind, the lower score. */
function join(x: ClaimGroup, y: ClaimGroup): ClaimGroup {
  const kind = x.kind === 'exclusive' || y.kind === 'exclusive' ? x.kind : CLOSENESS[x.kind] <= CLOSENESS[y.kind] ? x.kind : y.kind;
  return { members: [...new Set([...x.members, ...y.members])], kind, score: Math.min(x.score, y.score) };
}
