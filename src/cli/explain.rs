//! `concord explain`: a rule's documentation, or a subject with its claims grouped by value.

use std::collections::BTreeMap;
use std::io::{self, Write};

use concord::check::RuleInfo;
use concord::id::ClaimId;
use concord::pipeline::Analysis;

/// Prints a rule's id, default severity, summary and documentation, as the rule's section of
/// docs/rules.md (which is made from this output).
pub fn rule(out: &mut dyn Write, rule: &RuleInfo) -> io::Result<()> {
    let default = rule.default.map_or("off", |s| s.as_str());
    writeln!(out, "## {}\n\nDefault severity: **{default}**. In one line: {}.\n", rule.id, rule.summary)?;
    // The documentation's own headings sit one level below the rule's.
    for line in rule.doc.lines() {
        match line.strip_prefix("## ") {
            Some(heading) => writeln!(out, "### {heading}")?,
            None => writeln!(out, "{line}")?,
        }
    }
    Ok(())
}

/// Prints a subject: its claims grouped by value, with places, link reasons and the verdict.
/// Returns false when no subject has that id.
pub fn subject(out: &mut dyn Write, analysis: &Analysis, id: &str) -> io::Result<bool> {
    let Some((index, subject)) = analysis.subjects.iter().enumerate().find(|(_, s)| s.id == id) else {
        return Ok(false);
    };
    writeln!(out, "{} — {} ({}, {})", subject.id, subject.label, subject.origin.as_str(), subject.kind)?;
    let claims = analysis.graph.claims_of(concord::id::SubjectId::from_index(index));
    let mut by_value: BTreeMap<String, Vec<ClaimId>> = BTreeMap::new();
    for &c in &claims {
        by_value.entry(analysis.claims[c.index()].claim.value.to_string()).or_default().push(c);
    }
    for (value, group) in &by_value {
        writeln!(out, "\n  {value}")?;
        for &c in group {
            let doc = analysis.document_of(c);
            let (line, column) = doc.line_col(analysis.claims[c.index()].claim.span.start);
            let text: String = analysis.claim_text(c).split_whitespace().collect::<Vec<_>>().join(" ");
            write!(out, "    {}:{line}:{column}  {text:?}", doc.path)?;
            if let Some(reason) = subject.reasons.iter().find(|r| r.claim == c) {
                write_reason(out, reason)?;
            }
            writeln!(out)?;
        }
    }
    // The verdict is the check's: the conflict edges it wrote into the graph, with its tolerances.
    let conflicts: usize = claims
        .iter()
        .map(|&c| {
            analysis.graph.conflicts_of(c).into_iter().filter(|&other| other > c && claims.contains(&other)).count()
        })
        .sum();
    let verdict =
        if conflicts == 0 { "all claims agree".to_string() } else { format!("{conflicts} conflicting pairs") };
    writeln!(out, "\nverdict: {verdict}")?;
    Ok(true)
}

/// The message for an unknown name, with the closest subject or rule ids.
pub fn not_found(analysis: &Analysis, name: &str) -> String {
    let mut candidates: Vec<(f64, &str)> = analysis
        .subjects
        .iter()
        .map(|s| s.id.as_str())
        .chain(concord::check::RULES.iter().map(|r| r.id))
        .map(|id| (strsim::jaro_winkler(name, id), id))
        .filter(|(score, _)| *score > 0.8)
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let mut message = format!("concord: error: no rule or subject named `{name}`");
    if let Some((_, best)) = candidates.first() {
        message.push_str(&format!("\n  help: did you mean `{best}`?"));
    } else {
        message.push_str("\n  help: `concord check --format json` lists the subject ids");
    }
    message
}

/// Why a claim joined its subject, after its line: "(shares: reef, struck; the same time of day)".
fn write_reason(out: &mut dyn std::io::Write, reason: &concord::link::LinkReason) -> std::io::Result<()> {
    let mut parts = Vec::new();
    if !reason.shared.is_empty() {
        parts.push(format!("shares: {}", reason.shared.join(", ")));
    }
    parts.extend(reason.value.map(str::to_string));
    if !parts.is_empty() {
        write!(out, "  ({})", parts.join("; "))?;
    }
    Ok(())
}
