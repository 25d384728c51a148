// The watch configuration: a JSON file (`faultline watch --config FILE`)
// naming the feeds and pages to poll and the politeness settings. Validated
// with zod; every problem is reported with its path.

import { z } from 'zod';

export const DEFAULT_INTERVAL_SECONDS = 900;

export const watchConfigSchema = z.strictObject({
  feeds: z
    .array(
      z.strictObject({
        url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
        name: z.string().min(1).optional(),
        /** "feed" (RSS/Atom, default) or "page" (a web page that is itself the story). */
        kind: z.enum(['feed', 'page']).default('feed'),
        /** Seconds between polls. */
        interval: z.number().int().min(10).default(DEFAULT_INTERVAL_SECONDS),
        /** Fetch each item's page for its text (default), or use the item's own content. */
        fetchPages: z.boolean().default(true),
      }),
    )
    .default([]),
  /** Seconds between two requests to the same host. */
  politenessSeconds: z.number().min(0).default(2),
  /** Seconds before a request is given up. */
  timeoutSeconds: z.number().positive().default(20),
  /** Longest wait after repeated failures. */
  maxBackoffSeconds: z.number().int().positive().default(6 * 3600),
  /** Largest response read, in bytes. */
  maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
  /** Times an item whose page failed for a passing reason (timeout, 5xx) is tried. */
  maxItemAttempts: z.number().int().positive().default(3),
  userAgent: z.string().min(1).default('Faultline/0.1 (+https://github.com/faultline; feed watcher)'),
});

export type WatchConfig = z.infer<typeof watchConfigSchema>;

export type WatchSettings = Omit<WatchConfig, 'feeds'>;

export function parseWatchConfig(value: unknown): { ok: true; config: WatchConfig } | { ok: false; reason: string } {
  const r = watchConfigSchema.safeParse(value);
  if (r.success) return { ok: true, config: r.data };
  return { ok: false, reason: r.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`).join('; ') };
}

export const DEFAULT_SETTINGS: WatchSettings = (() => {
  const { feeds: _, ...settings } = watchConfigSchema.parse({});
  return settings;
})();
