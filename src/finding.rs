//! Findings: what the checker reports, as plain data.
//!
//! A finding names its rule, severity and message, points at one primary place (the claim that
//! stands out) and any number of related places (the claims it disagrees or agrees with, possibly in
//! other documents), and may carry a help text (the consensus and why the claims were compared).
//! Output formats are adapters over this model; nothing here knows how it will be printed.

use std::ops::Range;

use crate::id::{ClaimId, DocId, SubjectId};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Shown in summaries and machine-readable reports.
    Info,
    /// Worth a look; fails a check only with `fail-on = "warning"`.
    Warning,
    /// A contradiction; fails a check by default.
    Error,
}

impl Severity {
    /// The name used in reports and `claims.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses a severity name.
    pub fn parse(name: &str) -> Option<Severity> {
        match name {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// A place in a document, with what to say there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The document.
    pub doc: DocId,
    /// Byte range in the document's text.
    pub span: Range<usize>,
    /// The label's text, shown under the underline.
    pub message: String,
}

/// One thing the checker reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule's stable kebab-case id.
    pub rule: &'static str,
    /// The severity, after configuration.
    pub severity: Severity,
    /// The subject the finding is about, if any.
    pub subject: Option<SubjectId>,
    /// One line saying what is wrong (or right).
    pub message: String,
    /// The claim that stands out.
    pub primary: Label,
    /// The other places involved, in the same or other documents.
    pub related: Vec<Label>,
    /// What to do or why: the consensus, the link reason.
    pub help: Option<String>,
    /// Every claim involved.
    pub claims: Vec<ClaimId>,
    /// Exactly the pairs of involved claims whose values are disjoint.
    pub conflicts: Vec<(ClaimId, ClaimId)>,
    /// The in-text citations involved, as indices into the analysis's citations.
    pub citations: Vec<usize>,
}

impl Finding {
    /// The order findings are reported in: by document, position, then rule.
    pub fn sort_key(&self) -> (DocId, usize, &'static str) {
        (self.primary.doc, self.primary.span.start, self.rule)
    }
}
