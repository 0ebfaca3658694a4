//! Suppression comments: the places where a writer has told concord to stay quiet.
//!
//! In Markdown a suppression is an HTML comment; in plain text it is an HTML comment or the same words
//! on a line of their own (the corpus scan records both in [`Prose::comments`](crate::corpus::Prose)).
//! Four directives exist, each optionally followed by rule ids (separated by spaces or commas):
//!
//! - `concord-disable-next-line`: findings on the line after the comment;
//! - `concord-disable` … `concord-enable`: findings between the two (to the end of the document when
//!   no `concord-enable` follows);
//! - `concord-disable-file`: findings anywhere in the document.
//!
//! Words after a `--` are a reason for people, and are not read (`concord-disable-next-line conflict
//! -- the 1962 edition gives this figure`).
//! A finding is suppressed when its primary claim (the place it is reported at) lies in a directive's
//! range and the directive names its rule or no rule at all. Directives are parsed from the documents
//! alone, so this module is pure: a comment it cannot read yields a [`DirectiveError`], never a panic.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::check::RULES;
use crate::finding::{Finding, Severity};
use crate::id::DocId;
use crate::pipeline::Document;

/// The id of the rule that reports suppressions which silenced nothing; it cannot itself be suppressed.
pub const UNUSED_RULE: &str = "unused-suppression";

/// What a directive covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The line after the comment.
    NextLine,
    /// From the comment to the next `concord-enable` that closes it.
    Region,
    /// The whole document.
    File,
}

impl Scope {
    /// The directive word as written.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::NextLine => "concord-disable-next-line",
            Scope::Region => "concord-disable",
            Scope::File => "concord-disable-file",
        }
    }
}

/// One suppression directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The document it stands in.
    pub doc: DocId,
    /// The byte range of the comment (or line) that holds it.
    pub span: Range<usize>,
    /// What it covers.
    pub scope: Scope,
    /// The rules it names, in the order written; empty for every rule.
    pub rules: Vec<&'static str>,
    /// The byte range of the document it covers.
    pub covers: Range<usize>,
}

impl Directive {
    /// True when this directive silences `finding`.
    pub fn silences(&self, finding: &Finding) -> bool {
        finding.primary.doc == self.doc
            && self.covers.contains(&finding.primary.span.start)
            && finding.rule != UNUSED_RULE
            && (self.rules.is_empty() || self.rules.contains(&finding.rule))
    }
}

/// A suppression comment that cannot be read as written: an unknown directive or rule id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectiveError {
    /// The document.
    pub doc: DocId,
    /// The byte range of the comment.
    pub span: Range<usize>,
    /// What is wrong, and what to write instead.
    pub message: String,
}

/// The directives of every document, in document then position order, and the comments that could
/// not be read.
pub fn directives(documents: &[Document]) -> (Vec<Directive>, Vec<DirectiveError>) {
    let mut directives = Vec::new();
    let mut errors = Vec::new();
    for (d, document) in documents.iter().enumerate() {
        parse_document(DocId::from_index(d), document, &mut directives, &mut errors);
    }
    (directives, errors)
}

/// Removes the findings that a directive silences. Returns, for each directive, the rules it
/// silenced at least once (for a directive that names no rule, counting warnings and errors only).
pub fn apply(directives: &[Directive], findings: &mut Vec<Finding>) -> Vec<BTreeSet<&'static str>> {
    let mut used: Vec<BTreeSet<&'static str>> = vec![BTreeSet::new(); directives.len()];
    findings.retain(|finding| {
        let mut silenced = false;
        // Directives come in document order, so a finding looks only at those of its own document.
        let doc = finding.primary.doc;
        let first = directives.partition_point(|d| d.doc < doc);
        let last = directives.partition_point(|d| d.doc <= doc);
        for (i, directive) in directives.iter().enumerate().take(last).skip(first) {
            if directive.silences(finding) {
                // A directive that names no rule is there for what people see: silencing an `info`
                // finding (an agreement) alone does not make it useful.
                if !directive.rules.is_empty() || finding.severity >= Severity::Warning {
                    used[i].insert(finding.rule);
                }
                silenced = true;
            }
        }
        !silenced
    });
    used
}

/// A directive as read from one comment, before its range is known.
struct Parsed {
    word: Word,
    rules: Vec<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Disable(Scope),
    Enable,
}

