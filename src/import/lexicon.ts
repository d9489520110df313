// Word lists the importer uses to recognise page furniture and wire credits. Kept general: nothing here
// is about one page or one story.

/**
 * Whole lines that are page furniture, not article text: share and follow buttons, newsletter and
 * subscription boxes, "Read more" links, comment forms, advertising labels, copyright lines, photo
 * captions and credits. Each is matched against one trimmed line or paragraph.
 */
export const FURNITURE_LINES: RegExp[] = [
  /^(share|tweet|email|print|pin|save)( (this|the))?( (article|story|page|post|link))?( on \w+)?[.!:]?$/i,
  /^share (this|the) (article|story|page|post)\b.{0,40}$/i,
  /^(share|follow us|follow|connect with us|find us)( on| via)?[: ]*((facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|email|instagram|telegram|messenger)[,\s|/]*)+$/i,
  /^((facebook|twitter|whatsapp|linkedin|pinterest|reddit|email|messenger|telegram|copy link|print)[\s,|/]*){1,}( us)?$/i,
  /^(read|see) (more|also)\b.{0,200}$/i,
  /^(advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?|continue reading( below)?[.…]*)$/i,
  /\b(sign up|subscribe|register)\b.{0,80}\b(newsletter|updates|alerts|inbox|email)\b/i,
  /^(get|receive) (our|the) .{0,60}(newsletter|briefing|alerts?)\b/i,
  /^(©|ⓒ|\(c\)|copyright\s*(©|ⓒ|\(c\)|\d{4})).{0,200}$/i,
  /\ball rights reserved\.?$/i,
  /^(photo|image|picture|video|graphic|illustration)( caption| credit)?\s*[:|]/i,
  /^(photograph|photo|image|picture)s?:? ?(by|courtesy of)\b.{0,80}$/i,
  /^\(?(photo|image|picture)s?:? [^.]{0,60}\/\s?[\w .-]{2,40}\)?$/i,
  /^(Getty Images|GETTY IMAGES|Getty|GETTY|AFP|Reuters|REUTERS|AP Photo|AP|Associated Press|EPA|Shutterstock)([ /|-]+[\p{Lu}][\p{L}.-]*)*$/u,
  /^(leave a (reply|comment)|post a comment|comments?|\d+ comments?|join the (conversation|discussion)|show comments)$/i,
  /^your email address will not be published\b/i,
  /^you may use these html tags and attributes\b/i,
  /^(click|tap) here\b.{0,120}$/i,
  /\((image|photo|picture|pictured|video)s?:? [^()]{1,80}\)\.?$/i,
  /\b(photo|image|picture)s? (credit|courtesy)\b.{0,60}$/i,
  /\bcredit: ?[\p{Lu}][^.]{0,60}$/iu,
  /\(AP Photo[^)]*\)\.?$/,
  /^(image|photo|picture|slide) \d+ (of|\/) \d+$/i,
  /^\d+of\d+\p{Lu}|^\d+ of \d+$/u,
  /^(this slideshow requires javascript|skip to (main )?content|sign in|log ?in|subscribe( now| today)?|home|menu|search|close|next|previous|back to top|share|print|email)\.?$/i,
  /^\|?\s*(published|updated|posted)\s*:/i,
  /^(don'?t miss|must see|watch|listen|video|gallery|more|see also|also read|trending now|editor'?s picks?|top stories)[:.!]*$/i,
  /\bthis (web)?site uses cookies\b/i,
  /^(want more stories like this|like this (story|article))\b.{0,60}$/i,
  /^(citation|cite this article):/i,
  /^this document is subject to copyright\b/i,
  /^(we'?ve|we have) (updated|changed) our (privacy|cookie)/i,
  /^this (article|story) (was|has been) (updated|corrected|amended)\b.{0,80}$/i,
];

/**
 * Lines that are page labels when they stand alone and do not read as a sentence: bylines, dates,
 * "Published …" stamps, "Related" and "More from" headings, calls to follow the author.
 */
export const LABEL_LINES: RegExp[] = [
  /^(related|recommended|more from|more on|most read|popular|trending|you (may|might) (also )?like)\b.{0,120}$/i,
  /^(published|updated|posted|last (updated|modified)|first published)\b[:\s]*.{0,60}\b(\d{1,2}:\d{2}|\d{4}|ago|[ap]\.?m\.?)\b.{0,40}$/i,
  /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3}(\s*(and|&|,)\s*[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3})*(\s*[|,–—-].{0,60})?$/u,
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2},? \d{4}\b.{0,40}$/i,
  /^\d{1,2}\.? (jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{4}\b.{0,40}$/i,
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}( \d{1,2}:\d{2}.{0,20})?$/,
  /^(tell us what you think|have your say|what do you think)\b.{0,40}$/i,
  /^(follow|contact) (him|her|them|us|the author)\b.{0,80}$/i,
];

/** News agencies whose name, alone at the end of a story, credits the text to them ("… in Ukraine. Reuters"). */
export const WIRE_AGENCIES: string[] = [
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'dpa',
  'PTI',
  'IANS',
  'ANI',
  'UNI',
  'Xinhua',
  'TASS',
  'EFE',
  'ANSA',
  'Kyodo',
  'Yonhap',
  'UPI',
  'PA',
  'AAP',
  'CP',
];

/** Class and id words that mark an element of a page as furniture rather than article text. */
export const FURNITURE_CLASS =
  /(^|[\s_-])(caption|credit|share|sharing|social|newsletter|subscribe|subscription|signup|related|read-?more|promo|advert|ad-?slot|sponsor|outbrain|taboola|recirc|inline-?link|copyright|byline|author-?bio|tags?|breadcrumbs?|toolbar|print)([\s_-]|$)/i;
