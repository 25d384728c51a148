// Text normalisation shared by ingest (document ids) and the coder.

/**
 * Normalises a text for storage and coding: Unicode NFC, line endings to \n,
 * no-break and other odd spaces to plain spaces, trailing spaces trimmed.
 * Quotes and dashes are kept as written (evidence shows the source text).
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/**
 * The form of a text used for its identity: normalised, then case, quotes,
 * dashes and runs of white space folded, so trivial re-encodings of one
 * report hash to the same document id.
 */
export function identityText(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}