fn parse_document(doc: DocId, document: &Document, out: &mut Vec<Directive>, errors: &mut Vec<DirectiveError>) {
    let text = &document.text;
    // Open `concord-disable` regions, as indices into `out`.
    let mut open: Vec<usize> = Vec::new();
    for comment in &document.prose.comments {
        let Some(raw) = text.get(comment.clone()) else { continue };
        let parsed = match parse_comment(raw) {
            Ok(Some(p)) => p,
            Ok(None) => continue,
            Err(message) => {
                errors.push(DirectiveError { doc, span: comment.clone(), message });
                continue;
            }
        };
        match parsed.word {
            Word::Disable(scope) => {
                let covers = match scope {
                    Scope::NextLine => next_line(text, comment.end),
                    Scope::Region => comment.end..text.len(),
                    Scope::File => 0..text.len(),
                };
                if scope == Scope::Region {
                    open.push(out.len());
                }
                out.push(Directive { doc, span: comment.clone(), scope, rules: parsed.rules, covers });
            }
            Word::Enable => {
                // An enable without rules closes every open region; with rules, the regions that name
                // one of them. A region that names no rule is closed only by an enable that names none.
                open.retain(|&i| {
                    let region = &mut out[i];
                    let closes = parsed.rules.is_empty()
                        || (!region.rules.is_empty() && region.rules.iter().any(|r| parsed.rules.contains(r)));
                    if closes {
                        region.covers.end = comment.start;
                    }
                    !closes
                });
            }
        }
    }
}

/// The byte range of the line after the one where a comment ends.
fn next_line(text: &str, comment_end: usize) -> Range<usize> {
    let Some(newline) = text.get(comment_end..).and_then(|rest| rest.find('\n')) else {
        return text.len()..text.len();
    };
    let start = comment_end + newline + 1;
    let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    start..end
}

/// Reads one comment: `Ok(None)` when it is no directive at all.
fn parse_comment(raw: &str) -> Result<Option<Parsed>, String> {
    let body = raw.trim();
    let body = body.strip_prefix("<!--").unwrap_or(body);
    let body = body.strip_suffix("-->").unwrap_or(body).trim();
    let mut words = body.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return Ok(None) };
    if !first.starts_with("concord-") {
        return Ok(None);
    }
    let word = match first {
        "concord-disable-next-line" => Word::Disable(Scope::NextLine),
        "concord-disable" => Word::Disable(Scope::Region),
        "concord-disable-file" => Word::Disable(Scope::File),
        "concord-enable" => Word::Enable,
        other => {
            return Err(format!(
                "unknown suppression `{other}`: use concord-disable-next-line, concord-disable, concord-enable or \
                 concord-disable-file"
            ));
        }
    };
    let mut rules = Vec::new();
    // Words after `--` are the writer's reason, for people.
    for name in words.take_while(|w| *w != "--") {
        if name == UNUSED_RULE {
            return Err(format!("`{UNUSED_RULE}` cannot be suppressed; switch it off in claims.toml instead"));
        }
        match RULES.iter().find(|r| r.id == name) {
            Some(rule) => {
                if !rules.contains(&rule.id) {
                    rules.push(rule.id);
                }
            }
            None => return Err(unknown_rule(name)),
        }
    }
    Ok(Some(Parsed { word, rules }))
}

