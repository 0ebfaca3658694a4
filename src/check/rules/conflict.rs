//! The `conflict` rule.

use super::super::{Context, RuleInfo, SubjectVerdicts};
use crate::finding::{Finding, Severity};
use crate::id::ClaimId;

#[doc = include_str!("conflict.md")]
pub struct Conflict;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "conflict",
    default: Some(Severity::Error),
    summary: "claims on one subject with disjoint values",
    others: "says otherwise",
    doc: include_str!("conflict.md"),
    check: Conflict::check,
};

impl Conflict {
    /// Reports each claim that conflicts with its subject's consensus, with every claim it conflicts
    /// with; then any remaining disjoint pair.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        let off_key_on = cx.settings.severity("off-key").is_some();
        for v in cx.verdicts {
            // Claims that contradict a declared expectation are the off-key rule's to report.
            let excluded = |c: ClaimId| off_key_on && v.off_key.binary_search(&c).is_ok();
            let partners_of = |c: ClaimId| v.disjoint_from(c).filter(move |&p| !excluded(c) && !excluded(p));
            let Some(consensus) = v.consensus else { continue };
            // The claims that conflict with the consensus stand out.
            let mut outlier = vec![false; v.claims.len()];
            // Every claim asked about here is one of the subject's.
            let position = |c: ClaimId| v.position(c).unwrap_or_default();
            for c in partners_of(consensus) {
                outlier[position(c)] = true;
            }
            // So does the later claim of each pair in which neither conflicts with the consensus.
            for (a, b) in v.pairs().filter(|&(a, b)| !excluded(a) && !excluded(b)) {
                if !outlier[position(a)] && !outlier[position(b)] {
                    outlier[position(b)] = true;
                }
            }
            // Each outlier is reported with the claims it conflicts with, leaving out the outliers
            // before it, whose findings already show those pairs.
            for (i, &x) in v.claims.iter().enumerate().filter(|&(i, _)| outlier[i]) {
                let partners: Vec<ClaimId> =
                    partners_of(x).filter(|&p| !(outlier[position(p)] && position(p) < i)).collect();
                if !partners.is_empty() {
                    out.push(finding(cx, v, severity, x, &partners));
                }
            }
        }
    }
}

fn finding(cx: &Context<'_>, v: &SubjectVerdicts, severity: Severity, x: ClaimId, partners: &[ClaimId]) -> Finding {
    let doc = cx.analysis.claims[x.index()].doc;
    let same_doc = partners.iter().all(|&p| cx.analysis.claims[p.index()].doc == doc);
    let label = cx.subject_label(v.subject);
    let message = if same_doc {
        match partners {
            [one] => format!("{} contradicts {} in the same document, on {label}", cx.quoted(x), cx.quoted(*one)),
            _ => {
                format!("{} contradicts {} other claims in the same document, on {label}", cx.quoted(x), partners.len())
            }
        }
    } else {
        let other_docs: std::collections::BTreeSet<_> =
            partners.iter().map(|&p| cx.analysis.claims[p.index()].doc).filter(|d| *d != doc).collect();
        let documents = if other_docs.len() == 1 {
            "another document".to_string()
        } else {
            format!("{} documents", other_docs.len())
        };
        let own: Vec<ClaimId> =
            partners.iter().copied().filter(|&p| cx.analysis.claims[p.index()].doc == doc).collect();
        match own.as_slice() {
            [] => format!("{} conflicts with {documents} on {label}", cx.quoted(x)),
            [one] => {
                format!(
                    "{} contradicts {} in the same document and {documents} on {label}",
                    cx.quoted(x),
                    cx.quoted(*one)
                )
            }
            _ => format!("{} contradicts its own document and {documents} on {label}", cx.quoted(x)),
        }
    };
    // The claims shown: the conflicting claim and those of the first few documents it conflicts
    // with. The message counts them all.
    let shown = cx.of_first_documents(partners.iter().copied());
    let mut involved = vec![x];
    involved.extend_from_slice(&shown);
    let mut help = Vec::new();
    // A consensus needs more than one document behind it.
    if v.documents.len() > 1 {
        if let Some(consensus) = cx.consensus_phrase(v) {
            help.push(format!("consensus: {consensus}"));
        }
    }
    // What backs each side, when any side cites a source.
    let sides = cx.sides(v, &involved);
    if sides.iter().any(|s| !s.contains(": uncited,")) {
        help.extend(sides.into_iter().map(|s| format!("sources: {s}")));
    }
    if let Some(reason) = cx.link_reason(v.subject, x) {
        help.push(reason);
    }
    let mut claims = involved.clone();
    claims.sort();
    Finding {
        rule: INFO.id,
        severity,
        subject: Some(v.subject),
        message,
        primary: cx.label(x, cx.says(x)),
        related: shown.iter().map(|&p| cx.label(p, cx.says(p))).collect(),
        help: (!help.is_empty()).then(|| help.join("\n")),
        conflicts: cx.pairs_among(v, &involved),
        claims,
        citations: Vec::new(),
    }
}
