// General English function words plus academic boilerplate that says nothing about a paper's topic.
// Words common *within* a corpus are removed separately, by document frequency (see tfidf.ts).
const WORDS = `a about above across after again against all almost also although always am among an and another any
are around as at be became because been before being below between both but by can cannot could did do does doing
done down during each either else enough etc even ever every few for from further had has have having he her here
hers herself him himself his how however i if in into is it its itself just least less let like made make makes
many may me might more most much must my myself neither no nor not now of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps please quite rather really same several shall she
should since so some still such than that the their theirs them themselves then there thereby therefore these they
this those though through thus to too toward towards under until up upon us very via was we well were what whatever
when where whereas whether which while who whom whose why will with within without would yet you your yours
yourself yourselves e.g i.e vs et al
paper papers propose proposed proposes present presents introduce introduces introduced show shows shown
demonstrate demonstrates demonstrated result results work works study studies approach approaches method methods
new novel first based use used uses using achieve achieves achieved significant significantly furthermore moreover
additionally specifically particularly notably including include includes various however finally well via
available code https http github com www org release released open-source state-of-the-art sota existing recent
recently key two three four five six seven eight nine ten different across compared prior previous`;

/** The built-in stop-word list (lower case, unstemmed). */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
