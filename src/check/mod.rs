//! Checks: rules over the claim graph, each producing findings.
//!
//! Before any rule runs, every subject's claims are compared pairwise once ([`SubjectVerdicts`]): which
//! pairs are disjoint, how many documents support each claim, which claim is the consensus, and
//! which claims contradict a declared expectation. The verdicts are written into the graph as
//! conflict and agreement edges, and the rules read them. Each rule lives in its own file under
//! `rules/`, with a stable kebab-case id and its documentation beside it; [`RULES`] is the one table of
//! all of them with their default severities.
//!
//! Invariants: rules only read; a rule switched off in the settings does not run; findings come out
//! sorted by document, position and rule, so output is deterministic.

pub mod rules;

use std::collections::BTreeSet;

use crate::config::Settings;
use crate::finding::{Finding, Label, Severity};
use crate::id::{ClaimId, DocId, SubjectId};
use crate::pipeline::Analysis;
use crate::suppress::{self, Directive, UNUSED_RULE};
use crate::value::{Value, Verdict};

/// A rule's entry in the registry.
#[derive(Debug)]
pub struct RuleInfo {
    /// The stable id used in `claims.toml`, JSON, SARIF and diagnostics.
    pub id: &'static str,
    /// The severity when `claims.toml` says nothing; `None` for off.
    pub default: Option<Severity>,
    /// One line on what the rule flags.
    pub summary: &'static str,
    /// What another document labelled in a finding does, after its path: "says otherwise" where it
    /// disagrees, "gives it more precisely" where it only states the value better.
    pub others: &'static str,
    /// The rule's documentation: What it does / Why it matters / Example.
    pub doc: &'static str,
    /// Runs the rule.
    pub check: fn(&Context<'_>, Severity, &mut Vec<Finding>),
}

/// Every rule, with its default severity.
pub const RULES: &[RuleInfo] = &[
    rules::conflict::INFO,
    rules::off_key::INFO,
    rules::source_disagreement::INFO,
    rules::page_mismatch::INFO,
    rules::citation_out_of_range::INFO,
    rules::unknown_source::INFO,
    rules::name_variant::INFO,
    rules::uncited::INFO,
    rules::vague_claim::INFO,
    rules::agreement::INFO,
    rules::unused_suppression::INFO,
];

/// Looks a rule up by id.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// What rules read.
pub struct Context<'a> {
    /// The analysis so far (documents, claims, subjects, graph).
    pub analysis: &'a Analysis,
    /// The settings.
    pub settings: &'a Settings,
    /// One entry per subject, in subject order.
    pub verdicts: &'a [SubjectVerdicts],
    /// For each claim, the indices into the analysis's citations of the citations that support it.
    pub cited_by: Vec<Vec<usize>>,
    /// The suppression comments of every document.
    pub suppressions: &'a [Directive],
    /// For each suppression, the rules whose findings it silenced; empty until suppressions apply.
    pub suppressed: &'a [BTreeSet<&'static str>],
}

/// The comparisons within one subject.
///
/// Comparing is pairwise, but everything a rule asks afterwards is answered from per-claim lists
/// rather than by scanning all pairs again, so a subject of thousands of claims costs the rules
/// time in proportion to its disjoint pairs, not to their square or cube.
#[derive(Debug, Clone)]
pub struct SubjectVerdicts {
    /// The subject.
    pub subject: SubjectId,
    /// Its claims, in id order.
    pub claims: Vec<ClaimId>,
    /// For each claim (parallel to `claims`), the positions in `claims` of the claims whose values
    /// are disjoint from it, ascending.
    disjoint: Vec<Vec<u32>>,
    /// For each claim, the index into `classes` of the claims that state its value.
    class_of: Vec<u32>,
    /// Claims stating the same value, as positions in `claims`, ascending.
    classes: Vec<Vec<u32>>,
    /// For each claim (parallel to `claims`), the number of documents with a claim compatible with it.
    pub support: Vec<usize>,
    /// The distinct documents of the subject's claims, in id order.
    pub documents: Vec<DocId>,
    /// The claim that best represents what most documents say.
    pub consensus: Option<ClaimId>,
    /// The documents with a claim that is the consensus or is not disjoint from it, in id order.
    pub consensus_documents: Vec<DocId>,
    /// Claims whose values are disjoint from the declared expectation, in id order.
    pub off_key: Vec<ClaimId>,
}

