//! Views of the analysis: `concord subjects`, `concord graph` and the starter file of `concord init`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use concord::config::DeclaredSubject;
use concord::extract::Claim;
use concord::graph::{Edge, Node};
use concord::id::{ClaimId, SubjectId};
use concord::link::{CueIndex, Origin};
use concord::pipeline::Analysis;
use concord::value::{Dimension, Value};
use serde::Serialize;

use super::explain;
use super::report::json::{claim_id, io_error};

/// The output formats of `concord graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT.
    Dot,
    /// Nodes and edges as JSON.
    Json,
}

/// Writes every subject that has claims, as `concord explain SUBJECT` shows one, separated by blank
/// lines.
pub fn subjects(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let mut first = true;
    for subject in analysis.subjects.iter().filter(|s| !s.claims.is_empty()) {
        if !first {
            writeln!(out)?;
        }
        first = false;
        explain::subject(out, analysis, &subject.id)?;
    }
    Ok(())
}

/// Writes the citation index: each source with the entries that list it, then each document citing
/// it, with the pages cited and the claims each citation supports; then the citations that resolve
/// to no source.
pub fn sources(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let mut by_source: Vec<Vec<usize>> = vec![Vec::new(); analysis.sources.len()];
    let mut unresolved = Vec::new();
    for (i, c) in analysis.citations.iter().enumerate() {
        match c.source {
            Some(s) => by_source[s.index()].push(i),
            None => unresolved.push(i),
        }
    }
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    for (s, citations) in analysis.sources.iter().zip(&by_source) {
        let docs: std::collections::BTreeSet<_> = citations.iter().map(|&i| analysis.citations[i].doc).collect();
        let mut head = format!("{}: {}", s.id, s.label);
        let details: Vec<String> = [
            s.year.clone(),
            s.edition.as_ref().map(|e| format!("{e} edition")),
            s.pages.as_ref().map(|p| format!("pages {p}")),
            s.url.clone().filter(|u| *u != s.label),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !details.is_empty() {
            head.push_str(&format!(" ({})", details.join(", ")));
        }
        writeln!(out, "{head}: {}, {}", plural(citations.len(), "citation"), plural(docs.len(), "document"))?;
        if s.declared {
            writeln!(out, "  declared in claims.toml")?;
        }
        for &e in &s.entries {
            let entry = &analysis.entries[e];
            let doc = &analysis.documents[entry.doc.index()];
            let (line, _) = doc.line_col(entry.span.start);
            let text = doc.text.get(entry.span.clone()).unwrap_or("");
            writeln!(out, "  listed in {}:{line}: {}", doc.path, one_line(text))?;
        }
        let mut last_doc = None;
        for &i in citations {
            let c = &analysis.citations[i];
            let doc = &analysis.documents[c.doc.index()];
            if last_doc != Some(c.doc) {
                writeln!(out, "  {}", doc.path)?;
                last_doc = Some(c.doc);
            }
            write_citation(out, analysis, i)?;
        }
    }
    if !unresolved.is_empty() {
        writeln!(out, "unresolved: {}", plural(unresolved.len(), "citation"))?;
        for &i in &unresolved {
            let c = &analysis.citations[i];
            writeln!(out, "  {}", analysis.documents[c.doc.index()].path)?;
            write_citation(out, analysis, i)?;
        }
    }
    Ok(())
}

/// One citation line of the index: "    p. 417 at line 19 `(Freeze, 417)`: 51,439 (count)".
fn write_citation(out: &mut dyn Write, analysis: &Analysis, index: usize) -> io::Result<()> {
    let c = &analysis.citations[index];
    let doc = &analysis.documents[c.doc.index()];
    let span = doc.citations[c.index].span.clone();
    let (line, _) = doc.line_col(span.start);
    let page = c.page.as_deref().map_or_else(|| "no page".to_string(), |p| format!("p. {p}"));
    let supported: Vec<String> = c
        .claims
        .iter()
        .map(|&k| format!("{} ({})", one_line(analysis.claim_text(k)), analysis.claims[k.index()].claim.kind.as_str()))
        .collect();
    let supported = if supported.is_empty() { "no claim".to_string() } else { supported.join(", ") };
    writeln!(out, "    {page} at line {line} `{}`: {supported}", one_line(doc.text.get(span).unwrap_or("")))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Serialize)]
struct SourcesOut<'a> {
    version: u32,
    sources: Vec<super::report::json::SourceOut<'a>>,
    unresolved: Vec<super::report::json::CitedOut<'a>>,
}

/// Writes the citation index as JSON: the sources with their entries and citations, and the
/// citations that resolve to no source.
pub fn sources_json(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let unresolved = (0..analysis.citations.len())
        .filter(|&i| analysis.citations[i].source.is_none())
        .map(|i| super::report::json::cited_out(analysis, i))
        .collect();
    let report = SourcesOut { version: 1, sources: super::report::json::sources_out(analysis), unresolved };
    serde_json::to_writer_pretty(&mut *out, &report).map_err(io_error)?;
    writeln!(out)
}

