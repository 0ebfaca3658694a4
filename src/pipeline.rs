//! The whole pipeline over a set of documents: corpus → extract → link → graph → check.
//!
//! [`analyze`] takes documents as (path, text) pairs, already read by the shell, and returns an
//! [`Analysis`]: the documents with their prose maps, every claim, the subjects, the graph and the
//! findings. Documents are extracted in parallel; everything after extraction sees the corpus whole.
//!
//! Invariants: no I/O; the same input always gives the same output, in the same order (documents are
//! sorted by path, claims by document then position, findings by document, position and rule).

use rayon::prelude::*;

use crate::check;
use crate::config::Settings;
use crate::corpus::{self, Format, Prose};
use crate::extract::{self, Claim};
use crate::finding::Finding;
use crate::graph::ClaimGraph;
use crate::id::{ClaimId, DocId};
use crate::link::{self, LinkInput, Subject};

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
    /// Byte offsets of line starts.
    line_starts: Vec<usize>,
}

impl Document {
    /// Reads one document's prose.
    pub fn new(path: String, text: String) -> Document {
        let format = Format::from_path(&path);
        let prose = corpus::scan(&text, format);
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Document { path, text, format, prose, line_starts }
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
    /// The claim graph.
    pub graph: ClaimGraph,
    /// The findings, sorted.
    pub findings: Vec<Finding>,
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

/// Runs the pipeline.
pub fn analyze(mut inputs: Vec<Input>, settings: &Settings) -> Analysis {
    inputs.sort_by(|a, b| a.path.cmp(&b.path));
    let documents: Vec<Document> = inputs.into_par_iter().map(|i| Document::new(i.path, i.text)).collect();
    let extractions: Vec<extract::Extraction> = documents.par_iter().map(|d| extract::extract(&d.prose)).collect();
    let mut claims = Vec::new();
    let mut topics = Vec::with_capacity(extractions.len());
    for (d, extraction) in extractions.into_iter().enumerate() {
        for claim in extraction.claims {
            claims.push(ClaimRecord { doc: DocId::from_index(d), claim });
        }
        topics.push(extraction.topic);
    }
    let inputs: Vec<LinkInput<'_>> = claims.iter().map(|r| LinkInput { doc: r.doc, claim: &r.claim }).collect();
    let topic_refs: Vec<link::Topic<'_>> = topics.iter().map(Vec::as_slice).collect();
    let subjects = link::link(&inputs, &topic_refs, settings);
    let claim_docs: Vec<DocId> = claims.iter().map(|r| r.doc).collect();
    let members: Vec<Vec<ClaimId>> = subjects.iter().map(|s| s.claims.clone()).collect();
    let graph = ClaimGraph::build(documents.len(), &claim_docs, &members, 0);
    let mut analysis = Analysis { documents, claims, subjects, graph, findings: Vec::new() };
    analysis.findings = check::run(&mut analysis, settings);
    analysis
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
