//! `claims.toml`: options as written, then resolved settings.
//!
//! Reading a configuration is two steps. [`Options`] is the file as serde reads it (unknown keys are
//! errors, names are kebab-case, everything has a default). [`Settings::resolve`] checks the values
//! (kinds, severities, rule ids, expected values) and turns them into what the engine uses. Every
//! error carries the byte span of the offending TOML so the shell can point at it.
//!
//! Invariants: this module reads no files; it takes the text and returns settings or a
//! [`ConfigError`]; a default `Settings` is what concord uses with no `claims.toml` at all.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::check::RULES;
use crate::finding::Severity;
use crate::value::{Kind, Value};

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Options {
    /// `[corpus]`: which files make up the corpus.
    #[serde(default)]
    pub corpus: CorpusOptions,
    /// `[check]`: discovery, failure threshold and rule severities.
    #[serde(default)]
    pub check: CheckOptions,
    /// `[[source]]` entries: works the documents cite.
    #[serde(default, rename = "source")]
    pub sources: Vec<SourceOptions>,
    /// `[[entity]]` entries: names and their accepted spellings.
    #[serde(default, rename = "entity")]
    pub entities: Vec<EntityOptions>,
    /// `[[claim]]` entries: declared subjects.
    #[serde(default, rename = "claim")]
    pub claims: Vec<ClaimOptions>,
}

/// `[corpus]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CorpusOptions {
    /// Globs of files to read, relative to the file's folder. Default: `*.md`, `*.markdown`, `*.txt`
    /// anywhere below it.
    pub include: Option<Vec<String>>,
    /// Globs of files to leave out.
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// `[check]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckOptions {
    /// Also link claims that no `[[claim]]` declares. Default true.
    pub discover: Option<bool>,
    /// The lowest severity that makes `concord check` exit 1. Default `"error"`.
    pub fail_on: Option<Spanned<String>>,
    /// Per-rule severity: `error`, `warning`, `info` or `off`.
    #[serde(default)]
    pub rules: BTreeMap<Spanned<String>, Spanned<String>>,
    /// How loosely stated values are read.
    pub tolerance: Option<ToleranceOptions>,
}

/// `[check.tolerance]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ToleranceOptions {
    /// "about N" covers N give or take this share of N (0 to 1). Default 0.1.
    pub approx: Option<Spanned<f64>>,
    /// "nearly N" covers N less this share of N up to N (0 to 1). Default 0.1.
    pub nearly: Option<Spanned<f64>>,
    /// "about 5 p.m." covers this many minutes either side (0 to 720). Default 15.
    pub time_minutes: Option<Spanned<f64>>,
    /// Round numbers cover half a unit of their last written digit. Default true.
    pub rounding: Option<bool>,
}

/// `[[source]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SourceOptions {
    /// A short id, used by `[[claim]] source = "id:page"`.
    pub id: Spanned<String>,
    /// How documents cite it in text: author names or labels.
    #[serde(default)]
    pub cite_as: Vec<String>,
    /// The title.
    pub title: Option<String>,
    /// The pages the work covers, for range checks.
    pub pages: Option<String>,
}

/// `[[entity]]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EntityOptions {
    /// The preferred spelling.
    pub name: String,
    /// Other accepted spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// `[[claim]]`: a declared subject.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ClaimOptions {
    /// A stable id, e.g. `speech.date`.
    pub id: Spanned<String>,
    /// What the subject is, in words.
    pub about: Option<String>,
    /// The kind of value: date, year, count, quantity, duration, percent, ordinal.
    pub kind: Option<Spanned<String>>,
    /// Words whose presence in a claim's sentence ties it to this subject.
    #[serde(default)]
    pub cues: Vec<String>,
    /// Words whose presence in a claim's sentence keeps it out of this subject: the way to undo a
    /// wrong link ("sentences" for a subject about words).
    #[serde(default)]
    pub exclude_cues: Vec<String>,
    /// The counted noun or unit word ("prisoners", "words").
    pub unit: Option<String>,
    /// The expected value, in the JSON report's forms or in prose ("26,000 words").
    pub expect: Option<Spanned<String>>,
    /// The source backing the expectation, `id:page`.
    pub source: Option<String>,
}

