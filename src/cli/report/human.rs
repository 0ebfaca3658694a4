//! The human format: miette diagnostics.
//!
//! Each finding is one diagnostic on the document of its primary claim, with that claim underlined
//! and any other involved claims of the same document labelled beside it. Claims in other documents
//! come as related diagnostics, one per document, each with its own source, so every conflicting
//! claim is underlined in its own file. The help carries the consensus and the link reason.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};
use std::sync::Arc;

use concord::finding::{Finding, Label, Severity};
use concord::id::DocId;
use concord::pipeline::Analysis;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use super::excerpt::{Excerpted, Lines};

/// Writes every warning and error as a diagnostic, then a summary line unless quiet.
pub fn write(out: &mut dyn Write, analysis: &Analysis, options: &super::Options) -> io::Result<()> {
    let theme = if options.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(options.width).with_links(false);
    let mut texts = Texts { analysis, lines: vec![None; analysis.documents.len()] };
    for finding in super::shown(&analysis.findings) {
        let diagnostic = Rendered::new(&mut texts, finding, excerpt_limit(options.width));
        let mut text = String::new();
        if handler.render_report(&mut text, &diagnostic).is_err() {
            text = format!("{}: {}\n", finding.rule, finding.message);
        }
        out.write_all(text.as_bytes())?;
    }
    if !options.quiet {
        writeln!(out, "{}", summary(analysis))?;
    }
    Ok(())
}

/// "2 errors, 1 warning in 6 documents (41 claims, 7 subjects agree)".
pub fn summary(analysis: &Analysis) -> String {
    let count = |s: Severity| analysis.findings.iter().filter(|f| f.severity == s).count();
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    let agree = analysis.findings.iter().filter(|f| f.rule == "agreement").count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let head = if errors + warnings == 0 {
        "no conflicts".to_string()
    } else {
        format!("{}, {}", plural(errors, "error"), plural(warnings, "warning"))
    };
    format!(
        "concord: {head} in {} ({}, {} agree)",
        plural(analysis.documents.len(), "document"),
        plural(analysis.claims.len(), "claim"),
        plural(agree, "subject")
    )
}

/// A finding as a miette diagnostic over one document.
#[derive(Debug)]
struct Rendered<'a> {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    source: Excerpted<'a>,
    labels: Vec<LabeledSpan>,
    related: Vec<Rendered<'a>>,
}

/// The documents' texts as diagnostics read them, each indexed once, when a finding first shows it.
struct Texts<'a> {
    analysis: &'a Analysis,
    lines: Vec<Option<Arc<Lines<'a>>>>,
}

impl<'a> Texts<'a> {
    /// A document as a diagnostic shows it, with its long lines cut down around `labels`.
    fn source(&mut self, doc: DocId, labels: &[std::ops::Range<usize>], limit: usize) -> Excerpted<'a> {
        let d = &self.analysis.documents[doc.index()];
        let lines = self.lines[doc.index()].get_or_insert_with(|| Arc::new(Lines::new(d)));
        Excerpted::new(d.path.clone(), Arc::clone(lines), labels, limit)
    }
}

impl<'a> Rendered<'a> {
    fn new(texts: &mut Texts<'a>, finding: &Finding, limit: usize) -> Rendered<'a> {
        let analysis = texts.analysis;
        let primary_doc = finding.primary.doc;
        let mut by_doc: BTreeMap<DocId, Vec<&Label>> = BTreeMap::new();
        for label in &finding.related {
            by_doc.entry(label.doc).or_default().push(label);
        }
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            Some(finding.primary.message.clone()),
            finding.primary.span.clone(),
        )];
        labels.extend(by_doc.remove(&primary_doc).unwrap_or_default().into_iter().map(plain_label));
        let spans: Vec<_> = labels.iter().map(|l| l.offset()..l.offset() + l.len()).collect();
        let stance = concord::check::rule(finding.rule).map_or("says otherwise", |r| r.others);
        let related = by_doc
            .into_iter()
            .map(|(doc, labels)| {
                let path = &analysis.documents[doc.index()].path;
                let spans: Vec<_> = labels.iter().map(|l| l.span.clone()).collect();
                Rendered {
                    message: format!("{path} {stance}"),
                    code: String::new(),
                    severity: miette::Severity::Advice,
                    help: None,
                    source: texts.source(doc, &spans, limit),
                    labels: labels.into_iter().map(plain_label).collect(),
                    related: Vec::new(),
                }
            })
            .collect();
        Rendered {
            message: finding.message.clone(),
            code: finding.rule.to_string(),
            severity: match finding.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Info => miette::Severity::Advice,
            },
            help: finding.help.clone(),
            source: texts.source(primary_doc, &spans, limit),
            labels,
            related,
        }
    }
}

fn plain_label(label: &Label) -> LabeledSpan {
    LabeledSpan::new_with_span(Some(label.message.clone()), label.span.clone())
}

/// The longest line, in characters, a diagnostic shows whole at a terminal `width` wide: the rest
/// is taken by the line numbers and the margin.
fn excerpt_limit(width: usize) -> usize {
    width.saturating_sub(10).max(30)
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered<'_> {}

impl Diagnostic for Rendered<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}
