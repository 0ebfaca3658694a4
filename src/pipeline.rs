//! The whole pipeline over a set of documents: corpus → extract → link → graph → check.
//!
//! [`analyze`] takes documents as (path, text) pairs, already read by the shell, and returns an
//! [`Analysis`]: the documents with their prose maps, every claim, the subjects, the graph and the
//! findings. Documents are extracted in parallel; everything after extraction sees the corpus whole.
//!
//! Invariants: no I/O; the same input always gives the same output, in the same order (documents are
//! sorted by path, claims by document then position, findings by document, position and rule).

use std::collections::BTreeSet;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::check;
use crate::config::Settings;
use crate::corpus::{self, Format, Prose};
use crate::extract::{self, Citation, Claim, Name};
use crate::finding::Finding;
use crate::graph::ClaimGraph;
use crate::id::{ClaimId, DocId, SourceId};
use crate::link::{self, LinkInput, Subject};
use crate::value::DatePoint;

/// A document as the shell hands it over.
#[derive(Debug, Clone)]
pub struct Input {
    /// The path as it should be shown (relative paths stay relative).
    pub path: String,
    /// The decoded text.
    pub text: String,
}

/// A document of the corpus.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as shown.
    pub path: String,
    /// The text.
    pub text: String,
    /// Markdown or plain text, from the path's extension.
    pub format: Format,
    /// Which bytes are prose, the blocks and the front matter.
    pub prose: Prose,
    /// The in-text citations, in order.
    pub citations: Vec<Citation>,
    /// The names the document mentions, in order.
    pub names: Vec<Name>,
    /// Byte offsets of line starts.
    line_starts: Vec<usize>,
}

impl Document {
    /// Reads one document's prose.
    pub fn new(path: String, text: String) -> Document {
        let prose = corpus::scan(&text, Format::from_path(&path));
        Document::with_prose(path, text, prose)
    }

    /// A document whose prose has been read already.
    fn with_prose(path: String, text: String, prose: Prose) -> Document {
        let format = Format::from_path(&path);
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Document { path, text, format, prose, citations: Vec::new(), names: Vec::new(), line_starts }
    }

    /// The date the document's front matter gives, when it names one day (`date: 2024-02-19`).
    pub fn date(&self) -> Option<DatePoint> {
        front_matter_date(&self.prose)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text.get(start..offset).map_or(offset - start, |s| s.chars().count()) + 1;
        (line + 1, column)
    }
}

/// A work that documents cite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The declared id, or the cited author's name in lower case.
    pub id: String,
    /// How to name it in messages: "Freeze, Russia: A History".
    pub label: String,
}

/// A claim with the document it stands in.
#[derive(Debug, Clone)]
pub struct ClaimRecord {
    /// The document.
    pub doc: DocId,
    /// The claim.
    pub claim: Claim,
}

/// Everything concord knows about a corpus.
#[derive(Debug)]
pub struct Analysis {
    /// The documents, sorted by path.
    pub documents: Vec<Document>,
    /// Every claim, by document then position; `ClaimId(i)` is `claims[i]`.
    pub claims: Vec<ClaimRecord>,
    /// The subjects, declared first.
    pub subjects: Vec<Subject>,
    /// The cited sources: declared ones first, then those found in the text.
    pub sources: Vec<Source>,
    /// The claim graph.
    pub graph: ClaimGraph,
    /// The findings, sorted.
    pub findings: Vec<Finding>,
    /// For each subject, the claim that best represents what most documents say.
    pub consensus: Vec<Option<ClaimId>>,
}

impl Analysis {
    /// The text a claim covers.
    pub fn claim_text(&self, id: ClaimId) -> &str {
        let record = &self.claims[id.index()];
        let doc = &self.documents[record.doc.index()];
        doc.text.get(record.claim.span.clone()).unwrap_or("")
    }

    /// The document a claim stands in.
    pub fn document_of(&self, id: ClaimId) -> &Document {
        &self.documents[self.claims[id.index()].doc.index()]
    }
}

/// The date a front matter gives, when it names one day (`date: 2024-02-19`).
fn front_matter_date(prose: &Prose) -> Option<DatePoint> {
    let text = prose.meta.date.as_deref()?;
    // A front-matter date may carry a time ("2024-02-19T10:00") or a time zone; the day is enough.
    let day = text.get(..10)?;
    match crate::value::Value::parse(day)? {
        crate::value::Value::Date(d) if d.start.day.is_some() && d.end.is_none() => Some(d.start),
        _ => None,
    }
}

/// What the pipeline reads from one document alone: its prose map and its claims. It depends only on
/// the document's path (which gives its format), its text and the document date of the settings, so
/// a caller may keep it between runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Prepared {
    /// The prose map.
    pub prose: Prose,
    /// The extraction.
    pub extraction: extract::Extraction,
}

/// Reads and extracts one document. `document_date` is the settings' date, for documents whose front
/// matter gives none.
pub fn prepare(input: &Input, document_date: Option<DatePoint>) -> Prepared {
    let prose = corpus::scan(&input.text, Format::from_path(&input.path));
    let options = extract::Options { document_date: front_matter_date(&prose).or(document_date) };
    let extraction = extract::extract_with(&prose, &options);
    Prepared { prose, extraction }
}

