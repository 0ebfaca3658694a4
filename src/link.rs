//! Linking: which claims are about the same thing.
//!
//! Declared subjects from `claims.toml` take their claims first, by kind, unit and cue words. Discovery
//! then groups the rest: two claims can share a subject only when their kinds compare (dates with
//! years, counts with counts, ...), their counted nouns agree or belong to one family (prisoners and
//! people are both persons; words and pages are not), they stand in different sentences, and their
//! contexts are alike: the cosine of their context vectors, each word weighted by its nearness to the
//! claim and by its rarity across the corpus's sentences (so a name in every sentence links nothing).
//!
//! Invariants: linking never compares all pairs. Candidates come from an inverted index keyed by
//! (kind family, salient word), and a word shared by more than [`MAX_POSTINGS`] claims is not salient
//! enough to propose candidates, which keeps the work near-linear in the number of claims. Values are
//! never used to decide a link: a wrong value must still land in its subject, or its conflict would be
//! hidden. Every link records its reason. Output order is deterministic.

use std::collections::BTreeMap;
use std::sync::Arc;

use foldhash::{HashMap, HashMapExt, HashSet};
use rayon::prelude::*;

use rust_stemmers::{Algorithm, Stemmer};

use crate::config::{DeclaredSubject, Settings};
use crate::extract::{Claim, ContextWord, Section, UNNAMED_EVENT, lexicon, restated_in_other_units, stem_word};
use crate::id::{ClaimId, DocId};
use crate::spelling::{deletion_keys, is_misspelling};
use crate::value::{Bound, DatePoint, DateValue, Dimension, Kind, Tolerance, Value, Verdict};

/// A word shared by more claims than this proposes no candidates: it is too common to be salient.
pub const MAX_POSTINGS: usize = 400;

/// How many of a claim's context words (strongest first) it is indexed under.
const INDEXED_WORDS: usize = 6;

/// How many context words enter the similarity.
const VECTOR_WORDS: usize = 10;

/// Two clusters merge when their average pairwise similarity (unscored pairs counting zero) reaches
/// this share of the link threshold. Lower values let chains of pairwise links join claims that are
/// not alike; higher ones keep a note's claim out of its subject when it shares words with only some
/// of the other notes. With the hard constraints of [`linkable`] keeping apart parts, requirements and
/// counts of different events, 0.5 gave the most right links and conflicts on the development notes.
const MERGE_RATIO: f32 = 0.5;

/// The similarity two claims need to be linked.
const LINK_THRESHOLD: f32 = 0.30;

/// The nearness weight a cue word needs (1 touching the claim, 0.5 five words away).
const MIN_CUE_WEIGHT: f32 = 0.35;

/// Whether a word of a claim's context can serve it as a cue: it stands in the claim's own sentence,
/// was not borrowed from the one before, and is near enough ([`MIN_CUE_WEIGHT`]).
fn may_cue(w: &ContextWord) -> bool {
    !w.from_heading && !w.borrowed && w.weight >= MIN_CUE_WEIGHT
}

/// Where a subject comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// A `[[claim]]` entry in `claims.toml`.
    Declared,
    /// Found by discovery.
    Discovered,
}

impl Origin {
    /// The name used in the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Declared => "declared",
            Origin::Discovered => "discovered",
        }
    }
}

/// Why a claim was linked to its subject.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkReason {
    /// The claim this reason is for.
    pub claim: ClaimId,
    /// The claim it was linked through, for discovered subjects.
    pub partner: Option<ClaimId>,
    /// The shared words (as written) or the matching cue words.
    pub shared: Vec<String>,
    /// What the two values have in common that counted as evidence, as a phrase ("the same time of
    /// day"), for discovered links made by values as well as words.
    pub value: Option<&'static str>,
    /// The similarity, 0..1 (1 for a declared match).
    pub score: f32,
}

/// A subject: claims about one thing.
#[derive(Debug, Clone)]
pub struct Subject {
    /// A stable id: the declared id, or one made from the subject's words.
    pub id: String,
    /// A short human label.
    pub label: String,
    /// Declared or discovered.
    pub origin: Origin,
    /// The kind of its claims (the first claim's kind for mixed date/year subjects).
    pub kind: Kind,
    /// The claims, in id order.
    pub claims: Vec<ClaimId>,
    /// One reason per claim.
    pub reasons: Vec<LinkReason>,
    /// The index of the declared subject in the settings, for declared subjects.
    pub declared: Option<usize>,
}

impl Subject {
    /// What names the subject from one run to the next: the declared id, or for a discovered subject
    /// its id without the number that tells it apart from others named alike (`date.opened-2`). That
    /// number depends on what else the run linked, and a run with a focus links only its topics.
    pub fn key(&self) -> &str {
        match self.origin {
            Origin::Declared => &self.id,
            Origin::Discovered => match self.id.rsplit_once('-') {
                Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
                _ => &self.id,
            },
        }
    }
}

/// A claim as linking sees it.
#[derive(Debug, Clone, Copy)]
pub struct LinkInput<'a> {
    /// The document it stands in.
    pub doc: DocId,
    /// The claim.
    pub claim: &'a Claim,
}

/// A document as linking sees it: its content-word stems, and its sections with the count of each.
#[derive(Debug, Clone, Copy)]
pub struct Topic<'a> {
    /// The stems, each once.
    pub stems: &'a [Arc<str>],
    /// The sections, each counting stems by their place in `stems`.
    pub sections: &'a [Section],
}

/// Assigns claims to subjects. `claims[i]` has id `ClaimId(i)`. Subjects with a single claim are
/// dropped unless declared.
pub fn link(claims: &[LinkInput<'_>], topics: &[Topic<'_>], settings: &Settings) -> Vec<Subject> {
    link_focused(claims, topics, settings, None)
}

