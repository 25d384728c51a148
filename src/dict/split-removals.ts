// Removal lines of a user dictionary file: `-Hezbollah`, `-group:hezbollah`
// (actors) or `-<TAB>call+ off @T` (verbs). They are taken out of the text,
// each replaced by an empty line so the other lines keep their numbers for
// the built-in parsers.

export interface Removal {
  line: number;
  /** What follows the `-`: a phrase, an entry id or a verb pattern. */
  target: string;
}

export interface SplitText {
  /** The text without its removal lines (same number of lines). */
  text: string;
  removals: Removal[];
}

/** Takes the lines starting with `-` out of a dictionary file (comments after ` #` ignored). */
export function splitRemovals(text: string): SplitText {
  const removals: Removal[] = [];
  const lines = text.split(/\r?\n/);
  const kept = lines.map((raw, i) => {
    const content = raw.replace(/\s#.*$/, '').trim();
    if (!content.startsWith('-')) return raw;
    removals.push({ line: i + 1, target: content.slice(1).trim() });
    return '';
  });
  return { text: kept.join('\n'), removals };
}
