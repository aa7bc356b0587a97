/** Greek letters by name, lower case and capital ("rho", "Delta"): science and maths plans write them as entities. */
const GREEK: Record<string, string> = Object.fromEntries(
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'
    .split(' ')
    .flatMap((name, index) => {
      const lower = String.fromCharCode(0x3b1 + index + (index >= 17 ? 1 : 0));
      return [
        [name, lower],
        [name.charAt(0).toUpperCase() + name.slice(1), lower.toUpperCase()],
      ];
    }),
);

// A Map, so that a name like "&constructor;" finds nothing rather than Object's own properties.
const NAMED_ENTITIES = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    rsquo: '’',
    lsquo: '‘',
    rdquo: '”',
    ldquo: '“',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    pound: '£',
    bull: '•',
    middot: '·',
    rarr: '→',
    times: '×',
    divide: '÷',
    deg: '°',
    frac12: '½',
    frac14: '¼',
    frac34: '¾',
    oelig: 'œ',
    OElig: 'Œ',
    aelig: 'æ',
    AElig: 'Æ',
    szlig: 'ß',
    euro: '€',
    copy: '©',
    reg: '®',
    trade: '™',
    laquo: '«',
    raquo: '»',
    iquest: '¿',
    iexcl: '¡',
    sup2: '²',
    sup3: '³',
    minus: '−',
    plusmn: '±',
    le: '≤',
    ge: '≥',
    ne: '≠',
    sect: '§',
    larr: '←',
    harr: '↔',
    uarr: '↑',
    darr: '↓',
    rArr: '⇒',
    asymp: '≈',
    infin: '∞',
    radic: '√',
    micro: 'µ',
    prime: '′',
    Prime: '″',
    ...GREEK,
  }),
);

/** Accented letters by their entity names ("eacute", "ocirc", "ccedil"), as the letter plus its accent. */
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

/** Markup's character references as the characters they stand for; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // The name is bounded, so a long run of letters after "&" costs nothing.
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z][a-z0-9]{0,31});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES.get(name) ?? NAMED_ENTITIES.get(name.toLowerCase());
    if (named !== undefined) return named;
    const accent = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name);
    return accent === null ? whole : `${accent[1]}${ACCENTS[accent[2]!]}`.normalize('NFC');
  });
}
