//! The `uncited` rule.

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Severity};
use crate::id::ClaimId;

#[doc = include_str!("uncited.md")]
pub struct Uncited;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "uncited",
    default: None,
    summary: "a claim on a declared subject cites no source",
    doc: include_str!("uncited.md"),
    check: Uncited::check,
};

impl Uncited {
    /// Reports each claim of a declared subject that no citation supports.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        for v in cx.verdicts {
            let subject = &cx.analysis.subjects[v.subject.index()];
            if subject.declared.is_none() {
                continue;
            }
            for &c in &v.claims {
                if !cx.analysis.graph.citations_of(c).is_empty() {
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