fn unknown_rule(name: &str) -> String {
    let closest = RULES
        .iter()
        .filter(|r| r.id != UNUSED_RULE)
        .map(|r| (strsim::jaro_winkler(name, r.id), r.id))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match closest {
        Some((_, id)) => format!("unknown rule `{name}` in a suppression comment (did you mean `{id}`?)"),
        None => {
            let ids: Vec<&str> = RULES.iter().map(|r| r.id).filter(|id| *id != UNUSED_RULE).collect();
            format!("unknown rule `{name}` in a suppression comment; rules are: {}", ids.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(path: &str, text: &str) -> (Vec<Directive>, Vec<DirectiveError>) {
        directives(&[Document::new(path.to_string(), text.to_string())])
    }

    fn covered<'a>(text: &'a str, d: &Directive) -> &'a str {
        &text[d.covers.clone()]
    }

    #[test]
    fn next_line_covers_the_line_after_the_comment() {
        let text = "One.\n<!-- concord-disable-next-line conflict -->\nThe speech ran 26,000 words.\nAfter.\n";
        let (ds, errors) = parse("a.md", text);
        assert!(errors.is_empty());
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].rules, ["conflict"]);
        assert_eq!(covered(text, &ds[0]), "The speech ran 26,000 words.");
    }

    fn finding(doc: usize, at: usize, rule: &'static str, severity: Severity) -> Finding {
        Finding {
            rule,
            severity,
            subject: None,
            message: String::new(),
            primary: crate::finding::Label { doc: DocId::from_index(doc), span: at..at + 1, message: String::new() },
            related: Vec::new(),
            help: None,
            claims: Vec::new(),
            conflicts: Vec::new(),
            citations: Vec::new(),
        }
    }

    #[test]
    fn apply_silences_findings_in_range_and_counts_only_what_people_see() {
        let docs = [
            Document::new("a.md".into(), "<!-- concord-disable-next-line -->\nA 1.\nB 2.\n".into()),
            Document::new("b.md".into(), "<!-- concord-disable-next-line agreement -->\nC 3.\n".into()),
        ];
        let (ds, _) = directives(&docs);
        let line_two = "<!-- concord-disable-next-line -->\n".len();
        let mut findings = vec![
            finding(0, line_two, "agreement", Severity::Info),
            finding(0, line_two + 5, "conflict", Severity::Error),
            finding(1, "<!-- concord-disable-next-line agreement -->\n".len(), "agreement", Severity::Info),
        ];
        let used = apply(&ds, &mut findings);
        // The agreement under the rule-less comment is silenced, but does not make the comment useful;
        // the conflict on the line after is not silenced. The comment naming `agreement` is used.
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].rule, "conflict");
        assert!(used[0].is_empty());
        assert_eq!(used[1], BTreeSet::from(["agreement"]));
    }

    #[test]
    fn words_after_a_double_dash_are_a_reason_not_rules() {
        let text = "<!-- concord-disable-next-line conflict -- the 1962 edition says so -->\nA.\n";
        let (ds, errors) = parse("a.md", text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(ds[0].rules, ["conflict"]);
        let (ds, errors) = parse("a.txt", "concord-disable-file -- a draft, kept for the record\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert!(ds[0].rules.is_empty());
    }

    #[test]
    fn a_region_ends_at_the_enable_that_closes_it() {
        let text = "<!-- concord-disable -->\nA.\n<!-- concord-enable -->\nB.\n";
        let (ds, _) = parse("a.md", text);
        assert_eq!(covered(text, &ds[0]), "\nA.\n");
        // An enable naming a rule leaves a region that names none open to the end.
        let text = "<!-- concord-disable -->\nA.\n<!-- concord-enable conflict -->\nB.\n";
        let (ds, _) = parse("a.md", text);
        assert!(covered(text, &ds[0]).ends_with("B.\n"));
        let text = "<!-- concord-disable off-key, conflict -->\nA.\n<!-- concord-enable conflict -->\nB.\n";
        let (ds, _) = parse("a.md", text);
        assert_eq!(ds[0].rules, ["off-key", "conflict"]);
        assert_eq!(covered(text, &ds[0]), "\nA.\n");
    }

    #[test]
    fn plain_text_directives_stand_on_a_line_of_their_own() {
        let text = "Intro line.\nconcord-disable-next-line\nThe speech ran 26,000 words.\n";
        let (ds, errors) = parse("a.txt", text);
        assert!(errors.is_empty());
        assert_eq!(ds.len(), 1);
        assert_eq!(covered(text, &ds[0]), "The speech ran 26,000 words.");
        // The same words inside a sentence are prose, not a directive.
        let (ds, _) = parse("a.txt", "We never write concord-disable in a sentence.\n");
        assert!(ds.is_empty());
    }

    #[test]
    fn unknown_rules_and_directives_are_errors_with_a_suggestion() {
        let (ds, errors) = parse("a.md", "<!-- concord-disable-next-line conflcit -->\nA.\n");
        assert!(ds.is_empty());
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("did you mean `conflict`"), "{}", errors[0].message);
        let (_, errors) = parse("a.md", "<!-- concord-ignore -->\n");
        assert!(errors[0].message.contains("unknown suppression `concord-ignore`"));
        // Comments that are not directives are left alone.
        let (ds, errors) = parse("a.md", "<!-- a note to self: 1956 -->\n");
        assert!(ds.is_empty() && errors.is_empty());
    }

    #[test]
    fn a_comment_at_the_end_covers_nothing_and_never_panics() {
        for text in ["<!-- concord-disable-next-line", "x<!-- concord-disable-next-line -->", "<!--", "<!---->"] {
            let (ds, _) = parse("a.md", text);
            for d in &ds {
                assert!(d.covers.end <= text.len());
            }
        }
    }
}
