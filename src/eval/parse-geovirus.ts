// Reader of GeoVirus-layout gold files: XML with <article> elements holding
// <source>, <text> and <locations>/<location> with <name>, <start>, <end>
// (1-based character offsets: the name is text[start-1 … end-1)), <lat>,
// <lon> and <page>. Commented-out articles are skipped. Pure.

import { lineAt, stripBom, type ParseProblem, type Parsed } from './parse-problem.js';

export interface GeovirusToponym {
  name: string;
  /** 0-based, half-open offsets into the article text. */
  start: number;
  end: number;
  lat: number;
  lon: number;
  page: string | null;
}

export interface GeovirusArticle {
  /** 1-based line of the <article> element. */
  line: number;
  source: string | null;
  text: string;
  toponyms: GeovirusToponym[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (all, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? all;
  });
}

function element(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? (m[1] ?? '') : null;
}

export function parseGeovirus(text: string, file: string): Parsed<GeovirusArticle> {
  const body = stripBom(text);
  // Blank out comments but keep offsets (and so line numbers).
  const xml = body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const items: GeovirusArticle[] = [];
  const problems: ParseProblem[] = [];
  for (const m of xml.matchAll(/<article>([\s\S]*?)<\/article>/g)) {
    const line = lineAt(xml, m.index);
    const inner = m[1] ?? '';
    const rawText = element(inner, 'text');
    if (rawText === null) {
      problems.push({ file, line, message: 'article without <text>' });
      continue;
    }
    const articleText = decodeXmlText(rawText);
    const source = element(inner, 'source');
    const toponyms: GeovirusToponym[] = [];
    for (const loc of inner.matchAll(/<location>([\s\S]*?)<\/location>/g)) {
      const l = loc[1] ?? '';
      const locLine = lineAt(xml, m.index + (loc.index ?? 0) + '<article>'.length);
      const name = decodeXmlText(element(l, 'name') ?? '');
      const start = Number(element(l, 'start'));
      const end = Number(element(l, 'end'));
      const lat = Number(element(l, 'lat'));
      const lon = Number(element(l, 'lon'));
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end <= start || end - 1 > articleText.length) {
        problems.push({ file, line: locLine, message: `location "${name}" has bad offsets` });
        continue;
      }
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || element(l, 'lat')?.trim() === '' || element(l, 'lon')?.trim() === '') {
        problems.push({ file, line: locLine, message: `location "${name}" has no coordinates` });
        continue;
      }
      const at = articleText.slice(start - 1, end - 1);
      if (name !== '' && at !== name) problems.push({ file, line: locLine, message: `location "${name}" does not match the text at its offsets ("${at}")` });
      toponyms.push({ name, start: start - 1, end: end - 1, lat, lon, page: element(l, 'page') });
    }
    items.push({ line, source: source === null ? null : decodeXmlText(source).trim(), text: articleText, toponyms });
  }
  return { items, problems };
}
