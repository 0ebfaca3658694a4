//! End-to-end tests of what a repository of notes adopts concord with: the SARIF and GitHub formats,
//! colour, `concord config`, suppression comments, baselines, standard input for editors, and quiet
//! runs. Each snapshot is a transcript of one run: its exit code, standard output and standard error.

// Skipped checks say why on standard error, as `cargo test` users expect.
#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The command, in `dir`, with colour off and a fixed width.
fn command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("concord").expect("binary builds");
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("CONCORD_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache"))
        .args(args);
    cmd
}

fn concord(dir: &Path, args: &[&str]) -> Output {
    command(dir, args).output().expect("concord runs")
}

/// Runs concord with `input` on standard input.
fn concord_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    command(dir, args).write_stdin(input).output().expect("concord runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What a user sees of one run.
fn transcript(out: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().map_or("signal".to_string(), |c| c.to_string()),
        stdout(out),
        stderr(out)
    )
}

/// Copies a folder of notes (one level deep) into a temporary folder.
fn copy_notes(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// The example corpus with its claims.toml, in a temporary folder.
fn example_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_notes(&root().join("docs/examples/secret-speech"), &dir.path().join("notes"));
    let config = std::fs::read_to_string(root().join("claims.toml")).unwrap();
    let config = config.replace("docs/examples/secret-speech/", "notes/");
    std::fs::write(dir.path().join("claims.toml"), config).unwrap();
    dir
}

// ------------------------------------------------------------------------------------------ SARIF

#[test]
fn sarif_has_one_result_per_finding_with_related_locations_and_rule_metadata() {
    let out = concord(&root(), &["check", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(1));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    // Every rule of `concord explain` is described, with its documentation as help.
    for rule in concord::check::RULES {
        let described = rules.iter().find(|r| r["id"] == rule.id).expect("rule described");
        assert_eq!(described["help"]["markdown"], rule.doc);
    }
    // One result per finding of the brief format, at the same place.
    let brief = stdout(&concord(&root(), &["check", "--format", "brief"]));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), brief.lines().count());
    let lines: Vec<String> = results
        .iter()
        .map(|r| {
            let place = &r["locations"][0]["physicalLocation"];
            let related: Vec<String> = r["relatedLocations"]
                .as_array()
                .map(|l| {
                    l.iter()
                        .map(|l| {
                            let p = &l["physicalLocation"];
                            format!("{}:{}", p["artifactLocation"]["uri"].as_str().unwrap(), p["region"]["startLine"])
                        })
                        .collect()
                })
                .unwrap_or_default();
            let rule_index = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[rule_index]["id"], r["ruleId"]);
            format!(
                "{} {} {}:{}:{} fingerprint={} related=[{}]",
                r["ruleId"].as_str().unwrap(),
                r["level"].as_str().unwrap(),
                place["artifactLocation"]["uri"].as_str().unwrap(),
                place["region"]["startLine"],
                place["region"]["startColumn"],
                r["partialFingerprints"]["concord/v1"].as_str().unwrap(),
                related.join(" ")
            )
        })
        .collect();
    insta::assert_snapshot!("sarif_results", lines.join("\n"));
}

/// Validates a SARIF log against the SARIF 2.1.0 schema kept in `tests/data` (the OASIS schema, as
/// shipped in the `serde-sarif` crate), with Python's `jsonschema`. Skips, saying why, when that is
/// not installed.
#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let probe = std::process::Command::new("python3").args(["-c", "import jsonschema"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: python3 with the jsonschema module is not available");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut logs = Vec::new();
    // The example corpus (conflicts across documents, off-key, a name variant), a suppression
    // fixture (unused suppressions, which have no claims) and a clean run with no results.
    for (cwd, args) in [
        (root(), vec!["check", "--format", "sarif"]),
        (root(), vec!["check", "--isolated", "--format", "sarif", "tests/fixtures/suppression"]),
        (root(), vec!["check", "--isolated", "--format", "sarif", "tests/fixtures/dont-flag-precision"]),
    ] {
        let out = concord(&cwd, &args);
        let path = dir.path().join(format!("log{}.sarif", logs.len()));
        std::fs::write(&path, &out.stdout).unwrap();
        logs.push(path);
    }
    let script = "import json, sys, jsonschema\n\
                  schema = json.load(open(sys.argv[1]))\n\
                  validator = jsonschema.Draft7Validator(schema)\n\
                  bad = 0\n\
                  for path in sys.argv[2:]:\n\
                  \x20   for error in validator.iter_errors(json.load(open(path))):\n\
                  \x20       bad += 1\n\
                  \x20       print(path, '/'.join(map(str, error.absolute_path)), error.message)\n\
                  sys.exit(1 if bad else 0)\n";
    let schema = root().join("tests/data/sarif-schema-2.1.0.json");
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&schema)
        .args(&logs)
        .output()
        .expect("python3 runs");
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
}