/// A problem in `claims.toml`, with the byte span it concerns.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ConfigError {
    /// What is wrong.
    pub message: String,
    /// Where, as a byte range of the file; `None` when the parser could not say.
    pub span: Option<Range<usize>>,
    /// What to do about it.
    pub help: Option<String>,
}

impl ConfigError {
    fn at(span: Range<usize>, message: impl Into<String>, help: impl Into<Option<String>>) -> ConfigError {
        ConfigError { message: message.into(), span: Some(span), help: help.into() }
    }
}

/// Resolved settings: what the engine uses.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Globs of files to read (relative to the configuration's folder).
    pub include: Vec<String>,
    /// Globs of files to leave out.
    pub exclude: Vec<String>,
    /// Link claims that no declared subject takes.
    pub discover: bool,
    /// The lowest severity that fails a check.
    pub fail_on: Severity,
    /// Every rule's severity, `None` for off.
    pub rules: BTreeMap<&'static str, Option<Severity>>,
    /// Declared subjects, in file order.
    pub subjects: Vec<DeclaredSubject>,
    /// Declared sources, in file order.
    pub sources: Vec<DeclaredSource>,
    /// The date to resolve relative dates against in documents whose front matter gives none
    /// (`--document-date`).
    pub document_date: Option<crate::value::DatePoint>,
    /// Declared names, with their accepted spellings.
    pub entities: Vec<DeclaredEntity>,
    /// How loosely stated values are read.
    pub tolerance: crate::value::Tolerance,
}

/// A name declared in `claims.toml`.
#[derive(Debug, Clone)]
pub struct DeclaredEntity {
    /// The preferred spelling.
    pub name: String,
    /// Other accepted spellings.
    pub aliases: Vec<String>,
}

/// A source declared in `claims.toml`.
#[derive(Debug, Clone)]
pub struct DeclaredSource {
    /// The id.
    pub id: String,
    /// The names documents cite it by, lower-cased.
    pub cite_as: Vec<String>,
    /// The title.
    pub title: Option<String>,
    /// The page range the work covers.
    pub pages: Option<String>,
}

/// A subject declared in `claims.toml`.
#[derive(Debug, Clone)]
pub struct DeclaredSubject {
    /// The id.
    pub id: String,
    /// What it is about, for messages.
    pub about: Option<String>,
    /// The kind of its claims; any kind when `None`.
    pub kind: Option<Kind>,
    /// Cue words, lower-cased.
    pub cues: Vec<String>,
    /// Words that keep a claim out, lower-cased.
    pub exclude_cues: Vec<String>,
    /// The counted noun or unit word, lower-cased.
    pub unit: Option<String>,
    /// The expected value.
    pub expect: Option<Value>,
    /// The expected value as written.
    pub expect_text: Option<String>,
    /// The source backing the expectation.
    pub source: Option<String>,
}

/// The default file globs.
pub const DEFAULT_INCLUDE: &[&str] = &["**/*.md", "**/*.markdown", "**/*.txt"];

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            include: DEFAULT_INCLUDE.iter().map(|s| s.to_string()).collect(),
            exclude: Vec::new(),
            discover: true,
            fail_on: Severity::Error,
            rules: RULES.iter().map(|r| (r.id, r.default)).collect(),
            subjects: Vec::new(),
            sources: Vec::new(),
            document_date: None,
            entities: Vec::new(),
            tolerance: crate::value::Tolerance::default(),
        }
    }
}

impl Settings {
    /// Parses and resolves the text of a `claims.toml`.
    pub fn from_toml(text: &str) -> Result<Settings, ConfigError> {
        let options: Options = toml::from_str(text).map_err(|e| ConfigError {
            message: e.message().to_string(),
            span: e.span(),
            help: Some("see docs/claims-toml.md for every key".into()),
        })?;
        Settings::resolve(options)
    }

