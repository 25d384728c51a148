// Place keys and daily place aggregates, for place hotspots.
//
// A place is keyed by its first-level division when the event's place has
// one ("IRQ/Basra"), else by the 1° latitude/longitude cell that holds it
// ("cell:30,47" = floor(lat), floor(lon)). Events with a place known only to
// the country level have no place key (the country hotspot covers them).
import type { Event, Place } from '../records.js';
import type { PlaceDay } from './types.js';

/** The key of a place, or null when it is known only to the country. */
export function placeKey(place: Place): string | null {
  void place;
  throw new Error('placeKey: not implemented yet');
}

/** Daily aggregates per place key, sorted by date and place. */
export function aggregatePlaces(events: readonly Event[]): PlaceDay[] {
  void events;
  throw new Error('aggregatePlaces: not implemented yet');
}

/** Adds `b` to `a` as mergeDyadDays does (incremental updates). */
export function mergePlaceDays(a: readonly PlaceDay[], b: readonly PlaceDay[]): PlaceDay[] {
  void a; void b;
  throw new Error('mergePlaceDays: not implemented yet');
}
