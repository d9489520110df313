// Groups that add nothing: a claim whose sentences all stand in another claim, told there at least as
// closely. A sentence may belong to several groups (a guest, a clause), so a small group often repeats part
// of a larger one ("Kerry in Moscow for talks" in two outlets, inside the same fact told by five); a reader
// would see the claim twice. Dropping it takes away no pair of sentences: the larger group holds them all.
// A copy inside a paraphrase stays, since "copied word for word" is news the larger group does not tell.
import { CLOSENESS, type ClaimGroup } from './grouping.js';

/** The groups (members are sentence numbers) without those another group contains; order kept. */
export function dropContainedGroups(groups: ClaimGroup[]): ClaimGroup[] {
  const groupsOf = new Map<number, number[]>();
  groups.forEach((group, g) => {
    if (group.kind === 'exclusive') return;
    for (const member of group.members) groupsOf.set(member, [...(groupsOf.get(member) ?? []), g]);
  });
  const sets = groups.map((group) => new Set(group.members));
  const contained = (g: number): boolean => {
    const { kind, members } = groups[g];
    if (kind === 'exclusive') return false;
    return (groupsOf.get(members[0]) ?? []).some((o) => {
      const other = groups[o].kind;
      if (o === g || other === 'exclusive' || CLOSENESS[other] < CLOSENESS[kind]) return false;
      if (!members.every((m) => sets[o].has(m))) return false;
      // Two groups of the very same sentences (and kind): the first stays.
      return sets[o].size > sets[g].size || CLOSENESS[other] > CLOSENESS[kind] || o < g;
    });
  };
  return groups.filter((_, g) => !contained(g));
}
