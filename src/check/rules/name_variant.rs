//! The `name-variant` rule.

use std::collections::{BTreeMap, BTreeSet};

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Label, Severity};
use crate::id::DocId;
use crate::spelling::{deletion_keys, is_misspelling};

#[doc = include_str!("name-variant.md")]
pub struct NameVariant;

/// The registry entry.
pub const INFO: RuleInfo = RuleInfo {
    id: "name-variant",
    default: Some(Severity::Warning),
    summary: "a name spelled close to a more common or declared spelling",
    others: "says otherwise",
    doc: include_str!("name-variant.md"),
    check: NameVariant::check,
};

/// How a spelling is used across the corpus.
#[derive(Default)]
struct Usage {
    count: usize,
    documents: BTreeSet<DocId>,
    declared: bool,
}

impl NameVariant {
    /// Flags, once per document, each name that is a rare near-spelling of an established one.
    pub fn check(cx: &Context<'_>, severity: Severity, out: &mut Vec<Finding>) {
        let mut usage: BTreeMap<String, Usage> = BTreeMap::new();
        for (d, doc) in cx.analysis.documents.iter().enumerate() {
            for name in &doc.names {
                let u = usage.entry(name.text.clone()).or_default();
                u.count += 1;
                u.documents.insert(DocId::from_index(d));
            }
        }
        let mut accepted: BTreeSet<String> = BTreeSet::new();
        for entity in &cx.settings.entities {
            for word in entity.name.split_whitespace() {
                usage.entry(word.to_string()).or_default().declared = true;
            }
            for alias in &entity.aliases {
                accepted.extend(alias.split_whitespace().map(str::to_string));
            }
        }
        // Established spellings, indexed by themselves and by each of their one-letter deletions: two
        // words one edit apart (a swap included) always share a key, so a name finds its candidates
        // in time proportional to its length, not to the number of names in the corpus.
        let mut index: BTreeMap<String, Vec<&String>> = BTreeMap::new();
        for (spelling, u) in &usage {
            if u.declared || (u.documents.len() >= 2 && u.count >= 3) {
                for key in deletion_keys(spelling) {
                    index.entry(key).or_default().push(spelling);
                }
            }
        }
        let mut verdicts: BTreeMap<&str, Option<&String>> = BTreeMap::new();
        for (d, doc) in cx.analysis.documents.iter().enumerate() {
            let mut flagged: BTreeSet<&str> = BTreeSet::new();
            for name in &doc.names {
                if flagged.contains(name.text.as_str()) || accepted.contains(&name.text) {
                    continue;
                }
                let Some(variant) = usage.get(&name.text) else { continue };
                let best = *verdicts.entry(name.text.as_str()).or_insert_with(|| {
                    let mut candidates: Vec<&String> =
                        deletion_keys(&name.text).iter().filter_map(|k| index.get(k)).flatten().copied().collect();
                    candidates.sort();
                    candidates.dedup();
                    candidates
                        .into_iter()
                        .filter(|c| {
                            let u = &usage[*c];
                            *c != &name.text
                                && (u.declared
                                    || u.count >= 2 * variant.count && u.documents.len() > variant.documents.len())
                                && is_misspelling(&name.text, c)
                        })
                        .max_by_key(|c| (usage[*c].declared, usage[*c].count, std::cmp::Reverse(c.as_str())))
                });
                let Some(canonical) = best else { continue };
                let canon = &usage[canonical];
                flagged.insert(&name.text);
                let how = if canon.declared {
                    "declared in claims.toml".to_string()
                } else {
                    format!("used {} times in {} documents", canon.count, canon.documents.len())
                };
                out.push(Finding {
                    rule: INFO.id,
                    severity,
                    subject: None,
                    message: format!("`{}` looks like a misspelling of `{canonical}` ({how})", name.text),
                    primary: Label {
                        doc: DocId::from_index(d),
                        span: name.span.clone(),
                        message: format!("did you mean `{canonical}`?"),
                    },
                    related: Vec::new(),
                    help: Some(format!(
                        "if `{}` is another name, declare it in claims.toml: [[entity]] name = \"{}\"",
                        name.text, name.text
                    )),
                    claims: Vec::new(),
                    conflicts: Vec::new(),
                    citations: Vec::new(),
                });
            }
        }
    }
}
