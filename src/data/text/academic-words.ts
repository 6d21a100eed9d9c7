// General scholarly vocabulary: words any field's abstracts use ("model", "performance",
// "framework", "state-of-the-art" split into its parts). A collection's *topic* terms are its
// common words minus these, which is what the outlier signal "uses none of the collection's topic
// terms" needs. Compared by lower-case word with a plural -s removed (see lightStem).
const WORDS = `abilities ability accuracy achieving adaptive addition additional address addressing advance
advanced advancing algorithm algorithms allow allowing allows analysis analyze answer application
applied apply approach architecture art base baseline behavior behaviors benchmark beyond build
building capability capable case challenge challenging combine combined community comparable
competitive complex component comprehensive computational context continued control core cost
critical crucial current currently data dataset datasets design designed detail detailed develop
developed development difficulty direction diverse diversity domain dynamic effect effective
effectively effectiveness efficiency efficient efficiently effort efforts emergent empirical
empirically employ employs enable enables enabling enhance enhanced enhancing essential evaluate
evaluated evaluating evaluation examine example exhibit exhibits experiment experimental exploration
explore explores exploring extended extensive factor feature find finding findings fine focus form
framework function future gap general generate generated generating generation high higher highlight
highlights human identifies identify impact important improve improved improvement improves
improving increase increasing indicate indicates inference influence information initial innovation
innovative input insight insights inspired instance instruction integrate integrates integrating
investigate investigates issue key knowledge large larger lead leads learn learning length level
leverage leverages leveraging limit limitation limited long longer low lower maintain maintaining
make making mechanism metric metrics minimal model multi multiple natural number observation
observations offer offers open optimize optimized optimizing outcome outperform outperforming
outperforms output paradigm parameter parameters pattern patterns performance phase potential
practical problem process produce producing progress promising prompt provide provides public
quality question range real real-world reduce reduces reducing reflection rely relying remarkable
report representation require requirement requires requiring research resource response reveal
reveals robust robustness role rule sample scale scaled scaling scenario scenarios search self
series sery set setting short simple simply single size small smaller solution solutions solve
solving source specific stage standard state step strategy strong stronger structure substantial
success successful suggest suggests superior support supports surpass surpassing system systematic
systematically task technical technique test text theoretical time tool train trained training type
understand understanding user variant variants variety vision way world`;

/** Generic academic words (lower case), not topic terms of any collection. */
export const ACADEMIC_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
