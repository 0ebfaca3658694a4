//! The seed forms: every date, number and quantity form of the Secret Speech blog posts is extracted
//! with the right value, from the project's own fixture (always) and from the real posts in
//! `../shared/corpus/secret-speech` (when present; the test says so and passes when it is absent).

// A test that cannot run says so on standard error rather than passing silently.
#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared_seeds() -> Option<PathBuf> {
    let dir = root().join("../shared/corpus/secret-speech");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: {} is absent; the seed forms are still covered by tests/fixtures/seed-forms",
            dir.display()
        );
        None
    }
}

fn report(dir: &Path, args: &[&str]) -> (Value, Option<i32>) {
    let out = Command::cargo_bin("concord")
        .unwrap()
        .current_dir(dir)
        .env("CONCORD_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache"))
        .args(args)
        .output()
        .unwrap();
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("not JSON ({e}): {}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    });
    (report, out.status.code())
}

/// (surface form, kind, value): the claim whose text is or contains the form must have this value.
const SEED_FORMS: &[(&str, &str, &str)] = &[
    ("February 24, 1956", "date", "1956-02-24"),
    ("the 24th of February 1956", "date", "1956-02-24"),
    ("Feb. 24–25, 1956", "date", "1956-02-24/1956-02-25"),
    ("February of 1956", "date", "1956-02"),
    ("June 1941", "date", "1941-06"),
    ("December of 1934", "date", "1934-12"),
    ("September of 1953", "date", "1953-09"),
    ("1943 and 1944", "year", "1943/1944"),
    ("late 1930s", "year", "1937/1939"),
    ("mid-1930s", "year", "1933/1936"),
    ("c1935-c1937", "year", "1935~/1937~"),
    ("1879-1953", "year", "1879/1953"),
    ("26,000", "count", "26000"),
    ("51,439", "count", "51439"),
    ("over 50,000", "count", ">50000"),
    ("nearly 20,000", "count", "~20000"),
    ("four hours", "duration", "PT4H"),
    ("nearly four hours", "duration", "~PT4H"),
    ("Within 6 months", "duration", "<P6M"),
    ("Twentieth Party Congress", "ordinal", "20"),
    ("20th Congress", "ordinal", "20"),
];

/// Checks that each form is extracted with its value, and returns the failures.
fn check_forms(report: &Value) -> Vec<String> {
    let claims = report["claims"].as_array().unwrap();
    let normalise = |s: &str| s.replace('\u{a0}', " ");
    let mut failures = Vec::new();
    for &(form, kind, value) in SEED_FORMS {
        let matching: Vec<&Value> =
            claims.iter().filter(|c| normalise(c["text"].as_str().unwrap()) == normalise(form)).collect();
        if matching.is_empty() {
            failures.push(format!("{form:?} not extracted"));
            continue;
        }
        for c in matching {
            if c["kind"] != kind || c["value"] != value {
                failures.push(format!("{form:?} in {}: {} {} (want {kind} {value})", c["path"], c["kind"], c["value"]));
            }
        }
    }
    failures
}

#[test]
fn the_projects_own_fixture_covers_every_seed_form() {
    let (report, code) = report(&root(), &["claims", "--isolated", "--format", "json", "tests/fixtures/seed-forms"]);
    assert_eq!(code, Some(0));
    let failures = check_forms(&report);
    assert!(failures.is_empty(), "{failures:#?}");
    // The no-break space between day and month is read as a space.
    let claims = report["claims"].as_array().unwrap();
    assert!(claims.iter().any(|c| c["text"] == "24\u{a0}February 1956" && c["value"] == "1956-02-24"));
}

#[test]
fn the_seed_posts_yield_every_seed_form() {
    let Some(seeds) = shared_seeds() else { return };
    let (report, code) = report(&seeds, &["claims", "--isolated", "--format", "json", "."]);
    assert_eq!(code, Some(0));
    let failures = check_forms(&report);
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_seed_posts_give_no_false_conflicts() {
    let Some(seeds) = shared_seeds() else { return };
    let (report, code) = report(&seeds, &["check", "--isolated", "--format", "json", "."]);
    let conflicts: Vec<&Value> =
        report["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "conflict").collect();
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    assert_eq!(code, Some(0));
}

/// A configuration that declares the three subjects the posts state at different precision.
const SEED_SUBJECTS: &str = r#"
[[claim]]
id = "speech.date"
kind = "date"
cues = ["speech", "session", "denunciation", "started"]

[[claim]]
id = "speech.duration"
kind = "duration"
cues = ["speech", "lasted"]

[[claim]]
id = "prisoners.released"
kind = "count"
unit = "prisoners"
cues = ["released", "release"]
"#;

#[test]
fn statements_at_different_precision_are_agreements() {
    let Some(seeds) = shared_seeds() else { return };
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("claims.toml");
    std::fs::write(&config, SEED_SUBJECTS).unwrap();
    let (report, code) = report(&seeds, &["check", "--config", config.to_str().unwrap(), "--format", "json", "."]);
    assert_eq!(code, Some(0), "{report:#}");
    let texts: std::collections::HashMap<&str, &str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c["text"].as_str().unwrap()))
        .collect();
    let agreed = |subject: &str| -> Vec<&str> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "agreement" && f["subject"] == subject)
            .flat_map(|f| f["claims"].as_array().unwrap().iter().map(|c| texts[c.as_str().unwrap()]))
            .collect()
    };
    let dates = agreed("speech.date");
    assert!(dates.contains(&"February 24, 1956") && dates.contains(&"Feb. 24–25, 1956"), "{dates:?}");
    let hours = agreed("speech.duration");
    assert!(hours.contains(&"four hours") && hours.contains(&"nearly four hours"), "{hours:?}");
    let released = agreed("prisoners.released");
    assert!(released.contains(&"51,439") && released.contains(&"over 50,000"), "{released:?}");
}

#[test]
fn the_seed_posts_misspelt_names_are_found_and_nothing_else() {
    let Some(seeds) = shared_seeds() else { return };
    let (report, _) = report(&seeds, &["check", "--isolated", "--format", "json", "."]);
    let mut variants: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "name-variant")
        .map(|f| format!("{}: {}", f["path"].as_str().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    variants.sort();
    assert_eq!(variants.len(), 2, "{variants:#?}");
    assert!(variants[0].contains("`Khruschev` looks like a misspelling of `Khrushchev`"), "{variants:#?}");
    assert!(variants[1].contains("`Joesph` looks like a misspelling of `Joseph`"), "{variants:#?}");
}