    /// Checks the options and resolves them into settings.
    pub fn resolve(options: Options) -> Result<Settings, ConfigError> {
        let mut settings = Settings::default();
        if let Some(include) = options.corpus.include {
            settings.include = include;
        }
        settings.exclude = options.corpus.exclude;
        settings.discover = options.check.discover.unwrap_or(true);
        if let Some(fail_on) = options.check.fail_on {
            settings.fail_on = Severity::parse(fail_on.get_ref()).ok_or_else(|| {
                ConfigError::at(
                    fail_on.span(),
                    format!("unknown severity `{}`", fail_on.get_ref()),
                    Some("use \"error\", \"warning\" or \"info\"".to_string()),
                )
            })?;
        }
        for (rule, level) in options.check.rules {
            let Some(known) = RULES.iter().find(|r| r.id == rule.get_ref()) else {
                let ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
                return Err(ConfigError::at(
                    rule.span(),
                    format!("unknown rule `{}`", rule.get_ref()),
                    Some(format!("rules are: {}", ids.join(", "))),
                ));
            };
            let severity = match level.get_ref().as_str() {
                "off" => None,
                other => Some(Severity::parse(other).ok_or_else(|| {
                    ConfigError::at(
                        level.span(),
                        format!("unknown severity `{other}`"),
                        Some("use \"error\", \"warning\", \"info\" or \"off\"".to_string()),
                    )
                })?),
            };
            settings.rules.insert(known.id, severity);
        }
        if let Some(t) = options.check.tolerance {
            let share = |value: Option<Spanned<f64>>, default: f64, max: f64| -> Result<f64, ConfigError> {
                match value {
                    None => Ok(default),
                    Some(v) if (0.0..=max).contains(v.get_ref()) => Ok(*v.get_ref()),
                    Some(v) => Err(ConfigError::at(
                        v.span(),
                        format!("tolerance {} is out of range", v.get_ref()),
                        Some(format!("use a number from 0 to {max}")),
                    )),
                }
            };
            let defaults = crate::value::Tolerance::default();
            settings.tolerance = crate::value::Tolerance {
                approx: share(t.approx, defaults.approx, 1.0)?,
                nearly: share(t.nearly, defaults.nearly, 1.0)?,
                time_minutes: share(t.time_minutes, defaults.time_minutes, 720.0)?,
                rounding: t.rounding.unwrap_or(defaults.rounding),
            };
        }
        let mut seen = BTreeMap::new();
        for claim in options.claims {
            settings.subjects.push(resolve_claim(claim, &mut seen)?);
        }
        settings.entities =
            options.entities.into_iter().map(|e| DeclaredEntity { name: e.name, aliases: e.aliases }).collect();
        for source in options.sources {
            let id = source.id.get_ref().trim().to_string();
            if id.is_empty() {
                return Err(ConfigError::at(source.id.span(), "a source id cannot be empty", None));
            }
            if settings.sources.iter().any(|s| s.id == id) {
                return Err(ConfigError::at(source.id.span(), format!("source id `{id}` is declared twice"), None));
            }
            settings.sources.push(DeclaredSource {
                id,
                cite_as: source.cite_as.iter().map(|c| c.to_lowercase()).collect(),
                title: source.title,
                pages: source.pages,
            });
        }
        Ok(settings)
    }

    /// The severity a rule reports at, `None` when it is off.
    pub fn severity(&self, rule: &str) -> Option<Severity> {
        self.rules.get(rule).copied().flatten()
    }
}

