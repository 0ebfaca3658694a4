//! Fingerprints of findings, and the baseline file that records them.
//!
//! A finding's fingerprint is made from its rule, its subject and the values involved (the primary
//! claim's value first, then the other values, sorted), never from a line or a byte offset: a note
//! can grow above a finding, or be reflowed, and the finding keeps its fingerprint. SARIF reports it
//! as a partial fingerprint; the baseline file keys each known finding by it and by the document's
//! path.
//!
//! The baseline file is TOML, written sorted and with one key per line so that it diffs well. This
//! module only turns text into entries and entries into text; the shell reads and writes the file.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::finding::Finding;
use crate::pipeline::Analysis;

/// The version of the baseline file format.
pub const VERSION: u32 = 1;

/// What identifies a finding across edits: where, which rule, about what, with which values.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// The document of the primary claim, as shown.
    pub path: String,
    /// The rule id.
    pub rule: String,
    /// The subject's key ([`crate::link::Subject::key`]), empty when the finding has no subject.
    pub subject: String,
    /// The primary claim's value first, then the other values involved, sorted and without repeats.
    /// For a finding without claims (a name, a comment): the text at its place.
    pub values: Vec<String>,
}

impl Entry {
    /// The entry of a finding.
    pub fn of(analysis: &Analysis, finding: &Finding) -> Entry {
        let doc = &analysis.documents[finding.primary.doc.index()];
        let primary = finding.claims.iter().copied().find(|c| {
            let record = &analysis.claims[c.index()];
            record.doc == finding.primary.doc && record.claim.span == finding.primary.span
        });
        let mut values = Vec::new();
        match primary {
            Some(p) => {
                values.push(analysis.claims[p.index()].claim.value.to_string());
                let mut others: Vec<String> = finding
                    .claims
                    .iter()
                    .filter(|&&c| c != p)
                    .map(|c| analysis.claims[c.index()].claim.value.to_string())
                    .filter(|v| *v != values[0])
                    .collect();
                others.sort();
                others.dedup();
                values.extend(others);
            }
            _ => {
                let text = doc.text.get(finding.primary.span.clone()).unwrap_or("");
                values.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
        Entry {
            path: doc.path.clone(),
            rule: finding.rule.to_string(),
            subject: finding.subject.map(|s| analysis.subjects[s.index()].key().to_string()).unwrap_or_default(),
            values,
        }
    }

    /// The fingerprint: 16 hex digits of a 64-bit FNV-1a hash of the rule, subject and values. The
    /// path is left out, since SARIF already places each result in its file.
    pub fn fingerprint(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |bytes: &[u8]| {
            for &b in bytes {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
            // A separator that cannot occur in the text keeps ("ab", "c") apart from ("a", "bc").
            hash ^= 0xff;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        };
        feed(self.rule.as_bytes());
        feed(self.subject.as_bytes());
        for v in &self.values {
            feed(v.as_bytes());
        }
        format!("{hash:016x}")
    }
}

/// A baseline file: the findings known when it was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    /// The entries, sorted; a finding that occurs twice is listed twice.
    pub entries: Vec<Entry>,
}

/// A baseline file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct BaselineError {
    /// What is wrong.
    pub message: String,
    /// Where, as a byte range of the file, when known.
    pub span: Option<std::ops::Range<usize>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    #[serde(default)]
    finding: Vec<FileEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEntry {
    fingerprint: String,
    path: String,
    rule: String,
    #[serde(default)]
    subject: String,
    values: Vec<String>,
}

struct Read {
    fingerprint: String,
    entry: Entry,
}

impl Baseline {
    /// The baseline of a set of findings.
    pub fn new(mut entries: Vec<Entry>) -> Baseline {
        entries.sort();
        Baseline { entries }
    }

    /// Reads a baseline file.
    pub fn parse(text: &str) -> Result<Baseline, BaselineError> {
        let file: File =
            toml::from_str(text).map_err(|e| BaselineError { message: e.message().to_string(), span: e.span() })?;
        if file.version != VERSION {
            return Err(BaselineError {
                message: format!("baseline version {} is not supported (this concord writes {VERSION})", file.version),
                span: None,
            });
        }
        let mut entries = Vec::with_capacity(file.finding.len());
        for f in file.finding {
            let FileEntry { fingerprint, path, rule, subject, values } = f;
            let f = Read { fingerprint, entry: Entry { path, rule, subject, values } };
            if f.fingerprint != f.entry.fingerprint() {
                return Err(BaselineError {
                    message: format!(
                        "the entry for `{}` in {} has fingerprint {} but its rule, subject and values give {}",
                        f.entry.rule,
                        f.entry.path,
                        f.fingerprint,
                        f.entry.fingerprint()
                    ),
                    span: None,
                });
            }
            entries.push(f.entry);
        }
        Ok(Baseline::new(entries))
    }

    /// The file's text: a header, the version, then one `[[finding]]` table per entry, sorted.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# concord baseline: the findings known when it was written, keyed by rule, subject and values.\n\
             # `concord check --baseline FILE` reports only findings not listed here; `concord baseline`\n\
             # rewrites it.\n",
        );
        out.push_str(&format!("version = {VERSION}\n"));
        for e in &self.entries {
            let values: Vec<String> = e.values.iter().map(|v| quote(v)).collect();
            out.push_str(&format!(
                "\n[[finding]]\nfingerprint = {}\npath = {}\nrule = {}\nsubject = {}\nvalues = [{}]\n",
                quote(&e.fingerprint()),
                quote(&e.path),
                quote(&e.rule),
                quote(&e.subject),
                values.join(", ")
            ));
        }
        out
    }

