// Text out of feed XML. The parser runs with entity processing off (no
// expansion of DOCTYPE entities, so no "billion laughs", and nothing is ever
// fetched for an external entity); this module decodes only the five
// predefined XML entities and numeric character references, and leaves any
// other entity reference as the literal text it is. Pure.

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// HTML's common named entities, for the escaped HTML inside descriptions.
const HTML_NAMED: Readonly<Record<string, string>> = { ...PREDEFINED, nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };

function decode(s: string, named: Readonly<Record<string, string>>): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return named[ref] ?? whole;
  });
}

/** Decodes the predefined XML entities and character references; other references stay as written. */
export function decodeXmlText(s: string): string {
  return decode(s, PREDEFINED);
}

/** Plain text of an HTML fragment (a feed's description or content): tags dropped, blocks on their own lines. */
export function htmlFragmentText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|blockquote|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  return decode(text, HTML_NAMED)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
