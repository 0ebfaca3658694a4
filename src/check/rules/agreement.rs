//! The `agreement` rule.

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Severity};

#[doc = include_str!("agreement.md")]
pub struct Agreement;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "agreement",
    default: Some(Severity::Info),
    summary: "two or more documents agree on a subject",
    others: "says otherwise",
    doc: include_str!("agreement.md"),
    check: Agreement::check,
};

impl Agreement {
    /// Reports each subject stated in two or more documents without any conflict.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        for v in cx.verdicts {
            let docs = &v.documents;
            if docs.len() < 2 || v.has_conflicts() || !v.off_key.is_empty() {
                continue;
            }
            let Some(consensus) = v.consensus else { continue };
            let label = cx.subject_label(v.subject);
            let others: Vec<_> = v.claims.iter().copied().filter(|&c| c != consensus).collect();
            out.push(Finding {
                rule: INFO.id,
                severity,
                subject: Some(v.subject),
                message: format!("{} documents agree on {label}: {}", docs.len(), cx.value(consensus)),
                primary: cx.label(consensus, cx.says(consensus)),
                related: others.iter().map(|&c| cx.label(c, format!("agrees: {}", cx.value(c)))).collect(),
                help: cx.link_reason(v.subject, consensus),
                claims: v.claims.clone(),
                conflicts: Vec::new(),
                citations: Vec::new(),
            });
        }
    }
}