    /// Splits `current` into the findings the baseline does not know (by index) and the baseline's
    /// entries that no current finding matches (stale). `in_scope` says which paths were checked, so
    /// that entries of documents outside a focus are not called stale.
    pub fn compare<'a>(&'a self, current: &[Entry], in_scope: impl Fn(&str) -> bool) -> (Vec<usize>, Vec<&'a Entry>) {
        let mut known: BTreeMap<&Entry, usize> = BTreeMap::new();
        for e in &self.entries {
            *known.entry(e).or_default() += 1;
        }
        let mut new = Vec::new();
        for (i, e) in current.iter().enumerate() {
            match known.get_mut(e) {
                Some(n) if *n > 0 => *n -= 1,
                _ => new.push(i),
            }
        }
        let mut stale = Vec::new();
        for (e, n) in known {
            if in_scope(&e.path) {
                stale.extend(std::iter::repeat_n(e, n));
            }
        }
        (new, stale)
    }
}

/// A TOML basic string. JSON's string escapes are all valid TOML escapes.
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, values: &[&str]) -> Entry {
        Entry {
            path: path.into(),
            rule: "conflict".into(),
            subject: "speech.words".into(),
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    #[test]
    fn a_rendered_baseline_reads_back_the_same() {
        let b = Baseline::new(vec![
            entry("b.md", &["~16000", "26000"]),
            entry("a.md", &["1956-03-25", "1956-02-24/1956-02-25"]),
            entry("a \"q\".md", &["x\\y"]),
        ]);
        let text = b.render();
        assert_eq!(Baseline::parse(&text).unwrap(), b);
        assert!(text.find("path = \"a.md\"").unwrap() < text.find("path = \"b.md\"").unwrap());
    }

    #[test]
    fn fingerprints_depend_on_rule_subject_and_values_only() {
        let a = entry("a.md", &["~16000", "26000"]);
        assert_eq!(a.fingerprint(), entry("b.md", &["~16000", "26000"]).fingerprint());
        assert_ne!(a.fingerprint(), entry("a.md", &["~18000", "26000"]).fingerprint());
        assert_ne!(entry("a.md", &["ab", "c"]).fingerprint(), entry("a.md", &["a", "bc"]).fingerprint());
        assert_eq!(a.fingerprint().len(), 16);
    }

    #[test]
    fn compare_finds_new_findings_and_stale_entries() {
        let b = Baseline::new(vec![entry("a.md", &["1"]), entry("a.md", &["1"]), entry("c.md", &["3"])]);
        let current = vec![entry("a.md", &["1"]), entry("a.md", &["1"]), entry("a.md", &["1"]), entry("b.md", &["2"])];
        let (new, stale) = b.compare(&current, |_| true);
        assert_eq!(new, [2, 3]);
        assert_eq!(stale, [&entry("c.md", &["3"])]);
        let (_, stale) = b.compare(&current, |p| p != "c.md");
        assert!(stale.is_empty());
    }

    #[test]
    fn a_bad_baseline_is_an_error_not_a_panic() {
        for text in ["", "version = 2", "version = 1\n[[finding]]\npath = 3", "garbage ]]", "version = 1\nextra = 1"] {
            assert!(Baseline::parse(text).is_err(), "{text:?}");
        }
        let mut text = Baseline::new(vec![entry("a.md", &["1"])]).render();
        text = text.replace("values = [\"1\"]", "values = [\"2\"]");
        assert!(Baseline::parse(&text).unwrap_err().message.contains("fingerprint"));
    }
}
