//! The `uncited` rule.

use std::collections::BTreeSet;

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Severity};
use crate::id::{ClaimId, DocId};

#[doc = include_str!("uncited.md")]
pub struct Uncited;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "uncited",
    default: None,
    summary: "a claim on a declared subject cites no source",
    others: "says otherwise",
    doc: include_str!("uncited.md"),
    check: Uncited::check,
};

impl Uncited {
    /// Reports each claim of a declared subject that no citation supports and whose paragraph holds
    /// no citation either.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        let block_of = |doc: DocId, offset: usize| {
            let blocks = &cx.analysis.documents[doc.index()].prose.blocks;
            blocks.partition_point(|b| b.range.start <= offset).checked_sub(1)
        };
        // The paragraphs that hold a citation resolved to a source.
        let cited_blocks: BTreeSet<(DocId, usize)> = cx
            .analysis
            .citations
            .iter()
            .filter(|c| c.source.is_some())
            .filter_map(|c| {
                let start = cx.analysis.documents[c.doc.index()].citations[c.index].span.start;
                block_of(c.doc, start).map(|b| (c.doc, b))
            })
            .collect();
        for v in cx.verdicts {
            let subject = &cx.analysis.subjects[v.subject.index()];
            if subject.declared.is_none() {
                continue;
            }
            for &c in &v.claims {
                let record = &cx.analysis.claims[c.index()];
                let paragraph = block_of(record.doc, record.claim.span.start).map(|b| (record.doc, b));
                if !cx.analysis.graph.citations_of(c).is_empty() || paragraph.is_some_and(|p| cited_blocks.contains(&p))
                {
                    continue;
                }
                out.push(Finding {
                    rule: INFO.id,
                    severity,
                    subject: Some(v.subject),
                    message: format!("{} on {} cites no source", cx.quoted(c), subject.label),
                    primary: cx.label(c, "no citation in this sentence or paragraph".to_string()),
                    related: Vec::new(),
                    help: Some("add a citation after the sentence, such as (Author, page)".to_string()),
                    claims: Vec::<ClaimId>::from([c]),
                    conflicts: Vec::new(),
                    citations: Vec::new(),
                });
            }
        }
    }
}
