//! The `page-mismatch` rule.

use std::collections::BTreeSet;

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Severity};
use crate::id::ClaimId;
use crate::source::Pages;
use crate::value::Verdict;

#[doc = include_str!("page-mismatch.md")]
pub struct PageMismatch;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "page-mismatch",
    default: Some(Severity::Warning),
    summary: "two documents cite one source for the same value at pages far apart",
    others: "says otherwise",
    doc: include_str!("page-mismatch.md"),
    check: PageMismatch::check,
};

/// How many pages may lie between two citations of one fact before one of them looks mis-cited: a
/// book often discusses a fact over a few neighbouring pages.
const PAGE_SLACK: u32 = 2;

impl PageMismatch {
    /// Within each subject, reports each pair of claims from different documents that state the same
    /// value and cite one source in their own sentences at pages more than a couple of pages apart.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        let tolerance = &cx.settings.tolerance;
        for v in cx.verdicts {
            // Each claim with a direct, paged citation: (claim, citation, pages).
            let mut cited: Vec<(ClaimId, usize, Pages)> = Vec::new();
            for &c in &v.claims {
                for i in cx.direct_citations(c) {
                    let page = cx.analysis.citations[i].page.as_deref().and_then(Pages::parse);
                    if let (Some(_), Some(pages)) = (cx.analysis.citations[i].source, page) {
                        cited.push((c, i, pages));
                    }
                }
            }
            let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
            for (k, &(a, ia, pa)) in cited.iter().enumerate() {
                for &(b, ib, pb) in &cited[k + 1..] {
                    let (ca, cb) = (&cx.analysis.citations[ia], &cx.analysis.citations[ib]);
                    // One writer citing a fact at two pages may mean both; two writers who agree on
                    // the value and the work but not the page point at a slip.
                    if ca.doc == cb.doc || ca.source != cb.source || pa.gap(&pb) <= PAGE_SLACK {
                        continue;
                    }
                    let value = |c: ClaimId| &cx.analysis.claims[c.index()].claim.value;
                    if value(a).compare_with(value(b), tolerance) != Some(Verdict::Same) || !reported.insert((ia, ib)) {
                        continue;
                    }
                    let Some(source) = ca.source else { continue };
                    let name = &cx.analysis.sources[source.index()].label;
                    let (page_a, page_b) = (ca.page.as_deref().unwrap_or(""), cb.page.as_deref().unwrap_or(""));
                    out.push(Finding {
                        rule: INFO.id,
                        severity,
                        subject: Some(v.subject),
                        message: format!(
                            "{} cites {name} at p. {page_b} for {}, which {} cites at p. {page_a}",
                            cx.citation_text(ib),
                            cx.subject_label(v.subject),
                            cx.citation_text(ia),
                        ),
                        primary: cx.citation_label(ib, format!("p. {page_b} for {}", cx.value(b))),
                        related: vec![cx.citation_label(ia, format!("p. {page_a} for {}", cx.value(a)))],
                        help: Some(format!(
                            "both support {} ({} and {}); one of the pages is probably mis-cited",
                            cx.value(a),
                            cx.quoted(a),
                            cx.quoted(b)
                        )),
                        claims: if a < b { vec![a, b] } else { vec![b, a] },
                        conflicts: Vec::new(),
                        citations: vec![ia, ib],
                    });
                }
            }
        }
    }
}
