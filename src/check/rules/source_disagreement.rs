//! The `source-disagreement` rule.

use std::collections::BTreeMap;

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Severity};
use crate::id::{ClaimId, SourceId};
use crate::source::Pages;

#[doc = include_str!("source-disagreement.md")]
pub struct SourceDisagreement;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "source-disagreement",
    default: Some(Severity::Error),
    summary: "claims citing the same source and page give incompatible values",
    others: "says otherwise",
    doc: include_str!("source-disagreement.md"),
    check: SourceDisagreement::check,
};

impl SourceDisagreement {
    /// Within each subject, groups the claims by the source and page their own sentence cites, and
    /// reports each group holding claims whose values are disjoint.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        for v in cx.verdicts {
            if !v.has_conflicts() {
                continue;
            }
            // (source, pages) → the claims citing it, each with the citation.
            let mut groups: BTreeMap<(SourceId, Pages), Vec<(ClaimId, usize)>> = BTreeMap::new();
            for &c in &v.claims {
                for i in cx.direct_citations(c) {
                    let cited = &cx.analysis.citations[i];
                    let Some(source) = cited.source else { continue };
                    let Some(pages) = cited.page.as_deref().and_then(Pages::parse) else { continue };
                    groups.entry((source, pages)).or_default().push((c, i));
                }
            }
            for ((source, _), members) in groups {
                let claims: Vec<ClaimId> = members.iter().map(|&(c, _)| c).collect();
                let pairs = cx.pairs_among(v, &claims);
                if pairs.is_empty() {
                    continue;
                }
                // The claim with the least support stands out; the others are shown beside it.
                let Some(&primary) = claims
                    .iter()
                    .filter(|&&c| pairs.iter().any(|&(a, b)| a == c || b == c))
                    .min_by_key(|&&c| (v.support_of(c), std::cmp::Reverse(c)))
                else {
                    continue;
                };
                let mut involved: Vec<ClaimId> =
                    claims.iter().copied().filter(|&c| pairs.iter().any(|&(a, b)| a == c || b == c)).collect();
                involved.sort();
                involved.dedup();
                let page = members
                    .iter()
                    .find(|&&(c, _)| c == primary)
                    .and_then(|&(_, i)| cx.analysis.citations[i].page.as_deref());
                let cite = cx.cite_phrase(source, page);
                let others: Vec<ClaimId> = involved.iter().copied().filter(|&c| c != primary).collect();
                let values: Vec<String> = others.iter().map(|&c| cx.quoted(c)).collect();
                let citations: Vec<usize> = {
                    let mut list: Vec<usize> =
                        members.iter().filter(|(c, _)| involved.contains(c)).map(|&(_, i)| i).collect();
                    list.sort();
                    list.dedup();
                    list
                };
                out.push(Finding {
                    rule: INFO.id,
                    severity,
                    subject: Some(v.subject),
                    message: format!(
                        "{} and {} both cite {cite} for {}",
                        cx.quoted(primary),
                        values.join(", "),
                        cx.subject_label(v.subject)
                    ),
                    primary: cx.label(primary, cx.says(primary)),
                    related: others.iter().map(|&c| cx.label(c, cx.says(c))).collect(),
                    help: Some(format!(
                        "one source cannot say both: check {cite} and correct the claim or the citation"
                    )),
                    conflicts: pairs,
                    claims: involved,
                    citations,
                });
            }
        }
    }
}