// ----------------------------------------------------------------------------------------- GitHub

#[test]
fn github_format_writes_one_workflow_command_per_finding() {
    let out = concord(&root(), &["check", "--isolated", "--format", "github", "tests/fixtures/conflict-count"]);
    insta::assert_snapshot!("github_conflict_count", transcript(&out));
}

// ----------------------------------------------------------------------------------------- colour

#[test]
fn colour_follows_the_flag_then_no_color_then_the_terminal() {
    let esc = |out: &Output| out.stdout.contains(&0x1b);
    let fixture = ["--isolated", "tests/fixtures/conflict-count"];
    let run = |extra: &[&str]| {
        let mut args = vec!["check"];
        args.extend_from_slice(extra);
        args.extend_from_slice(&fixture);
        concord(&root(), &args)
    };
    // Not a terminal (and NO_COLOR set): no colour unless asked for.
    assert!(!esc(&run(&[])));
    assert!(!esc(&run(&["--color", "auto"])));
    assert!(!esc(&run(&["--color", "never"])));
    // `always` wins over NO_COLOR, as an explicit flag should.
    let always = run(&["--color", "always"]);
    assert!(esc(&always), "{}", stdout(&always));
    assert_eq!(always.status.code(), Some(1));
    // Fatal diagnostics on standard error follow the same flag.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("claims.toml"), "[check]\nfail-on = \"loud\"\n").unwrap();
    let bad = concord(dir.path(), &["check", "--color", "always"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stderr.contains(&0x1b));
    let plain = concord(dir.path(), &["check"]);
    assert!(!plain.stderr.contains(&0x1b));
    let unknown = concord(&root(), &["check", "--color", "sometimes"]);
    assert_eq!(unknown.status.code(), Some(2));
}

// ----------------------------------------------------------------------------------------- config

#[test]
fn config_prints_the_effective_settings_which_read_back_the_same() {
    let shown = concord(&root(), &["config"]);
    insta::assert_snapshot!("config_example", transcript(&shown));
    // The output is itself a claims.toml that gives the same settings.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("effective.toml");
    std::fs::write(&copy, &shown.stdout).unwrap();
    let again = concord(&root(), &["config", "--config", copy.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let body = |out: &Output| stdout(out).lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&again), body(&shown));
    // With no configuration, the defaults; command-line overrides show.
    let isolated = concord(&root(), &["config", "--isolated", "--no-discover"]);
    insta::assert_snapshot!("config_isolated", transcript(&isolated));
    let empty = tempfile::tempdir().unwrap();
    let none = concord(empty.path(), &["config"]);
    assert!(stdout(&none).starts_with("# no claims.toml found here or above: the defaults\n"), "{}", stdout(&none));
}

// ---------------------------------------------------------------------------------------- focus

#[test]
fn a_staged_note_is_judged_against_the_corpus_and_the_config_is_never_a_note() {
    let repo = example_repo();
    // eli.md gives a wrong length for the speech; the other notes of the corpus settle it.
    let out = concord(repo.path(), &["check", "--format", "brief", "-q", "notes/eli.md", "claims.toml"]);
    insta::assert_snapshot!("focus_staged_note", transcript(&out));
    let clean = concord(repo.path(), &["check", "--format", "brief", "-q", "notes/amira.md", "claims.toml"]);
    assert_eq!(transcript(&clean), "exit: 0\n--- stdout\n--- stderr\n");
}

#[test]
fn a_project_config_governs_its_own_notes_wherever_concord_runs_and_no_others() {
    let repo = example_repo();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::copy(repo.path().join("notes/eli.md"), elsewhere.path().join("eli.md")).unwrap();
    let outside = elsewhere.path().to_str().unwrap();
    // Run inside the project on notes outside it: the project's corpus and subjects stay out, and
    // eli.md alone contradicts nothing.
    let apart = concord(repo.path(), &["check", "--format", "brief", "-q", outside]);
    assert_eq!(transcript(&apart), "exit: 0\n--- stdout\n--- stderr\n");
    // Run outside the project on one of its notes: it is judged against the project's corpus, as
    // from inside.
    let note = repo.path().join("notes/eli.md");
    let from_outside = concord(elsewhere.path(), &["check", "--format", "brief", "-q", note.to_str().unwrap()]);
    let from_inside = concord(repo.path(), &["check", "--format", "brief", "-q", "notes/eli.md"]);
    assert_eq!(from_outside.status.code(), Some(1), "{}", transcript(&from_outside));
    let located = stdout(&from_inside).replace("notes/eli.md", note.to_str().unwrap());
    assert_eq!(stdout(&from_outside), located);
}

// ----------------------------------------------------------------------------------- suppression

#[test]
fn suppression_comments_silence_findings_and_unused_ones_are_reported() {
    let out = concord(&root(), &["check", "--isolated", "--format", "brief", "tests/fixtures/suppression"]);
    insta::assert_snapshot!("suppression_brief", transcript(&out));
    let human = concord(&root(), &["check", "--isolated", "tests/fixtures/suppression"]);
    insta::assert_snapshot!("suppression_human", transcript(&human));
    // Without the comments, each of the silenced notes is reported: the comments did the work.
    let dir = tempfile::tempdir().unwrap();
    copy_notes(&root().join("tests/fixtures/suppression"), dir.path());
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let kept: Vec<&str> = text.lines().filter(|l| !l.contains("concord-")).collect();
        std::fs::write(&path, kept.join("\n") + "\n").unwrap();
    }
    let bare = concord(dir.path(), &["check", "--isolated", "--format", "brief", "."]);
    insta::assert_snapshot!("suppression_removed", transcript(&bare));
}

