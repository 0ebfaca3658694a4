//! The `off-key` rule.

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Severity};

#[doc = include_str!("off-key.md")]
pub struct OffKey;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "off-key",
    default: Some(Severity::Error),
    summary: "a claim contradicts the value claims.toml expects",
    others: "says otherwise",
    doc: include_str!("off-key.md"),
    check: OffKey::check,
};

impl OffKey {
    /// Reports each claim whose value is disjoint from its subject's declared expectation.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        for v in cx.verdicts {
            let subject = &cx.analysis.subjects[v.subject.index()];
            let Some(declared) = subject.declared.map(|d| &cx.settings.subjects[d]) else { continue };
            let Some(expected) = declared.expect_text.as_deref() else { continue };
            for &c in &v.off_key {
                // The claims that say otherwise are those that agree with the expectation, from a
                // few documents: each other claim off the key has a finding of its own.
                let partners =
                    cx.of_first_documents(v.disjoint_from(c).filter(|p| v.off_key.binary_search(p).is_err()));
                let mut involved = vec![c];
                involved.extend(&partners);
                let mut claims = involved.clone();
                claims.sort();
                let mut help = vec![format!("claims.toml expects `{expected}` for `{}`", declared.id)];
                if let Some(source) = &declared.source {
                    help.push(format!("the expectation cites {source}"));
                }
                if let Some(reason) = cx.link_reason(v.subject, c) {
                    help.push(reason);
                }
                out.push(Finding {
                    rule: INFO.id,
                    severity,
                    subject: Some(v.subject),
                    message: format!("{} contradicts the expected value for {}", cx.quoted(c), subject.label),
                    primary: cx.label(c, cx.says(c)),
                    related: partners.iter().map(|&p| cx.label(p, cx.says(p))).collect(),
                    help: Some(help.join("\n")),
                    conflicts: cx.pairs_among(v, &involved),
                    claims,
                    citations: Vec::new(),
                });
            }
        }
    }
}
