// A light stemmer for model features: folds the inflections that matter for
// event verbs and nouns ("condemned", "condemns", "condemning" → "condemn";
// "talks" → "talk"; "met" → "meet"). It only has to be consistent, not
// linguistically exact. Pure.

const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  `met:meet held:hold took:take taken:take sent:send fought:fight struck:strike shot:shoot left:leave
  gave:give given:give began:begin begun:begin sought:seek brought:bring caught:catch told:tell said:say
  won:win lost:lose hit:hit set:set put:put cut:cut led:lead fled:flee threw:throw thrown:throw
  withdrew:withdraw withdrawn:withdraw drew:draw drawn:draw broke:break broken:break spoke:speak
  spoken:speak chose:choose chosen:choose froze:freeze frozen:freeze stole:steal stolen:steal
  forbade:forbid forbidden:forbid undertook:undertake overtook:overtake kept:keep
  made:make paid:pay sold:sell bought:buy built:build found:find went:go gone:go came:come
  saw:see seen:see knew:know known:know wrote:write written:write swore:swear sworn:swear
  upheld:uphold withheld:withhold overthrew:overthrow overran:overrun retook:retake rose:rise
  risen:rise fell:fall fallen:fall slain:slay bled:bleed laid:lay lay:lay stood:stand
  understood:understand spent:spend lent:lend meant:mean felt:feel heard:hear dealt:deal
  is:be are:be was:be were:be been:be being:be am:be has:have had:have having:have
  does:do did:do done:do men:man women:woman children:child people:people`
    .split(/\s+/)
    .filter((p) => p.includes(':'))
    .map((p) => p.split(':') as [string, string]),
);

/** Words whose -s, -ed or -ing is part of the stem. */
const KEEP = new Set(
  `news us was has is this thus its his hers ours yours perhaps unless various serious previous
  famous dangerous religious numerous anonymous enormous process progress congress address access
  crisis analysis basis thesis emphasis diagnosis bus gas plus status virus campus consensus census
  chaos bias series species means united red bed need speed seed feed shed breed wed hundred
  kindred sacred naked wicked ring king thing bring spring string sing sting swing wing nothing
  something anything everything morning evening during ceiling`.split(/\s+/),
);

/** The stem of a lower-case word. */
export function stemWord(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length <= 3 || KEEP.has(w) || !/^[a-z'-]+$/.test(w)) return w;
  let stem = w;
  if (/(ies|ied)$/.test(w) && w.length > 4) stem = w.slice(0, -3) + 'y';
  else if (/(ss|us|is)$/.test(w)) stem = w;
  else if (w.endsWith('ing') && w.length > 5) stem = undouble(w.slice(0, -3));
  else if (w.endsWith('eed')) stem = w.slice(0, -1);
  else if (w.endsWith('ed') && w.length > 4) stem = undouble(w.slice(0, -2));
  else if (/(ches|shes|sses|xes|zes|oes)$/.test(w)) stem = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith("'s")) stem = w.slice(0, -1);
  // A final e is dropped everywhere, so "impose", "imposes", "imposed" and "imposing" agree.
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** "stopp" → "stop", "bann" → "ban"; keeps "ll", "ss", "ff" ("kill", "pass", "staff"). */
function undouble(stem: string): string {
  const m = /([b-df-hj-np-tv-z])\1$/.exec(stem);
  if (m && !/(ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
  return stem;
}