#[test]
fn a_suppression_naming_an_unknown_rule_is_an_error_that_names_the_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "The speech ran to 26,000 words.\n").unwrap();
    std::fs::write(
        dir.path().join("b.md"),
        "# Lecture\n\n<!-- concord-disable-next-line conflcit -->\nThe speech ran to 18,000 words.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("c.txt"), "concord-disable-next-lines\nThe speech ran to 26,000 words.\n").unwrap();
    let out = concord(dir.path(), &["check", "--isolated", "--format", "brief"]);
    insta::assert_snapshot!("suppression_unknown_rule", transcript(&out));
}

#[test]
fn unused_suppression_can_be_switched_off_in_claims_toml() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "<!-- concord-disable-next-line -->\nThe speech ran 26,000 words.\n")
        .unwrap();
    let on = concord(dir.path(), &["check", "--format", "brief"]);
    assert_eq!(stdout(&on), "a.md:1:1: warning[unused-suppression] `concord-disable-next-line` silences no finding\n");
    assert_eq!(on.status.code(), Some(0));
    std::fs::write(dir.path().join("claims.toml"), "[check]\nrules = { unused-suppression = \"off\" }\n").unwrap();
    let off = concord(dir.path(), &["check", "--format", "brief"]);
    assert_eq!(transcript(&off), "exit: 0\n--- stdout\n--- stderr\n");
}

// -------------------------------------------------------------------------------------- baseline

