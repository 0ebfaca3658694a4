//! The `vague-claim` rule.

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Severity};
use crate::value::Value;

#[doc = include_str!("vague-claim.md")]
pub struct VagueClaim;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "vague-claim",
    default: Some(Severity::Warning),
    summary: "a claim far vaguer than its subject's consensus",
    others: "gives it more precisely",
    doc: include_str!("vague-claim.md"),
    check: VagueClaim::check,
};

/// How widely a value may range: in days for a date, relative to its size for a number. Bounds ("up
/// to 3,547") and spans of time ("1879–1953") say something else than a vague value, and have none.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Spread {
    Days(f64),
    Relative(f64),
}

fn spread(value: &Value) -> Option<Spread> {
    match value {
        Value::Date(d) if d.time.is_none() && d.end.is_none() => {
            d.day_span().map(|(lo, hi)| Spread::Days((hi - lo + 1) as f64))
        }
        Value::Date(_) => None,
        Value::Number(n) if n.bound.is_open() => None,
        Value::Number(n) => {
            let i = n.interval();
            let size = ((i.lo + i.hi) / 2.0).abs();
            let width = i.hi - i.lo;
            (width.is_finite() && size > 0.0).then_some(Spread::Relative(width / size))
        }
    }
}

/// True when `vague` ranges far more widely than `precise`: a thousand times the days, or a number
/// spanning more than its size against one known to within a tenth.
fn far_vaguer(vague: Spread, precise: Spread) -> bool {
    match (vague, precise) {
        (Spread::Days(v), Spread::Days(p)) => v >= 1000.0 * p,
        (Spread::Relative(v), Spread::Relative(p)) => v >= 1.0 && p <= 0.1,
        _ => false,
    }
}

impl VagueClaim {
    /// Reports each claim that agrees with its subject's consensus at a far coarser precision.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        for v in cx.verdicts {
            let Some(consensus) = v.consensus else { continue };
            let Some(precise) = spread(&cx.analysis.claims[consensus.index()].claim.value) else { continue };
            for &c in &v.claims {
                if c == consensus || v.conflict(c, consensus) {
                    continue;
                }
                let Some(vague) = spread(&cx.analysis.claims[c.index()].claim.value) else { continue };
                if !far_vaguer(vague, precise) {
                    continue;
                }
                let label = cx.subject_label(v.subject);
                out.push(Finding {
                    rule: INFO.id,
                    severity,
                    subject: Some(v.subject),
                    message: format!(
                        "{} agrees with the consensus on {label} but is far vaguer: {}",
                        cx.quoted(c),
                        cx.value(consensus)
                    ),
                    primary: cx.label(c, format!("this says {}", cx.value(c))),
                    related: vec![cx.label(consensus, format!("the consensus: {}", cx.value(consensus)))],
                    help: Some("state the value as precisely as the sources do, or say why it is vague".to_string()),
                    claims: vec![c, consensus],
                    conflicts: Vec::new(),
                    citations: Vec::new(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decade_is_far_vaguer_than_a_day_but_a_year_is_not() {
        let day = spread(&Value::parse("1956-02-24").unwrap()).unwrap();
        assert!(far_vaguer(spread(&Value::parse("195X").unwrap()).unwrap(), day));
        assert!(!far_vaguer(spread(&Value::parse("1956").unwrap()).unwrap(), day));
        assert!(!far_vaguer(spread(&Value::parse("1956-02").unwrap()).unwrap(), day));
    }

    #[test]
    fn bounds_and_spans_are_not_vague_values() {
        assert_eq!(spread(&Value::parse("<3547").unwrap()), None);
        assert_eq!(spread(&Value::parse("1879/1953").unwrap()), None);
        let count = spread(&Value::parse("1316").unwrap()).unwrap();
        assert!(!far_vaguer(spread(&Value::parse("~1300").unwrap()).unwrap(), count));
    }
}
