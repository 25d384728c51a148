// Word classes the toponym finder reads context with. Lower case.

/** Prepositions before a place where something happens: "clashes in Gao". */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'within', 'into', 'onto',
  'to', 'towards', 'toward', 'via', 'through', 'between', 'beyond', 'along', 'over', 'off', 'nearby',
  'on', 'northeast', 'northwest', 'southeast', 'southwest', 'north', 'south', 'east', 'west',
]);

/** Prepositions of origin: "refugees from Darfur". */
export const ORIGIN_PREPOSITIONS = new Set(['from']);

/** Nouns that introduce or stand for a place: "the town of X", "the Russian capital Moscow", "X province". */
export const PLACE_NOUNS = new Set([
  'city', 'cities', 'town', 'towns', 'village', 'villages', 'capital', 'province', 'provinces', 'region', 'regions',
  'district', 'districts', 'state', 'states', 'county', 'counties', 'country', 'countries', 'area', 'areas', 'port',
  'governorate', 'prefecture', 'municipality', 'suburb', 'suburbs', 'neighbourhood', 'neighborhood', 'township',
  'island', 'islands', 'oblast', 'territory', 'enclave', 'camp', 'settlement', 'commune', 'department', 'borough',
  'hamlet', 'outskirts', 'community', 'communities', 'valley', 'coast', 'border', 'division', 'locality', 'hub',
  'stronghold', 'heartland', 'mainland', 'republic', 'kingdom', 'emirate', 'nation', 'metropolis', 'farm', 'farms',
]);

/** Words after a name that make it a division or a natural feature: "Nyanza Province", "Swat Valley". */
export const PLACE_TYPE_WORDS = new Set([
  'province', 'county', 'state', 'region', 'district', 'governorate', 'prefecture', 'oblast', 'territory',
  'municipality', 'department', 'division', 'parish', 'borough', 'valley', 'river', 'island', 'islands',
  'mountains', 'mountain', 'hills', 'lake', 'bay', 'delta', 'peninsula', 'desert', 'basin', 'strait', 'sea',
  'ocean', 'coast', 'highlands', 'plateau', 'plain', 'plains', 'gulf', 'canal', 'harbour', 'harbor', 'forest',
  'park', 'reserve',
]);

/** Place-type words that name an administrative division (the others name natural features). */
export const DIVISION_TYPE_WORDS = new Set([
  'province', 'county', 'state', 'region', 'district', 'governorate', 'prefecture', 'oblast', 'territory',
  'municipality', 'department', 'division', 'parish', 'borough',
]);

/** Words before a name that make a larger or part place: "South Darfur", "Lake Victoria". */
export const PLACE_PREFIX_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'greater', 'inner', 'outer', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern',
  'northwestern', 'southeastern', 'southwestern', 'lake', 'mount', 'mt', 'cape', 'port', 'fort', 'isle',
]);

/** Capitalised words that make the name after them a title-and-name ("President Obama") and that may follow an adjectival place ("Texas Governor"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'governor', 'mayor', 'senator', 'sen', 'rep',
  'congressman', 'congresswoman', 'ambassador', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir',
  'pope', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lt', 'sgt', 'major', 'maj', 'admiral', 'adm',
  'commander', 'chief', 'judge', 'justice', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord',
  'lady', 'saint', 'st', 'bishop', 'cardinal', 'rev', 'father', 'imam', 'ayatollah', 'chancellor', 'premier',
  'chairman', 'spokesman', 'spokeswoman', 'official', 'officials', 'leader', 'director', 'envoy', 'deputy',
  'foreign', 'defence', 'defense', 'interior', 'attorney', 'police', 'army', 'military', 'navy', 'troops',
  'forces', 'government', 'authorities', 'national', 'federal', 'state', 'health', 'agriculture',
]);

/** Heads of organisation names that take "of": "University of Georgia", "Bank of England". */
export const ORGANISATION_HEADS = new Set([
  'university', 'college', 'institute', 'bank', 'museum', 'school', 'academy', 'hospital', 'library',
  'foundation', 'society', 'association', 'federation', 'church', 'diocese', 'archdiocese', 'club',
  'corporation', 'company', 'chamber', 'council', 'committee', 'commission', 'board', 'centre', 'center',
  'order',
]);

