// Closed word classes the coder reasons with. Each set is small, explicit and
// editable here; the open-class vocabulary lives in data/verbs/.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Auxiliaries that may stand between a subject and its verb. */
export const AUXILIARIES = set(`
  is are was were be been being am has have had do does did having
  's 're 've 'd get got gets getting`);

/** Forms of "be" (and "get") that make a following participle passive. */
export const PASSIVE_AUXILIARIES = set('is are was were be been being get got gets getting');

/** Negation cues inside a verb group ("did not attack", "never met"). */
export const NEGATIONS = set("not n't never no neither nor without cannot");

/** Modals that make an act hypothetical rather than factual. */
export const HYPOTHETICAL_MODALS = set('could might may should can must ought');

/** Modals that express intent or a future act ("will meet"). */
export const INTENT_MODALS = set("will 'll shall");

/** Verbs before "to <act>" that turn the act into an intention. */
export const INTENT_VERBS = set(`
  plan plans planned planning intend intends intended intending vow vows vowed vowing
  pledge pledges pledged pledging promise promises promised promising agree agrees agreed
  agreeing decide decides decided deciding offer offers offered offering seek seeks sought
  seeking aim aims aimed aiming want wants wanted wanting hope hopes hoped hoping prepare
  prepares prepared preparing expect expects expected set due poised ready going move moves
  moved resolve resolves resolved commit commits committed committing willing eager keen
  determined swear swears swore sworn swearing`);

/** Verbs before "to <act>" that turn the act into a threat. */
export const THREAT_VERBS = set('threaten threatens threatened threatening warn warns warned warning');

/** Verbs before "to <act>" (or before "<act>ing") that mean the act did not happen. */
export const FAILURE_VERBS = set(`
  refuse refuses refused refusing decline declines declined declining fail fails failed
  failing deny denies denied denying avoid avoids avoided avoiding stop stops stopped
  failure failures reluctant unwilling hesitant loath`);

/** Denials that negate the clause after them ("denied that its troops attacked"). */
export const DENIAL_VERBS = set('deny denies denied denying dismiss dismissed dismisses rejected rejects');

/** Adverbs and fillers allowed between a subject and its verb. */
export const ADVERBS = set(`
  also again already still now then later once just even too reportedly allegedly jointly
  further immediately repeatedly strongly publicly formally officially swiftly quickly
  recently subsequently separately reportedly apparently initially finally effectively
  openly firmly sharply fiercely briefly directly indirectly previously earlier secretly
  reportedly last first yet long increasingly largely partly only both all each outright twice anew`);

/** Time words that may sit between a subject and its verb ("Iraq on Thursday condemned"). */
export const TIME_WORDS = set(`
  on in at during last this next early late earlier later on
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  morning afternoon evening night week weekend month year day days weeks months years ago
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Relative pronouns: a verb right after one takes the noun before it as subject. */
export const RELATIVE_PRONOUNS = set('that which who whom whose');

/** Words that end a clause when looking for a target after the verb. */
export const CLAUSE_BREAKS = set(`
  ; : . ! ? — – that which who whose while whereas because although though but after before
  when where if unless since as said says told`);

/** Verbs of saying: their subject is the speaker of what follows. */
export const SPEECH_VERBS = set(`
  said says say told tells stated added adds stressed stresses noted emphasized
  emphasised emphasizes emphasises affirmed affirms explained explains continued continues
  concluded concludes announced announces declared declares insisted insists asserted
  asserts argued argues remarked wrote writes posted tweeted confirmed confirms reiterated
  reiterates underlined underscored highlighted indicated indicates observed maintained
  claimed believes believed thinks thought`);

/** First-person pronouns: inside a quotation they stand for the speaker. */
export const FIRST_PERSON = set("i we us me our my");

/** Determiners and possessives skipped before a target. */
export const DETERMINERS = set('the a an its their his her our this that these those some several two three both all any');

/** Nouns of violence: "condemned the war against Iran" names Iran as the victim, not the target. */
export const VIOLENCE_NOUNS = set(`
  war wars aggression attack attacks strike strikes airstrike airstrikes bombing bombings
  bombardment invasion occupation killing killings assault assaults offensive shelling
  massacre massacres siege blockade violence crimes crackdown incursion incursions raid raids`);