/// The most documents whose claims one finding shows beside the claim it reports (see
/// [`Context::of_first_documents`]).
const MAX_DOCUMENTS: usize = 8;

impl SubjectVerdicts {
    /// The position of a claim among the subject's claims.
    fn position(&self, claim: ClaimId) -> Option<usize> {
        self.claims.binary_search(&claim).ok()
    }

    /// True when `a` and `b` are disjoint.
    pub fn conflict(&self, a: ClaimId, b: ClaimId) -> bool {
        match (self.position(a), self.position(b)) {
            (Some(i), Some(j)) => self.disjoint[i].binary_search(&(j as u32)).is_ok(),
            _ => false,
        }
    }

    /// The claims disjoint from `claim`, in id order.
    pub fn disjoint_from(&self, claim: ClaimId) -> impl Iterator<Item = ClaimId> + '_ {
        let list = self.position(claim).map_or(&[][..], |i| &self.disjoint[i][..]);
        list.iter().map(|&j| self.claims[j as usize])
    }

    /// Every pair of its claims whose values are disjoint, lower id first, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (ClaimId, ClaimId)> + '_ {
        self.disjoint.iter().enumerate().flat_map(move |(i, list)| {
            list.iter().filter(move |&&j| j as usize > i).map(move |&j| (self.claims[i], self.claims[j as usize]))
        })
    }

    /// True when any two of its claims are disjoint.
    pub fn has_conflicts(&self) -> bool {
        self.disjoint.iter().any(|list| !list.is_empty())
    }

    /// The claims stating the same value as `claim`, itself included, in id order.
    pub fn same_as(&self, claim: ClaimId) -> impl Iterator<Item = ClaimId> + '_ {
        let list = self.position(claim).map_or(&[][..], |i| &self.classes[self.class_of[i] as usize][..]);
        list.iter().map(|&j| self.claims[j as usize])
    }

    /// The support of a claim of this subject.
    pub fn support_of(&self, claim: ClaimId) -> usize {
        self.position(claim).map_or(0, |i| self.support[i])
    }
}

/// Compares claims within subjects, records the verdicts in the graph, and runs every enabled rule.
pub fn run(analysis: &mut Analysis, settings: &Settings) -> Vec<Finding> {
    let verdicts: Vec<SubjectVerdicts> =
        (0..analysis.subjects.len()).map(|s| compare_subject(analysis, settings, SubjectId::from_index(s))).collect();
    let edges = verdicts.iter().map(|v| v.claims.len() + v.disjoint.iter().map(Vec::len).sum::<usize>() / 2).sum();
    analysis.graph.reserve_claim_edges(edges);
    for v in &verdicts {
        for (a, b) in v.pairs() {
            analysis.graph.add_conflict(a, b);
        }
        if let Some(consensus) = v.consensus {
            for &c in &v.claims {
                if c != consensus && !v.conflict(c, consensus) {
                    analysis.graph.add_agreement(c, consensus);
                }
            }
        }
    }
    analysis.consensus = verdicts.iter().map(|v| v.consensus).collect();
    let mut cited_by = vec![Vec::new(); analysis.claims.len()];
    for (i, c) in analysis.citations.iter().enumerate() {
        for &claim in &c.claims {
            cited_by[claim.index()].push(i);
        }
    }
    let (suppressions, _) = suppress::directives(&analysis.documents);
    let mut cx =
        Context { analysis, settings, verdicts: &verdicts, cited_by, suppressions: &suppressions, suppressed: &[] };
    let mut findings = Vec::new();
    for rule in RULES.iter().filter(|r| r.id != UNUSED_RULE) {
        if let Some(severity) = settings.severity(rule.id) {
            (rule.check)(&cx, severity, &mut findings);
        }
    }
    // Suppressions apply to every other rule's findings; what they silenced is known only then.
    let suppressed = suppress::apply(&suppressions, &mut findings);
    cx.suppressed = &suppressed;
    if let Some(severity) = settings.severity(UNUSED_RULE) {
        rules::unused_suppression::UnusedSuppression::check(&cx, severity, &mut findings);
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()).then_with(|| a.message.cmp(&b.message)));
    findings
}

