// The article in a web page: main text (Readability over linkedom), title,
// date, canonical address and site name, with navigation, footers and cookie
// banners dropped.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  title: string | null;
  /** Main text, one paragraph a line. */
  text: string;
  /** Publication time as the page states it (not normalised), or null. */
  publishedAt: string | null;
  /** Canonical address of the page, when it declares one. */
  url: string | null;
  /** Site name (og:site_name), when the page declares one. */
  siteName: string | null;
}

// The slice of the DOM used here (linkedom's own types lean on lib.dom).
interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}
interface HtmlElement extends HtmlNode {
  getAttribute(name: string): string | null;
  closest(selector: string): HtmlElement | null;
  querySelector(selector: string): HtmlElement | null;
  remove(): void;
}
interface HtmlDocument {
  readonly title: string;
  readonly body: HtmlElement | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
}

function parse(html: string): HtmlDocument {
  const window: unknown = parseHTML(html);
  return (window as { document: HtmlDocument }).document;
}

const ELEMENT = 1;
const TEXT = 3;

// Never article text.
const DROP_TAGS = 'script, style, noscript, template, iframe, svg, canvas, nav, footer, aside, form, button, dialog';
const DROP_ROLES = '[role="navigation"], [role="contentinfo"], [role="banner"], [role="dialog"], [role="alert"], [aria-hidden="true"], [hidden]';
// id or class words of boilerplate blocks: cookie-banner, newsletter-signup, share-tools …
const BOILERPLATE =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|subscribe|subscription|paywall|share|sharing|social|breadcrumbs?|related|advert|advertisement|ads?|promo|popup|modal|skip|menu|navbar|masthead|site-header|site-footer)(?:$|[\s_-])/i;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

function dropBoilerplate(doc: HtmlDocument): void {
  const drop: HtmlElement[] = [...doc.querySelectorAll(DROP_TAGS), ...doc.querySelectorAll(DROP_ROLES)];
  const pageLength = doc.body?.textContent?.length ?? 0;
  for (const el of doc.querySelectorAll('[id], [class]')) {
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (!BOILERPLATE.test(names) || el.nodeName === 'BODY' || el.nodeName === 'HTML') continue;
    // A wrapper that merely carries such a class ("page no-ads") holds the article: keep it.
    if (el.querySelector('article, main, h1') !== null || (el.textContent?.length ?? 0) > 0.4 * pageLength) continue;
    drop.push(el);
  }
  // A page header (logo, menu), but not an article's own header (headline, byline).
  for (const el of doc.querySelectorAll('header')) if (el.closest('article') === null) drop.push(el);
  for (const el of drop) el.remove();
}

/** Text of a node with one line per block element. */
function blockText(root: HtmlNode): string {
  const parts: string[] = [];
  const walk = (node: HtmlNode): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child === undefined) continue;
      if (child.nodeType === TEXT) parts.push((child.textContent ?? '').replace(/\s+/g, ' '));
      else if (child.nodeType === ELEMENT) {
        if (child.nodeName === 'BR') parts.push('\n');
        else if (BLOCK_TAGS.has(child.nodeName)) {
          parts.push('\n');
          walk(child);
          parts.push('\n');
        } else walk(child);
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function meta(doc: HtmlDocument, selectors: readonly string[], attribute = 'content'): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return null;
}

function text(el: HtmlElement | null): string | null {
  const s = el?.textContent?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

/**
 * Extracts the article from an HTML page. Falls back to the page's body text
 * (boilerplate removed) when Readability finds no article. `text` is empty
 * when the page has no text at all.
 */
export function extractHtml(html: string): HtmlArticle {
  const doc = parse(html);
  const h1 = text(doc.querySelector('h1'));
  const pageTitle = doc.title.replace(/\s+/g, ' ').trim() || null;
  const ogTitle = meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const publishedAt =
    meta(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
    ]) ?? meta(doc, ['time[datetime]'], 'datetime');
  const url = meta(doc, ['link[rel="canonical"]'], 'href') ?? meta(doc, ['meta[property="og:url"]']);
  const siteName = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);

  dropBoilerplate(doc);
  let body = '';
  let readabilityTitle: string | null = null;
  try {
    const article = new Readability(doc, { charThreshold: 200 }).parse();
    readabilityTitle = article?.title?.trim() || null;
    if (article?.content) body = blockText(parse(`<!doctype html><html><body>${article.content}</body></html>`).body ?? EMPTY);
  } catch {
    body = ''; // Readability gave up on this page: use the body text below.
  }
  if (body === '') {
    const fallback = parse(html);
    dropBoilerplate(fallback);
    body = fallback.body === null ? '' : blockText(fallback.body);
  }

  // "Talks resume | Example News": the headline is the part the page repeats in its <h1>.
  const full = ogTitle ?? pageTitle;
  const title = h1 !== null && (full === null || full.includes(h1)) ? h1 : (readabilityTitle ?? full ?? h1);
  return { title, text: body, publishedAt, url, siteName };
}

const EMPTY: HtmlNode = { nodeType: ELEMENT, nodeName: 'BODY', textContent: '', childNodes: [] };
