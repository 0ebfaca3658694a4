//! The `citation-out-of-range` rule.

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Label, Severity};
use crate::source::Pages;

#[doc = include_str!("citation-out-of-range.md")]
pub struct CitationOutOfRange;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "citation-out-of-range",
    default: Some(Severity::Warning),
    summary: "an in-text page lies outside the page range the bibliography gives",
    others: "says otherwise",
    doc: include_str!("citation-out-of-range.md"),
    check: CitationOutOfRange::check,
};

impl CitationOutOfRange {
    /// Compares each cited page with the pages its document's own bibliography entry gives for the
    /// source, or else with the pages `claims.toml` declares for it.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        for (i, cited) in cx.analysis.citations.iter().enumerate() {
            let Some(source) = cited.source else { continue };
            let Some(page) = cited.page.as_deref() else { continue };
            let Some(pages) = Pages::parse(page) else { continue };
            let own = cited.entry.map(|e| &cx.analysis.entries[e]).filter(|e| !e.is_short());
            let declared = &cx.analysis.sources[source.index()].pages;
            let (range_text, entry) = match own.and_then(|e| e.pages.as_deref().map(|p| (p, Some(e)))) {
                Some(found) => found,
                None => match declared.as_deref() {
                    Some(p) => (p, None),
                    None => continue,
                },
            };
            let Some(range) = Pages::parse(range_text) else { continue };
            if range.contains(&pages) {
                continue;
            }
            let name = &cx.analysis.sources[source.index()].label;
            let related = match entry {
                Some(e) => vec![Label {
                    doc: e.doc,
                    span: e.span.clone(),
                    message: format!("the bibliography gives pages {range_text}"),
                }],
                None => Vec::new(),
            };
            let whence = if entry.is_some() { "this document's bibliography" } else { "claims.toml" };
            let mut claims = cited.claims.clone();
            claims.sort();
            out.push(Finding {
                rule: INFO.id,
                severity,
                subject: None,
                message: format!(
                    "{} cites p. {page} of {name}, outside the pages {range_text} that {whence} gives",
                    cx.citation_text(i)
                ),
                primary: cx.citation_label(i, format!("p. {page} is outside {range_text}")),
                related,
                help: Some(format!("correct the page, or the range in {whence} if more of the work was used")),
                claims,
                conflicts: Vec::new(),
                citations: vec![i],
            });
        }
    }
}