#[derive(Serialize)]
struct SubjectsOut<'a> {
    version: u32,
    subjects: Vec<SubjectOut<'a>>,
}

#[derive(Serialize)]
struct SubjectOut<'a> {
    id: &'a str,
    label: &'a str,
    origin: &'static str,
    kind: &'static str,
    verdict: &'static str,
    consensus: Option<String>,
    values: Vec<ValueGroup<'a>>,
}

#[derive(Serialize)]
struct ValueGroup<'a> {
    value: String,
    claims: Vec<SubjectClaim<'a>>,
}

#[derive(Serialize)]
struct SubjectClaim<'a> {
    id: String,
    path: &'a str,
    line: usize,
    text: &'a str,
    shares: Vec<&'a str>,
}

/// Writes every subject with its claims grouped by value, as JSON.
pub fn subjects_json(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let mut subjects = Vec::new();
    for (index, subject) in analysis.subjects.iter().enumerate().filter(|(_, s)| !s.claims.is_empty()) {
        let claims = analysis.graph.claims_of(SubjectId::from_index(index));
        let mut groups: BTreeMap<String, Vec<SubjectClaim<'_>>> = BTreeMap::new();
        for &c in &claims {
            let doc = analysis.document_of(c);
            let (line, _) = doc.line_col(analysis.claims[c.index()].claim.span.start);
            let shares = subject
                .reasons
                .iter()
                .find(|r| r.claim == c)
                .map(|r| r.shared.iter().map(String::as_str).collect())
                .unwrap_or_default();
            groups.entry(analysis.claims[c.index()].claim.value.to_string()).or_default().push(SubjectClaim {
                id: claim_id(c),
                path: &doc.path,
                line,
                text: analysis.claim_text(c),
                shares,
            });
        }
        subjects.push(SubjectOut {
            id: &subject.id,
            label: &subject.label,
            origin: subject.origin.as_str(),
            kind: subject.kind.as_str(),
            verdict: if has_conflict(analysis, &claims) { "conflict" } else { "agreement" },
            consensus: analysis.consensus.get(index).copied().flatten().map(|c| value_of(analysis, c)),
            values: groups.into_iter().map(|(value, claims)| ValueGroup { value, claims }).collect(),
        });
    }
    serde_json::to_writer_pretty(&mut *out, &SubjectsOut { version: 1, subjects }).map_err(io_error)?;
    writeln!(out)
}

/// True when the check found two of the claims disjoint (with the configured tolerances).
fn has_conflict(analysis: &Analysis, claims: &[ClaimId]) -> bool {
    claims.iter().any(|&c| analysis.graph.conflicts_of(c).iter().any(|other| claims.contains(other)))
}

fn value_of(analysis: &Analysis, claim: ClaimId) -> String {
    analysis.claims[claim.index()].claim.value.to_string()
}

/// A node's name in graph output: a document's path, a claim's id and text, a subject's id, a
/// source's id.
fn node_name(analysis: &Analysis, node: Node) -> String {
    match node {
        Node::Document(d) => analysis.documents[d.index()].path.clone(),
        Node::Claim(c) => {
            format!("{} {}", claim_id(c), analysis.claim_text(c).split_whitespace().collect::<Vec<_>>().join(" "))
        }
        Node::Subject(s) => analysis.subjects[s.index()].id.clone(),
        Node::Source(s) => analysis.sources[s.index()].id.clone(),
    }
}

fn node_kind(node: Node) -> &'static str {
    match node {
        Node::Document(_) => "document",
        Node::Claim(_) => "claim",
        Node::Subject(_) => "subject",
        Node::Source(_) => "source",
    }
}

#[derive(Serialize)]
struct GraphOut {
    version: u32,
    nodes: Vec<NodeOut>,
    edges: Vec<EdgeOut>,
}

#[derive(Serialize)]
struct NodeOut {
    id: String,
    kind: &'static str,
    name: String,
}

#[derive(Serialize)]
struct EdgeOut {
    from: String,
    to: String,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<String>,
}

/// A node's stable id in JSON graph output: `d1`, `c1`, `s1`, `src1`.
fn node_id(analysis: &Analysis, node: Node) -> String {
    match node {
        Node::Document(d) => format!("d{}", d.index() + 1),
        Node::Claim(c) => claim_id(c),
        Node::Subject(s) => analysis.subjects[s.index()].id.clone(),
        Node::Source(s) => format!("src:{}", analysis.sources[s.index()].id),
    }
}