/// Whether a value is a range with two ends: days or months of a known year ("1956-02-24/1956-02-25"),
/// or numbers ("5000..7000").
fn is_range(value: &Value) -> bool {
    match value {
        Value::Date(d) => d.end.is_some() && d.start.year.is_some(),
        Value::Number(n) => n.high.is_some(),
    }
}

fn compare_subject(analysis: &Analysis, settings: &Settings, subject: SubjectId) -> SubjectVerdicts {
    let claims = analysis.graph.claims_of(subject);
    debug_assert!(claims.windows(2).all(|w| w[0] < w[1]), "a subject's claims come in id order");
    let expect = analysis.subjects[subject.index()].declared.and_then(|d| settings.subjects[d].expect.as_ref());
    let value = |c: ClaimId| &analysis.claims[c.index()].claim.value;
    let doc = |c: ClaimId| analysis.claims[c.index()].doc;
    // Which claims each claim is compatible with, as bit sets; which it is disjoint from; and which
    // state the same value (a union-find over positions).
    let words = claims.len().div_ceil(64);
    let mut compatible: Vec<Vec<u64>> = vec![vec![0; words]; claims.len()];
    let mut disjoint: Vec<Vec<u32>> = vec![Vec::new(); claims.len()];
    let mut parent: Vec<usize> = (0..claims.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // An expected range settles any pair that both agree with it: under "1918-02/1920-04", a note's
    // "1918" and another's "1920" each give a part of the answer, and under "5000..7000" men a note's
    // 5,000 and another's 7,000 are both right. A point settles nothing between two claims it is too
    // coarse to tell apart ("1918" between February and October 1918, "27 April" between 1970 and
    // 1986).
    let keyed: Vec<bool> = claims
        .iter()
        .map(|&c| {
            expect.filter(|e| is_range(e)).is_some_and(|e| {
                matches!(value(c).compare_with(e, &settings.tolerance), Some(Verdict::Same | Verdict::Compatible))
            })
        })
        .collect();
    for (i, &a) in claims.iter().enumerate() {
        for (j, &b) in claims.iter().enumerate().skip(i + 1) {
            let verdict = value(a).compare_with(value(b), &settings.tolerance);
            let verdict = if verdict == Some(Verdict::Conflict) && keyed[i] && keyed[j] { None } else { verdict };
            match verdict {
                Some(Verdict::Conflict) => {
                    disjoint[i].push(j as u32);
                    disjoint[j].push(i as u32);
                }
                Some(_) => {
                    compatible[i][j / 64] |= 1 << (j % 64);
                    compatible[j][i / 64] |= 1 << (i % 64);
                    if verdict == Some(Verdict::Same) {
                        let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                        parent[ri.max(rj)] = ri.min(rj);
                    }
                }
                None => {}
            }
        }
    }
    // Each list of disjoint positions is ascending: positions below a claim's are pushed while it
    // is the later of a pair, those above it after. The value classes are numbered in order of
    // their first claim.
    let mut classes: Vec<Vec<u32>> = Vec::new();
    let mut class_at_root = vec![u32::MAX; claims.len()];
    let class_of: Vec<u32> = (0..claims.len())
        .map(|i| {
            let r = root(&mut parent, i);
            if class_at_root[r] == u32::MAX {
                class_at_root[r] = classes.len() as u32;
                classes.push(Vec::new());
            }
            classes[class_at_root[r] as usize].push(i as u32);
            class_at_root[r]
        })
        .collect();
    // A claim vague enough to agree with two claims that conflict ("over 700" beside 2,224 and
    // 3,547) settles nothing between them, however many documents it agrees with: it is no
    // consensus while a claim that takes no side exists.
    let mut straddling = vec![0_u64; words];
    for (a, list) in disjoint.iter().enumerate() {
        for &b in list.iter().filter(|&&b| b as usize > a) {
            for (set, (x, y)) in straddling.iter_mut().zip(compatible[a].iter().zip(&compatible[b as usize])) {
                *set |= x & y;
            }
        }
    }
    let straddles = |i: usize| straddling[i / 64] >> (i % 64) & 1 == 1;
    // Support: the distinct documents among a claim and those compatible with it, counted with one
    // stamp per document rather than a set per claim.
    let mut stamp = vec![usize::MAX; analysis.documents.len()];
    let support: Vec<usize> = (0..claims.len())
        .map(|i| {
            stamp[doc(claims[i]).index()] = i;
            let mut count = 1;
            for (w, &bits) in compatible[i].iter().enumerate() {
                let mut bits = bits;
                while bits != 0 {
                    let j = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let d = doc(claims[j]).index();
                    if stamp[d] != i {
                        stamp[d] = i;
                        count += 1;
                    }
                }
            }
            count
        })
        .collect();
    let off_key: Vec<ClaimId> = match expect {
        Some(e) => claims
            .iter()
            .copied()
            .filter(|&c| value(c).compare_with(e, &settings.tolerance) == Some(Verdict::Conflict))
            .collect(),
        None => Vec::new(),
    };
    // The consensus: taking a side, then most documents behind it, then agreeing with the
    // expectation, then backed by a cited source (its own citation, or one of a claim stating the
    // same value), then the most precise statement, then the earliest.
    let cited: Vec<bool> = claims.iter().map(|&c| !analysis.graph.citations_of(c).is_empty()).collect();
    let backed: Vec<bool> =
        (0..claims.len()).map(|i| classes[class_of[i] as usize].iter().any(|&j| cited[j as usize])).collect();
    let consensus = claims
        .iter()
        .enumerate()
        .max_by_key(|&(i, &c)| {
            let agrees = off_key.binary_search(&c).is_err();
            (!straddles(i), support[i], agrees, backed[i], cited[i], !value(c).is_vague(), std::cmp::Reverse(c))
        })
        .map(|(i, &c)| (i, c));
    // Of the claims that agree with the consensus and take its side against the same claims, the
    // one that fixes most of the calendar states it: "25 September 1066" rather than "25 September".
    let consensus = consensus.map(|(k, c)| {
        let side = |i: usize| i == k || compatible[k][i / 64] >> (i % 64) & 1 == 1 && disjoint[i] == disjoint[k];
        let detail = |i: usize| value(claims[i]).date_detail();
        (0..claims.len())
            .filter(|&i| side(i) && value(claims[i]).is_vague() == value(c).is_vague() && detail(i) > detail(k))
            .max_by_key(|&i| (detail(i), std::cmp::Reverse(claims[i])))
            .map_or((k, c), |i| (i, claims[i]))
    });
    let mut documents: Vec<DocId> = claims.iter().map(|&c| doc(c)).collect();
    documents.sort();
    documents.dedup();
    let mut consensus_documents: Vec<DocId> = match consensus {
        Some((k, _)) => (0..claims.len())
            .filter(|&i| i == k || disjoint[k].binary_search(&(i as u32)).is_err())
            .map(|i| doc(claims[i]))
            .collect(),
        None => Vec::new(),
    };
    consensus_documents.sort();
    consensus_documents.dedup();
    SubjectVerdicts {
        subject,
        claims,
        disjoint,
        class_of,
        classes,
        support,
        documents,
        consensus: consensus.map(|(_, c)| c),
        consensus_documents,
        off_key,
    }
}

/// Helpers the rules share for building findings.
impl Context<'_> {
    /// A label on a claim.
    pub fn label(&self, claim: ClaimId, message: String) -> Label {
        let record = &self.analysis.claims[claim.index()];
        Label { doc: record.doc, span: record.claim.span.clone(), message }
    }

    /// The claim's text, quoted on one line.
    pub fn quoted(&self, claim: ClaimId) -> String {
        let text = self.analysis.claim_text(claim);
        format!("`{}`", text.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// "this says 51439, citing Freeze p. 417": a claim's value and what it cites, for its label.
    pub fn says(&self, claim: ClaimId) -> String {
        let mut text = format!("this says {}", self.value(claim));
        let cited: Vec<String> = self
            .analysis
            .graph
            .citations_of(claim)
            .into_iter()
            .map(|(source, page)| self.cite_short(source, page.as_deref()))
            .collect();
        if !cited.is_empty() {
            text.push_str(", citing ");
            text.push_str(&cited.join("; "));
        }
        text
    }

    /// A label on an in-text citation (an index into the analysis's citations).
    pub fn citation_label(&self, citation: usize, message: String) -> Label {
        let c = &self.analysis.citations[citation];
        let span = self.analysis.documents[c.doc.index()].citations[c.index].span.clone();
        Label { doc: c.doc, span, message }
    }

    /// An in-text citation's text, quoted: "`(Freeze, 417)`".
    pub fn citation_text(&self, citation: usize) -> String {
        let c = &self.analysis.citations[citation];
        let doc = &self.analysis.documents[c.doc.index()];
        let text = doc.text.get(doc.citations[c.index].span.clone()).unwrap_or("");
        format!("`{}`", text.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The citations of a claim that stand in the claim's own sentence, so that the claim is what
    /// they are offered for.
    pub fn direct_citations(&self, claim: ClaimId) -> Vec<usize> {
        let record = &self.analysis.claims[claim.index()];
        let doc = &self.analysis.documents[record.doc.index()];
        self.cited_by[claim.index()]
            .iter()
            .copied()
            .filter(|&i| {
                let span = &doc.citations[self.analysis.citations[i].index].span;
                let sentence = &record.claim.sentence;
                // A citation after the sentence's full stop and closing quotes still belongs to it.
                let right_after = span.start >= sentence.end
                    && doc.text.get(sentence.end..span.start).is_some_and(|gap| gap.trim().is_empty());
                span.start >= sentence.start && span.end <= sentence.end || right_after
            })
            .collect()
    }

    /// A source and page as a phrase: "Freeze, Russia A History p. 417".
    pub fn cite_phrase(&self, source: crate::id::SourceId, page: Option<&str>) -> String {
        let name = &self.analysis.sources[source.index()].label;
        match page {
            Some(p) => format!("{name} p. {p}"),
            None => name.clone(),
        }
    }

    /// A source and page in short: "Freeze p. 417".
    pub fn cite_short(&self, source: crate::id::SourceId, page: Option<&str>) -> String {
        let name = self.analysis.sources[source.index()].short();
        match page {
            Some(p) => format!("{name} p. {p}"),
            None => name.to_string(),
        }
    }

    /// What backs each value among `claims`: for each distinct value, the sources cited by the
    /// subject's claims that state it and the number of documents that state it ("1956-02-24:
    /// Freeze p. 416, 3 documents"), most documents first.
    pub fn sides(&self, v: &SubjectVerdicts, claims: &[ClaimId]) -> Vec<String> {
        let mut covered: BTreeSet<ClaimId> = BTreeSet::new();
        let mut out: Vec<(usize, String)> = Vec::new();
        for &side in claims {
            if covered.contains(&side) {
                continue;
            }
            let rendered = self.value(side);
            let same: Vec<ClaimId> = v.same_as(side).collect();
            covered.extend(same.iter().copied());
            let docs: BTreeSet<DocId> = same.iter().map(|&c| self.analysis.claims[c.index()].doc).collect();
            let mut cites: Vec<String> = Vec::new();
            for &c in &same {
                for (source, page) in self.analysis.graph.citations_of(c) {
                    let phrase = self.cite_short(source, page.as_deref());
                    if !cites.contains(&phrase) {
                        cites.push(phrase);
                    }
                }
            }
            let backing = if cites.is_empty() { "uncited".to_string() } else { cites.join("; ") };
            let documents =
                if docs.len() == 1 { "1 document".to_string() } else { format!("{} documents", docs.len()) };
            out.push((docs.len(), format!("{rendered}: {backing}, {documents}")));
        }
        out.sort_by_key(|side| std::cmp::Reverse(side.0));
        out.into_iter().map(|(_, line)| line).collect()
    }

    /// The claim's value as rendered.
    pub fn value(&self, claim: ClaimId) -> String {
        self.analysis.claims[claim.index()].claim.value.to_string()
    }

    /// The subject's label.
    pub fn subject_label(&self, subject: SubjectId) -> &str {
        &self.analysis.subjects[subject.index()].label
    }

    /// Why a claim was linked to its subject, as a phrase.
    pub fn link_reason(&self, subject: SubjectId, claim: ClaimId) -> Option<String> {
        let s = &self.analysis.subjects[subject.index()];
        let reason = s.reasons.iter().find(|r| r.claim == claim)?;
        let words = reason.shared.join(", ");
        Some(match (s.origin, reason.value) {
            (_, None) if reason.shared.is_empty() => return None,
            (crate::link::Origin::Declared, _) => format!("linked to `{}` by its cues: {words}", s.id),
            (crate::link::Origin::Discovered, None) => format!("compared because their sentences share: {words}"),
            (crate::link::Origin::Discovered, Some(value)) if reason.shared.is_empty() => {
                format!("compared because they give {value}")
            }
            (crate::link::Origin::Discovered, Some(value)) => {
                format!("compared because they give {value} and their sentences share: {words}")
            }
        })
    }

    /// The consensus of a subject as a phrase: "1956-02-24 (3 of 4 documents: a.md, b.md, c.md)",
    /// naming at most [`MAX_DOCUMENTS`] documents ("… h.md and 4 more").
    pub fn consensus_phrase(&self, v: &SubjectVerdicts) -> Option<String> {
        let consensus = v.consensus?;
        let supporting = &v.consensus_documents;
        let mut names: String = supporting
            .iter()
            .take(MAX_DOCUMENTS)
            .map(|d| self.analysis.documents[d.index()].path.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        if supporting.len() > MAX_DOCUMENTS {
            names.push_str(&format!(" and {} more", supporting.len() - MAX_DOCUMENTS));
        }
        Some(format!("{} ({} of {} documents: {names})", self.value(consensus), supporting.len(), v.documents.len()))
    }

    /// The claims shown beside the one a finding reports: those of the first [`MAX_DOCUMENTS`]
    /// documents among `claims`, at most four from each on average. A subject of thousands of
    /// claims would otherwise show every one of them, and list every pair of them, in each of its
    /// findings.
    pub fn of_first_documents(&self, claims: impl Iterator<Item = ClaimId>) -> Vec<ClaimId> {
        let mut documents = Vec::new();
        claims
            .filter(|&c| {
                let doc = self.analysis.claims[c.index()].doc;
                if !documents.contains(&doc) && documents.len() < MAX_DOCUMENTS {
                    documents.push(doc);
                }
                documents.contains(&doc)
            })
            .take(MAX_DOCUMENTS * 4)
            .collect()
    }

    /// Every disjoint pair among `claims`, lower id first.
    pub fn pairs_among(&self, v: &SubjectVerdicts, claims: &[ClaimId]) -> Vec<(ClaimId, ClaimId)> {
        let mut sorted = claims.to_vec();
        sorted.sort();
        sorted.dedup();
        let mut out = Vec::new();
        for (i, &a) in sorted.iter().enumerate() {
            for &b in &sorted[i + 1..] {
                if v.conflict(a, b) {
                    out.push((a, b));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Input, analyze};

    #[test]
    fn verdicts_answer_from_per_claim_lists() {
        let notes = [
            ("a.md", "The bridge had 100 workers."),
            ("b.md", "The bridge had 100 workers."),
            ("c.md", "The bridge had about 100 workers."),
            ("d.md", "The bridge had 900 workers."),
            ("e.md", "The bridge had 900 workers."),
        ];
        let inputs = notes.iter().map(|(path, text)| Input { path: path.to_string(), text: text.to_string() });
        let settings = Settings::default();
        let analysis = analyze(inputs.collect(), &settings);
        assert_eq!(analysis.subjects.len(), 1);
        let v = compare_subject(&analysis, &settings, SubjectId::from_index(0));
        let [a, b, c, d, e] = [0, 1, 2, 3, 4].map(ClaimId::from_index);
        assert_eq!(v.claims, vec![a, b, c, d, e]);
        let pairs: Vec<_> = v.pairs().collect();
        assert_eq!(pairs, vec![(a, d), (a, e), (b, d), (b, e), (c, d), (c, e)]);
        assert!(v.conflict(e, c) && v.conflict(c, e) && !v.conflict(a, c) && !v.conflict(d, e));
        assert_eq!(v.disjoint_from(d).collect::<Vec<_>>(), vec![a, b, c]);
        // "about 100" agrees with 100 without stating the same value.
        assert_eq!(v.same_as(b).collect::<Vec<_>>(), vec![a, b]);
        assert_eq!(v.same_as(c).collect::<Vec<_>>(), vec![c]);
        assert_eq!(v.support, vec![3, 3, 3, 2, 2]);
        assert_eq!(v.consensus, Some(a));
        assert_eq!(v.consensus_documents, [0, 1, 2].map(DocId::from_index));
        assert_eq!(v.documents.len(), 5);
    }
}