/// [`link`], discovering subjects only where they can concern the documents marked in `focus`
/// (indexed by document): claims of documents on other topics are never linked to theirs, so they
/// are not linked at all. Declared subjects still gather their claims from every document, and the
/// subjects found are the same as a whole run's for the claims of the focus.
pub fn link_focused(
    claims: &[LinkInput<'_>],
    topics: &[Topic<'_>],
    settings: &Settings,
    focus: Option<&[bool]>,
) -> Vec<Subject> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut subjects: Vec<Subject> = Vec::new();
    let mut taken = vec![false; claims.len()];
    for (index, declared) in settings.subjects.iter().enumerate() {
        subjects.push(Subject {
            id: declared.id.clone(),
            label: declared.about.clone().unwrap_or_else(|| declared.id.clone()),
            origin: Origin::Declared,
            kind: declared.kind.unwrap_or(Kind::Count),
            claims: Vec::new(),
            reasons: Vec::new(),
            declared: Some(index),
        });
    }
    let declared_stems: Vec<DeclaredStems> =
        settings.subjects.iter().map(|d| DeclaredStems::new(d, &stemmer)).collect();
    let index = DeclaredIndex::new(&declared_stems);
    let mut candidates = Vec::new();
    let mut best: Vec<Option<(usize, f32, Vec<String>)>> = claims
        .iter()
        .map(|input| {
            index.candidates(input.claim, &mut candidates);
            candidates
                .iter()
                .filter_map(|&s| declared_stems[s].matches(input.claim).map(|(score, cues)| (s, score, cues)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        })
        .collect();
    one_per_sentence(claims, settings, &mut best);
    for (i, best) in best.into_iter().enumerate() {
        if let Some((s, _, cues)) = best {
            let subject = &mut subjects[s];
            subject.claims.push(ClaimId::from_index(i));
            subject.reasons.push(LinkReason {
                claim: ClaimId::from_index(i),
                partner: None,
                shared: cues,
                value: None,
                score: 1.0,
            });
            taken[i] = true;
        }
    }
    for subject in subjects.iter_mut() {
        if let (Some(first), Some(index)) = (subject.claims.first(), subject.declared) {
            if settings.subjects[index].kind.is_none() {
                subject.kind = claims[first.index()].claim.kind;
            }
        }
    }
    if settings.discover {
        // Quoted and negated claims are someone else's statements, or rejected ones: they state no
        // fact of the corpus and are not linked.
        for (i, input) in claims.iter().enumerate() {
            taken[i] |= input.claim.reported;
        }
        subjects.extend(discover(claims, topics, &taken, focus));
    }
    subjects
}

/// Leaves each declared subject at most one claim of a sentence, with those that restate it in
/// other units: a sentence states one value of one thing, and "Dead: 485 (260 civilians, 126
/// soldiers, 82 rebels)" gives the dead once, though its cue stands beside every figure. The one
/// kept is the one that agrees with the expected value, else a figure of its own rather than a
/// part of another, else the best match. Claims come by document then position, so the claims of
/// one sentence are neighbours.
fn one_per_sentence(claims: &[LinkInput<'_>], settings: &Settings, best: &mut [Option<(usize, f32, Vec<String>)>]) {
    let rank = |j: usize, best: &[Option<(usize, f32, Vec<String>)>]| {
        let (s, score, _) = best[j].as_ref()?;
        let claim = claims[j].claim;
        let agrees = settings.subjects[*s].expect.as_ref().is_some_and(|e| {
            matches!(claim.value.compare_with(e, &settings.tolerance), Some(Verdict::Same | Verdict::Compatible))
        });
        Some((*s, (agrees, !(claim.part || claim.summed)), *score))
    };
    // The best claim of each declared subject in the sentence at hand.
    let mut winners: HashMap<usize, (usize, (bool, bool), f32)> = HashMap::new();
    let mut start = 0;
    while start < claims.len() {
        let here = (claims[start].doc, claims[start].claim.sentence_index);
        let end = start + claims[start..].iter().take_while(|c| (c.doc, c.claim.sentence_index) == here).count();
        winners.clear();
        for j in start..end {
            let Some((s, order, score)) = rank(j, best) else { continue };
            let better = |w: &(usize, (bool, bool), f32)| order > w.1 || order == w.1 && score > w.2;
            if winners.get(&s).is_none_or(better) {
                winners.insert(s, (j, order, score));
            }
        }
        for k in start..end {
            let Some((s, _, _)) = best[k] else { continue };
            let w = winners[&s].0;
            if w != k && !restated(claims[w].claim, claims[k].claim) {
                best[k] = None;
            }
        }
        start = end;
    }
}

/// The claims each cue word could tie to a declared subject: those with the word's stem in their
/// own sentence near enough to count, or as their counted noun. `concord init` reads it to write
/// only cues that single out the claims of the subject they declare.
pub struct CueIndex {
    by_stem: HashMap<String, Vec<usize>>,
    stemmer: Stemmer,
}

impl CueIndex {
    /// Indexes `claims` by the stems that can serve them as cues.
    pub fn new(claims: &[&Claim]) -> CueIndex {
        let mut by_stem: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, claim) in claims.iter().enumerate() {
            let near = claim.context.iter().filter(|w| may_cue(w));
            let mut stems: Vec<&str> = near.map(|w| &*w.stem).chain(claim.noun_stem.as_deref()).collect();
            stems.sort_unstable();
            stems.dedup();
            for stem in stems {
                by_stem.entry(stem.to_string()).or_default().push(i);
            }
        }
        CueIndex { by_stem, stemmer: Stemmer::create(Algorithm::English) }
    }

    /// Of the `candidates`, the cue words that each single out the claims of one subject: a
    /// `declared` subject with that cue alone would take no claim outside `members` (indices into
    /// the indexed claims, sorted) whose value disagrees with its `expect`.
    pub fn singling_cues(
        &self,
        claims: &[&Claim],
        members: &[usize],
        declared: &DeclaredSubject,
        candidates: &[String],
    ) -> Vec<String> {
        candidates
            .iter()
            .filter(|cue| {
                let alone = DeclaredSubject { cues: vec![cue.to_string()], ..declared.clone() };
                let stems = DeclaredStems::new(&alone, &self.stemmer);
                let postings = self.by_stem.get(&stem_word(&self.stemmer, cue)).map_or(&[][..], Vec::as_slice);
                postings.iter().all(|&j| {
                    members.binary_search(&j).is_ok()
                        || stems.matches(claims[j]).is_none()
                        || declared.expect.as_ref().is_some_and(|e| {
                            matches!(claims[j].value.compare(e), Some(Verdict::Same | Verdict::Compatible))
                        })
                })
            })
            .cloned()
            .collect()
    }
}

/// The stemmed cues and unit of a declared subject.
struct DeclaredStems {
    kind: Option<Kind>,
    cues: Vec<(String, String)>,
    excluded: Vec<String>,
    unit: Option<String>,
}

impl DeclaredStems {
    fn new(declared: &DeclaredSubject, stemmer: &Stemmer) -> DeclaredStems {
        DeclaredStems {
            kind: declared.kind,
            cues: declared.cues.iter().map(|c| (stem_word(stemmer, c), c.clone())).collect(),
            excluded: declared.exclude_cues.iter().map(|c| stem_word(stemmer, c)).collect(),
            unit: declared.unit.as_deref().map(|u| stem_word(stemmer, u)),
        }
    }

    /// Whether a claim belongs here: its kind compares, its unit matches when one is declared, and
    /// a cue word stands in its sentence when cues are declared. Returns the match strength and the
    /// cues found.
    fn matches(&self, claim: &Claim) -> Option<(f32, Vec<String>)> {
        if self.cues.is_empty() && self.unit.is_none() {
            return None;
        }
        if let Some(kind) = self.kind {
            if kind.family() != claim.kind.family() {
                return None;
            }
        }
        // An excluding word anywhere in the claim's own sentence keeps it out.
        if claim.context.iter().any(|w| !w.from_heading && !w.borrowed && self.excluded.iter().any(|e| **e == *w.stem))
        {
            return None;
        }
        let mut score = 0.0;
        let mut found = Vec::new();
        if let Some(unit) = &self.unit {
            // A declared unit takes claims counting the same noun, or a noun of the same family
            // ("people" for "prisoners").
            let unit_matches = claim
                .noun_stem
                .as_deref()
                .is_some_and(|n| n == unit.as_str() || (is_person_noun(n) && is_person_noun(unit)))
                || claim.noun.as_deref().is_some_and(|n| n == unit);
            if !unit_matches {
                return None;
            }
            score += 1.0;
        }
        if !self.cues.is_empty() {
            for (stem, cue) in &self.cues {
                // A cue counts when it stands in the claim's own sentence, near the claim: about
                // eight words away at most. A heading shared by a whole section is no cue.
                let hit = claim.context.iter().find(|w| *w.stem == **stem && may_cue(w)).map(|w| w.weight);
                let noun_hit = claim.noun_stem.as_deref() == Some(stem.as_str());
                if let Some(weight) = hit.or(noun_hit.then_some(1.0)) {
                    score += weight;
                    found.push(cue.clone());
                }
            }
            if found.is_empty() {
                return None;
            }
        }
        Some((score, found))
    }
}

/// The declared subjects by the words that can take a claim for them, so that linking a claim asks
/// only the subjects one of its words could match rather than every subject of a long claims.toml.
struct DeclaredIndex<'a> {
    /// Cue stem → the subjects with that cue.
    by_cue: HashMap<&'a str, Vec<usize>>,
    /// Unit → the subjects declaring no cue, only that unit.
    by_unit: HashMap<&'a str, Vec<usize>>,
    /// Subjects declaring no cue, only a unit naming people: they take a count of any people.
    people: Vec<usize>,
}

impl<'a> DeclaredIndex<'a> {
    fn new(declared: &'a [DeclaredStems]) -> DeclaredIndex<'a> {
        let mut index = DeclaredIndex { by_cue: HashMap::new(), by_unit: HashMap::new(), people: Vec::new() };
        for (s, d) in declared.iter().enumerate() {
            for (stem, _) in &d.cues {
                index.by_cue.entry(stem.as_str()).or_default().push(s);
            }
            match &d.unit {
                Some(unit) if d.cues.is_empty() => {
                    index.by_unit.entry(unit.as_str()).or_default().push(s);
                    if is_person_noun(unit) {
                        index.people.push(s);
                    }
                }
                _ => {}
            }
        }
        index
    }

    /// Every subject that [`DeclaredStems::matches`] could accept `claim` for, in index order,
    /// written into `out`.
    fn candidates(&self, claim: &Claim, out: &mut Vec<usize>) {
        out.clear();
        let noun_stem = claim.noun_stem.as_deref();
        let words = claim.context.iter().map(|w| &*w.stem).chain(noun_stem);
        for word in words {
            out.extend(self.by_cue.get(word).into_iter().flatten());
        }
        for unit in noun_stem.into_iter().chain(claim.noun.as_deref()) {
            out.extend(self.by_unit.get(unit).into_iter().flatten());
        }
        if noun_stem.is_some_and(is_person_noun) {
            out.extend(&self.people);
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// Whether claim `x` is one of values given side by side ([`Claim::among`]) that disagrees with
/// claim `y` while another of them agrees with it. Values given side by side are neighbours in
/// `claims`.
fn chosen_elsewhere(claims: &[LinkInput<'_>], x: usize, y: usize) -> bool {
    let (a, b) = (&claims[x], &claims[y]);
    let Some(among) = a.claim.among else { return false };
    if a.claim.value.compare(&b.claim.value) != Some(Verdict::Conflict) {
        return false;
    }
    let sibling = |c: &&LinkInput<'_>| c.doc == a.doc && c.claim.among == Some(among);
    let before = claims[..x].iter().rev().take_while(sibling);
    let after = claims[x + 1..].iter().take_while(sibling);
    before
        .chain(after)
        .any(|c| matches!(c.claim.value.compare(&b.claim.value), Some(Verdict::Same | Verdict::Compatible)))
}

/// The comparison family of a claim: claims in different families are never linked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Family {
    Date,
    Number(Dimension),
    Age,
}

fn family(claim: &Claim) -> Family {
    match &claim.value {
        Value::Date(_) => Family::Date,
        Value::Number(n) if n.unit.dimension == Dimension::Time && claim.noun.as_deref() == Some("age") => Family::Age,
        Value::Number(n) => Family::Number(n.unit.dimension.clone()),
    }
}

/// Words that name one event in several ways share one stem for linking: "freed" and "released",
/// "died" and "killed", "sank" and "sinking", "blew" and "explosion". The list is general vocabulary
/// of counted events, not of any one corpus.
fn concept(stem: &str) -> &str {
    match stem {
        "freed" | "free" | "liber" | "releas" => "releas",
        "die" | "kill" | "perish" | "death" | "dead" | "drown" | "fatal" | "casualti" => "die",
        "escap" | "fled" | "flee" | "defect" => "escap",
        "sank" | "sunk" | "sink" => "sink",
        "hit" | "struck" | "collid" | "collis" => "hit",
        "explos" | "explod" | "blast" | "blew" | "blown" | "detonat" => "explod",
        "attack" | "besieg" | "assail" | "assault" => "attack",
        "built" | "build" | "construct" | "erect" => "build",
        "demolish" | "demolit" | "raze" => "demolish",
        "born" | "birth" => "born",
        "surviv" | "survivor" | "save" | "rescu" => "surviv",
        "last" | "durat" => "last",
        "found" | "discov" | "locat" => "found",
        "left" | "depart" => "depart",
        "movi" | "film" => "film",
        "speed" | "fast" | "veloc" => "speed",
        "long" | "length" => "long",
        "high" | "height" | "tall" => "high",
        "deep" | "depth" => "deep",
        "age" | "aged" => "age",
        "aboard" | "board" | "onboard" => "aboard",
        other => other,
    }
}

/// What a word means as half of "lost their lives" (or "lose his life"), which says "died", or of
/// "lost their homes", which says "homeless", in a context holding the other half.
fn lost(context: &[ContextWord], w: &ContextWord) -> Option<&'static str> {
    let loss = |stem: &str| matches!(stem, "lost" | "lose");
    let what = |stem: &str| match stem {
        "live" | "life" => Some("die"),
        "home" => Some("homeless"),
        _ => None,
    };
    if loss(&w.stem) {
        context.iter().find_map(|c| what(&c.stem))
    } else {
        what(&w.stem).filter(|_| context.iter().any(|c| loss(&c.stem)))
    }
}

/// How near a word must be to name a claim's own event: three tokens, as in "the 49-year-old
/// governor was killed".
const EVENT_WEIGHT: f32 = 0.66;

/// The events named right beside a claim (within three tokens), one bit each: what a count counts
/// when its noun does not say ("706 survived", "1,517 people died").
fn nearby_events(claim: &Claim) -> u16 {
    let mut events = 0;
    // The event a length of time is counted from is not what it measures: "2 h 40 min after hitting
    // the ice" is how long the sinking took.
    let counted_from = |w: &ContextWord| claim.reference.iter().any(|r| **r == *w.stem);
    for w in claim.context.iter().filter(|w| !w.from_heading && w.weight >= EVENT_WEIGHT && !counted_from(w)) {
        // "it ended in 1949" marks an end; "1789 as the end of the old order" names one.
        if &*w.stem == "end" && !w.word.eq_ignore_ascii_case("ended") {
            continue;
        }
        events |= event_bit(concept(&w.stem));
    }
    events
}

/// The bit of an event concept in [`nearby_events`], 0 for any other word.
fn event_bit(concept: &str) -> u16 {
    match concept {
        "releas" => 1,
        "die" => 1 << 1,
        "escap" => 1 << 2,
        "sink" => 1 << 3,
        "build" => 1 << 4,
        "born" => 1 << 5,
        "surviv" => 1 << 6,
        "hit" => 1 << 7,
        // Beginning and finishing are not one event in two words each, which would link every
        // "began" with every "started": the bits tell them apart and the words stay as written.
        "began" | "begun" | "begin" | "start" | "commenc" => 1 << 8,
        "complet" | "finish" | "end" | "lift" | "ceas" | "conclud" => FINISH,
        _ => 0,
    }
}

/// The bit of finishing in [`nearby_events`].
const FINISH: u16 = 1 << 9;

/// The bits of beginning and finishing: a date something began or finished on is a beginning or an
/// end, which the bits keep apart, but the verb does not say what began or finished.
const ASPECT: u16 = 1 << 8 | FINISH;

/// For each claim, the events named right beside the other claims of its sentence and not beside
/// it: in "2,240 people were on board and only 706 survived", surviving is what 706 counts, and it
/// says nothing about 2,240.
///
/// An age is a person's age at the event its sentence dates, so the events beside the sentence's
/// dates are an age's own, as near as if they touched it: in "she died in July 1934 of anaemia, aged
/// 67", dying is what the age is at. The second list gives those events for each age, 0 for any other
/// claim.
fn others_events(claims: &[LinkInput<'_>], traits: &[Traits]) -> (Vec<u16>, Vec<u16>) {
    let mut others = vec![0; claims.len()];
    let mut at = vec![0; claims.len()];
    let mut start = 0;
    while start < claims.len() {
        let here = (claims[start].doc, claims[start].claim.sentence_index);
        let end = start + claims[start..].iter().take_while(|c| (c.doc, c.claim.sentence_index) == here).count();
        // How many claims of the sentence name each event, so that a long sentence costs no more
        // than its claims.
        let mut naming = [0_u32; 16];
        let mut dated = 0_u16;
        for (c, t) in claims[start..end].iter().zip(&traits[start..end]) {
            for (bit, count) in naming.iter_mut().enumerate() {
                *count += u32::from(t.events >> bit & 1);
            }
            if matches!(c.claim.value, Value::Date(_)) {
                dated |= t.events;
            }
        }
        for i in start..end {
            let mut own = traits[i].events;
            if family(claims[i].claim) == Family::Age {
                at[i] = dated;
                own |= dated;
            }
            let named =
                (0..16).filter(|&bit| naming[bit] > u32::from(own >> bit & 1)).fold(0_u16, |b, bit| b | 1 << bit);
            others[i] = named & !own;
        }
        start = end;
    }
    (others, at)
}

/// Words that place a value in time without saying what happened: "the following year", "100 years
/// after", "two days later". They sit beside dates and lengths of time of every subject alike.
fn is_time_word(stem: &str) -> bool {
    matches!(
        stem,
        "year"
            | "month"
            | "week"
            | "day"
            | "decad"
            | "centuri"
            | "hour"
            | "minut"
            | "follow"
            | "later"
            | "earlier"
            | "previous"
            | "ago"
            | "time"
    )
}

/// Verbs that say a length of time went on, not what went on: "lasted", "took", "spent", "held
/// out", "stayed out", "went on", "continued", "ran". Beside a length of time they say only that
/// it is one.
fn is_span_verb(stem: &str) -> bool {
    matches!(
        stem,
        "last"
            | "took"
            | "take"
            | "taken"
            | "spent"
            | "spend"
            | "held"
            | "stay"
            | "went"
            | "continu"
            | "remain"
            | "kept"
            | "ran"
    )
}

/// Words that state a number or its unit ("hundreds of thousands", "two", "a dozen", "miles"): the
/// values are compared on their own, and the words of one figure say nothing about what another
/// counts or measures.
fn is_number_word(word: &str) -> bool {
    lexicon::is_value_word(word) && lexicon::ordinal_word(word).is_none() || lexicon::measure_unit(word).is_some()
}

/// Words that make a figure a requirement or a capacity rather than a fact: "the rules required 16
/// boats", "they only asked for 16", "64 were needed", "boats with room enough for 1,178 people".
/// Dates are not read this way: "on 12 June 1987 he demanded" dates the demand.
fn is_requirement(stem: &str) -> bool {
    matches!(
        stem,
        "requir" | "need" | "ask" | "demand" | "mandat" | "oblig" | "compulsori" | "minimum" | "enough" | "capac"
    )
}

/// What linking reads beside a claim's words, computed once per claim.
#[derive(Debug, Clone, Copy, Default)]
struct Traits {
    /// The events named right beside it: [`nearby_events`].
    events: u16,
    /// It states what was required or could be, not what was: "the rules required 16 boats"
    /// against "she carried 20 boats", "enough for 1,178 people" against "2,224 people aboard".
    required: bool,
    /// It is one of three or more percentages its sentence lists side by side, each of a part:
    /// "62% in first class, 41% in second and 25% in third" against "about 32% survived".
    share: bool,
    /// A hash of the time zone or place a date is told in ("20 July (UTC)", "21 July in
    /// Australia"), 0 when it names none: see [`zone_of`].
    zone: u64,
    /// It counts people: [`counts_people`].
    people: bool,
    /// It counts people of two groups or more together: it counts people, alone among the counts of
    /// its sentence, and [`names_groups`].
    whole: bool,
    /// The names right beside it and the names anywhere in its context, one bit per name: see
    /// [`name_bits`].
    names: (u64, u64),
    /// It counts one side of a breakdown its sentence gives side by side, by name: the 28,000 of
    /// "23,000 Union and 28,000 Confederate casualties".
    side: bool,
}

/// How near a name must be to be the person a claim's own event is about: five tokens, as in
/// "Irène, born in 1897" or "Born in 1867, Curie was".
const PERSON_WEIGHT: f32 = 0.5;

/// The names in a claim's context, one hashed bit each: those within [`PERSON_WEIGHT`], and all of
/// them. Headings are left out: they name what a whole note is about.
fn name_bits(claim: &Claim) -> (u64, u64) {
    use std::hash::BuildHasher;
    let bit = |stem: &str| 1_u64 << (foldhash::fast::FixedState::with_seed(0).hash_one(stem) % 64);
    let (mut near, mut all) = (0, 0);
    for w in claim.context.iter().filter(|w| w.proper && !w.from_heading) {
        all |= bit(&w.stem);
        if w.weight >= PERSON_WEIGHT {
            near |= bit(&w.stem);
        }
    }
    (near, all)
}

/// Words that say which clock a date or time is read on.
fn is_zone_word(stem: &str) -> bool {
    lexicon::is_time_zone(stem) || matches!(stem, "eastern" | "central" | "pacific" | "local" | "zone")
}

/// The clock a date is told by: the time-zone words beside it, and the names right beside it when
/// `explained` (its sentence gives the day by two clocks), hashed; 0 for a date that names none. A
/// day's difference between dates told by different clocks is no contradiction: the landing on
/// 20 July (UTC) was on 21 July in Australia.
fn zone_of(claim: &Claim, explained: bool) -> u64 {
    if !matches!(claim.value, Value::Date(_)) {
        return 0;
    }
    let mut words: Vec<&str> = claim
        .context
        .iter()
        .filter(|w| !w.from_heading && w.weight >= 0.75 && (is_zone_word(&w.stem) || (explained && w.proper)))
        .map(|w| &*w.stem)
        .collect();
    if words.is_empty() {
        return 0;
    }
    words.sort_unstable();
    words.dedup();
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::with_seed(0).hash_one(&words).max(1)
}

/// Whether two times of day are apart by as much as two time zones can set them: a whole number of
/// half hours, at most fourteen hours either way round the clock.
fn zones_apart(a: &Value, b: &Value) -> bool {
    let (Value::Date(x), Value::Date(y)) = (a, b) else {
        return false;
    };
    let (Some(p), Some(q)) = (x.time, y.time) else {
        return false;
    };
    let apart = (i32::from(p.minutes) - i32::from(q.minutes)).rem_euclid(24 * 60);
    let apart = apart.min(24 * 60 - apart);
    apart != 0 && apart % 30 == 0 && apart <= 14 * 60
}

/// Whether two dates give days one apart (with the years they give, or either without one).
fn one_day_apart(a: &Value, b: &Value) -> bool {
    let (Value::Date(x), Value::Date(y)) = (a, b) else {
        return false;
    };
    if x.end.is_some() || y.end.is_some() {
        return false;
    }
    let year = |d: &DateValue| d.start.year.filter(|y| y.lo == y.hi).map(|y| y.lo);
    let (yx, yy) = (year(x), year(y));
    if x.start.year.is_some() && yx.is_none() || y.start.year.is_some() && yy.is_none() {
        return false;
    }
    let (Some(mx), Some(dx), Some(my), Some(dy)) = (x.start.month, x.start.day, y.start.month, y.start.day) else {
        return false;
    };
    // A missing year is read as the other's, or as one leap year for both.
    let (yx, yy) = match (yx, yy) {
        (Some(p), Some(q)) => (p, q),
        (Some(p), None) | (None, Some(p)) => (p, p),
        (None, None) => (2000, 2000),
    };
    (crate::value::day_number(yx, mx, dx) - crate::value::day_number(yy, my, dy)).abs() == 1
}

/// The [`Traits`] of each claim. Like the sentence counts of discovery, it relies on claims coming by
/// document then position, so that the claims of one sentence are neighbours.
fn traits(claims: &[LinkInput<'_>]) -> Vec<Traits> {
    let mut percents: HashMap<(DocId, usize), u32> = HashMap::new();
    for c in claims {
        if c.claim.kind == Kind::Percent {
            *percents.entry((c.doc, c.claim.sentence_index)).or_default() += 1;
        }
    }
    // Sentences that give one moment by two clocks: two dates a day apart.
    let mut explained: HashSet<(DocId, usize)> = HashSet::default();
    for (i, a) in claims.iter().enumerate() {
        let mut same_sentence =
            claims[i + 1..].iter().take_while(|b| b.doc == a.doc && b.claim.sentence_index == a.claim.sentence_index);
        if same_sentence.any(|b| one_day_apart(&a.claim.value, &b.claim.value)) {
            explained.insert((a.doc, a.claim.sentence_index));
        }
    }
    // Sentences with more than one count: "1,300 passengers and 900 crew" names two groups, one
    // beside each figure.
    let mut counts: HashMap<(DocId, usize), u32> = HashMap::new();
    for c in claims.iter().filter(|c| is_count(c.claim)) {
        *counts.entry((c.doc, c.claim.sentence_index)).or_default() += 1;
    }
    // Sentences whose counts each touch a name of their own: "23,000 Union and 28,000 Confederate
    // casualties" gives each side's.
    let touching: Vec<Option<&str>> =
        claims.iter().map(|c| if is_count(c.claim) { touching_name(c.claim) } else { None }).collect();
    let mut sides: HashMap<(DocId, usize), Vec<&str>> = HashMap::new();
    for (c, name) in claims.iter().zip(&touching) {
        if let Some(name) = *name {
            let names = sides.entry((c.doc, c.claim.sentence_index)).or_default();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    claims
        .iter()
        .zip(&touching)
        .map(|(c, touching)| {
            let people = counts_people(c.claim);
            let alone = counts.get(&(c.doc, c.claim.sentence_index)) == Some(&1);
            Traits {
                events: nearby_events(c.claim),
                // A figure can be required; a day on which someone demanded something is the day it
                // happened.
                required: !matches!(c.claim.value, Value::Date(_))
                    && c.claim.context.iter().any(|w| !w.from_heading && w.weight >= 0.75 && is_requirement(&w.stem)),
                share: c.claim.kind == Kind::Percent
                    && percents.get(&(c.doc, c.claim.sentence_index)).is_some_and(|&n| n >= 3),
                zone: zone_of(c.claim, explained.contains(&(c.doc, c.claim.sentence_index))),
                people,
                whole: people && alone && names_groups(c.claim),
                names: name_bits(c.claim),
                side: touching.is_some()
                    && sides.get(&(c.doc, c.claim.sentence_index)).is_some_and(|names| names.len() >= 2),
            }
        })
        .collect()
}

/// The stem of a name that touches a claim in its own sentence ("28,000 Confederate casualties").
fn touching_name(claim: &Claim) -> Option<&str> {
    claim.context.iter().find(|w| w.proper && !w.from_heading && !w.borrowed && w.weight >= 1.0).map(|w| &*w.stem)
}

/// Whether a claim's value is a count of something.
fn is_count(claim: &Claim) -> bool {
    matches!(&claim.value, Value::Number(n) if n.unit.dimension == Dimension::Count)
}

/// How near a word must be to a count to name one of the groups it adds up: seven tokens, as in
/// "2,224 people on it (passengers + crew)".
const GROUP_WEIGHT: f32 = 0.4;

/// Whether a claim names two groups of people or more beside it. A count of people that does, alone
/// in its sentence, counts them together and is no count of any one of them: "2,224 people on board
/// (passengers + crew)", "3,547 passengers and crew", "5,000 men, women and children".
fn names_groups(claim: &Claim) -> bool {
    let mut groups: Vec<&str> = claim
        .context
        .iter()
        .filter(|w| !w.from_heading && w.weight >= GROUP_WEIGHT && is_group_noun(&w.stem))
        .map(|w| &*w.stem)
        .chain(claim.noun_stem.as_deref().filter(|stem| is_group_noun(stem)))
        .collect();
    groups.sort_unstable();
    groups.dedup();
    groups.len() >= 2
}

/// Nouns for a group of people that a total can be made of: the people nouns that say who, not
/// only that they are people or what befell them ("1,500 dead passengers" is one group), and the
/// crews and staffs counted beside them.
fn is_group_noun(stem: &str) -> bool {
    is_person_noun(stem) && !is_generic_person(stem) && !matches!(stem, "dead" | "survivor" | "victim")
        || matches!(stem, "crew" | "staff" | "guard" | "offic" | "sailor" | "troop" | "pilgrim" | "visitor")
}

/// People nouns that say nothing of who is counted: "2,224 people" may be any of its groups.
fn is_generic_person(stem: &str) -> bool {
    matches!(stem, "peopl" | "person" | "individu" | "human" | "soul" | "life" | "live" | "name")
}

/// Counted nouns that all count people: claims counting any of them may be linked. The names on a
/// list or a memorial are its people.
fn is_person_noun(stem: &str) -> bool {
    matches!(
        stem,
        "peopl"
            | "person"
            | "men"
            | "man"
            | "women"
            | "woman"
            | "children"
            | "child"
            | "prison"
            | "prisoner"
            | "inmat"
            | "victim"
            | "dead"
            | "survivor"
            | "passeng"
            | "soldier"
            | "civilian"
            | "refuge"
            | "worker"
            | "peasant"
            | "citizen"
            | "resid"
            | "individu"
            | "human"
            | "life"
            | "live"
            | "soul"
            | "name"
    )
}

/// Whether a claim counts people: by a noun for people ("passengers"), or by the name of a people
/// or of a city's inhabitants ("1,000 Parisians", "300 Muscovites", "2,000 Berliners"), which is
/// written with a capital in mid-sentence and ends like one.
fn counts_people(claim: &Claim) -> bool {
    let Some(stem) = claim.noun_stem.as_deref() else { return false };
    if is_person_noun(stem) {
        return true;
    }
    let Some(noun) = claim.noun.as_deref() else { return false };
    let demonym =
        ["ians", "ans", "ese", "ites", "ers"].iter().any(|end| noun.len() > end.len() + 2 && noun.ends_with(end));
    demonym && claim.context.iter().any(|w| w.proper && *w.word == *noun)
}

/// Whether two counted nouns allow a link: one concept, both people, or one a kind of the other.
fn nouns_compatible(a: Option<&str>, b: Option<&str>, both_people: bool) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => concept(x) == concept(y) || both_people || kind_of(x, y) || kind_of(y, x),
        _ => true,
    }
}

/// Whether a closed compound names a kind of a noun of at least four letters it ends with: the
/// "lifeboats" a ship carried are its "boats", "warships" are "ships".
fn kind_of(compound: &str, noun: &str) -> bool {
    noun.len() >= 4 && compound.len() >= noun.len() + 3 && compound.ends_with(noun)
}

/// A claim's weighted context vector over stems, normalised, sorted by stem id. `sentence` marks the
/// words that count as evidence for a link: words of the claim's own sentence (or table row), but not
/// its heading and not its counted noun, which only says the two counts could be compared.
struct Vector {
    words: Vec<(u32, f32)>,
    sentence: Vec<bool>,
    /// Which words are names (capitalised in mid-sentence).
    name: Vec<bool>,
}

/// Names weigh this much of an ordinary word: they say what the document is about more than which
/// fact a claim states ("Moscow" is in every sentence of a note on Moscow).
const NAME_WEIGHT: f32 = 0.5;

fn discover<'a>(
    claims: &'a [LinkInput<'a>],
    doc_topics: &[Topic<'_>],
    taken: &[bool],
    focus: Option<&[bool]>,
) -> Vec<Subject> {
    let topics = DocumentTopics::new(doc_topics);
    // The claims that may be linked: not taken, and in a topic of the focus when there is one.
    let active: Vec<bool> = match focus {
        None => taken.iter().map(|t| !t).collect(),
        Some(focus) => {
            let groups: HashSet<usize> = (0..doc_topics.len())
                .filter(|&d| focus.get(d).copied().unwrap_or(false))
                .flat_map(|d| topics.groups(DocId::from_index(d)))
                .collect();
            claims.iter().zip(taken).map(|(c, t)| !t && groups.contains(&topics.group(c))).collect()
        }
    };
    // A slip of the pen in one note reads as the word the other notes spell right.
    let respelt = respellings(claims);
    let stem_of = |context: &'a [ContextWord], w: &'a ContextWord| -> &'a str {
        lost(context, w).unwrap_or_else(|| concept(respelt.get(&*w.word).copied().unwrap_or(&*w.stem)))
    };
    // Intern stems and count, per stem, the sentences whose claims mention it.
    let mut interner: HashMap<&str, u32> = HashMap::new();
    let mut surface: Vec<&str> = Vec::new();
    let mut sentence_freq: Vec<u32> = Vec::new();
    // Claims come by document then position, so the claims of one sentence are neighbours: the words
    // counted for the sentence at hand are remembered until the next sentence begins.
    let mut sentences = 0_usize;
    let mut current: Option<(DocId, usize)> = None;
    let mut counted: Vec<u32> = Vec::new();
    for input in claims {
        let here = (input.doc, input.claim.sentence_index);
        if current != Some(here) {
            current = Some(here);
            counted.clear();
            sentences += 1;
        }
        for w in &input.claim.context {
            let id = *interner.entry(stem_of(&input.claim.context, w)).or_insert_with(|| {
                surface.push(&w.word);
                sentence_freq.push(0);
                (surface.len() - 1) as u32
            });
            if !counted.contains(&id) {
                counted.push(id);
                sentence_freq[id as usize] += 1;
            }
        }
    }
    // Counts of people share one noun concept in the vectors, as they do in the noun families.
    let person = *interner.entry("peopl").or_insert_with(|| {
        surface.push("people");
        sentence_freq.push(0);
        (surface.len() - 1) as u32
    });
    let total = sentences.max(1) as f32;
    let idf = |id: u32| (1.0 + total / sentence_freq[id as usize].max(1) as f32).ln();

    // The events that lengths of time in each sentence are counted from: in "in 2012, 100 years after
    // the sinking", the year is not the sinking's, so "sinking" says nothing about the date.
    let mut counted_from: HashMap<(DocId, usize), Vec<&str>> = HashMap::new();
    for input in claims.iter().filter(|c| !c.claim.reference.is_empty()) {
        let events = counted_from.entry((input.doc, input.claim.sentence_index)).or_default();
        events.extend(input.claim.reference.iter().map(|w| concept(w)));
    }
    let events = traits(claims);
    let (others, at) = others_events(claims, &events);
    // Context vectors: nearness × rarity, the noun doubled, normalised to unit length.
    let vectors: Vec<Vector> = claims
        .iter()
        .zip(&active)
        .enumerate()
        .map(|(i, (input, &active))| {
            if !active {
                return Vector { words: Vec::new(), sentence: Vec::new(), name: Vec::new() };
            }
            // That a length of time lasted or took says only that it is one, not whose it is: "the
            // siege lasted three years" and "the strike lasted five months".
            let lasts = match &input.claim.value {
                Value::Number(n) => n.unit.dimension == Dimension::Time,
                // "went on from 1789 to 1790": a span of dates lasts as a length of time does.
                Value::Date(d) => d.end.is_some(),
            };
            let date = matches!(input.claim.value, Value::Date(_));
            let counted_from_here = counted_from.get(&(input.doc, input.claim.sentence_index));
            let mut words: Vec<(u32, f32, bool)> = input
                .claim
                .context
                .iter()
                .filter(|w| !is_number_word(&w.word))
                .map(|w| (w, stem_of(&input.claim.context, w)))
                // Words that place a value in time, a verb of lasting beside a length of time, an
                // event of another figure of the sentence, and the event a date's length of time
                // counts from say nothing of what this claim states.
                .filter(|&(_, stem)| {
                    let silent = is_time_word(stem)
                        || lasts && (is_span_verb(stem) || stem == "long")
                        || date && event_bit(stem) & ASPECT != 0
                        || event_bit(stem) & others[i] != 0
                        || date && counted_from_here.is_some_and(|events| events.contains(&stem));
                    !silent
                })
                .filter_map(|(w, stem)| {
                    let name = if w.proper { NAME_WEIGHT } else { 1.0 };
                    let at_event = !w.from_heading && event_bit(concept(stem)) & at[i] != 0;
                    let weight = if at_event { 1.0 } else { w.weight };
                    interner.get(stem).map(|&id| (id, name * weight * idf(id), !w.from_heading))
                })
                .collect();
            let names: Vec<u32> = input
                .claim
                .context
                .iter()
                .filter(|w| w.proper)
                .filter_map(|w| interner.get(stem_of(&input.claim.context, w)).copied())
                .collect();
            // A counted noun says what is counted; a unit of measure only says the dimension, which the
            // family already fixes, so it does not count as shared context.
            if let Some(noun) = input.claim.noun_stem.as_deref().filter(|_| is_count(input.claim)) {
                let people = events[i].people;
                let id = if people { Some(&person) } else { interner.get(concept(noun)) };
                if let Some(&id) = id {
                    // Which people are counted says less than the verb; "words" or "lifeboats" says much.
                    let boost = if people { 1.0 } else { 2.0 };
                    match words.iter_mut().find(|(w, _, _)| *w == id) {
                        Some(entry) => {
                            entry.1 *= boost;
                            entry.2 = false;
                        }
                        None => words.push((id, boost * idf(id), false)),
                    }
                }
            }
            one_per_concept(&mut words);
            words.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            words.truncate(VECTOR_WORDS);
            let norm = words.iter().map(|(_, w, _)| w * w).sum::<f32>().sqrt().max(1e-6);
            words.sort_by_key(|(id, _, _)| *id);
            Vector {
                sentence: words.iter().map(|(_, _, s)| *s).collect(),
                name: words.iter().map(|(id, _, _)| names.contains(id)).collect(),
                words: words.into_iter().map(|(id, w, _)| (id, w / norm)).collect(),
            }
        })
        .collect();

    // Inverted index on (topic, family, salient word): claims of different topics or families are
    // never candidates, so they are never even paired.
    let families: Vec<Family> = claims.iter().map(|c| family(c.claim)).collect();
    let mut postings: HashMap<(usize, &Family, u32), Vec<usize>> = HashMap::new();
    for (i, vector) in vectors.iter().enumerate() {
        if !active[i] {
            continue;
        }
        let mut strongest: Vec<&(u32, f32)> = vector.words.iter().collect();
        strongest.sort_by(|a, b| b.1.total_cmp(&a.1));
        let topic = topics.group(&claims[i]);
        for (id, _) in strongest.into_iter().take(INDEXED_WORDS) {
            postings.entry((topic, &families[i], *id)).or_default().push(i);
        }
    }

    // Claims that state the very same specific value (one day, one exact number) are candidates too,
    // whatever their words: notes on one event give its date in sentences about different things. So
    // are a year and the days of that year.
    let mut by_value: HashMap<(usize, &Family, String), Vec<usize>> = HashMap::new();
    for (i, input) in claims.iter().enumerate() {
        if !active[i] {
            continue;
        }
        let measures = measure_keys(&input.claim.value).into_iter().flatten();
        let value = &input.claim.value;
        let keys = [value_key(value), time_key(value), day_of_year_key(value), figure_key(value)];
        let nights = night_keys(value).into_iter().flatten();
        for key in keys.into_iter().flatten().chain(year_key(value)).chain(measures).chain(nights) {
            by_value.entry((topics.group(input), &families[i], key)).or_default().push(i);
        }
    }

    // Candidate pairs, once each, and their similarity.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for list in postings.values().chain(by_value.values()) {
        if list.len() > MAX_POSTINGS {
            continue;
        }
        for (x, &a) in list.iter().enumerate() {
            pairs.extend(list[x + 1..].iter().map(|&b| (a.min(b), a.max(b))));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let edges: Edges = pairs
        .into_iter()
        .filter(|&(a, b)| linkable(claims, &events, a, b))
        .map(|(a, b)| {
            let (similarity, shared) = cosine(&vectors[a], &vectors[b]);
            let (va, vb) = (&claims[a].claim.value, &claims[b].claim.value);
            // A value one slip away counts beside two shared words: "stormed the arsenal on 3 May
            // 1848" and "the storming of the arsenal on 3 May 1847", not "a memorial march to the
            // arsenal on 3 May 1849"; "a 155-mile wall around the city" and "155 km around it".
            // With fewer words in common, the same day of the year still counts a little.
            let slip = match (same_day_of_year(va, vb), same_figure(va, vb)) {
                (true, _) | (_, true) if shared >= 2 => SLIP,
                (true, _) => DAY_OF_YEAR,
                _ => 0.0,
            };
            let affinity = value_affinity(va, vb) + slip;
            // A note narrates many events, each with its date, in sentences on one topic: between two
            // dates of one document, one common word ("attacked", "attack") is weak evidence, and two,
            // or a shared value, are needed.
            let dates = matches!(claims[a].claim.value, Value::Date(_));
            let weak = dates && claims[a].doc == claims[b].doc && shared < 2 && affinity <= 0.0;
            ((a, b), if weak { 0.0 } else { (similarity + affinity).max(0.0) })
        })
        .collect();

    // Greedy average-linkage merging, strongest edges first, never joining two claims of one sentence.
    let mut order: Vec<((usize, usize), f32)> = edges.clone();
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    order.retain(|(_, v)| *v >= LINK_THRESHOLD);
    let mut cluster_of: Vec<usize> = (0..claims.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..claims.len()).map(|i| vec![i]).collect();
    let mut via: Vec<Option<(usize, f32)>> = vec![None; claims.len()];
    // Two clusters refused once are refused again until one of them grows: each cluster counts its
    // merges, and a refusal is remembered with both counts. Without this, every later edge between
    // two large clusters would weigh all their pairs again.
    let mut grown: Vec<u32> = vec![0; claims.len()];
    let mut refused: HashSet<(usize, u32, usize, u32)> = HashSet::default();
    for ((a, b), score) in order {
        let (ca, cb) = (cluster_of[a], cluster_of[b]);
        if ca == cb {
            continue;
        }
        let (lo, hi) = (ca.min(cb), ca.max(cb));
        let key = (lo, grown[lo], hi, grown[hi]);
        if refused.contains(&key) {
            continue;
        }
        if !can_merge(&members[ca], &members[cb], claims, &events, &edges) {
            refused.insert(key);
            continue;
        }
        let (keep, gone) = if members[ca].len() >= members[cb].len() { (ca, cb) } else { (cb, ca) };
        grown[keep] += 1;
        let moved = std::mem::take(&mut members[gone]);
        for &m in &moved {
            cluster_of[m] = keep;
        }
        members[keep].extend(moved);
        if via[b].is_none() && keep == ca {
            via[b] = Some((a, score));
        } else if via[a].is_none() {
            via[a] = Some((b, score));
        } else if via[b].is_none() {
            via[b] = Some((a, score));
        }
    }

    let mut subjects = Vec::new();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut clusters: Vec<Vec<usize>> = members.into_iter().filter(|m| m.len() >= 2).collect();
    for cluster in &mut clusters {
        cluster.sort_unstable();
    }
    clusters.sort();
    for cluster in clusters {
        let reasons = cluster
            .iter()
            .map(|&i| {
                let (partner, score) = via[i]
                    .or_else(|| cluster.iter().find(|&&j| j != i).map(|&j| (j, pair_score(&edges, i, j))))
                    .unwrap_or((i, 0.0));
                LinkReason {
                    claim: ClaimId::from_index(i),
                    partner: Some(ClaimId::from_index(partner)),
                    shared: shared_words(&vectors[i], &vectors[partner], &surface),
                    value: (partner != i)
                        .then(|| value_evidence(&claims[i].claim.value, &claims[partner].claim.value))
                        .flatten(),
                    score,
                }
            })
            .collect();
        // A subject is named in its own claims' words: "tear" and "demolition" are one concept, but a
        // subject that only tears down is not named for a demolition told of elsewhere.
        let written = |id: u32| {
            cluster.iter().find_map(|&i| {
                let context = &claims[i].claim.context;
                context.iter().find(|w| interner.get(stem_of(context, w)) == Some(&id)).map(|w| &*w.word)
            })
        };
        let (id, label) = name_subject(&cluster, claims, &vectors, &surface, &written, &mut used_ids);
        subjects.push(Subject {
            id,
            label,
            origin: Origin::Discovered,
            kind: commonest_kind(&cluster, claims),
            claims: cluster.iter().map(|&i| ClaimId::from_index(i)).collect(),
            reasons,
            declared: None,
        });
    }
    subjects
}

/// Keeps one entry per word id in a claim's weighted words `(id, weight, not from the heading)`: two
/// words of one concept ("died" and "killed") are one dimension of its vector, at the weight of the
/// stronger, and from the claim's own text if either is. Counted twice, the concept would weigh in the
/// vector's length but meet the other vector's only once.
fn one_per_concept(words: &mut Vec<(u32, f32, bool)>) {
    words.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    words.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.2 |= later.2;
        }
        same
    });
}

/// Words shorter than this are never read as slips for other words: among short words, one letter
/// apart is as often another word ("sank" and "sunk", "hit" and "hot").
const MIN_SLIP_LEN: usize = 6;

/// Context words read as slips of the pen, each with the stem of the word it stands for: a word that
/// one note uses, one edit from a word other notes use at least twice as often ("governer" beside
/// "governor", "Khruschev" beside "Khrushchev"), by the rules of the `name-variant` check. Candidates
/// are found through one-letter deletions, so the work is linear in the vocabulary.
fn respellings<'a>(claims: &'a [LinkInput<'_>]) -> HashMap<&'a str, &'a str> {
    struct Usage<'a> {
        stem: &'a str,
        sentences: u32,
        documents: u32,
        last: Option<(DocId, usize)>,
    }
    let mut usage: HashMap<&str, Usage<'_>> = HashMap::new();
    for input in claims {
        let here = (input.doc, input.claim.sentence_index);
        for w in &input.claim.context {
            let u = usage.entry(&w.word).or_insert(Usage { stem: &w.stem, sentences: 0, documents: 0, last: None });
            if u.last != Some(here) {
                u.sentences += 1;
                // Claims come by document, so a document is new when the last sentence was in another.
                u.documents += u32::from(u.last.is_none_or(|(doc, _)| doc != input.doc));
                u.last = Some(here);
            }
        }
    }
    let long = |word: &str| word.chars().count() >= MIN_SLIP_LEN;
    let mut index: HashMap<String, Vec<&str>> = HashMap::new();
    for (&word, u) in &usage {
        if long(word) && u.documents >= 2 && u.sentences >= 3 {
            for key in deletion_keys(word) {
                index.entry(key).or_default().push(word);
            }
        }
    }
    let mut respelt = HashMap::new();
    for (&word, u) in &usage {
        if !long(word) || u.documents != 1 {
            continue;
        }
        let best = deletion_keys(word)
            .iter()
            .filter_map(|key| index.get(key))
            .flatten()
            .filter(|&&canonical| {
                let c = &usage[canonical];
                c.stem != u.stem
                    && c.sentences >= 2 * u.sentences
                    && c.documents > u.documents
                    && is_misspelling(word, canonical)
            })
            .max_by_key(|&&canonical| (usage[canonical].sentences, std::cmp::Reverse(canonical)));
        if let Some(&canonical) = best {
            respelt.insert(word, usage[canonical].stem);
        }
    }
    respelt
}

/// Groups documents by topic: each document is joined to its nearest neighbours (up to
/// [`TOPIC_NEIGHBOURS`], each at least [`TOPIC_RELATIVE`] as alike as the nearest), and topics are the
/// connected groups. Claims in documents of different topics are never linked: in a folder of notes
/// on the Titanic and on the Berlin Wall, "14 April" and "9 November" are not about one thing.
///
/// Similarity is the cosine of tf-idf vectors of the documents' content words. Neighbours are found
/// through an inverted index over words, and a word in more than [`MAX_POSTINGS`] documents is not
/// indexed, so the work stays near-linear in the corpus.
struct DocumentTopics {
    /// The topic group of each section, sections numbered through the corpus in document order.
    group: Vec<usize>,
    /// Where each section starts in its document.
    starts: Vec<usize>,
    /// The number of the first section of each document, and then of the sections in all.
    first: Vec<usize>,
}

/// A word in more documents than this finds no neighbours: the work per document stays constant.
const TOPIC_POSTINGS: usize = 100;

/// How many nearest neighbours a document is joined to.
const TOPIC_NEIGHBOURS: usize = 3;

/// A neighbour joins only if it is at least this fraction as alike as the nearest one.
const TOPIC_RELATIVE: f32 = 0.6;

impl DocumentTopics {
    fn new(documents: &[Topic<'_>]) -> DocumentTopics {
        // Each section's stems as ids of the corpus, with their counts.
        let mut ids: HashMap<&str, u32> = HashMap::new();
        let mut first = Vec::with_capacity(documents.len() + 1);
        let mut starts = Vec::new();
        let mut topics: Vec<Vec<(u32, u32)>> = Vec::new();
        for document in documents {
            first.push(topics.len());
            let own: Vec<u32> = document
                .stems
                .iter()
                .map(|stem| {
                    let next = ids.len() as u32;
                    *ids.entry(&**stem).or_insert(next)
                })
                .collect();
            for section in document.sections {
                starts.push(section.start);
                topics.push(
                    section
                        .topic
                        .iter()
                        .filter_map(|&(slot, count)| own.get(slot as usize).map(|&id| (id, count)))
                        .collect(),
                );
            }
        }
        first.push(topics.len());
        let n = topics.len();
        let mut doc_freq: Vec<f32> = vec![0.0; ids.len()];
        for topic in &topics {
            for &(id, _) in topic {
                doc_freq[id as usize] += 1.0;
            }
        }
        let vectors: Vec<Vec<(u32, f32)>> = topics
            .iter()
            .map(|topic| {
                let mut v: Vec<(u32, f32)> = topic
                    .iter()
                    .map(|&(id, count)| {
                        let idf = (1.0 + n as f32 / doc_freq[id as usize]).ln();
                        (id, (1.0 + (count as f32).ln()) * idf)
                    })
                    .filter(|(_, w)| *w > 0.0)
                    .collect();
                let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt().max(1e-6);
                for e in &mut v {
                    e.1 /= norm;
                }
                v
            })
            .collect();
        let mut postings: HashMap<u32, Vec<(usize, f32)>> = HashMap::new();
        for (d, v) in vectors.iter().enumerate() {
            for &(id, w) in v {
                postings.entry(id).or_default().push((d, w));
            }
        }
        // A word in very many documents joins no neighbours: it is the corpus's subject, not a topic's.
        postings.retain(|_, list| list.len() <= TOPIC_POSTINGS);
        // Each document's nearest neighbours, found in parallel. Similarities accumulate in a dense
        // vector per thread; `touched` lists the entries to read and reset.
        let neighbours: Vec<Vec<usize>> = vectors
            .par_iter()
            .enumerate()
            .with_min_len(64)
            .map_init(
                || (vec![0.0_f32; n], Vec::new()),
                |(scores, touched), (d, v)| {
                    for &(id, w) in v {
                        let Some(list) = postings.get(&id) else { continue };
                        for &(other, w2) in list {
                            if other != d {
                                if scores[other] == 0.0 {
                                    touched.push(other);
                                }
                                scores[other] += w * w2;
                            }
                        }
                    }
                    // The nearest few, most alike first (ties to the lower index): a partial
                    // selection, as a document may touch hundreds of others.
                    let mut best: Vec<(usize, f32)> = touched.iter().map(|&k| (k, scores[k])).collect();
                    for &k in touched.iter() {
                        scores[k] = 0.0;
                    }
                    touched.clear();
                    let nearer = |a: &(usize, f32), b: &(usize, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
                    if best.len() > TOPIC_NEIGHBOURS {
                        best.select_nth_unstable_by(TOPIC_NEIGHBOURS, nearer);
                        best.truncate(TOPIC_NEIGHBOURS);
                    }
                    best.sort_unstable_by(nearer);
                    let top = best.first().map_or(0.0, |b| b.1);
                    best.iter().filter(|(_, sim)| *sim >= TOPIC_RELATIVE * top && *sim > 0.0).map(|b| b.0).collect()
                },
            )
            .collect();
        let mut parent: Vec<usize> = (0..n).collect();
        for (d, list) in neighbours.iter().enumerate() {
            for &other in list {
                union(&mut parent, d, other);
            }
        }
        let group = (0..n).map(|d| find(&mut parent, d)).collect();
        DocumentTopics { group, starts, first }
    }

    /// The sections of a document, by number.
    fn sections(&self, doc: DocId) -> std::ops::Range<usize> {
        match (self.first.get(doc.index()), self.first.get(doc.index() + 1)) {
            (Some(&from), Some(&to)) => from..to,
            _ => 0..0,
        }
    }

    /// The topic groups of a document's sections.
    fn groups(&self, doc: DocId) -> impl Iterator<Item = usize> + '_ {
        self.sections(doc).map(|s| self.group[s])
    }

    /// The topic group of the section a claim stands in.
    fn group(&self, input: &LinkInput<'_>) -> usize {
        let sections = self.sections(input.doc);
        let starts = &self.starts[sections.clone()];
        let within = starts.partition_point(|&start| start <= input.claim.span.start).saturating_sub(1);
        self.group.get(sections.start + within).copied().filter(|_| !sections.is_empty()).unwrap_or(usize::MAX)
    }
}

fn find(parent: &mut [usize], x: usize) -> usize {
    let mut root = x;
    while parent[root] != root {
        root = parent[root];
    }
    let mut node = x;
    while parent[node] != root {
        let next = parent[node];
        parent[node] = root;
        node = next;
    }
    root
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// The key under which claims stating one specific value meet: a day (with its year when given:
/// "14 July 1789" and "14 July 1790" are different days), or an exact number of at least ten, or a
/// number that is a fraction of its unit, in the base unit.
fn value_key(value: &Value) -> Option<String> {
    match value {
        Value::Date(d) => {
            // An interval (a life span, a reign) meets others that start at the same point.
            if d.end.is_some() {
                return Some(format!("from {}", d.start));
            }
            let (month, day) = (d.start.month?, d.start.day?);
            let year = d.start.year.filter(|y| y.lo == y.hi).map_or("XXXX".to_string(), |y| y.lo.to_string());
            Some(format!("{year}-{month:02}-{day:02}"))
        }
        // A number with a fraction of its unit is as specific: "2 h 40 min", "about two hours and
        // forty minutes" and "160 minutes" are all 9,600 seconds.
        Value::Number(n)
            if n.high.is_none()
                && (n.bound == Bound::Exact && n.value.abs() >= 10.0
                    || matches!(n.bound, Bound::Exact | Bound::Approx)
                        && (n.value.fract() != 0.0 || n.extra_seconds != 0.0)) =>
        {
            Some(format!("{:.6e}", n.base()))
        }
        Value::Number(_) => None,
    }
}

/// The key under which claims stating one time of day meet, with or without its day: notes give
/// "23:40" alone, or "11:40 p.m. on 14 April 1912".
fn time_key(value: &Value) -> Option<String> {
    match value {
        Value::Date(d) if d.end.is_none() => d.time.map(|t| format!("T{}", t.minutes)),
        _ => None,
    }
}

/// Whether two dates give one day of the year in different years: a common slip ("14 July 1788" for
/// 1789), but also what anniversaries share, so it is evidence only beside shared words.
fn same_day_of_year(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Date(x), Value::Date(y)) => {
            day_of_year(a).is_some_and(|day| Some(day) == day_of_year(b)) && x.start.year != y.start.year && {
                let (p, q) = (x.time.map(|t| t.minutes), y.time.map(|t| t.minutes));
                p.is_none() || q.is_none() || p == q
            }
        }
        _ => false,
    }
}

/// The month and day of a single day whose year is given.
fn day_of_year(value: &Value) -> Option<(u8, u8)> {
    match value {
        Value::Date(d) if d.end.is_none() && d.start.year.is_some() => d.start.month.zip(d.start.day),
        _ => None,
    }
}

/// The key under which dates of one day of the year meet, whatever their years.
fn day_of_year_key(value: &Value) -> Option<String> {
    day_of_year(value).map(|(month, day)| format!("--{month:02}-{day:02}"))
}

/// The days of a night or of two days ("12/13 August 1961", "April 14–15, 1912"), under the keys of
/// the single days they contain, so that a note giving one of them meets it.
fn night_keys(value: &Value) -> Option<[String; 2]> {
    let Value::Date(d) = value else { return None };
    let (y, m, first) = night(d)?;
    Some([first, first + 1].map(|d| format!("{y}-{m:02}-{d:02}")))
}

/// A date that spans two consecutive days of one month and one year: its year, month and first day.
fn night(d: &DateValue) -> Option<(i32, u8, u8)> {
    let day = |p: DatePoint| Some((p.year.filter(|y| y.lo == y.hi)?.lo, p.month?, p.day?));
    let (first, last) = (day(d.start)?, day(d.end?)?);
    (first.0 == last.0 && first.1 == last.1 && last.2 == first.2 + 1).then_some(first)
}

/// Whether a single day falls in a night or two days that the other date spans: "13 August 1961"
/// in "12/13 August 1961" is one day at two precisions.
fn day_in_night(a: &DateValue, b: &DateValue) -> bool {
    let in_night = |point: &DateValue, span: &DateValue| {
        let Some((year, month, first)) = night(span) else { return false };
        point.end.is_none()
            && point.start.month == Some(month)
            && point.start.day.is_some_and(|d| d == first || d == first + 1)
            && point.start.year.is_none_or(|y| y.lo == y.hi && y.lo == year)
    };
    in_night(a, b) || in_night(b, a)
}

/// Whether two measures of one dimension give one figure in different units ("155 miles" and
/// "155 km"): a common slip, but a coincidence too, so it is evidence only beside shared words.
fn same_figure(a: &Value, b: &Value) -> bool {
    match (measured(a), measured(b)) {
        (Some(x), Some(y)) => {
            x.unit.dimension == y.unit.dimension && x.unit.symbol != y.unit.symbol && x.value == y.value
        }
        _ => false,
    }
}

/// The key under which measures of one figure meet, whatever their units.
fn figure_key(value: &Value) -> Option<String> {
    measured(value).map(|n| format!("{:?} #{}", n.unit.dimension, n.value))
}

/// Whether a number measures something physical (a length, a speed, a temperature): two notes that
/// give nearly the same measure in one such dimension, even in different units, are most likely
/// giving one fact. Counts, durations, percentages and ranks coincide too often for that.
fn measured(value: &Value) -> Option<&crate::value::Number> {
    match value {
        Value::Number(n)
            if matches!(
                n.unit.dimension,
                Dimension::Length
                    | Dimension::Mass
                    | Dimension::Area
                    | Dimension::Volume
                    | Dimension::Speed
                    | Dimension::Temperature
            ) && n.high.is_none() =>
        {
            Some(n)
        }
        _ => None,
    }
}

/// The keys under which measures of nearly one size meet: buckets of 5% (one degree for
/// temperatures), each measure filed under its own bucket and the next, so that neighbours meet.
fn measure_keys(value: &Value) -> Option<[String; 2]> {
    let n = measured(value)?;
    let base = n.base();
    if !base.is_finite() {
        return None;
    }
    let bucket = if n.unit.dimension == Dimension::Temperature {
        base.floor() as i64
    } else if base > 0.0 {
        (base.ln() / 1.05_f64.ln()).floor() as i64
    } else {
        return None;
    };
    let dimension = &n.unit.dimension;
    Some([format!("{dimension:?} {bucket}"), format!("{dimension:?} {}", bucket + 1)])
}

/// Whether two measures in one dimension give one size: the ranges their last digits leave overlap
/// ("22 knots" and "22.5 knots"), in one unit or two ("155 km" and "96 miles", "8,848 m" and "29,029
/// ft": a conversion rounded to the digits it shows lies within half its last digit of the truth).
/// "About" widens neither: "about 29,000 feet" may be true of a camp at 27,900 ft, but it is not the
/// same figure, and a camp at 27,900 ft and a summit at 8,750 m are two places, not one height.
fn same_measure(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (measured(a), measured(b)) else {
        return false;
    };
    // "over 300 metres" is compatible with any greater measure, which says nothing about its subject.
    if x.unit.dimension != y.unit.dimension || x.bound.is_open() || y.bound.is_open() {
        return false;
    }
    let written = Tolerance { approx: 0.0, nearly: 0.0, ..Tolerance::default() };
    let (ix, iy) = (x.interval_with(&written), y.interval_with(&written));
    ix.overlaps(&iy)
}

/// Whether two dates state one time of day that names one moment, whatever days they give: a minute
/// off the hour ("23:40", "2:20"). Round hours ("noon", "4 a.m.") are too common to say as much.
fn same_moment(x: &DateValue, y: &DateValue) -> bool {
    match (x.time, y.time) {
        (Some(a), Some(b)) => a.minutes == b.minutes && a.minutes % 60 != 0 && x.end.is_none() && y.end.is_none(),
        _ => false,
    }
}

/// What a year adds to a link with a day of that year ("in 1986" and "26 April 1986"): half what the
/// same day adds. A note often gives an event only its year, in a heading or in passing ("the
/// accident happened in 1986"), where few words say which event it is.
const YEAR_HOLDS_DAY: f32 = 0.2;

/// Whether `year` is one year alone and `day` a single day in it.
fn year_holds_day(year: &DateValue, day: &DateValue) -> bool {
    year.end.is_none()
        && year.start.month.is_none()
        && year.start.year.is_some_and(|y| y.lo == y.hi)
        && day.end.is_none()
        && day.start.day.is_some()
        && day.start.year == year.start.year
}

/// The year of a value that is one year alone or one day of a year, so that a year meets the days of
/// that year among the candidates (see [`YEAR_HOLDS_DAY`]).
fn year_key(value: &Value) -> Option<String> {
    let Value::Date(d) = value else { return None };
    let year = d.start.year.filter(|y| y.lo == y.hi)?;
    let one_year = d.start.month.is_none() || d.start.day.is_some();
    (d.end.is_none() && one_year).then(|| format!("year {}", year.lo))
}

/// How much two values speak for one subject, beside their words. The same day, or the same number,
/// is strong evidence; values more than twenty times apart in one dimension (3.6 m and 155 km) speak
/// against. Merely compatible values ("over 50,000" and "51,439") count for nothing: on the
/// development notes that made links less precise; a year and a day in it count a little (see
/// [`YEAR_HOLDS_DAY`]). Disagreement within twenty times never counts
/// against a link: a wrong value must still land in its subject for its conflict to show.
fn value_affinity(a: &Value, b: &Value) -> f32 {
    match (a, b) {
        // Two intervals from the same point: a life span and its misprint ("1740–1789", "1740–1798")
        // are about one life.
        (Value::Date(x), Value::Date(y))
            if x.end.is_some() && y.end.is_some() && x.start == y.start && x.start.year.is_some() =>
        {
            SAME_VALUE
        }
        (Value::Date(x), Value::Date(y)) if x.end.is_some() && y.end.is_some() => 0.0,
        (Value::Date(x), Value::Date(y)) if day_in_night(x, y) => SAME_VALUE,
        (Value::Date(x), Value::Date(y)) => {
            // One day at two different times of day is two events, not one value.
            let same_time = match (x.time, y.time) {
                (Some(a), Some(b)) => a.minutes.abs_diff(b.minutes) <= 30,
                _ => true,
            };
            let same_day = x.start.month.is_some()
                && x.start.day.is_some()
                && x.start.month == y.start.month
                && x.start.day == y.start.day
                && (x.start.year.is_none() || y.start.year.is_none() || x.start.year == y.start.year)
                && same_time;
            if same_day || same_moment(x, y) {
                SAME_VALUE
            } else if year_holds_day(x, y) || year_holds_day(y, x) {
                YEAR_HOLDS_DAY
            } else if years_apart(x, y) {
                -SAME_VALUE
            } else {
                0.0
            }
        }
        (Value::Number(x), Value::Number(y)) => {
            // "thousands" and "thousands", "more than 300" and "more than 300": an open bound is
            // no specific value, however alike.
            if x == y && !x.bound.is_open()
                || value_key(a).is_some_and(|k| Some(k) == value_key(b))
                || same_measure(a, b)
            {
                return SAME_VALUE;
            }
            let (ix, iy) = (x.interval(), y.interval());
            let mid = |i: crate::value::Interval| if i.hi.is_finite() { (i.lo + i.hi) / 2.0 } else { i.lo };
            let (mx, my) = (mid(ix).abs(), mid(iy).abs());
            let far_apart = !ix.overlaps(&iy) && mx > 0.0 && my > 0.0 && (mx / my).max(my / mx) > 20.0;
            if far_apart { -SAME_VALUE } else { 0.0 }
        }
        _ => 0.0,
    }
}

/// How many years must part two dates for them to be unlikely to date one event, unless one is a
/// slip of the pen for the other: a generation. A note may put the start of one war in the year of
/// another, but two deaths 28 years apart are a father's and his daughter's.
const YEARS_APART: i32 = 25;

/// Whether two dates lie more than [`YEARS_APART`] years apart and neither year is one digit off the
/// other: a note's "started in 1087" and another's "started on 2 September 1666" date two events,
/// while "1766" for "1666" is the kind of slip a checker exists to catch.
fn years_apart(x: &DateValue, y: &DateValue) -> bool {
    let (Some((a_lo, a_hi)), Some((b_lo, b_hi))) = (x.year_span(), y.year_span()) else { return false };
    let gap = (b_lo - a_hi).max(a_lo - b_hi);
    gap > YEARS_APART && !digit_slip(a_lo, b_lo)
}

/// Whether two years are written alike but for one digit, or for two neighbouring digits swapped.
fn digit_slip(a: i32, b: i32) -> bool {
    let digits = |n: i32| n.unsigned_abs().checked_ilog10().map_or(1, |l| l + 1);
    if a.signum() != b.signum() || digits(a) != digits(b) {
        return false;
    }
    // The digits that differ, from the last: their places and the digits on each side.
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    let mut differ = [(0_u32, 0_u32, 0_u32); 3];
    let (mut count, mut place) = (0, 0);
    while x > 0 || y > 0 {
        if x % 10 != y % 10 {
            if count == differ.len() {
                return false;
            }
            differ[count] = (place, x % 10, y % 10);
            count += 1;
        }
        (x, y, place) = (x / 10, y / 10, place + 1);
    }
    match differ[..count] {
        [_] => true,
        [(k, p, q), (l, r, s)] => l == k + 1 && p == s && q == r,
        _ => false,
    }
}

/// The kind most claims of a cluster have, the first one's on a tie: a subject of days that a
/// heading's year joined is a subject of dates.
fn commonest_kind(cluster: &[usize], claims: &[LinkInput]) -> Kind {
    let kinds: Vec<Kind> = cluster.iter().map(|&i| claims[i].claim.kind).collect();
    let count = |kind: &Kind| kinds.iter().filter(|k| *k == kind).count();
    // `max_by_key` keeps the last of equal counts, so the kinds are read from the back.
    kinds.iter().rev().copied().max_by_key(count).unwrap_or(Kind::Count)
}

/// What two linked values have in common that counts as evidence, as a phrase for diagnostics.
fn value_evidence(a: &Value, b: &Value) -> Option<&'static str> {
    match (a, b) {
        (Value::Date(x), Value::Date(y)) => {
            let day = |d: &DateValue| d.start.month.zip(d.start.day);
            if same_moment(x, y) && (day(x).is_none() || day(x) != day(y)) {
                Some("the same time of day")
            } else if year_holds_day(x, y) || year_holds_day(y, x) {
                Some("the same year")
            } else if value_affinity(a, b) > 0.0 {
                if x.end.is_some() && y.end.is_some() { Some("the same start") } else { Some("the same day") }
            } else if same_day_of_year(a, b) {
                Some("the same day of the year")
            } else {
                None
            }
        }
        (Value::Number(x), Value::Number(y)) if value_affinity(a, b) > 0.0 => {
            Some(if x.unit.symbol != y.unit.symbol { "the same measure in other units" } else { "the same value" })
        }
        _ if same_figure(a, b) => Some("the same figure in other units"),
        _ => None,
    }
}

/// The weight of stating the same specific value.
const SAME_VALUE: f32 = 0.4;

/// The weight of a value one slip away: the same day and month in different years, the same figure
/// in different units.
const SLIP: f32 = 0.2;

/// The weight of the same day and month in different years beside fewer than two shared words. Too
/// weak to link two claims on its own, it lets a note whose year slipped ("july 14 1788") join the
/// notes that give the day right when its words match only some of them: each of its pairs with the
/// others counts in the average of [`can_merge`].
const DAY_OF_YEAR: f32 = 0.1;

/// Hard constraints on a pair: comparable kinds (the index already keys on family), compatible nouns,
/// and not one sentence.
/// `traits` holds each claim's [`Traits`].
fn linkable(claims: &[LinkInput<'_>], traits: &[Traits], x: usize, y: usize) -> bool {
    let (a, b) = (&claims[x], &claims[y]);
    if a.doc == b.doc && a.claim.sentence_index == b.claim.sentence_index && !restated(a.claim, b.claim) {
        return false;
    }
    // One table does not state one figure in two rows: "South Col camp | 7,900 m" and "Their highest
    // point | 8,750 m" are two heights. A date may give its day in one row and its time in the next.
    if let (Some((t, r)), Some((u, s))) = (a.claim.row, b.claim.row) {
        let figures = matches!(a.claim.value, Value::Number(_)) && matches!(b.claim.value, Value::Number(_));
        if figures && a.doc == b.doc && t == u && r != s {
            return false;
        }
        // Nor in two cells of one row, unless one restates the other in other units: "| Troops |
        // 68,000 | 73,000 |" gives each side's, "| Area | 436 acres | about 176 hectares |" one area.
        if figures && a.doc == b.doc && t == u && r == s && !restated_in_other_units(&a.claim.value, &b.claim.value) {
            return false;
        }
        // Nor does one table give two dates of one event: a timeline's rows are its events, and
        // in "| 20 Feb 1947 | Attlee announces withdrawal by June 1948 |" the deadline is another
        // time than the announcement. A time of day alone may still complete a day of another row.
        let dated = |c: &Claim| matches!(&c.value, Value::Date(d) if d.start.month.is_some() || d.start.year.is_some());
        if dated(a.claim) && dated(b.claim) && a.doc == b.doc && t == u {
            return false;
        }
    }
    // A figure for each day or year is not the total of the whole time: "two or three thousand died
    // each day" and "about 800,000 died".
    if a.claim.rate != b.claim.rate {
        return false;
    }
    let (ta, tb) = (traits[x], traits[y]);
    // A part is not its whole: "155 km around the city, 43 km of it through the centre".
    if (a.claim.part || ta.share) != (b.claim.part || tb.share) {
        return false;
    }
    // What was required is not what was.
    if ta.required != tb.required {
        return false;
    }
    // A year and a day without one say nothing about each other: "since 1880" and "the Fourteenth
    // of July" cannot agree or disagree.
    if let (Value::Date(x), Value::Date(y)) = (&a.claim.value, &b.claim.value) {
        let year_only = |d: &DateValue| d.start.year.is_some() && d.start.month.is_none();
        let day_only = |d: &DateValue| d.start.year.is_none() && d.start.day.is_some();
        if year_only(x) && day_only(y) || day_only(x) && year_only(y) {
            return false;
        }
    }
    // Days one apart told by different clocks are one moment; so are times some whole hours apart
    // told by two named clocks: "4:17 p.m. Eastern time" and "20:17 UTC" are one landing.
    if ta.zone != tb.zone && one_day_apart(&a.claim.value, &b.claim.value) {
        return false;
    }
    if ta.zone != tb.zone && ta.zone != 0 && tb.zone != 0 && zones_apart(&a.claim.value, &b.claim.value) {
        return false;
    }
    // A total of several groups is not a count of one of them: "2,224 people on board (passengers +
    // crew)" and "1,316 passengers". The same figure in both is one fact told loosely.
    let group = |c: &Claim, t: Traits| t.people && !t.whole && c.noun_stem.as_deref().is_some_and(is_group_noun);
    if (ta.whole && group(b.claim, tb) || tb.whole && group(a.claim, ta)) && a.claim.value != b.claim.value {
        return false;
    }
    // One count of a breakdown is not a count of everyone when the two disagree: "485 dead (260
    // civilians, …)" and "about 485 people were killed".
    let anyone = |c: &Claim| c.noun_stem.as_deref().is_some_and(is_generic_person);
    if (a.claim.summed && anyone(b.claim) || b.claim.summed && anyone(a.claim))
        && a.claim.value.compare(&b.claim.value) == Some(Verdict::Conflict)
    {
        return false;
    }
    // One value of a set or a choice is not at odds with a value the set also gives: "reissued in
    // 1216, 1217 and 1225" and "reissued in 1217"; "August 24 or, more likely, late October" and
    // "24 October".
    if chosen_elsewhere(claims, x, y) || chosen_elsewhere(claims, y, x) {
        return false;
    }
    // One side's count is not the count of both sides when the two disagree: "28,000 Confederate
    // casualties" and "about 51,000 casualties".
    if ta.side != tb.side && a.claim.value.compare(&b.claim.value) == Some(Verdict::Conflict) {
        return false;
    }
    // Counts of different events are different facts: "1,517 died" and "706 were saved".
    let (ea, eb) = (ta.events, tb.events);
    if ea != 0 && eb != 0 && ea & eb == 0 {
        return false;
    }
    // A date in a heading names what the note is about by when it happened or began, not when it
    // ended: "# The 1918 influenza pandemic" and "the pandemic ended in 1920".
    let dates = matches!(a.claim.value, Value::Date(_)) && matches!(b.claim.value, Value::Date(_));
    if dates && (a.claim.heading && eb & FINISH != 0 || b.claim.heading && ea & FINISH != 0) {
        return false;
    }
    // A count in a heading counts what it names, if anything: "# 5 things I learned about the
    // tower" says nothing of a count with no noun or another noun, "# The 300 Spartans" of Spartans.
    let counted_heading = |x: &Claim, y: &Claim| x.heading && is_count(x) && x.noun_stem != y.noun_stem;
    if counted_heading(a.claim, b.claim) || counted_heading(b.claim, a.claim) {
        return false;
    }
    // A birth or a death is someone's: "Their daughter Irène, born in 1897" and "Born in 1867,
    // Curie was 24" name different people beside the event, and neither names the other's.
    let life = event_bit("born") | event_bit("die");
    let ((na, all_a), (nb, all_b)) = (ta.names, tb.names);
    if ea & eb & life != 0 && na != 0 && nb != 0 && na & all_b == 0 && nb & all_a == 0 {
        return false;
    }
    // One note that names different people, places or sides beside two figures tells of two things
    // ("the French attempt … 22,000 workers died" and "5,600 died during the American years"), and
    // so does one note's list that gives them under two labels ("- Rebels: c. 1,250, rising to
    // ~1,600" and "- Dead: 485").
    let figure = |c: &Claim| matches!(c.value, Value::Number(_)) && c.kind != Kind::Ordinal;
    if a.doc == b.doc && figure(a.claim) && figure(b.claim) {
        let other_names = all_a != 0 && all_b != 0 && all_a & all_b == 0;
        let other_labels = matches!((a.claim.label, b.claim.label), (Some(x), Some(y)) if x != y);
        if other_names || other_labels {
            return false;
        }
    }
    // Figures told as of different times are different facts: "5,000 people in 1900" and "50,000
    // by 2000"; "then thought to be 29,002 feet" and "8,848 m today".
    if let (Some(p), Some(q)) = (a.claim.era, b.claim.era) {
        if !p.overlaps(q) {
            return false;
        }
    }
    // Dates that figures are told as of pair each figure with its time: "in 1850 a population of
    // 2,000" and "by 1900 a population of 6,500" are two points of a series, not two answers to
    // one question. Two such dates are one fact only when their figures agree.
    if let (Some(f), Some(g)) = (&a.claim.figure, &b.claim.figure) {
        if !matches!(f.compare(g), Some(Verdict::Same | Verdict::Compatible)) {
            return false;
        }
    }
    // Two ranks of one document count off a series: "The first pair, Bourdillon and Evans, … the
    // second pair, Hillary and Tenzing".
    let ranks = a.claim.kind == Kind::Ordinal && b.claim.kind == Kind::Ordinal;
    if ranks && a.doc == b.doc && a.claim.value != b.claim.value {
        return false;
    }
    // Two lengths of time counted from different events are different facts: "six months of
    // Stalin's death" and "three years into his reign"; "after the collision" and "after hitting the
    // ice" name one event.
    let (ra, rb) = (&a.claim.reference, &b.claim.reference);
    if !ra.is_empty() && !rb.is_empty() && !ra.iter().any(|w| rb.iter().any(|v| concept(w) == concept(v))) {
        return false;
    }
    // "Six and a half hours later" places a step in time; "21 hours on the surface" is how long a
    // stay lasted.
    let unnamed = |r: &[String]| r.len() == 1 && r[0] == UNNAMED_EVENT;
    if unnamed(ra) != unnamed(rb) {
        return false;
    }
    // Only counts are kept apart by their nouns ("words" and "pages"); for a quantity the noun is its
    // unit ("km", "miles"), and units of one dimension convert into each other.
    if !(is_count(a.claim) && is_count(b.claim)) {
        return true;
    }
    nouns_compatible(a.claim.noun_stem.as_deref(), b.claim.noun_stem.as_deref(), ta.people && tb.people)
}

/// Whether two claims of one sentence state one measure in two units: "155 km (about 96 miles)".
fn restated(a: &Claim, b: &Claim) -> bool {
    if a.restates == Some(b.span.start) || b.restates == Some(a.span.start) {
        return true;
    }
    match (&a.value, &b.value) {
        (Value::Number(x), Value::Number(y)) => {
            restated_in_other_units(&a.value, &b.value) && x.interval().overlaps(&y.interval())
        }
        _ => false,
    }
}

/// Two clusters merge when no two of their claims share a sentence or have incompatible nouns, and
/// their average pairwise similarity (unscored pairs count as zero) clears [`MERGE_RATIO`] of the
/// threshold.
fn can_merge(a: &[usize], b: &[usize], claims: &[LinkInput<'_>], traits: &[Traits], edges: &Edges) -> bool {
    let mut sum = 0.0;
    for &x in a {
        for &y in b {
            if !linkable(claims, traits, x, y) {
                return false;
            }
            sum += pair_score(edges, x, y);
        }
    }
    let average = sum / (a.len() * b.len()) as f32;
    average >= LINK_THRESHOLD * MERGE_RATIO && !contradicts_in_many(a, b, claims) && !too_many_own_values(a, b, claims)
}

/// The most values, each disjoint from the others, that one document may give one subject. A note
/// may correct a figure or weigh two estimates against a third; a note that gives four disjoint
/// values of one thing speaks of four things, as a notebook of many bridges gives the workers of
/// each.
const MAX_OWN_VALUES: usize = 3;

/// Whether joining two clusters would have one document give more than [`MAX_OWN_VALUES`] values
/// disjoint from each other. Values are counted greedily, each that is disjoint from all counted so
/// far, so the work is linear in the clusters' sizes.
fn too_many_own_values(a: &[usize], b: &[usize], claims: &[LinkInput<'_>]) -> bool {
    let mut counted: HashMap<DocId, Vec<&Value>> = HashMap::new();
    for &x in a.iter().chain(b) {
        let (doc, value) = (claims[x].doc, &claims[x].claim.value);
        let values = counted.entry(doc).or_default();
        if values.iter().all(|v| v.compare(value) == Some(Verdict::Conflict)) {
            values.push(value);
            if values.len() > MAX_OWN_VALUES {
                return true;
            }
        }
    }
    false
}

/// Whether joining two clusters would leave two documents or more stating conflicting values within
/// the one subject, where neither cluster had as many, and the smaller cluster is told by more than
/// half as many documents as the larger. One note may contradict itself, and a slip may be copied
/// into a second draft beside the figure that most notes give; but when two notes each give two
/// heights, one of the South Col and one of the summit, and each height has as many notes behind
/// it, they speak of two things.
fn contradicts_in_many(a: &[usize], b: &[usize], claims: &[LinkInput<'_>]) -> bool {
    let distinct = |mut docs: Vec<DocId>| {
        docs.sort_unstable();
        docs.dedup();
        docs
    };
    // The documents of the pairs that state conflicting values within one document.
    let contradicting = |pairs: &mut dyn Iterator<Item = (usize, usize)>| {
        let docs = pairs
            .filter(|&(x, y)| {
                claims[x].doc == claims[y].doc
                    && claims[x].claim.value.compare(&claims[y].claim.value) == Some(Verdict::Conflict)
            })
            .map(|(x, _)| claims[x].doc);
        distinct(docs.collect())
    };
    let within = |c: &[usize]| {
        contradicting(&mut c.iter().enumerate().flat_map(|(k, &x)| c[k + 1..].iter().map(move |&y| (x, y))))
    };
    let (in_a, in_b) = (within(a), within(b));
    let across = contradicting(&mut a.iter().flat_map(|&x| b.iter().map(move |&y| (x, y))));
    let docs = distinct(in_a.iter().chain(&in_b).chain(&across).copied().collect());
    let told_by = |c: &[usize]| distinct(c.iter().map(|&x| claims[x].doc).collect()).len();
    let (da, db) = (told_by(a), told_by(b));
    docs.len() >= 2 && docs.len() > in_a.len().max(in_b.len()) && 2 * da.min(db) > da.max(db)
}

/// Scored candidate pairs, sorted by pair.
type Edges = Vec<((usize, usize), f32)>;

fn pair_score(edges: &Edges, x: usize, y: usize) -> f32 {
    let key = if x < y { (x, y) } else { (y, x) };
    edges.binary_search_by(|(k, _)| k.cmp(&key)).map_or(0.0, |i| edges[i].1)
}

/// How much the words two claims share from their own text must weigh, as the sum of the products
/// of their weights in the two vectors (a word at a tenth of each vector's length gives 0.01). A
/// name that every note of a topic mentions weighs a few hundredths in each and is no evidence that
/// "87 parish churches burned" and "Wren designed 51 new churches" state one fact.
const MIN_OWN_EVIDENCE: f32 = 0.0075;

/// The cosine of two context vectors, and how many words of their own sentences they share that are
/// not names. The cosine is zero unless they share a word of their own sentences other than the
/// counted noun, since a heading shared by every claim under it, or a noun shared by every count of
/// people, says nothing about which fact a claim states.
fn cosine(a: &Vector, b: &Vector) -> (f32, usize) {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    let (mut shared, mut own) = (0, 0.0);
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].0.cmp(&b.words[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let product = a.words[i].1 * b.words[j].1;
                sum += product;
                // Names link too, but only common words count as evidence beyond one document's topic.
                if a.sentence[i] && b.sentence[j] {
                    own += product;
                    shared += usize::from(!a.name[i]);
                }
                i += 1;
                j += 1;
            }
        }
    }
    if own >= MIN_OWN_EVIDENCE { (sum, shared) } else { (0.0, 0) }
}

/// The words two vectors share, strongest first, as written.
fn shared_words(a: &Vector, b: &Vector, surface: &[&str]) -> Vec<String> {
    let mut shared: Vec<(f32, u32)> = a
        .words
        .iter()
        .enumerate()
        .filter(|(k, _)| a.sentence[*k])
        .filter_map(|(_, (id, wa))| {
            let k = b.words.iter().position(|(other, _)| other == id)?;
            b.sentence[k].then(|| (wa * b.words[k].1, *id))
        })
        .collect();
    shared.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    shared.into_iter().take(4).map(|(_, id)| surface[id as usize].to_string()).collect()
}

/// A counted noun in the plural, for a label: "a 26,000-word speech" counts words, "a 300-man
/// garrison" men. Nouns already plural, or the same in both numbers ("people", "crew"), stay as
/// they are.
fn plural(noun: &str) -> std::borrow::Cow<'_, str> {
    const SAME: [&str; 14] = [
        "people",
        "men",
        "women",
        "children",
        "police",
        "cattle",
        "sheep",
        "deer",
        "fish",
        "crew",
        "staff",
        "personnel",
        "aircraft",
        "infantry",
    ];
    if noun.ends_with('s') || SAME.contains(&noun) || !noun.bytes().all(|b| b.is_ascii_lowercase()) {
        return noun.into();
    }
    let irregular = [("person", "people"), ("child", "children")];
    if let Some((_, many)) = irregular.iter().find(|(one, _)| *one == noun) {
        return (*many).into();
    }
    if let Some(stem) = noun.strip_suffix("man") {
        return format!("{stem}men").into();
    }
    if let Some(stem) = noun.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u'])) {
        return format!("{stem}ies").into();
    }
    if noun.ends_with(['x', 'z']) || noun.ends_with("ch") || noun.ends_with("sh") {
        return format!("{noun}es").into();
    }
    format!("{noun}s").into()
}

/// An id and a label for a discovered subject: what kind of value it is, its most common counted noun,
/// and the strongest words of its claims' own sentences. "the number of prisoners (released,
/// commissions)", id `count.prisoners-released-commissions`.
fn name_subject<'a>(
    cluster: &[usize],
    claims: &[LinkInput<'_>],
    vectors: &[Vector],
    surface: &[&str],
    written: &dyn Fn(u32) -> Option<&'a str>,
    used: &mut HashMap<String, usize>,
) -> (String, String) {
    let mut weight: BTreeMap<u32, f32> = BTreeMap::new();
    for &i in cluster {
        let v = &vectors[i];
        for (k, (id, w)) in v.words.iter().enumerate() {
            if v.sentence[k] {
                *weight.entry(*id).or_default() += w;
            }
        }
    }
    let mut words: Vec<(u32, f32)> = weight.into_iter().collect();
    words.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut nouns: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in cluster {
        if let Some(n) = claims[i].claim.noun.as_deref() {
            *nouns.entry(n).or_default() += 1;
        }
    }
    let kind = claims[cluster[0]].claim.kind.family();
    let counted = matches!(&claims[cluster[0]].claim.value, Value::Number(n) if n.unit.dimension == Dimension::Count);
    let noun =
        nouns.iter().max_by_key(|(n, c)| (**c, std::cmp::Reverse(**n))).map(|(n, _)| n.to_string()).filter(|_| counted);
    let cue_words: Vec<String> = words
        .iter()
        .map(|(id, _)| written(*id).unwrap_or(surface[*id as usize]).to_string())
        .filter(|w| noun.as_deref() != Some(w.as_str()))
        .take(2)
        .collect();
    let what = match (&noun, kind) {
        (Some(n), _) => format!("the number of {}", plural(n)),
        (None, Kind::Date) => "a date".to_string(),
        (None, Kind::Count) => "a count".to_string(),
        (None, Kind::Duration) => "a length of time".to_string(),
        (None, Kind::Percent) => "a percentage".to_string(),
        (None, Kind::Ordinal) => "a rank".to_string(),
        (None, _) => "a quantity".to_string(),
    };
    let label = if cue_words.is_empty() { what } else { format!("{what} ({})", cue_words.join(", ")) };
    let slug: String = noun
        .iter()
        .chain(cue_words.iter())
        .map(|p| p.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = format!("{}.{}", kind, if slug.is_empty() { "subject".to_string() } else { slug });
    let n = used.entry(base.clone()).or_insert(0);
    *n += 1;
    let id = if *n == 1 { base } else { format!("{base}-{n}") };
    (id, label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Format, scan};
    use crate::extract::extract;

    /// The subjects discovered in `docs`, and the text of each claim, by claim id.
    fn discovered(docs: &[&str]) -> (Vec<Subject>, Vec<String>) {
        let extractions: Vec<_> = docs.iter().map(|d| extract(&scan(d, Format::Markdown))).collect();
        let mut inputs = Vec::new();
        let mut texts = Vec::new();
        for (d, ex) in extractions.iter().enumerate() {
            for c in &ex.claims {
                inputs.push(LinkInput { doc: DocId::from_index(d), claim: c });
                texts.push(docs[d][c.span.clone()].to_string());
            }
        }
        let topics: Vec<Topic<'_>> =
            extractions.iter().map(|e| Topic { stems: &e.stems, sections: &e.sections }).collect();
        (link(&inputs, &topics, &Settings::default()), texts)
    }

    /// The subjects discovered in `docs`, each with its label and the texts of its claims.
    fn linked(docs: &[&str]) -> Vec<(String, Vec<String>)> {
        let (subjects, texts) = discovered(docs);
        subjects.into_iter().map(|s| (s.label, s.claims.iter().map(|c| texts[c.index()].clone()).collect())).collect()
    }

    fn subjects_of(docs: &[&str]) -> Vec<Vec<String>> {
        linked(docs).into_iter().map(|(_, claims)| claims).collect()
    }

    /// Whether one subject holds a claim whose text contains `a` and one whose text contains `b`.
    fn together(subjects: &[Vec<String>], a: &str, b: &str) -> bool {
        subjects.iter().any(|s| s.iter().any(|c| c.contains(a)) && s.iter().any(|c| c.contains(b)))
    }

    #[test]
    fn one_document_gives_one_subject_at_most_three_disjoint_values() {
        let notebook = "1,156 workers built the Broren Bridge over the river.\n\n\
            830 workers built the Halden Bridge over the river.\n\n\
            2,400 workers built the Ostra Bridge over the river.\n\n\
            410 workers built the Vika Bridge over the river.\n";
        let subjects = subjects_of(&[notebook]);
        assert!(subjects.iter().all(|s| s.len() <= 3), "{subjects:?}");
        // A note that weighs three estimates of one thing keeps them together.
        let estimates = "Early reports said 1,156 workers built the bridge.\n\n\
            A later count said 830 workers built the bridge.\n\n\
            The company's books said 2,400 workers built the bridge.\n";
        let subjects = subjects_of(&[estimates]);
        assert!(together(&subjects, "1,156", "830") && together(&subjects, "830", "2,400"), "{subjects:?}");
    }

    #[test]
    fn the_day_something_began_is_not_the_day_it_ended() {
        let subjects = subjects_of(&[
            "The blockade of the harbour town began on 24 June 1848 and was lifted on 12 May 1849.",
            "On 24 June 1848 the fleet cut the sea lanes to the harbour town. The blockade ended in May 1849.",
        ]);
        assert!(!together(&subjects, "24 June 1848", "May 1849"), "{subjects:?}");
        assert!(together(&subjects, "12 May 1849", "May 1849"), "{subjects:?}");
    }

    #[test]
    fn the_end_of_a_period_is_no_date_of_an_event_in_it() {
        let subjects = subjects_of(&[
            "The second wave of the fever, in the autumn of 1918, was the deadliest.",
            "Most deaths came in the second wave of the fever, between September and December 1918.",
        ]);
        assert!(!together(&subjects, "autumn of 1918", "December 1918"), "{subjects:?}");
    }

    #[test]
    fn where_a_change_started_is_not_where_it_ended() {
        let subjects = subjects_of(&[
            "The company's shares rose from £100 to over £1,000 in six months.",
            "The company's shares rose to £1,000 that summer.",
        ]);
        assert!(!together(&subjects, "£100", "£1,000 that"), "{subjects:?}");
        assert!(together(&subjects, "over £1,000", "£1,000"), "{subjects:?}");
    }

    #[test]
    fn a_subject_is_named_in_its_own_words() {
        let labels: Vec<String> = linked(&[
            "The demolition of the mill began in 1901.",
            "Demolition of the mill began in 1901.",
            "The crane was torn down in 1960.",
            "The crane was torn down in 1961.",
        ])
        .into_iter()
        .map(|(label, _)| label)
        .collect();
        assert_eq!(labels, ["a date (mill, demolition)", "a date (crane, torn down)"]);
    }

    #[test]
    fn that_a_span_of_dates_went_on_says_only_that_it_is_one() {
        let subjects = subjects_of(&[
            "The dock strike went on from 1911 to 1912.",
            "The trade fair went on from 1900 to 1901.",
            "The dock strike was over by 1912.",
            "The trade fair drew 9,000 visitors.",
        ]);
        assert!(!together(&subjects, "1911 to 1912", "1900 to 1901"), "{subjects:?}");
    }

    #[test]
    fn how_long_says_only_that_a_figure_is_a_length_of_time() {
        let subjects = subjects_of(&[
            "By the sixth the wind had dropped and the firebreaks were holding; the fire had burned for \
             about four days.",
            "| Fact | Figure |\n|---|---|\n| How long it burned | four days |\n",
            "Some 13,200 houses burned in the fire.",
            "The fire burned 87 churches.",
            "Rebuilding the churches took forty years, long after the houses.",
        ]);
        assert!(together(&subjects, "about four days", "four days"), "{subjects:?}");
        assert!(!together(&subjects, "four days", "forty years"), "{subjects:?}");
    }

    #[test]
    fn the_words_of_a_citation_are_no_claims_context() {
        let subjects = subjects_of(&[
            "The survey party left Lukla on 3 April 1961. It was a large affair: some 362 porters carried \
             the stores towards the glacier (Hale 1962, p. 62).",
            "| What | Number | Comment |\n|---|---|---|\n| Porters | 632 | hired in Lukla |\n",
            "The survey party had 14 climbers.",
        ]);
        assert!(together(&subjects, "362", "632"), "{subjects:?}");
    }

    #[test]
    fn losing_a_home_is_being_made_homeless() {
        let subjects = subjects_of(&[
            "After the flood some 9,000 people lost their homes along the river.",
            "The flood left 9,500 people homeless.",
            "The flood killed 41 people in the valley.",
            "Rebuilding the valley took 3,000 workers.",
        ]);
        assert!(together(&subjects, "9,000", "9,500"), "{subjects:?}");
        assert!(!together(&subjects, "9,000", "41"), "{subjects:?}");
    }

    #[test]
    fn a_measure_converted_wrongly_is_still_the_measure_it_converts() {
        let subjects = subjects_of(&[
            "The whole burned area was 436 acres, which works out at about 1,080 hectares.",
            "In all 436 acres burned inside the walls.",
            "The burned area came to 436 acres.",
        ]);
        assert!(together(&subjects, "1,080 hectares", "436 acres"), "{subjects:?}");
    }

    #[test]
    fn a_phrasal_verb_meets_the_verb_it_means() {
        let subjects = subjects_of(&[
            "After a day of shelling, the garrison surrendered at about 4 p.m. on the quay.",
            "By six in the evening the garrison had given up, and the harbour was quiet.",
            "The mill was built in 1821 beside the ford.",
            "The mill went up in 1822, the year of the flood.",
            "The mill closed in 1902.",
            "The mill was sold in 1930.",
            "The mill's barge sank in 1905 near the weir.",
            "The barge of the mill went down in 1906 in a storm.",
        ]);
        assert!(together(&subjects, "about 4 p.m.", "six in the evening"), "{subjects:?}");
        assert!(together(&subjects, "1821", "1822"), "{subjects:?}");
        assert!(!together(&subjects, "1822", "1902"), "{subjects:?}");
        assert!(together(&subjects, "1905", "1906"), "{subjects:?}");

        let subjects = subjects_of(&[
            "Demolition of the town gaol came in 1878 for the railway.",
            "The gaol was torn down in 1877 for the railway.",
            "The gaol held 60 prisoners in its worst year.",
            "The gaol opened in 1790 on the hill.",
        ]);
        assert!(together(&subjects, "1878", "1877"), "{subjects:?}");
        assert!(!together(&subjects, "1877", "1790"), "{subjects:?}");

        let subjects = subjects_of(&[
            "In the end 40 sailors made it, clinging to the wreck.",
            "Only 52 sailors survived the storm.",
            "The brig sailed with 90 sailors aboard.",
            "The captain made it clear that 12 sailors had deserted.",
            "The lifeboat got there at 9 a.m., after a night at sea.",
            "The lifeboat arrived at 11 a.m. to find the brig gone.",
            "The lifeboat left the harbour at 2 a.m. in the gale.",
        ]);
        assert!(together(&subjects, "40", "52"), "{subjects:?}");
        assert!(!together(&subjects, "40", "12"), "{subjects:?}");
        assert!(together(&subjects, "9 a.m.", "11 a.m."), "{subjects:?}");
    }

    #[test]
    fn a_length_written_as_an_adjective_meets_the_same_length_in_words() {
        let subjects = subjects_of(&[
            "Facts for the poster: the canal was 61 km long and 2 metres deep.",
            "* the 50-mile canal went all the way round the old town past the mills and docks",
            "The canal cost £400,000 to dig in 1790.",
            "A 12-metre-high aqueduct carries the canal over the river.",
            "The canal carried 200,000 tons of coal in 1810.",
        ]);
        assert!(together(&subjects, "61 km", "50-mile"), "{subjects:?}");
        assert!(!together(&subjects, "50-mile", "12-metre"), "{subjects:?}");
    }

    #[test]
    fn a_year_meets_a_day_of_that_year_told_of_one_event() {
        let subjects = subjects_of(&[
            "The plant's last reactor was switched off on 15 December 2000.",
            "Its last reactor stopped generating power in 2000.",
            "# The harbour fire of 1731\n\nMost of the quay burned.",
            "The harbour fire started in a warehouse on 3 March 1731.",
        ]);
        assert!(together(&subjects, "15 December 2000", "2000"), "{subjects:?}");
        assert!(together(&subjects, "1731", "3 March 1731"), "{subjects:?}");
    }

    #[test]
    fn a_subject_of_days_that_a_year_joins_is_one_of_dates_linked_by_the_same_year() {
        let docs = [
            "# The harbour fire of 1731\n\nMost of the quay burned.",
            "The harbour fire started in a warehouse on 3 March 1731.",
            "A harbour fire started on the quay on 3 March 1731.",
        ];
        let (subjects, _) = discovered(&docs);
        let kinds: Vec<(Kind, usize)> = subjects.iter().map(|s| (s.kind, s.claims.len())).collect();
        assert_eq!(kinds, [(Kind::Date, 3)]);
        // The year's link is told as the same year, not the same day.
        let year = &subjects[0].reasons[0];
        assert_eq!((year.claim.index(), year.value), (0, Some("the same year")));
    }

    #[test]
    fn dont_link_a_year_and_a_day_of_it_that_share_no_words() {
        let subjects =
            subjects_of(&["The dam across the valley was finished in 1986.", "The reactor exploded on 26 April 1986."]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn one_length_of_time_counted_from_one_event_named_two_ways() {
        let subjects = subjects_of(&[
            "The liner sank 2 h 40 min after the collision.",
            "The liner sank 160 minutes after hitting the ice.",
        ]);
        assert_eq!(subjects, vec![vec!["2 h 40 min", "160 minutes"]]);
    }

    #[test]
    fn a_concept_named_twice_is_one_dimension() {
        let mut words = vec![(7, 0.3, false), (2, 0.5, true), (7, 0.6, false), (7, 0.1, true)];
        one_per_concept(&mut words);
        assert_eq!(words, vec![(2, 0.5, true), (7, 0.6, true)]);
    }

    #[test]
    fn dont_link_two_rows_of_one_table() {
        let table = "# Camps\n\nThe expedition left the valley in spring.\n\n| Camp | Height of camp |\n|---|---|\n| Lower camp on the ridge | 7,900 m |\n| Upper camp on the ridge | 8,300 m |\n";
        let subjects = subjects_of(&[
            table,
            "# Camps\n\nThe lower camp on the ridge had a height of 7,900 m. Snow fell for days.",
        ]);
        assert!(!together(&subjects, "7,900 m", "8,300 m"), "{subjects:?}");
        // A date may give its day in one row and its time of day in the next.
        let timeline = "| Event | When |\n|---|---|\n| Blast | 26 April 1986 |\n| Blast time | 01:23 |\n";
        let subjects = subjects_of(&[timeline, "The blast came at 01:23 on 26 April 1986."]);
        assert!(subjects.iter().any(|s| s.contains(&"01:23".to_string()) && s.len() >= 2), "{subjects:?}");
    }

    #[test]
    fn dont_link_two_cells_of_one_row_unless_one_restates_the_other() {
        let table = "| | North | South |\n|---|---|---|\n| Troops at the ford | 68,000 | 73,000 |\n";
        let subjects = subjects_of(&[table, "There were 68,000 troops at the ford."]);
        assert!(!together(&subjects, "68,000", "73,000"), "{subjects:?}");
        let area = "| Fact | Value | Comment |\n|---|---|---|\n| Area burned | 436 acres | about 176 hectares |\n";
        let subjects = subjects_of(&[area, "The fire burned 436 acres of the town."]);
        assert!(together(&subjects, "436 acres", "176 hectares"), "{subjects:?}");
    }

    #[test]
    fn a_figure_for_each_day_links_only_with_another_such_figure() {
        let siege = "About 800,000 civilians died, most of them in the first winter. Two or three thousand people \
                     died each day in January 1942.";
        let subjects = subjects_of(&[siege]);
        assert!(!together(&subjects, "800,000", "Two or three thousand"), "{subjects:?}");
        let subjects = subjects_of(&[siege, "Up to 4,000 people died each day in January 1942."]);
        assert!(together(&subjects, "Two or three thousand", "4,000"), "{subjects:?}");
    }

    #[test]
    fn a_year_in_a_heading_is_no_end() {
        let title = "# The 1918 influenza pandemic\n\nIt came in waves.";
        let subjects = subjects_of(&[title, "The pandemic ended in 1920, two years after it started."]);
        assert!(!together(&subjects, "1918", "1920"), "{subjects:?}");
        let subjects = subjects_of(&[title, "The influenza pandemic began in 1918 and came in waves."]);
        assert!(together(&subjects, "1918", "1918"), "{subjects:?}");
    }

    #[test]
    fn one_sides_count_is_not_the_count_of_both_sides() {
        let sides = "The battle had cost 23,000 Union and 28,000 Confederate casualties in three days.";
        let subjects = subjects_of(&[sides, "The three days of the battle cost about 51,000 casualties."]);
        assert!(!together(&subjects, "28,000", "51,000"), "{subjects:?}");
        // A note that gives one side's count meets another's.
        let subjects = subjects_of(&[sides, "The battle cost 28,000 Confederate casualties in three days."]);
        assert!(subjects.iter().any(|s| s.iter().filter(|c| c.contains("28,000")).count() == 2), "{subjects:?}");
    }

    #[test]
    fn a_timeline_gives_each_of_its_dates_to_another_event() {
        let timeline = "| Date | Event |\n|---|---|\n| 20 Feb 1947 | Attlee announces withdrawal by June 1948 |\n\
                        | 15 Aug 1947 | Independence of India; Pakistan on 14 Aug |\n";
        let essay = "Attlee announced in February 1947 that Britain would leave India. India became \
                     independent on 15 August 1947, and Pakistan a day earlier, on 14 August.";
        let subjects = subjects_of(&[timeline, essay]);
        for (a, b) in [("20 Feb 1947", "June 1948"), ("15 Aug 1947", "14 Aug"), ("20 Feb 1947", "15 Aug 1947")] {
            let both = subjects.iter().any(|s| s.contains(&a.to_string()) && s.contains(&b.to_string()));
            assert!(!both, "{a} and {b}: {subjects:?}");
        }
    }

    #[test]
    fn dont_link_the_start_and_the_end_of_one_work() {
        let subjects = subjects_of(&[
            "# The tower\n\nThe tower was begun in 1671 by the town masons.",
            "# The tower\n\nThe tower was completed in 1677 by the town masons.",
            "# The tower\n\nThe town masons started the tower in 1671.",
        ]);
        assert!(subjects.iter().any(|s| s.len() == 2 && s.iter().all(|c| c == "1671")), "{subjects:?}");
        assert!(!subjects.iter().any(|s| s.contains(&"1677".to_string())), "{subjects:?}");
    }

    #[test]
    fn a_table_row_is_about_what_its_label_says() {
        let table = "# The blaze\n\n| Fact | Value | Comment |\n|---|---|---|\n| How long the blaze burned | five days | the embers smouldered in the cellars for weeks afterwards |\n| Houses lost | 300 | mostly timber |\n";
        let essay = "# The blaze\n\nThe wind dropped at last, and by then the blaze had burned for about five days.";
        let subjects = subjects_of(&[table, essay]);
        assert!(subjects.contains(&vec!["five days".to_string(), "about five days".to_string()]), "{subjects:?}");
    }

    #[test]
    fn a_remark_with_words_of_its_own_is_not_about_the_row_label() {
        let table = "# The tower\n\n| Fact | Year | Note |\n|---|---|---|\n| Tower completed | 1677 | begun 1671 by the town masons |\n";
        let subjects = subjects_of(&[
            table,
            "# The tower\n\nThe tower was completed in 1677 by the town masons.",
            "# The tower\n\nThe tower was begun in 1671 by the town masons.",
        ]);
        assert!(!together(&subjects, "1671", "1677"), "{subjects:?}");
    }

    #[test]
    fn one_explosion_named_two_ways() {
        let subjects = subjects_of(&[
            "# The mill\n\nThe boiler blew on 3 March 1911. The owners rebuilt the mill in 1913.",
            "# The mill\n\n- explosion: 4 March 1911\n- rebuilt: 1913",
        ]);
        assert!(subjects.contains(&vec!["3 March 1911".to_string(), "4 March 1911".to_string()]), "{subjects:?}");
    }

    #[test]
    fn one_length_of_time_told_with_different_verbs_of_lasting() {
        let subjects = subjects_of(&[
            "The miners held out for six months.",
            "The miners stayed out for about six months.",
            "Though the strike ended, the miners went on for 7 months.",
        ]);
        assert_eq!(subjects, vec![vec!["six months", "about six months", "7 months"]]);
    }

    #[test]
    fn dont_lend_the_whole_a_part_is_taken_from_what_the_part_did() {
        let subjects = subjects_of(&[
            "By dawn the liner was gone, and only 706 of the 2,200 were saved.",
            "Some 706 were saved by the rescue ship.",
            "The rescue ship saved 706 people from the boats.",
        ]);
        assert!(subjects.iter().any(|s| s.contains(&"706".to_string())), "{subjects:?}");
        assert!(!subjects.iter().any(|s| s.contains(&"2,200".to_string())), "{subjects:?}");
    }

    #[test]
    fn dont_link_deaths_a_generation_apart() {
        let subjects = subjects_of(&[
            "# Ada\n\nByron left England four months later; he died in Greece in 1824, when she was eight.\n\nShe died of cancer on 27 November 1852, aged 36.",
            "# Timeline\n\n- 1815: born, 10 December\n- 1852: dies, 27 November, at 36",
        ]);
        let both = |s: &Vec<String>| s.contains(&"1824".to_string()) && s.contains(&"1852".to_string());
        assert!(!subjects.iter().any(both), "{subjects:?}");
    }

    #[test]
    fn one_note_that_names_two_sides_beside_two_figures_tells_of_two_things() {
        let subjects = subjects_of(&[
            "# The canal\n\nThe Danish dig began in 1881 and was given up in 1889, after some 9,000 labourers had died.\n\n\
             Some 2,100 labourers died during the Swedish works that followed.",
            "# Notes\n\nAbout 2,100 labourers died while the canal was being finished.",
        ]);
        assert!(!together(&subjects, "9,000", "2,100"), "{subjects:?}");
        // A note that names one side twice may still contradict itself.
        let subjects = subjects_of(&[
            "# The canal\n\nThe Danish dig cost some 9,000 labourers their lives.\n\nIn all 9,500 labourers of the Danish dig died.",
            "# Notes\n\nAbout 9,000 labourers died on the Danish dig.",
        ]);
        assert!(together(&subjects, "9,000", "9,500"), "{subjects:?}");
    }

    #[test]
    fn a_possessive_that_opens_a_list_item_names_its_side() {
        let subjects = subjects_of(&[
            "# The battle\n\n- Harald's army: about 6,800 men and 56 guns.\n- Sigurd's army: about 7,300 men and 92 guns.",
            "# Notes\n\nHarald led some 6,800 men and 56 guns into the field.",
        ]);
        assert!(!together(&subjects, "56", "92"), "{subjects:?}");
        assert!(together(&subjects, "about 6,800", "some 6,800"), "{subjects:?}");
    }

    #[test]
    fn one_count_of_a_breakdown_is_not_a_count_of_everyone() {
        let card = "# Rising card\n\n* Rebels: c. 1,250 at the start\n\
                    * Dead: 485 (260 civilians, 126 British forces, 82 rebels, 17 police)";
        let subjects = subjects_of(&[
            card,
            "# The Rising\n\nThe fighting lasted six days. About 485 people were killed, more than half of them \
             civilians, and some 2,600 were wounded.",
            "# Essay\n\nWithin a week it was over. Nearly 500 people died, most of them civilians caught in \
             the crossfire.",
        ]);
        let both = |a: &str, b: &str| subjects.iter().any(|s| s.iter().any(|c| c == a) && s.iter().any(|c| c == b));
        assert!(both("485", "About 485"), "{subjects:?}");
        assert!(!both("260", "About 485") && !both("260", "Nearly 500"), "{subjects:?}");
        // A count of the same group still meets it.
        let subjects = subjects_of(&[card, "# Essay\n\nSome 250 civilians were killed in the fighting."]);
        assert!(together(&subjects, "260", "Some 250"), "{subjects:?}");
    }

    #[test]
    fn one_list_gives_one_figure_for_each_label() {
        let subjects = subjects_of(&[
            "# Rising card\n\n* Rebels: c. 1,250 at the start, rising to ~1,600\n\
             * Dead: 485 (260 civilians, 126 British forces, 82 rebels, 17 police)",
            "# Essay\n\nWithin a week it was over: the last rebel garrisons gave up. Nearly 500 people died, most \
             of them civilians caught in the crossfire.",
        ]);
        assert!(!together(&subjects, "1,600", "485"), "{subjects:?}");
        assert!(together(&subjects, "485", "Nearly 500"), "{subjects:?}");
        // A label may hold a year or a remark in brackets.
        let subjects = subjects_of(&[
            "# Abbey card\n\nChapters (1290): 41\nChapters still standing (after the fire): 6",
            "# Essay\n\nThe abbey rules of 1290 ran to 41 chapters.",
        ]);
        assert!(!together(&subjects, "41", "6"), "{subjects:?}");
    }

    #[test]
    fn a_name_borrowed_from_the_sentence_before_is_no_cue() {
        let declared = DeclaredSubject {
            id: "voyage".into(),
            about: None,
            kind: Some(Kind::Date),
            cues: vec!["southampton".into()],
            exclude_cues: Vec::new(),
            unit: None,
            expect: None,
            expect_text: None,
            source: None,
        };
        let stems = DeclaredStems::new(&declared, &Stemmer::create(Algorithm::English));
        let prose = scan("She left Southampton on 10 April. It was 11.40 pm on 14 April.", Format::Markdown);
        let taken: Vec<bool> = extract(&prose).claims.iter().map(|c| stems.matches(c).is_some()).collect();
        assert_eq!(taken, [true, false]);
    }

    /// The slips of the pen linking reads in the documents, with the stems they stand for.
    fn respelt_in(docs: &[&str]) -> Vec<(String, String)> {
        let extractions: Vec<_> = docs.iter().map(|d| extract(&scan(d, Format::Markdown))).collect();
        let inputs: Vec<LinkInput<'_>> = extractions
            .iter()
            .enumerate()
            .flat_map(|(d, ex)| ex.claims.iter().map(move |c| LinkInput { doc: DocId::from_index(d), claim: c }))
            .collect();
        let mut respelt: Vec<_> =
            respellings(&inputs).into_iter().map(|(w, s)| (w.to_string(), s.to_string())).collect();
        respelt.sort();
        respelt
    }

    #[test]
    fn a_slip_of_the_pen_links_like_the_word_it_stands_for() {
        let docs = [
            "The fortress fell and its governor, aged 49, was killed. The governor had 82 veterans.",
            "The crowd killed the 49-year-old governor in the street.",
            "The 59-year-old governer was killed.",
        ];
        assert_eq!(respelt_in(&docs), vec![("governer".to_string(), "governor".to_string())]);
        let subjects = subjects_of(&docs);
        assert!(subjects.iter().any(|s| s.contains(&"59-year-old".to_string())), "{subjects:?}");
    }

    #[test]
    fn dont_read_a_word_of_several_notes_or_a_short_word_as_a_slip() {
        let docs = [
            "The former owner sold 30 acres. The former mayor kept 12 cows. The ship sank in 1912.",
            "A farmer bought 30 acres. The former tenant paid 12 pounds. The ship sank in 1913.",
            "Another farmer kept 40 cows. The ship sunk in 1912.",
        ];
        assert_eq!(respelt_in(&docs), Vec::<(String, String)>::new());
    }

    #[test]
    fn the_words_of_another_figure_are_not_context() {
        // "hundreds of thousands" is a count of its own: it says nothing about what the date is of.
        let subjects = subjects_of(&[
            "On 14 July 1790 the crowd held a great festival on the parade ground.",
            "On 14 July 1791 hundreds of thousands came to the festival on the parade ground.",
        ]);
        assert_eq!(subjects, vec![vec!["14 July 1790", "14 July 1791"]]);
        // Nor does a unit: what was built differs, and so do the years.
        let built = subjects_of(&[
            "In 1961 the council laid 40 miles of track.",
            "In 1965 the council paved 30 miles of road.",
        ]);
        assert!(built.is_empty(), "{built:?}");
    }

    #[test]
    fn one_figure_in_other_units_links_beside_shared_words() {
        let ring = [
            "In its final form the border ran for 155 km around the western sectors, guarded by dogs and lit at night by lamps.",
            "By the end the border was a 155-mile ring of concrete around the western sectors.",
        ];
        assert_eq!(subjects_of(&ring), vec![vec!["155 km", "155-mile"]]);
        let unrelated = subjects_of(&["The lake is 12 km across.", "The road to the harbour runs for 12 miles."]);
        assert!(unrelated.is_empty(), "{unrelated:?}");
    }

    #[test]
    fn an_answer_is_about_its_question() {
        let docs = ["How many prisoners were inside? Just 7.", "Only five prisoners were inside."];
        assert_eq!(subjects_of(&docs), vec![vec!["7", "five"]]);
        let statement = subjects_of(&["The prisoners were inside. Just 7.", "Only five prisoners were inside."]);
        assert!(statement.is_empty(), "{statement:?}");
    }

    #[test]
    fn an_age_told_of_someone_named_before_is_theirs() {
        let docs = [
            "The best known victim is Peter Fechter. On 17 August 1962 the 18-year-old bled to death near Checkpoint Charlie.",
            "Peter Fechter was 19 years old when he died.",
        ];
        assert_eq!(subjects_of(&docs), vec![vec!["18-year-old", "19 years old"]]);
        let someone_else = [
            "The best known victim is Peter Fechter. On 17 August 1962 an 18-year-old bled to death near Checkpoint Charlie.",
            "Peter Fechter was 19 years old when he died.",
        ];
        assert!(subjects_of(&someone_else).is_empty());
        let told_of = [
            "The best known victim is Peter Fechter. He was 18 years old when he bled to death.",
            "Peter Fechter was 19 years old when he died.",
        ];
        assert_eq!(subjects_of(&told_of), vec![vec!["18 years old", "19 years old"]]);
    }

    #[test]
    fn besiegers_are_attackers() {
        let subjects = subjects_of(&[
            "Some 300 of the besiegers died in the fighting.",
            "In the fighting 98 attackers were killed.",
        ]);
        assert_eq!(subjects, vec![vec!["Some 300", "98"]]);
    }

    #[test]
    fn a_synonym_shared_is_a_word_shared() {
        // Nothing but "film" and "movie" ties the two years together.
        let subjects = subjects_of(&[
            "Cameron's film about the liner came out in 1997 to huge crowds.",
            "The Cameron movie about the liner came out in 1998, I think.",
        ]);
        assert_eq!(subjects, vec![vec!["1997", "1998"]]);
        let unrelated = subjects_of(&[
            "Cameron's film about the liner came out in 1997 to huge crowds.",
            "The Cameron book about the liner came out in 1998, I think.",
        ]);
        assert!(unrelated.is_empty(), "{unrelated:?}");
    }

    #[test]
    fn links_the_same_fact_across_documents() {
        let subjects = subjects_of(&[
            "Khrushchev's speech ran to 26,000 words.",
            "The speech was some 26,000 words long.",
            "It was a long speech of 18,000 words.",
        ]);
        assert_eq!(subjects, vec![vec!["26,000", "some 26,000", "18,000"]]);
    }

    #[test]
    fn a_quotation_the_writer_endorses_is_their_own_claim() {
        let quarry = "The quarry had eleven kilns in its busiest year.";
        let table = "| What the guidebook says | What I found |\n|---|---|\n\
            | \"the quarry had nine kilns\" | correct, says the archive |\n";
        assert!(together(&subjects_of(&[quarry, table]), "eleven", "nine"));
        let aside = "Only 38.5% of the stone was sold, which fits with \"about two fifths\" in the ledger.";
        let subjects = subjects_of(&["Some 45% of the stone was sold that year.", aside]);
        assert!(
            together(&subjects, "38.5%", "about two fifths") && together(&subjects, "45%", "38.5%"),
            "{subjects:?}"
        );
    }

    #[test]
    fn dont_link_a_quotation_the_writer_rejects_or_only_reports() {
        let quarry = "The quarry had eleven kilns in its busiest year.";
        for verdict in ["wrong, it had eleven", "not correct", "so the guidebook says"] {
            let table = format!(
                "| What the guidebook says | What I found |\n|---|---|\n| \"the quarry had nine kilns\" | {verdict} |\n"
            );
            let subjects = subjects_of(&[quarry, &table]);
            assert!(!together(&subjects, "eleven", "nine"), "{verdict}: {subjects:?}");
        }
        let said = "The foreman said \"the quarry had nine kilns\" in a letter home.";
        assert!(!together(&subjects_of(&[quarry, said]), "eleven", "nine"));
    }

    #[test]
    fn dont_link_different_nouns() {
        let subjects =
            subjects_of(&["After the speech 51,439 prisoners were released.", "The speech ran to 26,000 words."]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn dont_link_lengths_of_time_counted_from_different_events() {
        let subjects = subjects_of(&[
            "Within six months of Stalin's death, Khrushchev took over the party leadership.",
            "Three years into his leadership of the party, Khrushchev took the floor.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn the_same_day_links_notes_that_describe_it_differently() {
        let subjects = subjects_of(&[
            "On the morning of 14 July 1789 a crowd seized muskets, before the siege of the fortress began.",
            "The fortress was stormed on 14 July 1789 after a long siege.",
            "The old textbook claims the fortress fell on 14 July 1790, after a siege.",
            "A plaque for the fortress was unveiled on 14 July 1889.",
        ]);
        // The textbook's year is a slip on the right day; the plaque is another event on that day.
        assert_eq!(subjects, vec![vec!["14 July 1789", "14 July 1789", "14 July 1790"]]);
    }

    #[test]
    fn one_day_at_two_times_is_no_shared_value() {
        let at = |text: &str| Value::parse(text).unwrap();
        assert_eq!(value_affinity(&at("1912-04-14T23:40"), &at("1912-04-14T23:40")), SAME_VALUE);
        assert_eq!(value_affinity(&at("1912-04-14T02:20"), &at("1912-04-14T23:40")), 0.0);
        assert_eq!(value_affinity(&at("1912-04-14"), &at("1912-04-14T23:40")), SAME_VALUE);
        assert_eq!(value_affinity(&at("1789-07-14"), &at("1790-07-14")), 0.0);
        // Life spans from the same year are about one life, whatever their ends say.
        assert_eq!(value_affinity(&at("1740/1789"), &at("1740/1798")), SAME_VALUE);
        assert_eq!(value_affinity(&at("1740/1789"), &at("1741/1789")), 0.0);
    }

    #[test]
    fn dont_link_counts_of_different_events() {
        let subjects = subjects_of(&[
            "When the ship went down, 1,517 people died in the cold water of the Atlantic.",
            "When the ship went down, only 706 people survived in the cold water of the Atlantic.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn one_minute_off_the_hour_links_notes_with_and_without_its_day() {
        let subjects = subjects_of(&[
            "The liner Titanic crossed the North Atlantic. The lookout rang the bell three times at 23:40.",
            "The liner Titanic crossed the North Atlantic. At 11:40 p.m. on 14 April she struck the ice.",
        ]);
        assert_eq!(subjects, vec![vec!["23:40", "11:40 p.m. on 14 April"]]);
    }

    #[test]
    fn dont_link_round_hours_by_their_time_alone() {
        let subjects = subjects_of(&[
            "The liner Titanic crossed the North Atlantic. The harbour band began its concert at 4 p.m. sharp.",
            "The liner Titanic crossed the North Atlantic. The relief ship reached the survivors at 4 p.m. on 15 April.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn a_measure_restated_in_other_units_is_one_fact() {
        let subjects = subjects_of(&[
            "The border wall was 155 km long (about 96 miles).",
            "Around the western sectors the wall ran for 155 km.",
        ]);
        assert_eq!(subjects, vec![vec!["155 km", "about 96 miles", "155 km"]]);
    }

    #[test]
    fn nearly_one_measure_in_two_units_links_notes() {
        let subjects = subjects_of(&[
            "The liner Titanic sank in the North Atlantic. The wreck rests at a depth of about 3,800 metres.",
            "The liner Titanic sank in the North Atlantic. Divers reached the hull 12,500 feet down.",
        ]);
        assert_eq!(subjects, vec![vec!["about 3,800 metres", "12,500 feet"]]);
    }

    #[test]
    fn dont_link_what_was_required_with_what_was() {
        let subjects = subjects_of(&[
            "The liner carried 20 lifeboats on her deck.",
            "The shipping rules required only 16 lifeboats on her deck.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
        // Nor what a thing had room for with what it held.
        let subjects = subjects_of(&[
            "Of the roughly 2,224 people aboard, more than 1,500 died. The lifeboats had room enough for 1,178 \
             people, about half of those on board.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn one_value_of_a_set_or_a_choice_is_not_at_odds_with_another_of_them() {
        let subjects = subjects_of(&[
            "The town charter was reissued in 1316, 1318 and 1326.",
            "The town charter was reissued in 1318, with new clauses.",
        ]);
        assert!(!together(&subjects, "1316", "1318"), "{subjects:?}");
        assert!(subjects.iter().any(|s| s.iter().filter(|c| c.contains("1318")).count() == 2), "{subjects:?}");
        let subjects = subjects_of(&[
            "The harvest fair opened on May 3 or, more likely, early June.",
            "The harvest fair opened on 5 June that year.",
        ]);
        assert!(!together(&subjects, "May 3", "5 June"), "{subjects:?}");
        // A choice that no other note gives still disagrees with it.
        let subjects =
            subjects_of(&["The flood drowned 1,500 or 1,517 villagers.", "The flood drowned about 1,200 villagers."]);
        assert!(together(&subjects, "1,517", "about 1,200"), "{subjects:?}");
    }

    #[test]
    fn a_count_in_a_heading_counts_only_what_it_names() {
        let subjects = subjects_of(&[
            "# 5 things I learned about the Harlow bridge\n\nWe walked it. Harlow herself was 56 when it opened.",
            "# Key\n\n| Fact | Answer |\n|---|---|\n| Harlow's age at the opening | 56 |",
        ]);
        assert!(!subjects.iter().any(|s| s.iter().any(|c| c == "5")), "{subjects:?}");
        assert!(together(&subjects, "56", "56"), "{subjects:?}");
    }

    #[test]
    fn an_age_is_at_the_event_its_sentence_dates() {
        // The cause of death stands between dying and the age, but the age is still the age at death.
        let subjects = subjects_of(&[
            "The engraver Hal Brenner died on 2 March 1901, aged 71.",
            "Hal Brenner died in March 1901 of a long fever of the lungs, aged 72, after years of work with acid.",
        ]);
        assert!(together(&subjects, "aged 71", "aged 72"), "{subjects:?}");
    }

    #[test]
    fn on_board_and_aboard_say_one_thing() {
        let subjects = subjects_of(&[
            "Of the 1,959 people aboard, 1,198 died when the liner sank.",
            "People on board: 1,962\n\nDeaths: 1,197",
        ]);
        assert!(together(&subjects, "1,959", "1,962"), "{subjects:?}");
    }

    #[test]
    fn a_date_on_which_something_was_demanded_is_a_date() {
        let subjects = subjects_of(&[
            "The president spoke at the old city gate on 8 May 1983 and demanded that the border be opened.",
            "His speech at the old city gate came on 8 May 1983.",
        ]);
        assert_eq!(subjects, vec![vec!["8 May 1983", "8 May 1983"]]);
    }

    #[test]
    fn a_kind_of_a_counted_thing_counts_it() {
        let subjects = subjects_of(&[
            "The steamer carried 12 lifeboats for her crew and passengers.",
            "For her crew and passengers the steamer carried 12 boats.",
        ]);
        assert_eq!(subjects, vec![vec!["12", "12"]]);
    }

    #[test]
    fn the_people_of_a_city_are_people() {
        let subjects = subjects_of(&[
            "The assembly later gave the title of victor to 594 people on its roll.",
            "Nearly 1,000 Parisians received the title of victor from the assembly.",
        ]);
        assert_eq!(subjects, vec![vec!["594", "Nearly 1,000"]]);
    }

    #[test]
    fn names_on_a_list_count_people() {
        let subjects = subjects_of(&[
            "The petition the council received carried 5,200 names.",
            "About 5,000 residents signed the petition the council received.",
        ]);
        assert_eq!(subjects, vec![vec!["5,200", "About 5,000"]]);
    }

    #[test]
    fn dont_lend_a_figure_the_event_of_the_figure_beside_it() {
        // Surviving is what 700 counts, not 2,200; dying is what 1,500 counts, not "over 700".
        let subjects = subjects_of(&[
            "In all 2,200 people were aboard the ship and only 700 survived the night.",
            "Just over 700 people survived the night; more than 1,500 died.",
        ]);
        assert_eq!(subjects, vec![vec!["700", "Just over 700"]]);
    }

    #[test]
    fn dont_link_a_total_of_groups_with_one_of_the_groups() {
        // 1,850 counts passengers and crew together; 1,200 counts passengers alone.
        let subjects = subjects_of(&[
            "The ferry carried 1,850 people that night (passengers + crew).",
            "The ferry carried about 1,200 passengers that night.",
            "That night the ferry carried 1,900 people.",
        ]);
        assert_eq!(subjects, vec![vec!["1,850", "1,900"]]);
    }

    #[test]
    fn dont_link_dates_centuries_apart_that_share_a_verb() {
        // The fire "started on 2 September 1666"; the old cathedral "had been started in 1087".
        let subjects = subjects_of(&[
            include_str!("../tests/fixtures/distant-dates/fire-essay.md"),
            include_str!("../tests/fixtures/distant-dates/fire-article.md"),
            include_str!("../tests/fixtures/distant-dates/fire-notes.md"),
        ]);
        let fire =
            subjects.iter().find(|s| s.contains(&"2 Sept 1666".to_string())).expect("the fire's start is linked");
        assert!(fire.contains(&"Sunday 2 September 1666".to_string()), "{subjects:?}");
        assert!(!fire.contains(&"1087".to_string()), "{subjects:?}");
    }

    #[test]
    fn dont_link_the_births_of_different_people() {
        // Irène "born in 1897", her mother "Born in 1867, Curie was 24".
        let subjects = subjects_of(&[
            include_str!("../tests/fixtures/life-events/curie-life.md"),
            include_str!("../tests/fixtures/life-events/curie-timeline.md"),
            include_str!("../tests/fixtures/life-events/curie-essay.md"),
        ]);
        let both = |s: &Vec<String>| s.contains(&"1867".to_string()) && s.contains(&"1897".to_string());
        assert!(!subjects.iter().any(both), "{subjects:?}");
    }

    #[test]
    fn dont_link_heights_of_two_places_that_several_notes_give_side_by_side() {
        // Three notes give the height of the South Col camp and of the South Summit; a fourth gives
        // only the second.
        let subjects = subjects_of(&[
            include_str!("../tests/fixtures/camp-heights/saddle-essay.md"),
            include_str!("../tests/fixtures/camp-heights/camp-notes.md"),
            include_str!("../tests/fixtures/camp-heights/height-table.md"),
            include_str!("../tests/fixtures/camp-heights/turning-back.md"),
        ]);
        let col = |c: &String| c.starts_with("7,900") || c.contains("26,000");
        let summit = |c: &String| c.starts_with("8,750") || c.contains("28,700");
        assert!(!subjects.iter().any(|s| s.iter().any(col) && s.iter().any(summit)), "{subjects:?}");
        assert!(subjects.iter().any(|s| s.len() == 3 && s.iter().all(col)), "{subjects:?}");
        assert!(subjects.iter().any(|s| s.len() == 4 && s.iter().all(summit)), "{subjects:?}");
    }

    #[test]
    fn a_date_placed_after_an_event_is_not_that_events_date() {
        // The column was begun in 1671, after the fire of 1666: "fire" names what the date follows.
        let subjects = subjects_of(&[
            "The fire of 1666 began in a bakery. Wren's new cathedral, finished around 1710, towers over the city.",
            "| What | When |\n|---|---|\n| Fire began | 2 September 1666 |\n| New cathedral finished | c. 1710 |\n",
            "The fire of 1666 started near the bridge. The column that Hooke and Wren designed after the fire was begun in 1671 and finished in 1677.",
            "The fire broke out in 1666. Hooke's column was completed in 1677.",
            "In 1666 the fire took 87 churches. The new cathedral was finished around 1710.",
        ]);
        assert!(!together(&subjects, "1671", "1666"), "{subjects:?}");
        assert!(!together(&subjects, "1677", "1710"), "{subjects:?}");
    }

    #[test]
    fn a_day_links_with_the_night_that_contains_it() {
        let docs = [
            "In the early hours of 13 August 1961 police began closing the sector boundary in Berlin.",
            "- Berlin, night of 12/13 August 1961: border sealed with wire",
        ];
        assert_eq!(subjects_of(&docs), vec![vec!["13 August 1961", "12/13 August 1961"]]);
        // Three days are a battle, and its last day one charge in it.
        let battle = [
            "In the early hours of 3 July 1863 the guns at Gettysburg began the charge.",
            "- Gettysburg, fighting of 1-3 July 1863: the town held",
        ];
        assert!(subjects_of(&battle).is_empty(), "{:?}", subjects_of(&battle));
    }

    #[test]
    fn dont_link_heights_that_are_merely_close() {
        // The top camp, the South Summit and the summit lie a few hundred feet apart: "about 29,000
        // feet" could be any of them, and 27,900 ft is within 3% of 28,700 ft and of 8,750 m, but
        // none is the same figure as another.
        let subjects = subjects_of(&[
            "- top camp (Camp IX) pitched at 27,900 ft",
            "The second pair slept at the top camp, 27,900 ft, on the ridge.",
            "The first pair turned back at the South Summit, 28,700 ft, on the ridge.",
            "From the ridge the summit rises to about 29,000 feet.",
        ]);
        let camp = |c: &String| c.contains("27,900");
        let camp_alone = |subjects: &[Vec<String>]| !subjects.iter().any(|s| s.iter().any(camp) && !s.iter().all(camp));
        assert!(camp_alone(&subjects), "{subjects:?}");
        let subjects = subjects_of(&[
            "- top camp (Camp IX) pitched at 27,900 ft",
            "The second pair slept at the top camp, 27,900 ft, on the ridge.",
            "- South Summit (first pair turned back): 8,750 m",
        ]);
        assert!(camp_alone(&subjects), "{subjects:?}");
    }

    #[test]
    fn a_slip_copied_into_a_second_draft_still_joins_the_figure_most_notes_give() {
        let draft = "The congress sat for 31 days in the old hall.\n\n| What | Figure |\n|---|---|\n| Congress sat in the old hall | 14 days |\n";
        let subjects = subjects_of(&[
            "The congress sat for 14 days in the old hall.",
            "In the old hall the congress sat for 14 days.",
            "- congress sat 14 days, old hall",
            "The congress, in the old hall, sat for 14 days and then broke up.",
            "The congress sat for 14 days before it was dissolved.",
            draft,
            draft,
        ]);
        assert!(
            subjects.iter().any(|s| s.contains(&"31 days".to_string()) && s.contains(&"14 days".to_string())),
            "{subjects:?}"
        );
    }

    #[test]
    fn dont_link_ranks_that_count_off_a_series() {
        let subjects = subjects_of(&[
            "The first pair, Bourdillon and Evans, turned back. The second pair, Hillary and Tenzing, reached the top.",
            "The first summit pair, Bourdillon and Evans, went up on 26 May.",
        ]);
        let both = |s: &Vec<String>| s.contains(&"first".to_string()) && s.contains(&"second".to_string());
        assert!(!subjects.iter().any(both), "{subjects:?}");
        // The same rank, told of the same climbers, is one fact.
        assert!(subjects.iter().any(|s| s.len() == 2 && s.iter().all(|c| c == "first")), "{subjects:?}");
        // A note that counts off its lifeboats names no one, and its ranks are a series still.
        let subjects = subjects_of(&[
            "The first lifeboat was lowered half empty. The second lifeboat was lowered half empty too.",
            "The first lifeboat was lowered half empty, with room to spare.",
        ]);
        assert!(!subjects.iter().any(both), "{subjects:?}");
    }

    #[test]
    fn a_year_one_digit_off_is_a_slip_not_another_event() {
        assert!(digit_slip(1666, 1766));
        assert!(digit_slip(1689, 1698));
        assert!(!digit_slip(1087, 1666));
        let date = |y: i32| DateValue::years(y, y);
        assert!(!years_apart(&date(1666), &date(1766)));
        assert!(years_apart(&date(1087), &date(1666)));
        // A generation apart is still one event told wrongly ("the war began in 1939" for 1914);
        // more is a father's death against his daughter's.
        assert!(!years_apart(&date(1914), &date(1939)));
        assert!(years_apart(&date(1824), &date(1852)));
    }

    #[test]
    fn counts_of_groups_side_by_side_are_no_total() {
        let subjects = subjects_of(&[
            "The ferry carried about 1,200 passengers and 650 crew that night.",
            "The ferry carried 1,250 passengers that night.",
        ]);
        assert_eq!(subjects, vec![vec!["about 1,200", "1,250"]]);
    }

    #[test]
    fn a_total_and_one_group_with_one_figure_are_one_fact_told_loosely() {
        let subjects = subjects_of(&[
            "The liner was built to carry 3,100 passengers and crew.",
            "The liner was built to carry 3,100 passengers.",
        ]);
        assert_eq!(subjects, vec![vec!["3,100", "3,100"]]);
    }

    #[test]
    fn an_event_three_words_from_a_figure_is_its_own() {
        // "was killed" is what befell the 61-year-old mayor, though the guards beside 40 died too.
        let subjects = subjects_of(&[
            "In the riot 40 guards died and the 61-year-old mayor was killed.",
            "The mayor was 66 years old when he was killed.",
            "The mayor had ruled the town since 1790. The mayor had 2 sons. In 1788 the mayor built a bridge.",
        ]);
        assert_eq!(subjects, vec![vec!["61-year-old", "66 years old"]]);
    }

    #[test]
    fn dont_link_lengths_of_time_that_share_only_a_verb_of_lasting_or_taking() {
        let subjects = subjects_of(&["The siege lasted three years. The strike lasted five months."]);
        assert!(subjects.is_empty(), "{subjects:?}");
        let subjects = subjects_of(&["The siege lasted three years.", "The strike lasted five months."]);
        assert!(subjects.is_empty(), "{subjects:?}");
        let subjects = subjects_of(&[
            "# The Great Fire of the port\n\
             \n\
             The fire broke out on 2 September 1666 in a bakery near the harbour and burned for four days.\n\
             About 13,200 houses were destroyed, along with 87 parish churches. Only six deaths were recorded,\n\
             though historians think the real number was higher.\n\
             \n\
             The rebuilding took more than thirty years. The new cathedral alone took 25 years to finish,\n\
             and its dome rises 111 metres above the street. In 1667 a new building code required brick and stone.\n\
             \n\
             By 1671 some 9,000 houses had been rebuilt. The architect lived to be 90 and died in 1723.\n\
             The monument to the fire, finished in 1677, stands 61 metres tall, 61 metres from where the fire started.",
            "# Strikes of 1926\n\
             \n\
             The general strike began on 3 May 1926 and lasted nine days. About 1.7 million workers walked out.\n\
             The miners stayed out for seven months, until November. Some 1,500 men were arrested during the strike,\n\
             and 4,000 more were prosecuted in the months after.\n\
             \n\
             The government had prepared for months: 226,000 special constables were recruited in the first week.\n\
             The TUC called off the strike on 12 May. The miners' lockout ended in late November 1926.\n\
             In 1927 the Trade Disputes Act made sympathetic strikes illegal; it was repealed in 1946.",
        ]);
        // No length of time is linked; the heading's year meets the strike's first day.
        assert_eq!(subjects, [["1926", "3 May 1926"]]);
    }

    #[test]
    fn dont_lend_a_date_the_verb_of_the_next_clause() {
        // Reopening is what 1974 dates, and closing what 1921 dates.
        let subjects = subjects_of(&[
            "The canal was dug from 1802. It closed to trade in 1921 and reopened for pleasure boats in 1974.",
            "* begun 1802\n* railway arrived 1846; closed 1921; reopened 1974",
            "The canal was dug by 3,000 men. It closed in 1921. Boats returned in 1974, 53 years after it closed.",
        ]);
        for claims in &subjects {
            assert!(claims.iter().all(|c| *c == claims[0]), "{subjects:?}");
        }
        assert!(subjects.iter().any(|claims| claims.len() == 3 && claims[0] == "1921"), "{subjects:?}");
    }

    #[test]
    fn a_slipped_year_joins_the_day_when_its_words_match_only_one_note() {
        let subjects = subjects_of(&[
            "A prison fortress stood in Paris. The angry crowd stormed it on 14 July 1789 after long failed talks.",
            "A prison fortress stood in Paris. On 14 July 1789 its governor handed over the keys.",
            "A prison fortress stood in Paris. People remember 14 July 1789 as the end of the old order.",
            "A prison fortress stood in Paris. Every year France recalls 14 July 1789 with parades.",
            "A prison fortress stood in Paris. the crowd stormed it on july 14 1788, starting a revolution against king and nobles",
        ]);
        let day = "14 July 1789";
        assert_eq!(subjects, vec![vec![day, day, day, day, "july 14 1788"]]);
    }

    #[test]
    fn a_subject_counts_its_noun_in_the_plural() {
        let cases = [
            ("word", "words"),
            ("words", "words"),
            ("man", "men"),
            ("story", "stories"),
            ("day", "days"),
            ("box", "boxes"),
            ("people", "people"),
            ("crew", "crew"),
            ("person", "people"),
        ];
        for (noun, label) in cases {
            assert_eq!(plural(noun), label, "{noun}");
        }
        // The label a user reads: "a 26,000-word speech" gives the noun in the singular.
        let labels: Vec<String> = linked(&[
            "It was a 26,000-word speech read behind closed doors.",
            "Behind closed doors the speech ran to 26,000 words.",
        ])
        .into_iter()
        .map(|(label, _)| label)
        .collect();
        assert_eq!(labels.len(), 1, "{labels:?}");
        assert!(labels[0].starts_with("the number of words ("), "{labels:?}");
    }

    #[test]
    fn an_open_bound_is_no_specific_value() {
        // "thousands" in two notes says nothing about which crowd they count: on its own it once
        // joined the Berliners who gathered at the checkpoints with the East Germans who fled through
        // Hungary, and through them two crowds of different sizes.
        let value = |text: &str| Value::parse(text).unwrap();
        assert_eq!(value_affinity(&value(">1000"), &value(">1000")), 0.0);
        assert_eq!(value_affinity(&value("<300"), &value("<300")), 0.0);
        assert_eq!(value_affinity(&value("51439"), &value("51439")), SAME_VALUE);
        assert_eq!(value_affinity(&value("~26000"), &value("~26000")), SAME_VALUE);
    }

    #[test]
    fn dont_read_every_capitalised_count_as_people() {
        // A name that does not end like a people's is a thing: aircraft are not their crews.
        let subjects = subjects_of(&[
            "The squadron flew 24 Spitfires over the harbour at dawn.",
            "The squadron flew 24 men over the harbour at dawn.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn dont_link_counts_of_things_that_only_end_alike() {
        // "boat" is not a kind of "oat", and "men" is too short to stand for "women".
        let subjects = subjects_of(&[
            "The farm shipped 40 boats of grain down the river each spring.",
            "The farm shipped 40 oats of grain down the river each spring.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn losing_lives_is_dying() {
        let subjects = subjects_of(&[
            "About 60 of the rebels lost their lives that afternoon.",
            "Some 45 rebels died in the fighting.",
        ]);
        assert_eq!(subjects, vec![vec!["About 60", "Some 45"]]);
        // Losing something else is not dying.
        let lost = subjects_of(&[
            "About 60 of the rebels lost their horses that afternoon.",
            "Some 45 rebels died in the fighting.",
        ]);
        assert!(lost.is_empty(), "{lost:?}");
    }

    #[test]
    fn one_length_of_time_in_hours_and_minutes_links_whoever_counts_it_from() {
        // The same 9,600 seconds, one counted from the collision, one as how long the sinking took.
        let subjects = subjects_of(&[
            "The steamer went down 2 h 40 min after hitting the ice.",
            "It took about two hours and forty minutes for the steamer to sink.",
        ]);
        assert_eq!(subjects, vec![vec!["2 h 40 min", "about two hours and forty minutes"]]);
    }

    #[test]
    fn dont_link_a_share_of_a_breakdown_with_the_whole() {
        let subjects = subjects_of(&[
            "Of the passengers, 62% in first class, 41% in second class and 25% in third class survived.",
            "Overall only 32% of the passengers survived.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn words_that_only_place_a_value_in_time_link_nothing() {
        let subjects = subjects_of(&[
            "The liner Titanic sank in the North Atlantic. The divers returned the following year, in 1986.",
            "The liner Titanic sank in the North Atlantic. A memorial cruise sailed the following year, in 2012.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn dont_link_a_year_with_a_day_that_has_none() {
        let subjects = subjects_of(&[
            "The harbour festival has been the national holiday of Orland since 1880.",
            "The festival on 14 July is the national holiday of Orland.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn a_year_counted_from_an_event_is_not_its_date() {
        let subjects = subjects_of(&[
            "The liner sank in 1912 after striking ice.",
            "In 2012, a hundred years after the liner sank, a cruise retraced her route.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn dont_link_magnitudes_far_apart() {
        let subjects = subjects_of(&[
            "The concrete border wall ran for 155 km around the divided city.",
            "The concrete border wall around the divided city stood 3.6 metres high.",
        ]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn dont_link_claims_in_one_sentence() {
        let subjects = subjects_of(&["There were 2,224 people on board and room for 1,178 people in the boats."]);
        assert!(subjects.is_empty(), "{subjects:?}");
    }

    #[test]
    fn excluding_cues_keep_claims_out_of_a_declared_subject() {
        let settings = Settings::from_toml(
            "[[claim]]\nid = \"speech.length\"\nkind = \"count\"\nunit = \"words\"\nexclude-cues = [\"draft\"]\n",
        )
        .unwrap();
        let doc = "The text ran to 26,000 words. An early draft had 18,000 words.";
        let ex = extract(&scan(doc, Format::Markdown));
        let inputs: Vec<_> = ex.claims.iter().map(|c| LinkInput { doc: DocId(0), claim: c }).collect();
        let subjects = link(&inputs, &[Topic { stems: &ex.stems, sections: &ex.sections }], &settings);
        assert_eq!(subjects[0].claims, vec![ClaimId(0)]);
    }

    #[test]
    fn declared_subjects_take_claims_by_cue() {
        let settings =
            Settings::from_toml("[[claim]]\nid = \"speech.length\"\nkind = \"count\"\nunit = \"words\"\n").unwrap();
        let doc = "The text ran to 26,000 words. About 1,400 delegates heard it.";
        let ex = extract(&scan(doc, Format::Markdown));
        let inputs: Vec<_> = ex.claims.iter().map(|c| LinkInput { doc: DocId(0), claim: c }).collect();
        let subjects = link(&inputs, &[Topic { stems: &ex.stems, sections: &ex.sections }], &settings);
        assert_eq!(subjects[0].id, "speech.length");
        assert_eq!(subjects[0].claims, vec![ClaimId(0)]);
    }

    #[test]
    fn declared_subjects_are_asked_only_by_the_words_that_can_take_a_claim() {
        let settings = Settings::from_toml(
            "[[claim]]\nid = \"freed\"\nunit = \"people\"\n\n\
             [[claim]]\nid = \"fleet\"\nunit = \"ships\"\n\n\
             [[claim]]\nid = \"siege\"\ncues = [\"siege\"]\n\n\
             [[claim]]\nid = \"nothing\"\n",
        )
        .unwrap();
        let doc = "In 1956, 51,439 prisoners were released. The navy had 12 ships. The siege lasted 9 months. \
                   It cost 40 lives.";
        let ex = extract(&scan(doc, Format::Markdown));
        let inputs: Vec<_> = ex.claims.iter().map(|c| LinkInput { doc: DocId(0), claim: c }).collect();
        let subjects = link(&inputs, &[Topic { stems: &ex.stems, sections: &ex.sections }], &settings);
        let taken = |id: &str| -> Vec<&str> {
            let subject = subjects.iter().find(|s| s.id == id).unwrap();
            subject.claims.iter().map(|&c| &doc[ex.claims[c.index()].span.clone()]).collect()
        };
        // A unit naming people takes a count of any people; another unit only its own noun.
        assert_eq!(taken("freed"), ["51,439", "40"]);
        assert_eq!(taken("fleet"), ["12"]);
        assert_eq!(taken("siege"), ["9 months"]);
        assert!(taken("nothing").is_empty());
    }

    #[test]
    fn times_told_by_two_named_clocks_some_hours_apart_are_not_compared() {
        // By one clock, or with no clock named, they are compared.
        for (clock, compared) in [(" Eastern time", false), (" UTC", true), ("", true)] {
            let subjects = subjects_of(&[
                &format!("The lunar module landed on 20 July 1969 at 4:17 p.m.{clock}, with little fuel left."),
                "The lunar module landed at 20:17 UTC on 20 July 1969.",
            ]);
            assert_eq!(together(&subjects, "4:17 p.m.", "20:17"), compared, "{clock}: {subjects:?}");
        }
    }

    #[test]
    fn a_time_counted_from_an_event_left_unnamed_is_no_length_of_anything() {
        let subjects = subjects_of(&[
            "Armstrong stepped onto the lunar surface six and a half hours later.",
            "Eagle stayed on the lunar surface for 21 hours and 36 minutes.",
            "The module spent 21 hours and 36 minutes on the lunar surface.",
        ]);
        assert!(!together(&subjects, "six and a half hours", "21 hours"), "{subjects:?}");
        assert!(subjects.iter().any(|s| s.iter().filter(|c| c.starts_with("21 hours")).count() == 2), "{subjects:?}");
        // Two such offsets may still tell one step.
        let subjects = subjects_of(&[
            "Armstrong stepped onto the lunar surface six and a half hours later.",
            "Armstrong stepped onto the lunar surface six hours later.",
        ]);
        assert!(together(&subjects, "six and a half hours", "six hours"), "{subjects:?}");
    }
}