/// Inserts a paragraph above the line of every finding of a brief report.
fn insert_lines_above_findings(dir: &Path, brief: &str) {
    let mut by_file: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for line in brief.lines() {
        let mut parts = line.splitn(3, ':');
        let (path, number) = (parts.next().unwrap(), parts.next().unwrap().parse::<usize>().unwrap());
        by_file.entry(path.to_string()).or_default().push(number);
    }
    for (path, mut numbers) in by_file {
        let file = dir.join(&path);
        let text = std::fs::read_to_string(&file).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        numbers.sort_unstable();
        numbers.dedup();
        for n in numbers.into_iter().rev() {
            lines.insert(n - 1, String::new());
            lines.insert(n - 1, "A paragraph added later, with nothing to count in it.".to_string());
        }
        std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    }
}

#[test]
fn a_baseline_hides_known_findings_even_after_lines_move_and_reports_new_and_stale_ones() {
    let repo = example_repo();
    let dir = repo.path();
    let before = stdout(&concord(dir, &["check", "--format", "brief"]));
    assert_eq!(before.lines().count(), 4, "{before}");
    let written = concord(dir, &["baseline"]);
    assert_eq!(transcript(&written), "exit: 0\n--- stdout\nwrote concord-baseline.toml with 4 findings\n--- stderr\n");
    let file = std::fs::read_to_string(dir.join("concord-baseline.toml")).unwrap();
    insta::assert_snapshot!("baseline_file", file);
    // Writing it again gives the same bytes.
    concord(dir, &["baseline"]);
    assert_eq!(std::fs::read_to_string(dir.join("concord-baseline.toml")).unwrap(), file);

    let known = concord(dir, &["check", "--baseline", "concord-baseline.toml", "--format", "brief"]);
    let hidden =
        "exit: 0\n--- stdout\n--- stderr\nconcord: 4 known findings listed in concord-baseline.toml not shown\n";
    assert_eq!(transcript(&known), hidden);
    let quiet = concord(dir, &["check", "--baseline", "concord-baseline.toml", "--format", "brief", "-q"]);
    assert_eq!(transcript(&quiet), "exit: 0\n--- stdout\n--- stderr\n");

    // Lines inserted above every finding move them all; the baseline still matches.
    insert_lines_above_findings(dir, &before);
    let moved = stdout(&concord(dir, &["check", "--format", "brief"]));
    assert_eq!(moved.lines().count(), 4);
    assert_ne!(moved, before, "the findings moved");
    let still = concord(dir, &["check", "--baseline", "concord-baseline.toml", "--format", "brief"]);
    assert_eq!(transcript(&still), hidden);
    // The SARIF fingerprints did not move either.
    let sarif = |d: &Path| -> Vec<String> {
        let log: serde_json::Value =
            serde_json::from_slice(&concord(d, &["check", "--format", "sarif"]).stdout).unwrap();
        log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["partialFingerprints"]["concord/v1"].as_str().unwrap().to_string())
            .collect()
    };
    let fresh = example_repo();
    assert_eq!(sarif(dir), sarif(fresh.path()));

    // A note corrected and another gone wrong: the new finding is reported, the fixed one is stale.
    let eli = dir.join("notes/eli.md");
    let text = std::fs::read_to_string(&eli).unwrap();
    std::fs::write(&eli, text.replace("about 16,000", "about 26,000")).unwrap();
    let ben = dir.join("notes/ben.md");
    let text = std::fs::read_to_string(&ben).unwrap();
    std::fs::write(&ben, text.replace("some 26,000 words", "some 21,000 words")).unwrap();
    let changed = concord(dir, &["check", "--baseline", "concord-baseline.toml", "--format", "brief"]);
    insta::assert_snapshot!("baseline_new_and_stale", transcript(&changed));
    // Quiet prints findings only.
    let quiet = concord(dir, &["check", "--baseline", "concord-baseline.toml", "--format", "brief", "-q"]);
    assert_eq!(stderr(&quiet), "");
    assert_eq!(stdout(&quiet), stdout(&changed));
}