/// Writes the claim graph in DOT or JSON.
pub fn graph(out: &mut dyn Write, analysis: &Analysis, format: GraphFormat) -> io::Result<()> {
    match format {
        GraphFormat::Dot => out.write_all(analysis.graph.to_dot(|n| node_name(analysis, n)).as_bytes()),
        GraphFormat::Json => {
            let nodes = analysis
                .graph
                .nodes()
                .into_iter()
                .map(|n| NodeOut { id: node_id(analysis, n), kind: node_kind(n), name: node_name(analysis, n) })
                .collect();
            let edges = analysis
                .graph
                .edges()
                .into_iter()
                .map(|(from, to, edge)| EdgeOut {
                    from: node_id(analysis, from),
                    to: node_id(analysis, to),
                    kind: edge.label(),
                    page: match edge {
                        Edge::Cites { page } => page.clone(),
                        _ => None,
                    },
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &GraphOut { version: 1, nodes, edges }).map_err(io_error)?;
            writeln!(out)
        }
    }
}

/// A starter `claims.toml`: one `[[claim]]` per discovered subject stated in two or more documents,
/// with its kind, counted noun, strongest shared words as cues and its consensus as `expect`, for the
/// user to review. A cue is written only if it singles out the subject's claims (see
/// [`CueIndex::singling_cues`]), so that the file checks clean on the notes it came from; a
/// subject that no shared word singles out is named in a comment instead. Returns the text and the
/// number of subjects written.
pub fn starter_config(analysis: &Analysis) -> (String, usize) {
    let claims: Vec<&Claim> = analysis.claims.iter().map(|c| &c.claim).collect();
    let cue_index = CueIndex::new(&claims);
    let mut text = String::from(
        "# A starter claims.toml written by `concord init` from the subjects concord discovered.\n\
         # Review each [[claim]]: keep the facts you want checked, correct `expect` where the\n\
         # consensus is wrong, and delete the rest. See docs/claims-toml.md for every key.\n\n\
         [check]\ndiscover = true\nfail-on = \"error\"\n",
    );
    let mut count = 0;
    for (index, subject) in analysis.subjects.iter().enumerate() {
        if subject.origin != Origin::Discovered {
            continue;
        }
        let documents: std::collections::BTreeSet<_> =
            subject.claims.iter().map(|c| analysis.claims[c.index()].doc).collect();
        if documents.len() < 2 {
            continue;
        }
        let Some(consensus) = analysis.consensus.get(index).copied().flatten() else { continue };
        let mut cue_counts: BTreeMap<&str, usize> = BTreeMap::new();
        for reason in &subject.reasons {
            for word in &reason.shared {
                *cue_counts.entry(word.as_str()).or_default() += 1;
            }
        }
        let mut cues: Vec<(&str, usize)> = cue_counts.into_iter().collect();
        cues.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let candidates: Vec<String> = cues.into_iter().map(|(w, _)| w.to_string()).collect();
        let consensus_claim = &analysis.claims[consensus.index()].claim;
        let unit = match &consensus_claim.value {
            Value::Number(n) if n.unit.dimension == Dimension::Count => consensus_claim.noun.clone(),
            _ => None,
        };
        let declared = DeclaredSubject {
            id: subject.id.clone(),
            about: None,
            kind: Some(subject.kind),
            cues: Vec::new(),
            exclude_cues: Vec::new(),
            unit: unit.clone(),
            expect: Some(consensus_claim.value.clone()),
            expect_text: None,
            source: None,
        };
        let mut members: Vec<usize> = subject.claims.iter().map(|c| c.index()).collect();
        members.sort_unstable();
        let singling = cue_index.singling_cues(&claims, &members, &declared, &candidates);
        if singling.is_empty() {
            let _ = writeln!(
                text,
                "\n# Not declared: {} ({}): no word its notes share singles out its claims from others.",
                subject.id, subject.label
            );
            continue;
        }
        let cues: Vec<String> = singling.iter().take(3).map(|w| quote(w)).collect();
        let _ = write!(
            text,
            "\n[[claim]]\nid = {}\nabout = {}\nkind = {}\n",
            quote(&subject.id),
            quote(&subject.label),
            quote(subject.kind.as_str())
        );
        if !cues.is_empty() {
            let _ = writeln!(text, "cues = [{}]", cues.join(", "));
        }
        if let Some(unit) = unit {
            let _ = writeln!(text, "unit = {}", quote(&unit));
        }
        // Where some documents say otherwise, the comment says how few are behind the value.
        let against = analysis.graph.conflicts_of(consensus);
        let agreeing: std::collections::BTreeSet<_> =
            subject.claims.iter().filter(|c| !against.contains(c)).map(|c| analysis.claims[c.index()].doc).collect();
        let behind = if agreeing.len() == documents.len() {
            format!("the consensus of {} documents", documents.len())
        } else {
            format!("given by {} of {} documents; the others say otherwise", agreeing.len(), documents.len())
        };
        let _ = writeln!(text, "expect = {}   # {behind}", quote(&consensus_claim.value.to_string()));
        count += 1;
    }
    (text, count)
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