/// Runs the pipeline.
pub fn analyze(inputs: Vec<Input>, settings: &Settings) -> Analysis {
    analyze_prepared(prepare_all(inputs, settings.document_date), settings, None)
}

/// Prepares documents in parallel.
pub fn prepare_all(inputs: Vec<Input>, document_date: Option<DatePoint>) -> Vec<(Input, Prepared)> {
    inputs
        .into_par_iter()
        .map(|input| {
            let prepared = prepare(&input, document_date);
            (input, prepared)
        })
        .collect()
}

/// Runs the pipeline on documents already prepared (by [`prepare`], with the settings' document
/// date). With a `focus` (paths as shown), subjects are discovered only where they can concern the
/// focus documents: their findings are the same as a whole run's, found in less time.
pub fn analyze_prepared(
    mut inputs: Vec<(Input, Prepared)>,
    settings: &Settings,
    focus: Option<&BTreeSet<String>>,
) -> Analysis {
    inputs.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    let mut documents = Vec::with_capacity(inputs.len());
    let mut extractions = Vec::with_capacity(inputs.len());
    for (input, prepared) in inputs {
        documents.push(Document::with_prose(input.path, input.text, prepared.prose));
        extractions.push(prepared.extraction);
    }
    let mut claims = Vec::new();
    let mut topics = Vec::with_capacity(extractions.len());
    for (d, extraction) in extractions.into_iter().enumerate() {
        for claim in extraction.claims {
            claims.push(ClaimRecord { doc: DocId::from_index(d), claim });
        }
        topics.push(extraction.topic);
        documents[d].citations = extraction.citations;
        documents[d].names = extraction.names;
    }
    let (sources, cites) = resolve_sources(&documents, &claims, settings);
    let inputs: Vec<LinkInput<'_>> = claims.iter().map(|r| LinkInput { doc: r.doc, claim: &r.claim }).collect();
    let topic_refs: Vec<link::Topic<'_>> = topics.iter().map(Vec::as_slice).collect();
    let focus: Option<Vec<bool>> = focus.map(|f| documents.iter().map(|d| f.contains(&d.path)).collect());
    let subjects = link::link_focused(&inputs, &topic_refs, settings, focus.as_deref());
    let claim_docs: Vec<DocId> = claims.iter().map(|r| r.doc).collect();
    let members: Vec<Vec<ClaimId>> = subjects.iter().map(|s| s.claims.clone()).collect();
    let mut graph = ClaimGraph::build(documents.len(), &claim_docs, &members, sources.len());
    for (claim, source, page) in cites {
        graph.add_citation(claim, source, page);
    }
    let mut analysis =
        Analysis { documents, claims, subjects, sources, graph, findings: Vec::new(), consensus: Vec::new() };
    analysis.findings = check::run(&mut analysis, settings);
    analysis
}

/// A claim citing a source at a page.
type Cites = (ClaimId, SourceId, Option<String>);

/// Gives every cited work one source: a declared `[[source]]` whose `cite-as` names the author, else
/// one source per author name across the corpus. Returns the sources and each claim's citations.
/// Numeric citations ("[2]") only mean something against their document's own reference list, and
/// are not resolved here.
fn resolve_sources(documents: &[Document], claims: &[ClaimRecord], settings: &Settings) -> (Vec<Source>, Vec<Cites>) {
    let mut sources: Vec<Source> = settings
        .sources
        .iter()
        .map(|s| {
            let author = s.cite_as.first().map(|a| title_case(a));
            let label = match (&author, &s.title) {
                (Some(a), Some(t)) => format!("{a}, {t}"),
                (None, Some(t)) => t.clone(),
                (Some(a), None) => a.clone(),
                (None, None) => s.id.clone(),
            };
            Source { id: s.id.clone(), label }
        })
        .collect();
    let mut cites = Vec::new();
    for (i, record) in claims.iter().enumerate() {
        let doc = &documents[record.doc.index()];
        for &c in &record.claim.citations {
            let citation = &doc.citations[c];
            if citation.numeric {
                continue;
            }
            let author = citation.author.to_lowercase();
            let declared = settings.sources.iter().position(|s| s.cite_as.contains(&author) || s.id == author);
            let index = match declared {
                Some(index) => index,
                None => match sources.iter().position(|s| s.id == author) {
                    Some(index) => index,
                    None => {
                        sources.push(Source { id: author.clone(), label: citation.author.clone() });
                        sources.len() - 1
                    }
                },
            };
            cites.push((ClaimId::from_index(i), SourceId::from_index(index), citation.page.clone()));
        }
    }
    (sources, cites)
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let doc = Document::new("a.txt".into(), "ab\n“c” 1956\n".into());
        assert_eq!(doc.line_col(0), (1, 1));
        let offset = doc.text.find("1956").unwrap();
        assert_eq!(doc.line_col(offset), (2, 5));
    }
}
