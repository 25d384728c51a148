// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items, with fast-xml-parser and
// entity processing off (see xml-text.ts). A feed that is not well-formed XML
// fails as a whole; an item that is unusable (no link, guid or text, a link
// that is not http(s)) is reported on its own and the others are kept. Pure.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXmlText, htmlFragmentText } from './xml-text.js';

export interface FeedItem {
  /** What identifies the item across polls: its guid (Atom id), else its link. */
  key: string;
  url: string | null;
  title: string | null;
  /** The date as the feed writes it (RFC 822 or ISO 8601), not normalised. */
  publishedAt: string | null;
  /** Plain text of the item's content or description, or null. */
  text: string | null;
}

export type FeedEntry = { ok: true; index: number; item: FeedItem } | { ok: false; index: number; key: string | null; reason: string };

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  entries: FeedEntry[];
}

export type FeedParseResult = { ok: true; feed: ParsedFeed } | { ok: false; reason: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'guid', 'id'].includes(name),
});

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text of an element that may carry attributes ({"#text": …}) or come as a list. */
function textOf(v: unknown): string | null {
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string') return v === '' ? null : decodeXmlText(v).trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isNode(v)) return textOf(v['#text']);
  return null;
}

function first(node: Node, ...names: string[]): unknown {
  for (const n of names) if (node[n] !== undefined) return node[n];
  return undefined;
}

/** Atom links: the rel="alternate" (or rel-less) href; RSS links: the element text. */
function linkOf(node: Node): string | null {
  const links = node['link'];
  if (!Array.isArray(links)) return textOf(links);
  for (const l of links) {
    if (isNode(l) && typeof l['@_href'] === 'string') {
      const rel = l['@_rel'];
      if (rel === undefined || rel === 'alternate') return decodeXmlText(l['@_href']).trim() || null;
    } else {
      const t = textOf(l);
      if (t !== null) return t;
    }
  }
  return null;
}

function entryOf(node: unknown, index: number): FeedEntry {
  if (!isNode(node)) return { ok: false, index, key: null, reason: 'item is empty' };
  const url = linkOf(node);
  const guid = textOf(first(node, 'guid', 'id'));
  const title = textOf(node['title']);
  const body = textOf(first(node, 'content:encoded', 'content', 'description', 'summary'));
  const text = body === null ? null : htmlFragmentText(body) || null;
  const key = guid ?? url;
  if (url !== null && !/^https?:\/\/[^\s/]+/i.test(url)) {
    return { ok: false, index, key, reason: `item link is not an http(s) URL: ${JSON.stringify(url.slice(0, 80))}` };
  }
  // An item with neither is known across polls by its title, when it has one.
  if (key === null) return { ok: false, index, key: title === null ? null : `title:${title}`, reason: 'item has neither a link nor a guid' };
  if (url === null && text === null) return { ok: false, index, key, reason: 'item has no link and no text' };
  return {
    ok: true,
    index,
    item: { key, url, title, publishedAt: textOf(first(node, 'pubDate', 'published', 'updated', 'dc:date')), text },
  };
}

export function parseFeed(xml: string): FeedParseResult {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) return { ok: false, reason: `malformed XML: ${valid.err.msg} (line ${valid.err.line})` };
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    return { ok: false, reason: `malformed XML: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isNode(doc)) return { ok: false, reason: 'not a feed' };
  const rss = doc['rss'];
  if (isNode(rss) && isNode(rss['channel'])) {
    const channel = rss['channel'];
    const items = Array.isArray(channel['item']) ? channel['item'] : [];
    return { ok: true, feed: { format: 'rss', title: textOf(channel['title']), entries: items.map(entryOf) } };
  }
  const atom = doc['feed'];
  if (isNode(atom)) {
    const entries = Array.isArray(atom['entry']) ? atom['entry'] : [];
    return { ok: true, feed: { format: 'atom', title: textOf(atom['title']), entries: entries.map(entryOf) } };
  }
  const rdf = doc['rdf:RDF'];
  if (isNode(rdf)) {
    const items = Array.isArray(rdf['item']) ? rdf['item'] : [];
    const channel = rdf['channel'];
    return { ok: true, feed: { format: 'rdf', title: isNode(channel) ? textOf(channel['title']) : null, entries: items.map(entryOf) } };
  }
  return { ok: false, reason: 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)' };
}
