//! The `unused-suppression` rule.

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Label, Severity};
use crate::suppress::UNUSED_RULE;

#[doc = include_str!("unused-suppression.md")]
pub struct UnusedSuppression;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: UNUSED_RULE,
    default: Some(Severity::Warning),
    summary: "a suppression comment that silenced nothing",
    others: "says otherwise",
    doc: include_str!("unused-suppression.md"),
    check: UnusedSuppression::check,
};

impl UnusedSuppression {
    /// Reports each directive, or each rule a directive names, that silenced no finding. It runs after
    /// the suppressions have been applied to the other rules' findings.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        for (directive, used) in cx.suppressions.iter().zip(cx.suppressed) {
            let idle: Vec<&str> = directive.rules.iter().copied().filter(|r| !used.contains(r)).collect();
            let message = if directive.rules.is_empty() {
                if !used.is_empty() {
                    continue;
                }
                format!("`{}` silences no finding", directive.scope.as_str())
            } else if idle.is_empty() {
                continue;
            } else {
                let names: Vec<String> = idle.iter().map(|r| format!("`{r}`")).collect();
                format!("`{}` silences no finding of {}", directive.scope.as_str(), names.join(", "))
            };
            out.push(Finding {
                rule: INFO.id,
                severity,
                subject: None,
                message,
                primary: Label {
                    doc: directive.doc,
                    span: directive.span.clone(),
                    message: "unused suppression".to_string(),
                },
                related: Vec::new(),
                help: Some(if used.is_empty() {
                    "remove the comment".to_string()
                } else {
                    let names: Vec<String> = idle.iter().map(|r| format!("`{r}`")).collect();
                    format!("remove {} from the comment; the others are still needed", names.join(", "))
                }),
                claims: Vec::new(),
                conflicts: Vec::new(),
                citations: Vec::new(),
            });
        }
    }
}
