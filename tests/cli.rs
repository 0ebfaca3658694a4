//! End-to-end tests of the `concord` command: exit codes, reports and bad input.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// The package root: the example corpus and the root claims.toml live here.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs concord in `dir` with colour off and a fixed width.
fn concord(dir: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("concord")
        .expect("binary builds")
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("CONCORD_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache"))
        .args(args)
        .output()
        .expect("concord runs")
}

/// Checks `path` under the project's root, in isolation, one finding a line.
fn check_brief(path: &str) -> Output {
    concord(&root(), &["check", "--isolated", "--format", "brief", path])
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// The findings of a JSON report, as `rule path:line` strings.
fn findings(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| format!("{} {}:{}", f["rule"].as_str().unwrap(), f["path"].as_str().unwrap(), f["line"]))
        .collect()
}

/// The messages of a JSON report's findings of one rule.
fn messages<'a>(report: &'a serde_json::Value, rule: &str) -> Vec<&'a str> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| f["message"].as_str().unwrap())
        .collect()
}

#[test]
fn example_corpus_fails_with_diagnostics_naming_both_documents() {
    let out = concord(&root(), &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    // The wrong count in chen-notes.md is shown against the documents that disagree with it.
    assert!(text.contains("chen-notes.md:19:103"), "{text}");
    assert!(text.contains("amira.md says otherwise"), "{text}");
    insta::assert_snapshot!("example_human", text);
}

#[test]
fn example_corpus_brief() {
    let out = concord(&root(), &["check", "--format", "brief"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("example_brief", stdout(&out));
}

#[test]
fn example_corpus_json_has_the_v1_shape() {
    let out = concord(&root(), &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    assert_eq!(report["version"], 1);
    for key in ["documents", "sources", "subjects", "claims", "findings"] {
        assert!(report[key].is_array(), "missing {key}");
    }
    let claim = &report["claims"][0];
    for key in ["id", "path", "line", "column", "start", "end", "text", "kind", "value", "subject", "sources"] {
        assert!(claim.get(key).is_some(), "claim lacks {key}");
    }
    // Every conflict pair names claims of the finding, and their values are disjoint.
    for f in report["findings"].as_array().unwrap() {
        let claims: Vec<&str> = f["claims"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
        for pair in f["conflicts"].as_array().unwrap() {
            assert!(claims.contains(&pair[0].as_str().unwrap()));
            assert!(claims.contains(&pair[1].as_str().unwrap()));
        }
    }
    insta::assert_json_snapshot!("example_json", report);
}

#[test]
fn example_corpus_reports_every_kind_of_finding() {
    let report = json(&concord(&root(), &["check", "--format", "json"]));
    let rules: Vec<&str> = report["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    for rule in ["conflict", "off-key", "agreement"] {
        assert!(rules.contains(&rule), "no {rule} finding in {rules:?}");
    }
}

#[test]
fn a_wrong_count_conflicts_with_the_consensus() {
    let out = check_brief("tests/fixtures/conflict-count");
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("conflict_count_brief", stdout(&out));
}

#[test]
fn a_feast_with_its_year_is_compared_as_its_day() {
    // "Easter Monday 1916" is 24 April 1916: it agrees with a note that gives the day and joins the
    // consensus against one that gives the 25th.
    let out = check_brief("tests/fixtures/feast-days");
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("feast_days_brief", stdout(&out));
}

#[test]
fn a_contradiction_inside_one_document_is_reported_as_such() {
    let out = concord(&root(), &["check", "--isolated", "tests/fixtures/intra-document"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("in the same document"), "{text}");
    insta::assert_snapshot!("intra_document_human", text);
}

#[test]
fn dont_flag_values_at_different_precision() {
    let out = concord(&root(), &["check", "--isolated", "--format", "json", "tests/fixtures/dont-flag-precision"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let report = json(&out);
    assert!(findings(&report).is_empty(), "{:?}", findings(&report));
    // The precise and the rounded statements were compared, and agree.
    let agreements = report["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "agreement").count();
    assert!(agreements >= 2, "{report:#}");
}

#[test]
fn dont_flag_different_subjects_sharing_a_unit() {
    let out = check_brief("tests/fixtures/dont-flag-different-subjects");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn dont_flag_a_season_against_a_day_of_it() {
    // "At Christmas 1914" is the season, December 1914, which "24 December 1914" agrees with.
    let out = concord(&root(), &["check", "--isolated", "--format", "json", "tests/fixtures/dont-flag-seasons"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let report = json(&out);
    assert!(findings(&report).is_empty(), "{:?}", findings(&report));
    let agreements = report["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "agreement").count();
    assert_eq!(agreements, 1, "{report:#}");
}

#[test]
fn a_clean_corpus_prints_one_summary_line_and_quiet_prints_nothing() {
    let out = concord(&root(), &["check", "--isolated", "tests/fixtures/dont-flag-precision"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("clean_summary", stdout(&out));
    let quiet = concord(&root(), &["check", "--isolated", "-q", "tests/fixtures/dont-flag-precision"]);
    assert_eq!(stdout(&quiet), "");
}

#[test]
fn claims_lists_every_claim() {
    let out = concord(&root(), &["claims", "--isolated", "tests/fixtures/dont-flag-precision"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("claims_table", stdout(&out));
}

#[test]
fn explain_prints_a_rule_and_a_subject() {
    let rule = concord(&root(), &["explain", "conflict"]);
    assert_eq!(rule.status.code(), Some(0));
    assert!(stdout(&rule).starts_with("## conflict\n\nDefault severity: **error**."), "{}", stdout(&rule));
    let subject = concord(&root(), &["explain", "speech.words"]);
    assert_eq!(subject.status.code(), Some(0));
    insta::assert_snapshot!("explain_subject", stdout(&subject));
    let unknown = concord(&root(), &["explain", "speech.word"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("did you mean `speech.words`?"), "{}", stderr(&unknown));
}

// ------------------------------------------------------------------------------------- bad input

/// A temporary corpus of the given notes, by file name and text.
fn corpus_of(notes: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in notes {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// A temporary corpus with two notes that conflict.
fn temp_corpus() -> tempfile::TempDir {
    corpus_of(&[("a.md", "The speech ran to 26,000 words.\n"), ("b.md", "The speech ran to 18,000 words.\n")])
}

/// The block of `concord subjects` output for the subject holding `claim` (quoted as printed).
fn subject_holding<'a>(subjects: &'a str, claim: &str) -> &'a str {
    subjects.split("verdict:").find(|s| s.contains(claim)).unwrap_or_default()
}

#[test]
fn a_binary_file_is_skipped_with_an_error_and_the_rest_is_checked() {
    let dir = temp_corpus();
    std::fs::write(dir.path().join("image.txt"), b"GIF89a\x00\x01\x02").unwrap();
    let out = concord(dir.path(), &["check", "--isolated", "--format", "brief", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("image.txt: binary file (contains NUL bytes): skipped"), "{}", stderr(&out));
    assert!(stdout(&out).contains("[conflict]"), "the other files were not checked");
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_reported() {
    let dir = temp_corpus();
    std::fs::write(dir.path().join("latin1.md"), b"Caf\xe9 notes: the speech ran to 26,000 words.\n").unwrap();
    let out = concord(dir.path(), &["check", "--isolated", "--format", "json", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("latin1.md: invalid UTF-8 at byte 3"), "{}", stderr(&out));
    let report = json(&out);
    let paths: Vec<&str> =
        report["documents"].as_array().unwrap().iter().map(|d| d["path"].as_str().unwrap()).collect();
    assert!(paths.contains(&"latin1.md"), "{paths:?}");
}

#[test]
fn a_missing_path_is_named_and_the_rest_is_checked() {
    let dir = temp_corpus();
    let out = concord(dir.path(), &["check", "--isolated", "--format", "brief", "a.md", "b.md", "nowhere.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("concord: error: nowhere.md: cannot read:"), "{}", stderr(&out));
    assert!(stdout(&out).contains("[conflict]"));
}

#[test]
fn a_malformed_claims_toml_points_at_the_problem() {
    let dir = temp_corpus();
    std::fs::write(dir.path().join("claims.toml"), "[check]\nfail-on = \"error\"\ndiscovr = true\n").unwrap();
    let out = concord(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("malformed_config", stderr(&out));
}

#[test]
fn a_bad_value_in_claims_toml_points_at_the_value() {
    let dir = temp_corpus();
    std::fs::write(dir.path().join("claims.toml"), "[[claim]]\nid = \"speech.words\"\nkind = \"words\"\n").unwrap();
    let out = concord(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("bad_kind_config", stderr(&out));
}

#[test]
fn a_config_given_on_the_command_line_must_exist() {
    let dir = temp_corpus();
    let out = concord(dir.path(), &["check", "--config", "missing.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read missing.toml"), "{}", stderr(&out));
}

#[test]
fn fail_on_warning_is_respected_and_info_never_fails() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "The speech ran to 26,000 words.\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "The speech ran to some 26,000 words.\n").unwrap();
    std::fs::write(dir.path().join("claims.toml"), "[check]\nfail-on = \"info\"\n").unwrap();
    assert_eq!(concord(dir.path(), &["check"]).status.code(), Some(1), "an agreement is info");
    std::fs::write(dir.path().join("claims.toml"), "[check]\nfail-on = \"warning\"\n").unwrap();
    assert_eq!(concord(dir.path(), &["check"]).status.code(), Some(0));
}

#[test]
fn the_nearest_claims_toml_upward_defines_the_corpus() {
    let dir = temp_corpus();
    let notes = dir.path().join("notes");
    std::fs::create_dir(&notes).unwrap();
    std::fs::write(dir.path().join("claims.toml"), "[corpus]\ninclude = [\"*.md\"]\n").unwrap();
    let out = concord(&notes, &["check", "--format", "json"]);
    let report = json(&out);
    let paths: Vec<&str> =
        report["documents"].as_array().unwrap().iter().map(|d| d["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths.iter().all(|p| p.ends_with("a.md") || p.ends_with("b.md")), "{paths:?}");
}

#[test]
fn code_urls_and_front_matter_are_not_claims() {
    let dir = tempfile::tempdir().unwrap();
    let note = "---\ntitle: Notes\ndate: 2024-02-19\n---\n\n1. See [the archive](https://example.org/1956/02/24).\n\n```\nwords = 26000\n```\n\nThe `26000` in code is not a claim either.\n";
    std::fs::write(dir.path().join("a.md"), note).unwrap();
    let out = concord(dir.path(), &["claims", "--isolated", "--format", "json", "."]);
    let report = json(&out);
    assert_eq!(report["claims"].as_array().unwrap().len(), 0, "{report:#}");
    assert_eq!(report["documents"][0]["date"], "2024-02-19");
}

#[test]
fn relative_dates_resolve_against_the_front_matter_or_the_given_date() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "---\ndate: 1998-02-06\n---\n\nThe report came out yesterday.\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "The vote was held yesterday.\n").unwrap();
    let values = |args: &[&str]| -> Vec<String> {
        let report = json(&concord(dir.path(), args));
        report["claims"].as_array().unwrap().iter().map(|c| format!("{} {}", c["path"], c["value"])).collect()
    };
    assert_eq!(values(&["claims", "--isolated", "--format", "json", "."]), ["\"a.md\" \"1998-02-05\""]);
    assert_eq!(
        values(&["claims", "--isolated", "--format", "json", "--document-date", "2024-03-01", "."]),
        ["\"a.md\" \"1998-02-05\"", "\"b.md\" \"2024-02-29\""]
    );
    let bad = concord(dir.path(), &["claims", "--isolated", "--document-date", "March 2024", "."]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("is not a day"), "{}", stderr(&bad));
}

#[test]
fn misspelt_names_are_flagged_once_per_document_unless_declared() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "Then Khrushchev spoke. Later Khrushchev left. So Khrushchev won.\n")
        .unwrap();
    std::fs::write(dir.path().join("b.md"), "Everyone heard Khrushchev that night. Then Khrushchev slept.\n").unwrap();
    std::fs::write(dir.path().join("c.md"), "Students remember Khruschev well. Some forgot Khruschev.\n").unwrap();
    let out = concord(dir.path(), &["check", "--isolated", "--format", "brief", "."]);
    assert_eq!(out.status.code(), Some(0), "a warning does not fail the check");
    insta::assert_snapshot!("name_variant_brief", stdout(&out));
    // A declared alias is accepted.
    std::fs::write(
        dir.path().join("claims.toml"),
        "[[entity]]\nname = \"Nikita Khrushchev\"\naliases = [\"Khruschev\"]\n",
    )
    .unwrap();
    let declared = concord(dir.path(), &["check", "--format", "brief"]);
    assert_eq!(stdout(&declared), "");
}

#[test]
fn a_declared_name_is_the_spelling_to_follow() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "The diary of Lewis Siegelbuam was found.\n").unwrap();
    std::fs::write(dir.path().join("claims.toml"), "[[entity]]\nname = \"Lewis Siegelbaum\"\n").unwrap();
    let out = concord(dir.path(), &["check", "--format", "brief"]);
    assert!(
        stdout(&out).contains("`Siegelbuam` looks like a misspelling of `Siegelbaum` (declared in claims.toml)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn subjects_lists_each_subject_with_its_claims_by_value() {
    let out = concord(&root(), &["subjects", "--isolated", "tests/fixtures/dont-flag-precision"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("subjects_human", stdout(&out));
    let json =
        json(&concord(&root(), &["subjects", "--isolated", "--format", "json", "tests/fixtures/intra-document"]));
    assert_eq!(json["subjects"][0]["verdict"], "conflict");
}

#[test]
fn graph_links_documents_claims_and_subjects() {
    let out = concord(&root(), &["graph", "--isolated", "--format", "json", "tests/fixtures/intra-document"]);
    assert_eq!(out.status.code(), Some(0));
    let graph = json(&out);
    let kinds: std::collections::BTreeSet<&str> =
        graph["edges"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    for kind in ["contains", "about", "conflicts"] {
        assert!(kinds.contains(kind), "no {kind} edge in {kinds:?}");
    }
    let dot = stdout(&concord(&root(), &["graph", "--isolated", "tests/fixtures/intra-document"]));
    assert!(dot.starts_with("digraph concord {"), "{dot}");
}

#[test]
fn init_writes_a_starter_config_once() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["exact.md", "rounded.md", "vague.md"] {
        std::fs::copy(root().join("tests/fixtures/dont-flag-precision").join(file), dir.path().join(file)).unwrap();
    }
    let out = concord(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = std::fs::read_to_string(dir.path().join("claims.toml")).unwrap();
    assert!(written.contains("expect = \"51439\""), "{written}");
    // The starter file is a valid configuration.
    assert_eq!(concord(dir.path(), &["check"]).status.code(), Some(0));
    // It is never overwritten without --force.
    std::fs::write(dir.path().join("claims.toml"), "# mine\n").unwrap();
    let again = concord(dir.path(), &["init"]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(dir.path().join("claims.toml")).unwrap(), "# mine\n");
    assert_eq!(concord(dir.path(), &["init", "--force", "--isolated"]).status.code(), Some(0));
    assert!(std::fs::read_to_string(dir.path().join("claims.toml")).unwrap().contains("[[claim]]"));
}

#[test]
fn init_says_how_many_documents_give_each_expectation() {
    let dir = corpus_of(&[
        ("a.md", "The speech ran to 26,000 words.\n"),
        ("b.md", "The speech ran to some 26,000 words.\n"),
        ("c.md", "The speech ran to 18,000 words.\n"),
        ("d.md", "The crowd at the rally was 4,000 people.\n"),
        ("e.md", "The crowd at the rally was 4,000 people.\n"),
    ]);
    assert_eq!(concord(dir.path(), &["init"]).status.code(), Some(0));
    let written = std::fs::read_to_string(dir.path().join("claims.toml")).unwrap();
    assert!(
        written.contains("expect = \"26000\"   # given by 2 of 3 documents; the others say otherwise"),
        "{written}"
    );
    assert!(written.contains("expect = \"4000\"   # the consensus of 2 documents"), "{written}");
}

#[test]
fn a_declared_subject_takes_one_figure_of_a_sentence() {
    let dir = corpus_of(&[
        (
            "card.md",
            "# Rising card\n\n* Rebels: c. 1,250 at the start\n* Dead: 485 (260 civilians, 126 British forces, 82 rebels, 17 police)\n",
        ),
        (
            "rising.md",
            "# The Rising\n\nThe fighting lasted six days. About 485 people were killed, more than half of them civilians, and some 2,600 were wounded.\n",
        ),
        (
            "essay.md",
            "# Essay\n\nWithin a week it was over. Nearly 500 people died, most of them civilians caught in the crossfire.\n",
        ),
    ]);
    // The starter file init writes from these notes finds nothing wrong with them.
    assert_eq!(concord(dir.path(), &["init"]).status.code(), Some(0));
    let clean = concord(dir.path(), &["check", "--format", "brief"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    // An answer key that says otherwise is told once for the line of the breakdown, at its total.
    std::fs::write(
        dir.path().join("claims.toml"),
        "[[claim]]\nid = \"dead\"\nkind = \"count\"\ncues = [\"civilians\"]\nexpect = \"450\"\n",
    )
    .unwrap();
    let wrong = concord(dir.path(), &["check", "--format", "brief"]);
    assert_eq!(wrong.status.code(), Some(1));
    let lines: Vec<&str> = std::str::from_utf8(&wrong.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("card.md:4:9:"), "{lines:?}");
}

#[test]
fn the_starter_config_checks_clean_on_the_notes_it_came_from() {
    let dir = corpus_of(&[
        (
            "a.md",
            "# The prince and the queen\n\nAlbert died of typhoid fever in December 1861, aged 42. The queen wore \
             black for the rest of her life.\n\nVictoria died at Osborne House in January 1901, aged 81, after a \
             reign of 63 years.\n",
        ),
        (
            "b.md",
            "# The queen\n\nVictoria reigned for 63 years and died in 1901 at 81. Her husband Albert had died in \
             1861 at the age of 42.\n",
        ),
    ]);
    assert_eq!(concord(dir.path(), &["check", "--format", "brief"]).status.code(), Some(0));
    assert_eq!(concord(dir.path(), &["init"]).status.code(), Some(0));
    let written = std::fs::read_to_string(dir.path().join("claims.toml")).unwrap();
    // "died" stands beside both deaths, so it is no cue for either.
    assert!(!written.contains("\"died\""), "{written}");
    let check = concord(dir.path(), &["check", "--format", "brief"]);
    assert_eq!(check.status.code(), Some(0), "{}\n{written}", stdout(&check));
}

#[test]
fn an_expected_range_accepts_every_claim_within_it() {
    let dir = corpus_of(&[
        ("a.md", "# Partition\n\nIndia became independent on 15 August 1947.\n"),
        ("b.md", "# Partition\n\nPakistan became independent on 14 August 1947.\n"),
        ("c.md", "# Partition\n\nIndia and Pakistan became independent on 14 August 1946.\n"),
    ]);
    let key = |expect: &str| {
        let toml = format!(
            "[[claim]]\nid = \"independence\"\nkind = \"date\"\ncues = [\"independent\"]\nexpect = \"{expect}\"\n"
        );
        std::fs::write(dir.path().join("claims.toml"), toml).unwrap();
        json(&concord(dir.path(), &["check", "--format", "json"]))
    };
    // Both days of the key's range are right; only the wrong year is reported, against the key.
    let report = key("1947-08-14/1947-08-15");
    assert_eq!(findings(&report).len(), 1, "{:?}", findings(&report));
    let off_key = messages(&report, "off-key");
    assert!(off_key.len() == 1 && off_key[0].starts_with("`14 August 1946`"), "{off_key:?}");
    // A key too coarse to tell two days apart settles nothing between them.
    let conflicts = messages(&key("1947"), "conflict").join("\n");
    assert!(conflicts.contains("August 1947"), "{conflicts}");
}

#[test]
fn the_consensus_gives_the_fullest_date_the_notes_agree_on() {
    let dir = corpus_of(&[
        ("a.md", "# Hastings\n\nHarold had beaten the Norwegians at Stamford Bridge on 25 September.\n"),
        ("b.md", "# Hastings\n\nThe battle at Stamford Bridge was fought on 25 September 1066.\n"),
    ]);
    let report = json(&concord(dir.path(), &["check", "--format", "json"]));
    let agreements = messages(&report, "agreement");
    assert_eq!(agreements.len(), 1, "{agreements:?}");
    assert!(agreements[0].ends_with(": 1066-09-25"), "{agreements:?}");
    assert_eq!(concord(dir.path(), &["init"]).status.code(), Some(0));
    let written = std::fs::read_to_string(dir.path().join("claims.toml")).unwrap();
    assert!(written.contains("expect = \"1066-09-25\""), "{written}");
}

#[test]
fn a_finding_shows_a_few_documents_however_many_agree() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        let workers = if i % 2 == 0 { 100 } else { 200 + i };
        std::fs::write(dir.path().join(format!("note-{i:02}.md")), format!("The bridge had {workers} workers.\n"))
            .unwrap();
    }
    std::fs::write(
        dir.path().join("claims.toml"),
        "[[claim]]\nid = \"crew\"\ncues = [\"workers\"]\nexpect = \"100\"\n",
    )
    .unwrap();
    let report = json(&concord(dir.path(), &["check", "--format", "json"]));
    let findings = report["findings"].as_array().unwrap();
    let off_key: Vec<_> = findings.iter().filter(|f| f["rule"] == "off-key").collect();
    assert_eq!(off_key.len(), 20);
    for finding in off_key {
        // The claim itself, and those of eight of the twenty notes that agree with the key.
        assert_eq!(finding["claims"].as_array().unwrap().len(), 9, "{finding}");
        assert_eq!(finding["conflicts"].as_array().unwrap().len(), 8, "{finding}");
    }
}

#[test]
fn a_consensus_names_a_few_documents_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..12 {
        let workers = if i == 11 { 900 } else { 100 };
        std::fs::write(dir.path().join(format!("note-{i:02}.md")), format!("The bridge had {workers} workers.\n"))
            .unwrap();
    }
    let report = json(&concord(dir.path(), &["check", "--format", "json"]));
    let findings = report["findings"].as_array().unwrap();
    let conflicts: Vec<_> = findings.iter().filter(|f| f["rule"] == "conflict").collect();
    assert_eq!(conflicts.len(), 1, "{findings:?}");
    let help = conflicts[0]["help"].as_str().unwrap();
    assert!(
        help.contains(
            "consensus: 100 (11 of 12 documents: note-00.md, note-01.md, note-02.md, note-03.md, note-04.md, \
             note-05.md, note-06.md, note-07.md and 3 more)"
        ),
        "{help}"
    );
}

#[test]
fn paths_given_with_a_config_are_the_focus_checked_against_the_whole_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes");
    std::fs::create_dir(&notes).unwrap();
    std::fs::write(notes.join("a.md"), "The speech ran to 26,000 words.\n").unwrap();
    std::fs::write(notes.join("b.md"), "The speech ran to some 26,000 words.\n").unwrap();
    std::fs::write(notes.join("c.md"), "The speech ran to 18,000 words.\n").unwrap();
    std::fs::write(notes.join("draft.md"), "The speech ran to 9,000 words.\n").unwrap();
    std::fs::write(
        dir.path().join("claims.toml"),
        "[corpus]\ninclude = [\"notes/*.md\"]\nexclude = [\"notes/draft.md\"]\n",
    )
    .unwrap();
    // A note that agrees with the rest passes, although the corpus has a conflict elsewhere.
    let clean = concord(dir.path(), &["check", "--format", "brief", "notes/a.md"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert_eq!(stdout(&clean), "");
    // The note that stands out is reported, checked against the notes it was not given with.
    let wrong = concord(dir.path(), &["check", "--format", "brief", "notes/c.md"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(stdout(&wrong).starts_with("notes/c.md:1:19: error[conflict]"), "{}", stdout(&wrong));
    // An excluded file stays excluded even when named.
    let excluded = concord(dir.path(), &["check", "--format", "json", "notes/draft.md"]);
    let report = json(&excluded);
    let paths: Vec<&str> =
        report["documents"].as_array().unwrap().iter().map(|d| d["path"].as_str().unwrap()).collect();
    assert!(!paths.contains(&"notes/draft.md"), "{paths:?}");
    assert_eq!(excluded.status.code(), Some(0));
}

#[test]
fn dont_flag_the_distractor_kinds() {
    // Same facts at other precisions, in other units and as intervals; several subjects with one unit
    // in a sentence; context years; ranks; a negated year; group sizes.
    let out = check_brief("tests/fixtures/dont-flag-distractors");
    assert_eq!(stdout(&out), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn dont_flag_a_part_against_its_whole_or_one_event_against_another() {
    // "58 km, 12 km of it through the city" against "36 miles, 7.5 miles of it inside the city"; the
    // time a ferry hit the rocks against the time it sank; "61 killed outright and 12 more, 73 in
    // total" against 73; "ruled for ten more years after it" against a reign of 36 years.
    let fixture = "tests/fixtures/dont-flag-parts-and-events";
    let out = check_brief(fixture);
    assert_eq!(stdout(&out), "");
    assert_eq!(out.status.code(), Some(0));
    // The collision is still one subject across the log and the timeline.
    let subjects = stdout(&concord(&root(), &["subjects", "--isolated", fixture]));
    let collision = subject_holding(&subjects, "\"21:10 on 9 May 1921\"");
    assert!(collision.contains("ferry-timeline.md:5:11  \"21:10\""), "{subjects}");
    // The rest of a reign stays out of the reign's length, which the three notes still share.
    let reign = subject_holding(&subjects, "\"thirty-six years\"");
    assert!(reign.contains("reign-notes.md:3:27  \"36 years\""), "{subjects}");
    assert!(!reign.contains("ten more years"), "{subjects}");
}

#[test]
fn dont_flag_two_works_finished_in_different_years() {
    // A hall finished around 1790 and a column finished in 1777, each told in two notes: "finished"
    // says which end of a work a date is, not which work.
    let out = check_brief("tests/fixtures/dont-flag-begun-and-finished");
    assert_eq!(stdout(&out), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn articles_of_one_file_are_compared_only_with_their_own_topic() {
    // A notebook with an article on each of two bridges, each under a top-level heading, beside a
    // note on each bridge. The spans and building times of the two bridges are not compared; the
    // Halden's span, 412 m in the notebook and 421 metres in its note, is.
    let out = check_brief("tests/fixtures/articles-in-one-file");
    assert_eq!(
        stdout(&out),
        "tests/fixtures/articles-in-one-file/notebook.md:7:84: error[conflict] `412 m` conflicts with another document on a quantity (span, main)\n"
    );
}

#[test]
fn dont_flag_figures_told_as_of_different_times() {
    // A town's population in 1850 and in 1900, told by four notes in three ways, and a headland
    // "then thought to be 230 feet" against "64 m today". One note gives another figure for 1900,
    // and that alone is a conflict.
    let out = check_brief("tests/fixtures/figures-of-their-time");
    assert_eq!(
        stdout(&out),
        "tests/fixtures/figures-of-their-time/register.md:3:49: error[conflict] `9,000` conflicts with another document on a count (grown, population)\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn dont_flag_counts_that_share_only_their_noun_and_a_name_every_note_gives() {
    // "87 parish churches were gone, along with St Brede's" against "Hale designed 51 new town
    // churches and a new St Brede's": the churches burned and the churches built are two counts, and
    // St Brede's, named in every note, says nothing of which. One note gives 78 churches burned, and
    // that alone is a conflict.
    let out = check_brief("tests/fixtures/built-after-the-fire");
    assert_eq!(
        stdout(&out),
        "tests/fixtures/built-after-the-fire/table.md:6:31: error[conflict] `78` conflicts with 4 documents on the number of churches (parish, gone)\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn dont_flag_a_requirement_against_a_fact_or_a_share_against_the_whole() {
    // "required only 10 lifeboats" against "carried 14 lifeboats"; "71% in first class, 48% in second
    // class and 19% in steerage" against "about 40% of the passengers".
    let fixture = "tests/fixtures/dont-flag-requirements-and-shares";
    let out = check_brief(fixture);
    assert_eq!(stdout(&out), "");
    assert_eq!(out.status.code(), Some(0));
    // The same facts still link: one minute given with and without its day, and one depth in metres
    // and restated in feet.
    let subjects = stdout(&concord(&root(), &["subjects", "--isolated", fixture]));
    let moment = subject_holding(&subjects, "\"02:35\"");
    assert!(moment.contains("orla-notes.md:6:29  \"2:35 a.m. on 3 March 1918\""), "{subjects}");
    assert!(moment.contains("orla-timeline.md:5:3  \"3 March 1918, 02:35\""), "{subjects}");
    let depth = subject_holding(&subjects, "\"about 138 feet\"");
    assert!(depth.contains("orla-notes.md:7:30  \"42 metres\""), "{subjects}");
    assert!(depth.contains("orla-timeline.md:7:31  \"42 metres\""), "{subjects}");
}

#[test]
fn a_claim_far_vaguer_than_the_consensus_is_a_warning_and_a_year_is_not() {
    let dir = corpus_of(&[
        ("a.md", "The harbour strike at Fotheburg began on 6 July 1846, when the dockers walked out.\n"),
        ("b.md", "The dockers of Fotheburg walked out on 6 July 1846 and the harbour strike began.\n"),
        ("c.md", "The Fotheburg harbour strike began in the 1840s, when the dockers walked out.\n"),
    ]);
    let out = concord(dir.path(), &["check", "--isolated", "--format", "brief"]);
    assert_eq!(
        stdout(&out),
        "c.md:1:43: warning[vague-claim] `1840s` agrees with the consensus on a date (walked, strike) but is far \
         vaguer: 1846-07-06\n"
    );
    assert_eq!(out.status.code(), Some(0), "a warning does not fail the check");
    let human = concord(dir.path(), &["check", "--isolated"]);
    insta::assert_snapshot!("vague_claim_human", stdout(&human));
    // A year where the others give the day is precise enough.
    std::fs::write(
        dir.path().join("c.md"),
        "The Fotheburg harbour strike began in 1846, when the dockers walked out.\n",
    )
    .unwrap();
    let year = concord(dir.path(), &["check", "--isolated", "--format", "brief"]);
    assert_eq!(stdout(&year), "");
}

#[test]
fn tolerances_in_claims_toml_change_what_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "The wreck lay about 1,010 fathoms deep off the cape.\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "The wreck lay 920 fathoms deep off the cape.\n").unwrap();
    std::fs::write(dir.path().join("claims.toml"), "").unwrap();
    assert_eq!(concord(dir.path(), &["check", "--format", "brief"]).status.code(), Some(0));
    std::fs::write(dir.path().join("claims.toml"), "[check.tolerance]\napprox = 0.05\n").unwrap();
    let strict = concord(dir.path(), &["check", "--format", "brief"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stdout(&strict));
    assert!(stdout(&strict).contains("[conflict]"));
}

#[test]
fn discovery_alone_on_the_example_corpus_raises_no_false_alarm() {
    // Without claims.toml, only what discovery can link on its own is reported: the wrong count of
    // released prisoners. Two dates of one note that share the word "attack" are not linked.
    let out = check_brief("docs/examples/secret-speech");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("error[")).collect();
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].starts_with("docs/examples/secret-speech/chen-notes.md:19:103: error[conflict] `15,439`"),
        "{lines:#?}"
    );
}

#[test]
fn citations_are_checked_against_their_sources() {
    let out = check_brief("tests/fixtures/sources");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    for rule in ["citation-out-of-range", "page-mismatch", "source-disagreement", "unknown-source"] {
        assert!(text.contains(&format!("[{rule}]")), "no {rule} in {text}");
    }
    insta::assert_snapshot!("sources_brief", text);
}

#[test]
fn an_out_of_range_citation_labels_the_citation_and_the_bibliography_line() {
    let out = concord(&root(), &["check", "--isolated", "tests/fixtures/sources/ada.md"]);
    let text = stdout(&out);
    assert!(text.contains("p. 212 is outside 40–90"), "{text}");
    assert!(text.contains("the bibliography gives pages 40–90"), "{text}");
    insta::assert_snapshot!("citation_out_of_range_human", text);
}

#[test]
fn a_conflict_shows_the_sources_behind_each_side() {
    let report = json(&concord(&root(), &["check", "--isolated", "--format", "json", "tests/fixtures/sources"]));
    let conflict = report["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "conflict").unwrap();
    let help = conflict["help"].as_str().unwrap();
    assert!(help.contains("sources: 114: Vane p. 64; Vane p. 46, 2 documents"), "{help}");
    assert!(help.contains("sources: 140: Vane p. 64, 1 document"), "{help}");
}

#[test]
fn sources_lists_each_source_with_its_citations_and_claims() {
    let out = concord(&root(), &["sources", "--isolated", "tests/fixtures/sources"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("sources_human", stdout(&out));
    let report = json(&concord(&root(), &["sources", "--isolated", "--format", "json", "tests/fixtures/sources"]));
    let sources = report["sources"].as_array().unwrap();
    let vane = sources.iter().find(|s| s["id"] == "vane").unwrap();
    // Three documents list the work and four cite it: one source.
    assert_eq!(vane["entries"].as_array().unwrap().len(), 3);
    let docs: std::collections::BTreeSet<&str> =
        vane["citations"].as_array().unwrap().iter().map(|c| c["path"].as_str().unwrap()).collect();
    assert_eq!(docs.len(), 4);
    // The footnote's definition gives the page.
    let footnote = vane["citations"].as_array().unwrap().iter().find(|c| c["text"] == "[^chain]").unwrap();
    assert_eq!(footnote["page"], "71");
    insta::assert_json_snapshot!("sources_json", report);
}

#[test]
fn each_claim_lists_the_sources_it_cites() {
    let report = json(&concord(&root(), &["check", "--isolated", "--format", "json", "tests/fixtures/sources"]));
    let claims = report["claims"].as_array().unwrap();
    let cited = |text: &str| {
        let claim = claims.iter().find(|c| c["text"] == text).unwrap_or_else(|| panic!("no claim {text}"));
        claim["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| format!("{}:{}", s["source"], s["page"]))
            .collect::<Vec<_>>()
    };
    assert_eq!(cited("140"), vec!["\"vane\":\"64\""]);
    assert_eq!(cited("310 metres"), vec!["\"vane\":\"71\""]);
    assert_eq!(cited("17"), vec!["\"example-org\":null"]);
    // Findings about citations name them by id.
    let out_of_range =
        report["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "citation-out-of-range").unwrap();
    let id = out_of_range["citations"][0].as_str().unwrap();
    let listed = report["sources"].as_array().unwrap().iter().flat_map(|s| s["citations"].as_array().unwrap());
    assert!(listed.into_iter().any(|c| c["id"] == id && c["text"] == "(Vane 1987, p. 212)"));
}

#[test]
fn dont_flag_years_author_year_citations_numbered_lists_or_neighbouring_pages() {
    let out = concord(&root(), &["check", "--isolated", "--format", "json", "tests/fixtures/dont-flag-citations"]);
    let report = json(&out);
    let rules: Vec<&str> = report["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    for rule in ["citation-out-of-range", "page-mismatch", "source-disagreement", "unknown-source", "conflict"] {
        assert!(!rules.contains(&rule), "{rule} raised: {report:#}");
    }
    let claims = report["claims"].as_array().unwrap();
    let texts: Vec<&str> = claims.iter().map(|c| c["text"].as_str().unwrap()).collect();
    // Parenthesised years are claims, not citations; so are the numbers of a numbered list.
    for text in ["1846–1911", "1902", "21", "310 metres"] {
        assert!(texts.contains(&text), "{text} not a claim: {texts:?}");
    }
    // "(Vane 1987)" cites the work without a page: the year is not read as one.
    let men =
        claims.iter().find(|c| c["path"].as_str().unwrap().ends_with("author-year.md") && c["text"] == "114").unwrap();
    assert_eq!(men["sources"][0]["page"], serde_json::Value::Null);
}

#[test]
fn uncited_is_off_until_claims_toml_turns_it_on() {
    let dir = temp_corpus();
    std::fs::write(dir.path().join("a.md"), "The fort held 114 men (Vane 1987, p. 64).\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "The garrison was 114 men strong.\n").unwrap();
    // A citation earlier in the paragraph covers the claim after it.
    std::fs::write(dir.path().join("c.md"), "Vane describes the fort (Vane 1987, p. 60). It held 114 men.\n").unwrap();
    let declared = "[[claim]]\nid = \"garrison\"\nkind = \"count\"\nunit = \"men\"\n";
    std::fs::write(dir.path().join("claims.toml"), declared).unwrap();
    let quiet = stdout(&concord(dir.path(), &["check", "--format", "brief"]));
    assert!(!quiet.contains("uncited"), "{quiet}");
    let on = format!("[check]\nrules = {{ uncited = \"warning\" }}\n\n{declared}");
    std::fs::write(dir.path().join("claims.toml"), on).unwrap();
    let text = stdout(&concord(dir.path(), &["check", "--format", "brief"]));
    assert_eq!(text.matches("[uncited]").count(), 1, "{text}");
    assert!(text.contains("b.md:1:"), "{text}");
}

#[test]
fn a_cited_value_outranks_an_uncited_one_in_the_consensus() {
    let dir = temp_corpus();
    std::fs::write(dir.path().join("a.md"), "The fort's garrison numbered 140 men.\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "The fort's garrison numbered 114 men (Vane 1987, p. 64).\n").unwrap();
    let report = json(&concord(dir.path(), &["check", "--isolated", "--format", "json"]));
    let conflict = report["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "conflict").unwrap();
    // The uncited claim is the one that stands out.
    assert!(conflict["path"].as_str().unwrap().ends_with("a.md"), "{conflict:#}");
    assert!(conflict["help"].as_str().unwrap().contains("consensus: 114"), "{conflict:#}");
}

#[test]
fn a_value_vague_enough_to_agree_with_both_sides_is_no_consensus() {
    let dir = corpus_of(&[
        ("a.md", "The fort's garrison numbered 114 men.\n"),
        ("b.md", "The fort's garrison numbered 114 men.\n"),
        ("c.md", "The fort's garrison numbered 140 men.\n"),
        ("d.md", "The fort's garrison numbered over 100 men.\n"),
    ]);
    let report = json(&concord(dir.path(), &["check", "--isolated", "--format", "json"]));
    let conflict = report["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "conflict").unwrap();
    assert!(conflict["path"].as_str().unwrap().ends_with("c.md"), "{conflict:#}");
    // "over 100" agrees with all four notes, but it does not say which of 114 and 140 is right.
    assert!(conflict["help"].as_str().unwrap().contains("consensus: 114 (3 of 4 documents"), "{conflict:#}");
}

#[test]
fn a_name_in_parentheses_that_cites_nothing_does_not_hide_the_next_citation() {
    let dir = temp_corpus();
    std::fs::write(
        dir.path().join("a.md"),
        "The delegates met in 1956 (Kremlin) and heard a four-hour speech (Vane 1987, p. 64).\n\n\
         ## References\n\nVane, Ida. *Fort Calder and the Harbour*. 1987.\n",
    )
    .unwrap();
    let report = json(&concord(dir.path(), &["check", "--isolated", "--format", "json", "a.md"]));
    let claims = report["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 2, "{report:#}");
    for claim in claims {
        assert_eq!(claim["sources"][0]["source"], "vane", "{claim:#}");
    }
    assert!(report["sources"].as_array().unwrap().iter().all(|s| s["id"] != "kremlin"));
}

#[test]
fn a_declared_source_gives_the_page_range_and_joins_the_bibliographies() {
    let dir = temp_corpus();
    std::fs::write(dir.path().join("a.md"), "The fort held 114 men (Vane 1987, p. 64).\n").unwrap();
    std::fs::write(
        dir.path().join("b.md"),
        "The fort was finished in 1880 (Vane 1987, p. 12).\n\n## References\n\nVane, Ida. *Fort Calder*. 1987.\n",
    )
    .unwrap();
    let config = "[[source]]\nid = \"calder\"\ncite-as = [\"Vane\"]\ntitle = \"Fort Calder\"\npages = \"40-90\"\n";
    std::fs::write(dir.path().join("claims.toml"), config).unwrap();
    let report = json(&concord(dir.path(), &["check", "--format", "json"]));
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 1, "{report:#}");
    assert_eq!(sources[0]["id"], "calder");
    assert_eq!(sources[0]["entries"].as_array().unwrap().len(), 1);
    // p. 12 lies outside the declared pages; p. 64 does not.
    let flagged = messages(&report, "citation-out-of-range");
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert!(flagged[0].contains("p. 12") && flagged[0].contains("claims.toml"), "{flagged:?}");
}

#[test]
fn a_number_the_reference_list_lacks_is_an_unknown_source() {
    let dir = temp_corpus();
    std::fs::write(
        dir.path().join("a.md"),
        "The fort held 114 men [1] and 12 guns [3].\n\n## Notes\n\n[1] Vane 1987, p. 64.\n[2] Orme 2001, p. 9.\n",
    )
    .unwrap();
    let out = concord(dir.path(), &["check", "--isolated", "--format", "brief", "a.md"]);
    let text = stdout(&out);
    assert_eq!(text.matches("[unknown-source]").count(), 1, "{text}");
    assert!(text.contains("`[3]` points to no entry"), "{text}");
    let index = stdout(&concord(dir.path(), &["sources", "--isolated", "a.md"]));
    assert!(index.contains("p. 64 at line 1 `[1]`: 114 (count)"), "{index}");
    assert!(index.contains("unresolved: 1 citation"), "{index}");
}

#[test]
fn a_year_slipped_on_the_right_day_is_a_conflict_and_an_anniversary_is_not() {
    let dir = corpus_of(&[
        ("a.md", "The Vellmar rising began at the arsenal on 3 May 1848, when the crowd stormed it.\n"),
        ("b.md", "On 3 May 1848 the people of Vellmar took the arsenal by storm.\n"),
        ("c.md", "The storming of the arsenal happened on 3 May 1847, the start of the Vellmar rising.\n"),
    ]);
    let out = concord(dir.path(), &["check", "--isolated", "--format", "brief"]);
    assert!(
        stdout(&out).starts_with("c.md:1:41: error[conflict] `3 May 1847` conflicts with 2 documents"),
        "{}",
        stdout(&out)
    );
    // A march held on the same day a year later is another event.
    std::fs::write(dir.path().join("c.md"), "The first memorial march to the arsenal was held on 3 May 1849.\n")
        .unwrap();
    let anniversary = concord(dir.path(), &["check", "--isolated", "--format", "brief"]);
    assert_eq!(stdout(&anniversary), "");
}

#[test]
fn a_day_told_by_another_clock_is_no_conflict_and_a_bare_one_is() {
    let dir = corpus_of(&[
        ("utc.md", "The crewed landing on the Moon took place on 20 July 1969.\n"),
        ("sydney.md", "In Sydney the crewed landing on the Moon took place on 21 July 1969, local time.\n"),
    ]);
    let out = concord(dir.path(), &["check", "--isolated", "--format", "brief"]);
    assert_eq!(stdout(&out), "");
    assert_eq!(out.status.code(), Some(0));
    // The same day a day later, with no clock named, is a contradiction.
    std::fs::write(dir.path().join("sydney.md"), "The crewed landing on the Moon took place on 21 July 1969.\n")
        .unwrap();
    let bare = concord(dir.path(), &["check", "--isolated", "--format", "brief"]);
    assert!(stdout(&bare).contains("error[conflict]"), "{}", stdout(&bare));
}
