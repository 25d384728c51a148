import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feeds/parse-feed.js';
import { decodeXmlText, htmlFragmentText } from '../../src/feeds/xml-text.js';
import { addSeconds, isDue, pollDelaySeconds } from '../../src/feeds/backoff.js';
import { HostGate } from '../../src/feeds/host-gate.js';
import { parseWatchConfig } from '../../src/feeds/watch-config.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire &amp; Co</title>
<item><title>Ministers meet in Baghdad</title><link>https://news.example/a</link><guid isPermaLink="false">wire-1</guid>
<pubDate>Fri, 13 Jun 2025 08:00:00 GMT</pubDate><description>&lt;p&gt;The ministers met.&lt;/p&gt;&lt;p&gt;They agreed &amp;amp; left.&lt;/p&gt;</description></item>
<item><title>No address</title><description>Text only.</description></item>
<item><title>Bad link</title><link>javascript:alert(1)</link></item>
<item><title><![CDATA[Talks <b>resume</b>]]></title><link>https://news.example/b</link><content:encoded><![CDATA[<p>Talks resumed in Doha.</p>]]></content:encoded></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Ministry</title>
<entry><id>tag:ministry.example,2025:1</id><title>Statement</title>
<link rel="self" href="https://ministry.example/feed/1"/><link rel="alternate" href="https://ministry.example/statements/1"/>
<updated>2025-06-14T10:00:00Z</updated><summary type="html">&lt;b&gt;The ministry&lt;/b&gt; condemned the strikes.</summary></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS items: links, guids, dates, HTML descriptions, CDATA; bad items reported alone', () => {
    const r = parseFeed(rss);
    if (!r.ok) throw new Error(r.reason);
    expect(r.feed.format).toBe('rss');
    expect(r.feed.title).toBe('Wire & Co');
    const [a, noLink, badLink, b] = r.feed.entries;
    expect(a).toEqual({
      ok: true,
      index: 0,
      item: { key: 'wire-1', url: 'https://news.example/a', title: 'Ministers meet in Baghdad', publishedAt: 'Fri, 13 Jun 2025 08:00:00 GMT', text: 'The ministers met.\nThey agreed & left.' },
    });
    expect(noLink).toMatchObject({ ok: false, key: 'title:No address', reason: expect.stringMatching(/neither a link nor a guid/) });
    expect(badLink).toMatchObject({ ok: false, reason: expect.stringMatching(/not an http\(s\) URL/) });
    expect(b).toMatchObject({ ok: true, item: { key: 'https://news.example/b', title: 'Talks <b>resume</b>', text: 'Talks resumed in Doha.' } });
  });

  it('reads Atom entries with their alternate link', () => {
    const r = parseFeed(atom);
    if (!r.ok) throw new Error(r.reason);
    expect(r.feed).toMatchObject({ format: 'atom', title: 'Ministry' });
    expect(r.feed.entries[0]).toMatchObject({
      ok: true,
      item: { key: 'tag:ministry.example,2025:1', url: 'https://ministry.example/statements/1', publishedAt: '2025-06-14T10:00:00Z', text: 'The ministry condemned the strikes.' },
    });
  });

  it('never expands DOCTYPE entities (no "billion laughs")', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<rss version="2.0"><channel><title>&lol2;</title>
<item><title>&lol;</title><link>https://news.example/x</link></item></channel></rss>`;
    const r = parseFeed(laughs);
    if (!r.ok) throw new Error(r.reason);
    expect(r.feed.title).toBe('&lol2;');
    expect(r.feed.entries[0]).toMatchObject({ ok: true, item: { title: '&lol;' } });
  });

  it('refuses a feed declaring external entities, reading nothing', () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>https://news.example/x</link></item></channel></rss>`;
    const r = parseFeed(xxe);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/root:/);
  });

  const bad: [string, RegExp][] = [
    ['<rss><channel><item><title>open', /malformed XML/],
    ['<html><body>not a feed</body></html>', /not an RSS or Atom feed/],
  ];
  it.each(bad)('refuses %j', (xml, reason) => {
    const r = parseFeed(xml);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('XML and HTML text', () => {
  const table: [string, string][] = [
    ['A &amp; B &lt;c&gt; &#169; &#x41;', 'A & B <c> © A'],
    ['&nbsp; &unknown; &#0;', '&nbsp; &unknown; &#0;'],
  ];
  it.each(table)('decodeXmlText(%j) → %j', (input, expected) => {
    expect(decodeXmlText(input)).toBe(expected);
  });
  it('turns an HTML fragment into lines of text', () => {
    expect(htmlFragmentText('<p>One&nbsp;two</p><script>x()</script><p>Three<br>four</p>')).toBe('One two\nThree\nfour');
  });
});

describe('backoff, politeness and config', () => {
  const policy = { intervalSeconds: 600, maxBackoffSeconds: 3600 };
  const table: [number, number | null, number][] = [
    [0, null, 600],
    [1, null, 1200],
    [2, null, 2400],
    [3, null, 3600],
    [9, null, 3600],
    [0, 900, 900],
  ];
  it.each(table)('after %d failure(s) (Retry-After %s) waits %d s', (failures, retryAfter, expected) => {
    expect(pollDelaySeconds(policy, failures, retryAfter)).toBe(expected);
  });

  it('knows when a feed is due', () => {
    expect(isDue(null, '2025-06-14T00:00:00.000Z')).toBe(true);
    expect(isDue(addSeconds('2025-06-14T00:00:00.000Z', 60), '2025-06-14T00:00:30.000Z')).toBe(false);
    expect(isDue(addSeconds('2025-06-14T00:00:00.000Z', 60), '2025-06-14T00:01:00.000Z')).toBe(true);
  });

  it('spaces requests to the same host, not to different hosts', async () => {
    let t = 0;
    const sleeps: number[] = [];
    const gate = new HostGate(2000, { now: () => t, sleep: async (ms) => { sleeps.push(ms); t += ms; } });
    await gate.wait('https://a.example/feed');
    await gate.wait('https://b.example/feed');
    await gate.wait('https://a.example/story');
    t += 500;
    await gate.wait('https://a.example/other');
    expect(sleeps).toEqual([2000, 1500]);
  });

  it('validates a watch config and fills defaults', () => {
    const ok = parseWatchConfig({ feeds: [{ url: 'https://wire.example/rss' }], politenessSeconds: 5 });
    expect(ok.ok && ok.config).toMatchObject({ feeds: [{ url: 'https://wire.example/rss', kind: 'feed', interval: 900, fetchPages: true }], politenessSeconds: 5, timeoutSeconds: 20 });
    const bad = parseWatchConfig({ feeds: [{ url: 'file:///etc/passwd' }], extra: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/feeds\.0\.url/);
  });
});
