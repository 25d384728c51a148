// Reader of the PLV gold file (plv-train.tsv): one marked (source, target) pair
// per row, with its gold PLOVER root and penta class.
//
//   uid  sentence_id  sentence  marked_sentence  source  target  gold_penta  gold_root
//
// The source and target spans come from the <s>…</s> and <t>…</t> markup of
// marked_sentence; without the markup it must equal `sentence`. A side with no
// markup is implicit ("a recipient", "An actor"): its spans are empty and its
// text is the placeholder of the column.

import type { Span } from '../records.js';
import { isPenta, type Penta } from './penta-of-event.js';
import { stripBom, type ParseProblem, type Parsed } from './parse-problem.js';
import { parsePlvRoot, type PlvRoot } from './plv-root.js';

export interface PlvActor {
  /** The marked text (first span, trimmed), or the column's placeholder when implicit. */
  text: string;
  /** Spans of the marked mentions in `sentence`; empty when the actor is implicit. */
  spans: Span[];
}

export interface PlvItem {
  /** 1-based line in the file. */
  line: number;
  uid: string;
  sentenceId: string;
  sentence: string;
  source: PlvActor;
  target: PlvActor;
  goldPenta: Penta;
  goldRoot: PlvRoot;
}

const COLUMNS = ['uid', 'sentence_id', 'sentence', 'marked_sentence', 'source', 'target', 'gold_penta', 'gold_root'] as const;
type Column = (typeof COLUMNS)[number];

interface Markup {
  plain: string;
  source: Span[];
  target: Span[];
}

const TAG = /<(\/?)([st])>/g;

/** Removes <s>…</s> and <t>…</t> markup, recording the spans (trimmed of spaces) in the plain text. */
export function parseMarkup(marked: string): Markup | string {
  const spans: Record<'s' | 't', Span[]> = { s: [], t: [] };
  const open: Record<'s' | 't', number | null> = { s: null, t: null };
  let plain = '';
  let last = 0;
  for (const m of marked.matchAll(TAG)) {
    plain += marked.slice(last, m.index);
    last = m.index + m[0].length;
    const tag = m[2] === 's' ? 's' : 't';
    if (m[1] === '') {
      if (open[tag] !== null) return `nested <${tag}> at offset ${m.index}`;
      open[tag] = plain.length;
    } else {
      const start = open[tag];
      if (start === null) return `</${tag}> without <${tag}> at offset ${m.index}`;
      spans[tag].push(trimSpan(plain, { start, end: plain.length }));
      open[tag] = null;
    }
  }
  plain += marked.slice(last);
  for (const tag of ['s', 't'] as const) if (open[tag] !== null) return `<${tag}> not closed`;
  return { plain, source: spans.s, target: spans.t };
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

export function parsePlv(text: string, file: string): Parsed<PlvItem> {
  const items: PlvItem[] = [];
  const problems: ParseProblem[] = [];
  const lines = stripBom(text).split('\n').map((l) => l.replace(/\r$/, ''));
  const header = (lines[0] ?? '').split('\t');
  const missing = COLUMNS.filter((col) => !header.includes(col));
  if (missing.length > 0) {
    problems.push({ file, line: 1, message: `header lacks column(s) ${missing.join(', ')}` });
    return { items, problems };
  }
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const line = i + 1;
    const problem = (message: string): void => {
      problems.push({ file, line, message });
    };
    const fields = raw.split('\t');
    if (fields.length !== header.length) {
      problem(`expected ${header.length} tab-separated fields, found ${fields.length}`);
      continue;
    }
    const field = (col: Column): string => fields[header.indexOf(col)] ?? '';
    const sentence = field('sentence');
    const markup = parseMarkup(field('marked_sentence'));
    if (typeof markup === 'string') {
      problem(`marked_sentence: ${markup}`);
      continue;
    }
    if (markup.plain !== sentence) {
      problem('marked_sentence without its markup differs from sentence');
      continue;
    }
    const penta = Number(field('gold_penta'));
    if (field('gold_penta').trim() === '' || !isPenta(penta)) {
      problem(`gold_penta "${field('gold_penta')}" is not 0–4`);
      continue;
    }
    const root = parsePlvRoot(field('gold_root').trim());
    if (root === null) {
      problem(`gold_root "${field('gold_root')}" is not a PLV root class`);
      continue;
    }
    const actor = (col: 'source' | 'target', spans: Span[]): PlvActor => {
      const column = field(col).trim();
      const first = spans[0];
      if (first === undefined) return { text: column, spans };
      const marked = sentence.slice(first.start, first.end);
      if (marked !== column) problem(`${col} column "${column}" differs from the marked text "${marked}"`);
      return { text: marked, spans };
    };
    items.push({
      line,
      uid: field('uid'),
      sentenceId: field('sentence_id'),
      sentence,
      source: actor('source', markup.source),
      target: actor('target', markup.target),
      goldPenta: penta,
      goldRoot: root,
    });
  }
  return { items, problems };
}