fn resolve_claim(
    claim: ClaimOptions,
    seen: &mut BTreeMap<String, Range<usize>>,
) -> Result<DeclaredSubject, ConfigError> {
    let id = claim.id.get_ref().trim().to_string();
    if id.is_empty() {
        return Err(ConfigError::at(claim.id.span(), "a claim id cannot be empty", None));
    }
    if seen.insert(id.clone(), claim.id.span()).is_some() {
        return Err(ConfigError::at(
            claim.id.span(),
            format!("claim id `{id}` is declared twice"),
            Some("give each [[claim]] its own id".to_string()),
        ));
    }
    let kind = match &claim.kind {
        None => None,
        Some(k) => Some(Kind::parse(k.get_ref()).ok_or_else(|| {
            ConfigError::at(
                k.span(),
                format!("unknown kind `{}`", k.get_ref()),
                Some("kinds are: date, year, count, quantity, duration, percent, ordinal".to_string()),
            )
        })?),
    };
    let (expect, expect_text) = match &claim.expect {
        None => (None, None),
        Some(e) => {
            let value = parse_expectation(e.get_ref()).ok_or_else(|| {
                ConfigError::at(
                    e.span(),
                    format!("cannot read `{}` as a value", e.get_ref()),
                    Some("write it as the JSON report does (\"1956-02-24\", \">50000\", \"PT4H\", \"155 km\") or as a phrase (\"26,000 words\")".to_string()),
                )
            })?;
            (Some(value), Some(e.get_ref().clone()))
        }
    };
    Ok(DeclaredSubject {
        id,
        about: claim.about,
        kind,
        cues: claim.cues.iter().map(|c| c.to_lowercase()).collect(),
        exclude_cues: claim.exclude_cues.iter().map(|c| c.to_lowercase()).collect(),
        unit: claim.unit.map(|u| u.to_lowercase()),
        expect,
        expect_text,
        source: claim.source,
    })
}

/// Reads an expected value: a canonical form first, else a phrase that holds exactly one claim.
fn parse_expectation(text: &str) -> Option<Value> {
    if let Some(v) = Value::parse(text) {
        return Some(v);
    }
    let prose = crate::corpus::scan(text, crate::corpus::Format::Text);
    let extraction = crate::extract::extract(&prose);
    match extraction.claims.as_slice() {
        [only] => Some(only.value.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_gives_defaults() {
        let s = Settings::from_toml("").unwrap();
        assert!(s.discover);
        assert_eq!(s.fail_on, Severity::Error);
        assert_eq!(s.severity("conflict"), Some(Severity::Error));
    }

    #[test]
    fn unknown_keys_point_at_their_span() {
        let text = "[check]\ndiscovr = true\n";
        let err = Settings::from_toml(text).unwrap_err();
        let span = err.span.clone().unwrap();
        assert_eq!(&text[span], "discovr");
        assert!(err.message.contains("unknown field"), "{}", err.message);
    }

    #[test]
    fn bad_values_point_at_their_span() {
        let text = "[[claim]]\nid = \"a\"\nkind = \"colour\"\n";
        let err = Settings::from_toml(text).unwrap_err();
        assert_eq!(&text[err.span.unwrap()], "\"colour\"");
        let text = "[[claim]]\nid = \"a\"\nexpect = \"soon\"\n";
        let err = Settings::from_toml(text).unwrap_err();
        assert_eq!(&text[err.span.unwrap()], "\"soon\"");
        let text = "[check]\nrules = { confict = \"off\" }\n";
        let err = Settings::from_toml(text).unwrap_err();
        assert_eq!(&text[err.span.unwrap()], "confict");
    }

    #[test]
    fn expectations_read_canonical_forms_and_phrases() {
        let text = "[[claim]]\nid = \"a\"\nexpect = \"1956-02-24/1956-02-25\"\n[[claim]]\nid = \"b\"\nexpect = \"26,000 words\"\n";
        let s = Settings::from_toml(text).unwrap();
        assert_eq!(s.subjects[0].expect.as_ref().unwrap().to_string(), "1956-02-24/1956-02-25");
        assert_eq!(s.subjects[1].expect.as_ref().unwrap().to_string(), "26000");
    }

    #[test]
    fn tolerances_are_read_and_checked() {
        let s = Settings::from_toml("[check.tolerance]\napprox = 0.05\nrounding = false\n").unwrap();
        assert_eq!(s.tolerance.approx, 0.05);
        assert!(!s.tolerance.rounding);
        assert_eq!(s.tolerance.nearly, 0.1);
        let text = "[check.tolerance]\napprox = 3\n";
        let err = Settings::from_toml(text).unwrap_err();
        assert_eq!(&text[err.span.unwrap()], "3");
    }

    #[test]
    fn rule_severities_override_defaults() {
        let s = Settings::from_toml("[check]\nfail-on = \"warning\"\nrules = { agreement = \"off\" }\n").unwrap();
        assert_eq!(s.severity("agreement"), None);
        assert_eq!(s.fail_on, Severity::Warning);
    }
}
