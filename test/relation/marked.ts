// Test helper: a sentence written with <s>…</s> and <t>…</t> marks → plain text and spans.

import type { Span } from '../../src/records.js';

export interface Marked {
  text: string;
  source: Span[];
  target: Span[];
}

export function marked(withTags: string): Marked {
  const out: Marked = { text: '', source: [], target: [] };
  let open: { tag: 's' | 't'; start: number } | null = null;
  let last = 0;
  for (const m of withTags.matchAll(/<(\/?)([st])>/g)) {
    out.text += withTags.slice(last, m.index);
    last = m.index + m[0].length;
    const tag = m[2] === 's' ? 's' : 't';
    if (m[1] === '') open = { tag, start: out.text.length };
    else if (open) {
      (tag === 's' ? out.source : out.target).push({ start: open.start, end: out.text.length });
      open = null;
    }
  }
  out.text += withTags.slice(last);
  return out;
}
