//! The `unknown-source` rule.

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Severity};

#[doc = include_str!("unknown-source.md")]
pub struct UnknownSource;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "unknown-source",
    default: Some(Severity::Warning),
    summary: "an in-text citation names no source in a bibliography or claims.toml",
    others: "says otherwise",
    doc: include_str!("unknown-source.md"),
    check: UnknownSource::check,
};

impl UnknownSource {
    /// Reports author citations that match no bibliography entry of the corpus and no declared
    /// source (when the corpus lists any source at all), and numeric citations whose label the
    /// document's own numbered reference list lacks.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        let any_listed = !cx.analysis.entries.is_empty() || cx.analysis.sources.iter().any(|s| s.declared);
        if !any_listed {
            return;
        }
        let labelled: std::collections::BTreeSet<_> =
            cx.analysis.entries.iter().filter(|e| e.label.is_some()).map(|e| e.doc).collect();
        for (i, cited) in cx.analysis.citations.iter().enumerate() {
            let doc = &cx.analysis.documents[cited.doc.index()];
            let citation = &doc.citations[cited.index];
            // A link names its source by its address.
            let unknown = if citation.link.is_some() {
                false
            } else if citation.numeric {
                cited.source.is_none() && labelled.contains(&cited.doc)
            } else {
                cited.source.is_some_and(|s| {
                    let source = &cx.analysis.sources[s.index()];
                    !source.declared && source.entries.is_empty()
                })
            };
            if !unknown {
                continue;
            }
            let (message, help) = if citation.numeric {
                (
                    format!("{} points to no entry of this document's reference list", cx.citation_text(i)),
                    "add the entry, or correct the number".to_string(),
                )
            } else {
                let id = citation.author.to_lowercase();
                (
                    format!("{} names a source that no bibliography lists", cx.citation_text(i)),
                    format!(
                        "add the work to the document's references, or declare it in claims.toml: \
                         [[source]] id = \"{id}\" cite-as = [\"{}\"]",
                        citation.author
                    ),
                )
            };
            let mut claims = cited.claims.clone();
            claims.sort();
            out.push(Finding {
                rule: INFO.id,
                severity,
                subject: None,
                message,
                primary: cx.citation_label(i, "no source of this name".to_string()),
                related: Vec::new(),
                help: Some(help),
                claims,
                conflicts: Vec::new(),
                citations: vec![i],
            });
        }
    }
}
