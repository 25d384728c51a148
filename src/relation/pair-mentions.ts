// The actor mentions of a sentence with a marked (source, target) pair forced
// in: each marked span becomes a mention of its own, keeping the actor the
// resolver found inside it (its country and sector) or, when the resolver
// found none ("a U.S. Supreme Court decision"), a placeholder actor named by
// the span. Resolver mentions overlapping a marked span give way to it. Pure.

import type { ActorMention } from '../actors/types.js';
import type { Actor, Span } from '../records.js';

export interface MarkedMention extends ActorMention {
  side: 'source' | 'target';
  /** True when the resolver found an actor inside the span. */
  resolved: boolean;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The resolver mention with the largest overlap with `span`, or null. */
export function mentionInside(mentions: readonly ActorMention[], span: Span): ActorMention | null {
  let best: ActorMention | null = null;
  let bestOverlap = 0;
  for (const m of mentions) {
    const o = overlap(m, span);
    // prefer a non-locative mention on equal overlap
    if (o > bestOverlap || (o === bestOverlap && o > 0 && best?.locative === true && !m.locative)) {
      best = m;
      bestOverlap = o;
    }
  }
  return best;
}

function placeholder(text: string): Actor {
  return { text, name: text, country: null, igo: null, sector: null, entry: 'relation:marked-span' };
}

/** Resolver mentions outside the pair, plus one mention per marked span, sorted by offset. */
export function pairMentions(
  text: string,
  mentions: readonly ActorMention[],
  source: readonly Span[],
  target: readonly Span[],
): { mentions: ActorMention[]; marked: MarkedMention[] } {
  const marked: MarkedMention[] = [];
  for (const [side, spans] of [['source', source], ['target', target]] as const) {
    for (const span of spans) {
      if (span.end <= span.start) continue;
      const inside = mentionInside(mentions, span);
      const spanText = text.slice(span.start, span.end);
      marked.push({
        start: span.start,
        end: span.end,
        actor: inside ? { ...inside.actor, text: spanText } : placeholder(spanText),
        kind: inside?.kind ?? 'sector',
        locative: false,
        side,
        resolved: inside !== null,
      });
    }
  }
  // Overlapping marks (a target nested in the source) keep the earlier, longer one.
  const kept: MarkedMention[] = [];
  for (const m of [...marked].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!kept.some((k) => overlap(k, m) > 0)) kept.push(m);
  }
  const others = mentions.filter((m) => !kept.some((k) => overlap(k, m) > 0));
  return { mentions: [...others, ...kept].sort((a, b) => a.start - b.start), marked: kept };
}
