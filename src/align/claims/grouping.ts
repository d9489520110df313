// Grouping: linked pairs become claims. Pairs are merged strongest first (union-find); two groups join only
// if they agree as wholes (average linkage: the mean likelihood between their leading members reaches
// AGREEMENT), so that a chain of pairwise links cannot pull together sentences that say different things.
// A group may hold several sentences of one article when they carry one quotation or copy each other (an
// article that quotes a remark over two sentences); otherwise each article gives a group one sentence. A
// sentence linked to two groups that disagree with each other belongs to both when it agrees with each, and
// a sentence that restates a claim its article already gave joins that claim when it agrees with it closely. A
// guest goes along when its group merges with another only if it agrees with that one too.
import type { PairDecision, PairKind } from './decide.js';
import type { Unit } from './units.js';

/** Two groups join when the mean likelihood between their leading members reaches this. */
export const AGREEMENT = 0.45;
/** A sentence already a guest elsewhere joins a further group only when it agrees with it this well. */
export const FURTHER_HOME = 0.6;
/**
 * A sentence joins a group its article already has a sentence in only when it agrees with the group this well:
 * an outlet restates its lead further down, and the restatement belongs to the claim too.
 */
export const RESTATEMENT = 0.8;
/**
 * A guest of a group that merges with another stays in the merged group only when it agrees with the other group
 * this well: it joined for agreeing with its home, not with what its home meets later (a sentence of two facts, a
 * guest in the claim of its second fact, is not carried into every claim that claim merges with).
 */
export const CARRIED_GUEST = 0.3;
/** Members of each group compared for agreement (the first ones, linked most strongly). */
const LEADING = 4;

export interface Link {
  a: number;
  b: number;
  decision: PairDecision & { kind: PairKind };
}

export interface ClaimGroup {
  members: number[];
  kind: PairKind | 'exclusive';
  score: number;
}

/** Groups of the units (every unit in one, some also in a second as a guest), `judge` scoring pairs the links did not. */
export function groupUnits(units: Unit[], links: Link[], judge: (a: number, b: number) => PairDecision): ClaimGroup[] {
  const sorted = [...links].sort(
    (p, q) => q.decision.score - p.decision.score || units[p.a].rank - units[q.a].rank || units[p.b].rank - units[q.b].rank,
  );
  const groupOf = units.map((unit) => unit.n);
  const members = new Map<number, number[]>(units.map((unit) => [unit.n, [unit.n]]));
  const linksOf = new Map<number, Link[]>();
  // Second homes: a unit linked to a group it could not merge with (the two groups disagree as wholes) joins
  // that group alone when it agrees with it, as a sentence that carries two facts or quotes belongs to two.
  const guests = new Map<number, number[]>();
  const isGuest = new Set<number>();
  /**
   * The end of a link that agrees best with the other end's group joins it, if it agrees enough: AGREEMENT for
   * a first second home, more for a further one or for a group its article is already in.
   */
  const joinAsGuest = (link: Link, ends: Array<[number, number]>) => {
    const options = ends.map(([unit, home]) => {
      const present = [...(members.get(home) ?? []), ...(guests.get(home) ?? [])];
      if (present.includes(unit)) return { unit, home, margin: -1 };
      const bar = Math.max(isGuest.has(unit) ? FURTHER_HOME : AGREEMENT, sharesArticle(units, [unit], present) ? RESTATEMENT : AGREEMENT);
      return { unit, home, margin: agreement(units, [unit], present, judge) - bar };
    });
    const best = options.reduce((x, y) => (y.margin > x.margin ? y : x));
    if (best.margin < 0) return;
    guests.set(best.home, [...(guests.get(best.home) ?? []), best.unit]);
    isGuest.add(best.unit);
    linksOf.set(best.home, [...(linksOf.get(best.home) ?? []), link]);
  };
  for (const link of sorted) {
    const [ga, gb] = [groupOf[link.a], groupOf[link.b]];
    if (ga === gb) continue;
    const [x, y] = [members.get(ga) ?? [], members.get(gb) ?? []];
    if ((sharesArticle(units, x, y) && link.decision.kind === 'paraphrase') || agreement(units, x, y, judge) < AGREEMENT) {
      joinAsGuest(link, [
        [link.a, gb],
        [link.b, ga],
      ]);
      continue;
    }
    const [keep, gone] = x.length >= y.length ? [ga, gb] : [gb, ga];
    const moved = members.get(gone) ?? [];
    for (const m of moved) groupOf[m] = keep;
    members.set(keep, [...(members.get(keep) ?? []), ...moved]);
    members.delete(gone);
    const carried = (home: number, other: number[]) =>
      (guests.get(home) ?? []).filter((guest) => agreement(units, [guest], other, judge) >= CARRIED_GUEST);
    guests.set(keep, [...carried(ga, y), ...carried(gb, x)]);
    guests.delete(gone);
    linksOf.set(keep, [...(linksOf.get(keep) ?? []), ...(linksOf.get(gone) ?? []), link]);
    linksOf.delete(gone);
  }
  return [...members.entries()].map(([root, list]) => describe(units, [...list, ...(guests.get(root) ?? [])], linksOf.get(root) ?? []));
}

function sharesArticle(units: Unit[], x: number[], y: number[]): boolean {
  const articles = new Set(x.map((m) => units[m].article));
  return y.some((m) => articles.has(units[m].article));
}

/** Mean likelihood between the leading members of two groups (pairs of different articles); 1 for two single units. */
function agreement(units: Unit[], x: number[], y: number[], judge: (a: number, b: number) => PairDecision): number {
  if (x.length === 1 && y.length === 1) return 1;
  let sum = 0;
  let count = 0;
  for (const a of x.slice(0, LEADING)) {
    for (const b of y.slice(0, LEADING)) {
      if (units[a].article === units[b].article) continue;
      sum += judge(a, b).score;
      count++;
    }
  }
  return count === 0 ? 1 : sum / count;
}

/**
 * A group's kind and score. Two sentences may be linked by more than one of their units (whole and clauses):
 * the closest of those links tells how the two sentences relate. The group's kind is the loosest of those
 * relations, its score their mean.
 */
function describe(units: Unit[], members: number[], links: Link[]): ClaimGroup {
  const articles = new Set(members.map((m) => units[m].article));
  if (articles.size < 2) return { members, kind: 'exclusive', score: 1 };
  const closest = new Map<string, Link['decision']>();
  for (const link of links) {
    const [x, y] = [units[link.a], units[link.b]];
    if (x.article === y.article) continue;
    const key = x.sentence < y.sentence ? `${x.sentence} ${y.sentence}` : `${y.sentence} ${x.sentence}`;
    const known = closest.get(key);
    if (
      known === undefined ||
      CLOSENESS[link.decision.kind] > CLOSENESS[known.kind] ||
      (link.decision.kind === known.kind && link.decision.score > known.score)
    ) {
      closest.set(key, link.decision);
    }
  }
  const relations = [...closest.values()];
  const kind = relations.reduce<PairKind>((loosest, r) => (CLOSENESS[r.kind] < CLOSENESS[loosest] ? r.kind : loosest), 'verbatim');
  const score = relations.reduce((sum, r) => sum + r.score, 0) / Math.max(1, relations.length);
  return { members, kind, score: Math.round(score * 1000) / 1000 };
}

export const CLOSENESS: Record<PairKind, number> = { verbatim: 2, 'near-verbatim': 1, paraphrase: 0 };
