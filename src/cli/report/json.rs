//! The JSON report, version 1: a public interface that CI tools and graders parse.
//!
//! The shapes here are the report's own, separate from the engine's types, so that the engine can
//! change without changing the report. Fields may be added; none may be renamed or removed.

use std::io::{self, Write};

use concord::id::ClaimId;
use concord::pipeline::Analysis;
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    documents: Vec<DocumentOut<'a>>,
    sources: Vec<SourceOut<'a>>,
    subjects: Vec<SubjectOut<'a>>,
    claims: Vec<ClaimOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<Vec<FindingOut<'a>>>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    path: &'a str,
    claims: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct SourceOut<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    edition: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pages: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    declared: bool,
    entries: Vec<EntryOut<'a>>,
    citations: Vec<CitedOut<'a>>,
}

/// A bibliography entry.
#[derive(Serialize)]
struct EntryOut<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pages: Option<&'a str>,
}

/// An in-text citation of a source.
#[derive(Serialize)]
pub(crate) struct CitedOut<'a> {
    id: String,
    path: &'a str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    text: &'a str,
    page: Option<&'a str>,
    claims: Vec<String>,
}

#[derive(Serialize)]
struct SubjectOut<'a> {
    id: &'a str,
    label: &'a str,
    origin: &'static str,
    kind: &'static str,
    claims: Vec<String>,
}

#[derive(Serialize)]
struct CitationOut {
    source: String,
    page: Option<String>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    id: String,
    path: &'a str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    value: String,
    subject: Option<&'a str>,
    sources: Vec<CitationOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    noun: Option<&'a str>,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    rule: &'static str,
    severity: &'static str,
    subject: Option<&'a str>,
    message: &'a str,
    path: &'a str,
    line: usize,
    column: usize,
    claims: Vec<String>,
    conflicts: Vec<[String; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    citations: Vec<String>,
}

/// A serialisation error as an I/O error, keeping the kind of an I/O failure so that a closed pipe
/// still reads as one.
pub fn io_error(e: serde_json::Error) -> io::Error {
    match e.io_error_kind() {
        Some(kind) => io::Error::from(kind),
        None => io::Error::other(e),
    }
}

/// The public id of a claim: `c1`, `c2`, ... in document then position order.
pub fn claim_id(id: ClaimId) -> String {
    format!("c{}", id.index() + 1)
}

/// The public id of an in-text citation: `r1`, `r2`, ... in document then position order.
pub fn citation_id(index: usize) -> String {
    format!("r{}", index + 1)
}

/// The sources with their bibliography entries and in-text citations.
pub(crate) fn sources_out(analysis: &Analysis) -> Vec<SourceOut<'_>> {
    let mut cited: Vec<Vec<CitedOut<'_>>> = analysis.sources.iter().map(|_| Vec::new()).collect();
    for (i, c) in analysis.citations.iter().enumerate() {
        if let Some(s) = c.source {
            cited[s.index()].push(cited_out(analysis, i));
        }
    }
    analysis
        .sources
        .iter()
        .zip(cited)
        .map(|(s, citations)| SourceOut {
            id: &s.id,
            label: &s.label,
            author: s.author.as_deref(),
            title: s.title.as_deref(),
            year: s.year.as_deref(),
            edition: s.edition.as_deref(),
            pages: s.pages.as_deref(),
            url: s.url.as_deref(),
            declared: s.declared,
            entries: s
                .entries
                .iter()
                .map(|&e| {
                    let entry = &analysis.entries[e];
                    let doc = &analysis.documents[entry.doc.index()];
                    let (line, column) = doc.line_col(entry.span.start);
                    EntryOut {
                        path: &doc.path,
                        line,
                        column,
                        text: doc.text.get(entry.span.clone()).unwrap_or(""),
                        pages: entry.pages.as_deref(),
                    }
                })
                .collect(),
            citations,
        })
        .collect()
}

/// One in-text citation in its report shape.
pub(crate) fn cited_out(analysis: &Analysis, index: usize) -> CitedOut<'_> {
    let c = &analysis.citations[index];
    let doc = &analysis.documents[c.doc.index()];
    let span = doc.citations[c.index].span.clone();
    let (line, column) = doc.line_col(span.start);
    CitedOut {
        id: citation_id(index),
        path: &doc.path,
        line,
        column,
        start: span.start,
        end: span.end,
        text: doc.text.get(span).unwrap_or(""),
        page: c.page.as_deref(),
        claims: c.claims.iter().map(|&k| claim_id(k)).collect(),
    }
}

/// Writes the report; `with_findings` false leaves the findings out (for `concord claims`).
pub fn write(out: &mut dyn Write, analysis: &Analysis, with_findings: bool) -> io::Result<()> {
    let documents = analysis
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| DocumentOut {
            path: &d.path,
            claims: analysis.claims.iter().filter(|c| c.doc.index() == i).count(),
            title: d.prose.meta.title.as_deref(),
            author: d.prose.meta.author.as_deref(),
            date: d.prose.meta.date.as_deref(),
        })
        .collect();
    let subjects = analysis
        .subjects
        .iter()
        .filter(|s| !s.claims.is_empty())
        .map(|s| SubjectOut {
            id: &s.id,
            label: &s.label,
            origin: s.origin.as_str(),
            kind: s.kind.as_str(),
            claims: s.claims.iter().map(|&c| claim_id(c)).collect(),
        })
        .collect();
    let claims = analysis
        .claims
        .iter()
        .enumerate()
        .map(|(i, record)| {
            let id = ClaimId::from_index(i);
            let doc = &analysis.documents[record.doc.index()];
            let (line, column) = doc.line_col(record.claim.span.start);
            ClaimOut {
                id: claim_id(id),
                path: &doc.path,
                line,
                column,
                start: record.claim.span.start,
                end: record.claim.span.end,
                text: analysis.claim_text(id),
                kind: record.claim.kind.as_str(),
                value: record.claim.value.to_string(),
                subject: analysis.graph.subject_of(id).map(|s| analysis.subjects[s.index()].id.as_str()),
                sources: analysis
                    .graph
                    .citations_of(id)
                    .into_iter()
                    .map(|(s, page)| CitationOut { source: analysis.sources[s.index()].id.clone(), page })
                    .collect(),
                noun: record.claim.noun.as_deref(),
            }
        })
        .collect();
    let findings = with_findings.then(|| {
        analysis
            .findings
            .iter()
            .map(|f| {
                let doc = &analysis.documents[f.primary.doc.index()];
                let (line, column) = doc.line_col(f.primary.span.start);
                FindingOut {
                    rule: f.rule,
                    severity: f.severity.as_str(),
                    subject: f.subject.map(|s| analysis.subjects[s.index()].id.as_str()),
                    message: &f.message,
                    path: &doc.path,
                    line,
                    column,
                    claims: f.claims.iter().map(|&c| claim_id(c)).collect(),
                    conflicts: f.conflicts.iter().map(|&(a, b)| [claim_id(a), claim_id(b)]).collect(),
                    help: f.help.as_deref(),
                    citations: f.citations.iter().map(|&c| citation_id(c)).collect(),
                }
            })
            .collect()
    });
    let sources = sources_out(analysis);
    let report = Report { version: 1, documents, sources, subjects, claims, findings };
    serde_json::to_writer_pretty(&mut *out, &report).map_err(io_error)?;
    writeln!(out)
}
