//! The `name-variant` rule.

use std::collections::{BTreeMap, BTreeSet};

use super::super::{Context, RuleInfo};
use crate::finding::{Finding, Label, Severity};
use crate::id::DocId;

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

/// A word, lower-cased, and each of its one-letter deletions.
fn deletion_keys(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.to_lowercase().chars().collect();
    let mut keys = vec![chars.iter().collect::<String>()];
    for skip in 0..chars.len() {
        keys.push(chars.iter().enumerate().filter(|(k, _)| *k != skip).map(|(_, c)| c).collect());
    }
    keys
}

/// True when `variant` is one edit (a letter added, dropped, changed or two swapped) from `canonical`,
/// with the same first letter. Differences in the last
/// two letters (the words sharing at most their final letter) only count when a vowel stands for
/// another ("Schabowsky", "Launey"): letters added or changed at the end are as often another word
/// ("Titanica", "Stalinism" beside "Stalinist", "Germans" beside "Germany"), so such slips go
/// unflagged. A `z` for an `s` is a spelling convention ("Stalinization"), not a slip.
fn is_misspelling(variant: &str, canonical: &str) -> bool {
    let v: Vec<char> = variant.to_lowercase().chars().collect();
    let c: Vec<char> = canonical.to_lowercase().chars().collect();
    if v.first() != c.first() {
        return false;
    }
    let distance = strsim::damerau_levenshtein(&variant.to_lowercase(), &canonical.to_lowercase());
    if distance != 1 {
        return false;
    }
    let prefix = v.iter().zip(&c).take_while(|(a, b)| a == b).count();
    let suffix = v.iter().rev().zip(c.iter().rev()).take_while(|(a, b)| a == b).count();
    let shorter = v.len().min(c.len());
    if prefix + 2 >= shorter && suffix <= 1 {
        // The words differ only at the end: a vowel for a vowel, in words of one length. A changed
        // consonant there is as often a derivation ("Stalinism", "Stalinist") as a slip.
        let vowel = |ch: char| matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        return v.len() == c.len() && (prefix..v.len()).all(|k| v[k] == c[k] || vowel(v[k]) && vowel(c[k]));
    }
    // One letter changed in the middle: s and z are two conventions of one spelling.
    if v.len() == c.len() && prefix + suffix + 1 == v.len() {
        let (a, b) = (v[prefix], c[prefix]);
        if matches!((a, b), ('s', 'z') | ('z', 's')) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_misspelling;

    #[test]
    fn misspellings_are_one_edit_away() {
        assert!(is_misspelling("Khruschev", "Khrushchev"));
        assert!(is_misspelling("Joesph", "Joseph"));
        assert!(is_misspelling("Southhampton", "Southampton"));
    }

    #[test]
    fn dont_flag_derivations_conventions_other_initials_or_distant_names() {
        assert!(!is_misspelling("Germans", "German"));
        assert!(!is_misspelling("Germans", "Germany"));
        assert!(!is_misspelling("Titanica", "Titanic"));
        assert!(!is_misspelling("Stalinism", "Stalinists"));
        assert!(!is_misspelling("Stalinism", "Stalinist"));
        // A consonant slip at the very end is left alone with the derivations.
        assert!(!is_misspelling("Siegelbaun", "Siegelbaum"));
        assert!(!is_misspelling("Stalinisation", "Stalinization"));
        assert!(!is_misspelling("Russia", "Prussia"));
        assert!(!is_misspelling("Austria", "Australia"));
    }

    #[test]
    fn a_vowel_for_a_vowel_at_the_end_is_a_misspelling() {
        assert!(is_misspelling("Schabowsky", "Schabowski"));
        assert!(is_misspelling("Launey", "Launay"));
        assert!(is_misspelling("Bastile", "Bastille"));
        assert!(is_misspelling("Titannic", "Titanic"));
    }
}