#[test]
fn a_malformed_or_missing_baseline_is_an_error() {
    let repo = example_repo();
    let dir = repo.path();
    std::fs::write(dir.join("bad.toml"), "version = 1\n\n[[finding]]\npath = 3\n").unwrap();
    let bad = concord(dir, &["check", "--baseline", "bad.toml"]);
    insta::assert_snapshot!("baseline_malformed", transcript(&bad));
    let missing = concord(dir, &["check", "--baseline", "nowhere.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("invalid baseline nowhere.toml: cannot read it"), "{}", stderr(&missing));
    // A hand-edited entry whose fingerprint no longer fits is refused, not silently ignored.
    concord(dir, &["baseline"]);
    let text = std::fs::read_to_string(dir.join("concord-baseline.toml")).unwrap();
    std::fs::write(dir.join("concord-baseline.toml"), text.replacen("\"15439\"", "\"15440\"", 1)).unwrap();
    let edited = concord(dir, &["check", "--baseline", "concord-baseline.toml"]);
    insta::assert_snapshot!("baseline_edited", transcript(&edited));
}

// ----------------------------------------------------------------------------------------- stdin

#[test]
fn standard_input_is_checked_against_the_corpus_under_its_name() {
    let repo = example_repo();
    let dir = repo.path();
    let eli = std::fs::read_to_string(dir.join("notes/eli.md")).unwrap();
    // The buffer as saved: its conflict is reported under its name.
    let saved = concord_stdin(dir, &["check", "-", "--stdin-filename", "notes/eli.md", "--format", "brief"], &eli);
    insta::assert_snapshot!("stdin_conflict", transcript(&saved));
    // The buffer as being edited, corrected: it replaces the file on disk, which still has the error.
    let fixed = eli.replace("about 16,000", "about 26,000");
    let edited = concord_stdin(dir, &["check", "-", "--stdin-filename", "notes/eli.md", "--format", "brief"], &fixed);
    assert_eq!(transcript(&edited), "exit: 0\n--- stdout\n--- stderr\n");
    // A new, unsaved note is checked against the corpus too.
    let new = concord_stdin(
        dir,
        &["check", "-", "--stdin-filename", "notes/new.md", "--format", "brief"],
        "The speech ran to 12,000 words.\n",
    );
    assert_eq!(new.status.code(), Some(1));
    assert!(stdout(&new).starts_with("notes/new.md:1:19: error[conflict]"), "{}", stdout(&new));
    // A buffer whose name the corpus excludes stays excluded, as a named file does.
    let config = std::fs::read_to_string(dir.join("claims.toml")).unwrap();
    let config = config.replacen("[corpus]\n", "[corpus]\nexclude = [\"notes/drafts/**\"]\n", 1);
    assert!(config.contains("exclude = [\"notes/drafts/**\"]"), "{config}");
    std::fs::write(dir.join("claims.toml"), config).unwrap();
    let draft = concord_stdin(
        dir,
        &["check", "-", "--stdin-filename", "notes/drafts/new.md", "--format", "brief"],
        "The speech ran to 12,000 words.\n",
    );
    assert_eq!(transcript(&draft), "exit: 0\n--- stdout\n--- stderr\n");
}

#[test]
fn standard_input_needs_a_name_and_must_stand_alone() {
    let dir = tempfile::tempdir().unwrap();
    let nameless = concord_stdin(dir.path(), &["check", "-"], "The speech ran to 26,000 words.\n");
    insta::assert_snapshot!("stdin_nameless", transcript(&nameless));
    let no_dash = concord(dir.path(), &["check", "--stdin-filename", "a.md"]);
    assert_eq!(no_dash.status.code(), Some(2));
    let mixed = concord_stdin(dir.path(), &["check", "-", "a.md", "--stdin-filename", "b.md"], "");
    assert_eq!(mixed.status.code(), Some(2));
    assert!(stderr(&mixed).contains("must be the only PATH"), "{}", stderr(&mixed));
    // A buffer that is not UTF-8 is checked with replacement characters, and the run says so.
    let mut cmd = command(dir.path(), &["check", "-", "--stdin-filename", "a.md", "--format", "brief"]);
    let lossy = cmd.write_stdin(b"The speech ran \xff to 26,000 words.\n".to_vec()).output().unwrap();
    assert_eq!(
        transcript(&lossy),
        "exit: 2\n--- stdout\n--- stderr\nconcord: error: a.md: invalid UTF-8 at byte 15: checked with replacement \
         characters\n"
    );
    let binary = concord_stdin(dir.path(), &["check", "-", "--stdin-filename", "a.md"], "a\0b");
    assert_eq!(binary.status.code(), Some(2));
    assert!(stderr(&binary).contains("standard input is binary"), "{}", stderr(&binary));
}

// -------------------------------------------------------------------------------- quiet, progress

#[test]
fn quiet_prints_findings_only_and_no_progress_reaches_a_pipe() {
    let loud = concord(&root(), &["check", "--isolated", "tests/fixtures/conflict-count"]);
    assert!(stdout(&loud).ends_with("agree)\n"), "{}", stdout(&loud));
    assert_eq!(stderr(&loud), "", "standard error is a pipe here: no progress bar");
    let quiet = concord(&root(), &["check", "--isolated", "-q", "tests/fixtures/conflict-count"]);
    assert!(!stdout(&quiet).contains("concord:"), "{}", stdout(&quiet));
    assert_eq!(stderr(&quiet), "");
}

// ------------------------------------------------------------------------------------ on a terminal

/// Runs concord with a terminal for standard output and standard error, through util-linux
/// `script`, with `NO_COLOR` as given. Returns what the terminal received, or `None` when `script`
/// is not installed.
fn on_terminal(dir: &Path, args: &str, no_color: Option<&str>) -> Option<String> {
    let probe = std::process::Command::new("script").arg("--version").output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: util-linux `script` is not installed, so no terminal can be made");
        return None;
    }
    let binary = assert_cmd::cargo::cargo_bin("concord");
    let mut cmd = std::process::Command::new("script");
    cmd.current_dir(dir)
        .args(["-q", "-e", "-c"])
        .arg(format!("{} {args}", binary.display()))
        .arg("/dev/null")
        .env("COLUMNS", "100")
        .env("CONCORD_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache"))
        .env_remove("NO_COLOR");
    if let Some(value) = no_color {
        cmd.env("NO_COLOR", value);
    }
    let out = cmd.output().expect("script runs");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn on_a_terminal_colour_is_on_unless_no_color_or_never() {
    let fixture = "check --isolated tests/fixtures/conflict-count";
    let Some(coloured) = on_terminal(&root(), fixture, None) else { return };
    assert!(coloured.contains('\u{1b}'), "{coloured}");
    assert!(coloured.contains("18,000"), "{coloured}");
    // A short run shows no progress bar, even on a terminal.
    assert!(!coloured.contains("checking") && !coloured.contains("files"), "{coloured}");
    let Some(empty_no_color) = on_terminal(&root(), fixture, Some("")) else { return };
    assert!(empty_no_color.contains('\u{1b}'), "an empty NO_COLOR does not count");
    let Some(no_color) = on_terminal(&root(), fixture, Some("1")) else { return };
    assert!(!no_color.contains('\u{1b}'), "{no_color}");
    let Some(never) = on_terminal(&root(), &format!("{fixture} --color never"), None) else { return };
    assert!(!never.contains('\u{1b}'), "{never}");
}

#[test]
fn a_long_run_on_a_terminal_shows_progress_and_a_quiet_one_does_not() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..2000 {
        let text = format!(
            "# Bridge {i}\n\nThe bridge over river {i} was finished in {} after {} years of work.\n",
            1850 + i % 100,
            2 + i % 7
        );
        std::fs::write(dir.path().join(format!("note-{i:04}.md")), text).unwrap();
    }
    let start = std::time::Instant::now();
    let Some(shown) = on_terminal(dir.path(), "check --isolated --format brief . > /dev/null", Some("1")) else {
        return;
    };
    // The bar waits 300 ms before it appears: a run well past that shows it, a shorter one must not.
    let elapsed = start.elapsed();
    if elapsed > std::time::Duration::from_millis(600) {
        assert!(shown.contains("checking 2000 documents"), "{elapsed:?}: {shown:?}");
    } else if elapsed < std::time::Duration::from_millis(250) {
        assert_eq!(shown, "", "{elapsed:?}");
    }
    let Some(quiet) = on_terminal(dir.path(), "check --isolated --format brief -q . > /dev/null", Some("1")) else {
        return;
    };
    assert_eq!(quiet, "", "a quiet run prints findings only");
}
