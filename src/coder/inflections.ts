// English inflection of the verbs and nouns named in verb patterns. Over-
// generation is harmless (a form that never occurs never matches), so the
// rules are generous; irregular verbs come from a table.

const IRREGULAR: Record<string, string[]> = {
  acquit: ['acquitted', 'acquitting'], quiz: ['quizzed', 'quizzing', 'quizzes'], equip: ['equipped', 'equipping'],
  cling: ['clung'],
  arise: ['arose', 'arisen'], bear: ['bore', 'borne'], beat: ['beaten'], become: ['became'],
  begin: ['began', 'begun'], bend: ['bent'], bid: [], bind: ['bound'], bite: ['bit', 'bitten'],
  bleed: ['bled'], blow: ['blew', 'blown'], break: ['broke', 'broken'], breed: ['bred'],
  bring: ['brought'], broadcast: [], build: ['built'], buy: ['bought'], cast: [],
  catch: ['caught'], choose: ['chose', 'chosen'], come: ['came'], creep: ['crept'], cut: [],
  deal: ['dealt'], dig: ['dug'], do: ['did', 'done', 'does'], draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'], eat: ['ate', 'eaten'], fall: ['fell', 'fallen'], feed: ['fed'],
  feel: ['felt'], fight: ['fought'], find: ['found'], flee: ['fled'], fling: ['flung'],
  fly: ['flew', 'flown'], forbid: ['forbade', 'forbidden'], forecast: [], foresee: ['foresaw', 'foreseen'],
  forget: ['forgot', 'forgotten'], forgive: ['forgave', 'forgiven'], freeze: ['froze', 'frozen'],
  get: ['got', 'gotten'], give: ['gave', 'given'], go: ['went', 'gone', 'goes'], grow: ['grew', 'grown'],
  hang: ['hung', 'hanged'], have: ['had', 'has'], hear: ['heard'], hide: ['hid', 'hidden'], hit: [],
  hold: ['held'], hurt: [], keep: ['kept'], know: ['knew', 'known'], lay: ['laid'], lead: ['led'],
  leave: ['left'], lend: ['lent'], let: [], lie: ['lay', 'lain'], light: ['lit'], lose: ['lost'],
  make: ['made'], mean: ['meant'], meet: ['met'], mislead: ['misled'], mistake: ['mistook', 'mistaken'],
  offset: [], outbid: [], overcome: ['overcame'], overrun: ['overran'], oversee: ['oversaw', 'overseen'],
  overthrow: ['overthrew', 'overthrown'], pay: ['paid'], prove: ['proven'], put: [], quit: [],
  read: [], rebuild: ['rebuilt'], repay: ['repaid'], retake: ['retook', 'retaken'], ride: ['rode', 'ridden'],
  ring: ['rang', 'rung'], rise: ['rose', 'risen'], run: ['ran'], say: ['said'], see: ['saw', 'seen'],
  seek: ['sought'], sell: ['sold'], send: ['sent'], set: [], shake: ['shook', 'shaken'], shed: [],
  shoot: ['shot'], show: ['shown'], shut: [], sink: ['sank', 'sunk'], slay: ['slew', 'slain'],
  speak: ['spoke', 'spoken'], spend: ['spent'], split: [], spread: [], spring: ['sprang', 'sprung'],
  stand: ['stood'], steal: ['stole', 'stolen'], stick: ['stuck'], strike: ['struck', 'stricken'],
  strive: ['strove', 'striven'], swear: ['swore', 'sworn'], sweep: ['swept'], swing: ['swung'],
  take: ['took', 'taken'], teach: ['taught'], tear: ['tore', 'torn'], tell: ['told'],
  think: ['thought'], throw: ['threw', 'thrown'], undercut: [], undergo: ['underwent', 'undergone'],
  understand: ['understood'], undertake: ['undertook', 'undertaken'], uphold: ['upheld'],
  upset: [], wear: ['wore', 'worn'], weep: ['wept'], win: ['won'], wind: ['wound'],
  withdraw: ['withdrew', 'withdrawn'], withhold: ['withheld'], withstand: ['withstood'],
  write: ['wrote', 'written'], be: ['is', 'are', 'was', 'were', 'been', 'being', 'am'],
};

/** All forms of a verb given in its base form ("condemn" → condemn, condemns, condemned, condemning). */
export function verbForms(base: string): string[] {
  const forms = new Set<string>([base]);
  for (const f of IRREGULAR[base] ?? []) forms.add(f);
  // third person singular
  if (/(s|x|z|ch|sh|o)$/.test(base)) forms.add(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + 'ies');
  else forms.add(base + 's');
  // past and participle, gerund
  if (!(base in IRREGULAR) || ['beat', 'hang', 'lie', 'prove', 'show', 'cast', 'broadcast'].includes(base)) {
    if (base.endsWith('e')) forms.add(base + 'd');
    else if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + 'ied');
    else forms.add(base + 'ed');
  }
  if (/ee$|ye$|oe$/.test(base)) forms.add(base + 'ing');
  else if (/ie$/.test(base)) forms.add(base.slice(0, -2) + 'ying');
  else if (/[^e]e$/.test(base)) forms.add(base.slice(0, -1) + 'ing');
  else forms.add(base + 'ing');
  // consonant doubling: ban → banned, banning; plan → planned; also British "travelled"
  const cvc = /[^aeiou][aeiou]([^aeiouwxy])$/.exec(base);
  if (cvc) {
    const last = cvc[1] ?? '';
    forms.add(base + last + 'ed');
    forms.add(base + last + 'ing');
  }
  return [...forms];
}

/** Singular and plural of a noun ("airstrike" → airstrike, airstrikes). */
export function nounForms(singular: string): string[] {
  const forms = new Set<string>([singular]);
  if (/(s|x|z|ch|sh)$/.test(singular)) forms.add(singular + 'es');
  else if (/[^aeiou]y$/.test(singular)) forms.add(singular.slice(0, -1) + 'ies');
  else forms.add(singular + 's');
  return [...forms];
}

/** Irregular past forms that differ from their base ("took", "struck", "sent"): finite verbs to the subject finder. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  Object.entries(IRREGULAR).flatMap(([base, forms]) => forms.filter((f) => f !== base && !f.endsWith('s') && !f.endsWith('ing'))),
);

/** Verbs whose past tense is their base form ("hit", "cut", "put"): a bare one may still be a finite past. */
const SAME_PAST: ReadonlySet<string> = new Set([
  ...Object.entries(IRREGULAR).filter(([, forms]) => forms.length === 0).map(([base]) => base),
  'beat', 'read', 'spread', 'hurt', 'burst', 'cost', 'shed', 'upset', 'thrust',
]);

/**
 * A word in the bare base form of a verb, which cannot be the finite verb of
 * a singular subject ("the Kabul attack", "a Pakistani train"): no -s, -ed or
 * -ing ending, no irregular past, no verb whose past is its base.
 */
export function isBareForm(word: string): boolean {
  const w = word.toLowerCase();
  return !/(s|ed|ing)$/.test(w) && !IRREGULAR_PAST.has(w) && !SAME_PAST.has(w);
}