/** Lower-case words after a place name that make it a disease's name: "West Nile virus". */
export const DISEASE_WORDS = new Set(['virus', 'viruses', 'fever', 'flu', 'disease', 'encephalitis', 'strain', 'ebolavirus']);

/** Verbs of saying right after a name make it a person's: "Whitley said". */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'stated', 'wrote', 'asked', 'replied']);

/** Verbs (and auxiliaries) after a country or capital that make it stand for its government: "Moscow rejected". */
export const METONYMY_VERBS = new Set([
  'said', 'says', 'say', 'rejected', 'rejects', 'reject', 'condemned', 'condemns', 'denied', 'denies', 'warned',
  'warns', 'accused', 'accuses', 'announced', 'announces', 'agreed', 'agrees', 'signed', 'signs', 'threatened',
  'threatens', 'demanded', 'demands', 'urged', 'urges', 'called', 'calls', 'refused', 'refuses', 'insisted',
  'insists', 'claimed', 'claims', 'responded', 'responds', 'retaliated', 'imposed', 'imposes', 'expelled',
  'expels', 'recalled', 'recalls', 'vowed', 'vows', 'pledged', 'pledges', 'accepted', 'accepts', 'welcomed',
  'welcomes', 'criticised', 'criticized', 'criticises', 'criticizes', 'protested', 'protests', 'dismissed',
  'dismisses', 'blamed', 'blames', 'argued', 'argues', 'wants', 'wanted', 'sought', 'seeks', 'hopes', 'hoped',
  'believes', 'believed', 'decided', 'decides', 'ordered', 'orders', 'sanctioned', 'sanctions', 'summoned',
  'summons', 'asked', 'asks', 'offered', 'offers', 'promised', 'promises', 'backed', 'backs', 'supported',
  'supports', 'opposed', 'opposes', 'approved', 'approves', 'vetoed', 'vetoes', 'negotiated', 'mediated',
  'invaded', 'invades', 'attacked', 'attacks', 'launched', 'launches', 'deployed', 'deploys', 'sent', 'sends',
  'retaliates', 'reacted', 'reacts', 'confirmed', 'confirms', 'reported', 'reports', 'insisted', 'stressed',
  'stresses', 'announced', 'declared', 'declares', 'recognised', 'recognized', 'recognises', 'recognizes',
]);

/** Auxiliaries and adverbs allowed between a metonymic subject and its verb: "Moscow has also rejected". */
export const METONYMY_GAP_WORDS = new Set([
  'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must', 'did', 'does', 'is',
  'was', 'also', 'again', 'already', 'quickly', 'swiftly', 'firmly', 'strongly', 'officially', 'formally',
  'publicly', 'repeatedly', 'reportedly', 'later', 'then', 'now', 'not', 'never', 'still', 'has', 'been',
]);

/** Words that join the parts of one name: "Bosnia and Herzegovina", "Rio de Janeiro", "Dar es Salaam". */
export const NAME_CONNECTORS = new Set([
  'of', 'the', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'es', 'el', 'al', 'la', 'le', 'les', 'du', 'des',
  'and', 'upon', 'on', 'sur', 'am', 'an', 'der', 'den', 'y', 'e', 'i', 'di', 'van', 'von', 'bin', 'ibn', 'en',
  'au', 'aux', 'sul', "d'", "l'",
]);

/** Determiners and the like skipped when reading backwards from a name to its preposition. */
export const BACKWARD_SKIP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'nearby', 'neighbouring', 'neighboring', 'restive', 'besieged', 'embattled', 'coastal', 'remote', 'rural', 'small', 'main', 'largest', 'second', 'key', 'border', 'breakaway', 'rebel', 'occupied', 'disputed', 'strategic', 'southern-most', 'of']);
