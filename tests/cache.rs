//! The cache of prepared documents and the focus of a run: neither may change what concord reports.

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;

/// Runs concord in `dir` with its cache in `cache`.
fn concord(dir: &Path, cache: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("concord")
        .expect("binary builds")
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CONCORD_CACHE_DIR", cache)
        .args(args)
        .output()
        .expect("concord runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A corpus of two topics with a claims.toml that defines it, in a temporary directory.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("claims.toml", "[corpus]\ninclude = [\"notes/**/*.md\"]\n"),
        (
            "notes/canal/a.md",
            "# The canal\n\nThe canal opened in 1869 after ten years of digging.\n\nIts first crossing took 47 ships through the locks.\n",
        ),
        (
            "notes/canal/b.md",
            "# Canal notes\n\nThe canal opened in 1869, a decade after the digging began.\n\nThe first crossing took 47 ships through the locks.\n",
        ),
        (
            "notes/canal/c.md",
            "# The canal, briefly\n\nThe canal opened in 1871.\n\nAbout 47 ships made the first crossing through the locks.\n",
        ),
        (
            "notes/lighthouse/a.md",
            "# The lighthouse\n\nThe lighthouse keeper lit the lamp for 31 years.\n\nThe tower has 212 steps up to the lantern.\n",
        ),
        (
            "notes/lighthouse/b.md",
            "# Lighthouse\n\nThe keeper tended the lamp for 31 years.\n\nThe tower has 219 steps up to the lantern.\n",
        ),
        (
            "notes/lighthouse/c.md",
            "# Lighthouse notes\n\nFor 31 years the keeper lit the lamp.\n\nVisitors climb 212 steps up to the lantern.\n",
        ),
    ];
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

#[test]
fn a_cached_run_reports_what_a_fresh_run_reports() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let fresh = concord(dir.path(), cache.path(), &["check", "--no-cache", "--format", "json"]);
    assert!(std::fs::read_dir(cache.path()).unwrap().next().is_none(), "--no-cache writes no cache");
    let first = concord(dir.path(), cache.path(), &["check", "--format", "json"]);
    let second = concord(dir.path(), cache.path(), &["check", "--format", "json"]);
    assert_eq!(fresh.status.code(), Some(1));
    assert!(stdout(&fresh).contains("1871"), "the wrong year is reported: {}", stdout(&fresh));
    assert_eq!(stdout(&fresh), stdout(&first));
    assert_eq!(stdout(&fresh), stdout(&second));
    assert_eq!(second.status.code(), Some(1));
    assert!(std::fs::read_dir(cache.path()).unwrap().next().is_some(), "a run writes its cache");
}

#[test]
fn an_edited_document_is_read_again() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let before = concord(dir.path(), cache.path(), &["check", "--format", "brief"]);
    assert!(stdout(&before).contains("notes/canal/c.md"), "{}", stdout(&before));
    // Same length as before, so only the text tells the entries apart.
    let path = dir.path().join("notes/canal/c.md");
    let text = std::fs::read_to_string(&path).unwrap().replace("1871", "1869");
    std::fs::write(&path, text).unwrap();
    let after = concord(dir.path(), cache.path(), &["check", "--format", "brief"]);
    assert!(!stdout(&after).contains("notes/canal/c.md:3"), "the stale claim is gone: {}", stdout(&after));
    let fresh = concord(dir.path(), cache.path(), &["check", "--format", "brief", "--no-cache"]);
    assert_eq!(stdout(&after), stdout(&fresh));
}

#[test]
fn a_damaged_cache_is_ignored() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let first = concord(dir.path(), cache.path(), &["check", "--format", "brief"]);
    for entry in std::fs::read_dir(cache.path()).unwrap() {
        std::fs::write(entry.unwrap().path(), b"not a cache").unwrap();
    }
    let second = concord(dir.path(), cache.path(), &["check", "--format", "brief"]);
    assert_eq!(stdout(&first), stdout(&second));
    assert_eq!(second.status.code(), first.status.code());
    assert!(second.stderr.is_empty(), "{}", String::from_utf8_lossy(&second.stderr));
}

#[test]
fn a_focused_run_reports_what_the_whole_run_reports_for_its_files() {
    let dir = corpus();
    let cache = tempfile::tempdir().unwrap();
    let whole = stdout(&concord(dir.path(), cache.path(), &["check", "--format", "brief"]));
    // Both topics have a finding, so the focus on one topic leaves the other out.
    assert!(whole.contains("notes/canal/") && whole.contains("notes/lighthouse/"), "{whole}");
    for topic in ["canal", "lighthouse"] {
        for name in ["a.md", "b.md", "c.md"] {
            let path = format!("notes/{topic}/{name}");
            let focused = concord(dir.path(), cache.path(), &["check", "--format", "brief", &path]);
            let expected: String =
                whole.lines().filter(|l| l.starts_with(&format!("{path}:"))).map(|l| format!("{l}\n")).collect();
            assert_eq!(stdout(&focused), expected, "focus on {path}");
        }
    }
    // A path spelt another way names the same document, shown as the corpus shows it.
    let expected: String =
        whole.lines().filter(|l| l.starts_with("notes/canal/c.md:")).map(|l| format!("{l}\n")).collect();
    for spelling in ["./notes/canal/c.md", "notes/lighthouse/../canal/c.md"] {
        let focused = concord(dir.path(), cache.path(), &["check", "--format", "brief", spelling]);
        assert_eq!(stdout(&focused), expected, "focus on {spelling}");
    }
}

#[test]
fn a_baseline_written_by_a_whole_run_holds_for_a_focused_run() {
    // Two towns with notes in one mould: their subjects are named alike, and told apart by number in a
    // whole run, while a focused run names only the subjects of its own topic.
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("claims.toml"), "").unwrap();
    for (town, harbour, days, other) in [("Aldmoor", "Quayhead", 40, 52), ("Brenford", "Saltmarsh", 55, 61)] {
        for (n, d) in [("a", days), ("b", days), ("c", other)] {
            let text = format!(
                "# The {town} strike\n\nThe {town} dock strike lasted {d} days before the dockers went back to \
                 work at {harbour}.\n\nThe dockers of {town} met every morning on the {harbour} quay.\n"
            );
            std::fs::write(dir.path().join(format!("{}-{n}.md", town.to_lowercase())), text).unwrap();
        }
    }
    let whole = concord(dir.path(), cache.path(), &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&whole.stdout).unwrap();
    let subjects: Vec<&str> =
        report["subjects"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(subjects.iter().any(|s| s.ends_with("-2")), "two subjects share a name: {subjects:?}");
    let baseline = dir.path().join("baseline.toml");
    let written = concord(dir.path(), cache.path(), &["baseline", "-o", baseline.to_str().unwrap()]);
    assert_eq!(written.status.code(), Some(0), "{}", String::from_utf8_lossy(&written.stderr));
    for note in ["aldmoor-c.md", "brenford-c.md"] {
        let focused = concord(dir.path(), cache.path(), &["check", "--format", "brief", note]);
        assert!(stdout(&focused).contains("[conflict]"), "{note}: {}", stdout(&focused));
        let known =
            concord(dir.path(), cache.path(), &["check", "--format", "brief", "--baseline", "baseline.toml", note]);
        assert_eq!(stdout(&known), "", "{note}");
        assert_eq!(known.status.code(), Some(0), "{note}");
    }
}
