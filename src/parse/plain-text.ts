// Plain-text articles: line 1 the headline (may be empty), line 2 blank, the body after it, each non-empty line a
// paragraph — the form news datasets and research corpora keep stories in. Read as a markdown article with the
// headline as its title, so that everything after parse treats both alike.

/**
 * The markdown article a plain-text one stands for. The title is the headline, else the body's first sentence
 * (up to 80 characters), else the file name; a line starting "1." or "#" stays a paragraph.
 */
export function plainTextArticle(text: string, fileName: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headline = (lines[0] ?? '').trim();
  const paragraphs = lines
    .slice(2)
    .map((line) => line.trim())
    .filter(Boolean);
  const flat = paragraphs.join(' ').replace(/\s+/g, ' ');
  const firstSentence = flat.match(/^.*?[.!?](?=["”’)]*(\s|$))/)?.[0] ?? flat;
  const title = headline || firstSentence.slice(0, 80).trim() || fileName;
  return `---\ntitle: ${JSON.stringify(title)}\nsource: ${JSON.stringify(fileName)}\n---\n${paragraphs.map(plainTextParagraph).join('\n\n')}\n`;
}

/**
 * A line of plain text as a markdown paragraph: what would open a heading, quote, list, rule or setext underline
 * at its start is escaped. Signs inside the line stay as written: the analysis reads the body's own characters,
 * and a backslash before every "[" would show in the quotations it finds.
 */
export function plainTextParagraph(line: string): string {
  return line.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([#>+=-])/, '\\$1');
}
