// A story's summary on the home page: whole sentences where they fit, else cut at a word, never inside one.

/** The text's first sentences up to `max` characters; a first sentence longer than that is cut at a word, with “…”. */
export function excerpt(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // A sentence ends at . ! ? (with a closing quote or bracket) before a space and a capital, digit or quote.
  const ends = [...flat.matchAll(/[.!?…]["”’)\]]*(?= ["“‘([]?[\p{Lu}\d])/gu)].map((match) => match.index + match[0].length);
  const fitting = ends.filter((end) => end <= max);
  if (fitting.length) return flat.slice(0, fitting[fitting.length - 1]);
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
