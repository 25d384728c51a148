import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/extract-html.js';

const PAGE = readFileSync(new URL('../input/ingest/folder/border-talks.html', import.meta.url), 'utf8');

describe('extractHtml', () => {
  const article = extractHtml(PAGE);

  it('keeps the article text, one paragraph a line', () => {
    const lines = article.text.split('\n');
    expect(lines[lines.length - 3]).toMatch(/^VALMORA — Delegations from Estrava and Norland met on Tuesday/);
    expect(article.text).toContain('joint survey commission');
    expect(article.text).toContain('reduced as a goodwill gesture.');
  });

  it('drops navigation, cookie banner, related links and footer', () => {
    for (const boilerplate of ['Sport', 'Politics', 'cookies', 'Earlier talks collapse', 'All rights reserved', 'Privacy']) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it('takes the headline, date, canonical address and site name from the page', () => {
    expect(article.title).toBe('Border talks resume after a year');
    expect(article.publishedAt).toBe('2026-11-20T09:15:00+01:00');
    expect(article.url).toBe('https://herald.example/world/border-talks-resume');
    expect(article.siteName).toBe('Northwind Herald');
  });

  it('falls back to the body text of a page too short for an article', () => {
    const short = extractHtml(
      '<html><head><title>Note</title></head><body><nav><a href="/">Home</a></nav><p>Ministers met in Orlane.</p><footer>© Herald</footer></body></html>',
    );
    expect(short.text).toBe('Ministers met in Orlane.');
    expect(short.title).toBe('Note');
  });

  it('gives empty text for a page without any', () => {
    expect(extractHtml('<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>').text).toBe('');
  });
});
