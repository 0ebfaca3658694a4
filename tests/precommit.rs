//! The pre-commit hook, run by the real `pre-commit` installed from PyPI.
//!
//! The test makes a virtual environment, installs pre-commit into it, and uses `pre-commit try-repo`
//! on this repository in a temporary git repository of notes: pre-commit clones this repository,
//! builds concord with `cargo install` as it does for any `language: rust` hook, and runs it on the
//! staged notes. A staged note that conflicts with the rest fails the hook; a clean one passes.
//!
//! To keep the run short, the build goes to a target folder kept under `target/tmp` between runs and
//! is made at `opt-level = 0` through cargo's profile variables, which pre-commit passes through to
//! `cargo install`; the hook's behaviour does not depend on optimisation. Without python3, git, a
//! git checkout of concord or access to PyPI, the test says `skipped: <reason>` and passes.

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(cmd: &mut Command) -> Option<Output> {
    cmd.output().ok()
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=concord tests", "-c", "user.email=tests@concord.invalid", "-c", "commit.gpgsign=false"])
        .args(args)
        .output()
        .expect("git runs")
}

/// The hook's part of pre-commit's output: from the hook's status line on. What comes before (the
/// try-repo configuration with its temporary paths and commit, and the first-run installation notes)
/// changes from run to run.
fn hook_output(out: &Output) -> String {
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let from = text.find("concord....").unwrap_or(0);
    format!("exit: {}\n{}", out.status.code().map_or("signal".into(), |c| c.to_string()), &text[from..])
}

/// Sets up pre-commit, or says why it cannot.
fn pre_commit(work: &Path) -> Result<PathBuf, String> {
    if run(Command::new("git").arg("--version")).is_none_or(|o| !o.status.success()) {
        return Err("git is not installed".into());
    }
    let inside = git(&root(), &["rev-parse", "--is-inside-work-tree"]);
    if !inside.status.success() {
        return Err("concord's sources are not a git checkout, which pre-commit needs to clone".into());
    }
    let tracked = git(&root(), &["ls-files", "--error-unmatch", ".pre-commit-hooks.yaml"]);
    if !tracked.status.success() {
        return Err(".pre-commit-hooks.yaml is not committed, so pre-commit cannot see it".into());
    }
    let venv = work.join("venv");
    let bin = venv.join("bin");
    if !bin.join("pre-commit").exists() {
        let made = run(Command::new("python3").args(["-m", "venv"]).arg(&venv));
        if made.is_none_or(|o| !o.status.success()) {
            return Err("python3 with venv is not available".into());
        }
        let installed = run(Command::new(bin.join("pip")).args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--timeout",
            "30",
            "pre-commit",
        ]));
        match installed {
            Some(o) if o.status.success() => {}
            Some(o) => {
                let _ = std::fs::remove_dir_all(&venv);
                return Err(format!(
                    "pre-commit could not be installed from PyPI: {}",
                    String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("pip failed")
                ));
            }
            None => return Err("pip could not be run".into()),
        }
    }
    Ok(bin.join("pre-commit"))
}

#[test]
fn the_hook_fails_a_staged_note_that_conflicts_and_passes_a_clean_one() {
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pre-commit");
    std::fs::create_dir_all(&work).unwrap();
    let pre_commit = match pre_commit(&work) {
        Ok(p) => p,
        Err(reason) => {
            eprintln!("skipped: {reason}");
            return;
        }
    };

    // A repository of notes with a claims.toml, as a writer keeps it.
    let repo = tempfile::tempdir().unwrap();
    let dir = repo.path();
    let notes = dir.join("notes");
    std::fs::create_dir(&notes).unwrap();
    for entry in std::fs::read_dir(root().join("docs/examples/secret-speech")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), notes.join(entry.file_name())).unwrap();
    }
    let config = std::fs::read_to_string(root().join("claims.toml")).unwrap();
    std::fs::write(dir.join("claims.toml"), config.replace("docs/examples/secret-speech/", "notes/")).unwrap();
    assert!(git(dir, &["init", "-q"]).status.success());
    assert!(git(dir, &["add", "."]).status.success());
    assert!(git(dir, &["commit", "-q", "-m", "notes"]).status.success());

    let hook = |dir: &Path| {
        Command::new(&pre_commit)
            .current_dir(dir)
            .args(["try-repo", root().to_str().unwrap(), "concord", "--color", "never"])
            .env("PRE_COMMIT_HOME", work.join("home"))
            .env("CONCORD_CACHE_DIR", work.join("cache"))
            .env("CARGO_TARGET_DIR", work.join("target"))
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
            .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256")
            .env("CARGO_PROFILE_RELEASE_INCREMENTAL", "true")
            .env("GIT_AUTHOR_NAME", "concord tests")
            .env("GIT_AUTHOR_EMAIL", "tests@concord.invalid")
            .env("GIT_COMMITTER_NAME", "concord tests")
            .env("GIT_COMMITTER_EMAIL", "tests@concord.invalid")
            .output()
            .expect("pre-commit runs")
    };

    // A staged note that gives another length for the speech than the corpus does.
    std::fs::write(notes.join("gil.md"), "# The congress\n\nThe speech ran to 12,000 words.\n").unwrap();
    assert!(git(dir, &["add", "notes/gil.md"]).status.success());
    let failed = hook(dir);
    if !failed.status.success() && !String::from_utf8_lossy(&failed.stdout).contains("concord....") {
        panic!(
            "pre-commit did not run the hook:\n{}{}",
            String::from_utf8_lossy(&failed.stdout),
            String::from_utf8_lossy(&failed.stderr)
        );
    }
    insta::assert_snapshot!("hook_fails_a_conflicting_note", hook_output(&failed));

    // The same note corrected: the hook passes, although the corpus still holds other conflicts.
    std::fs::write(notes.join("gil.md"), "# The congress\n\nThe speech ran to 26,000 words.\n").unwrap();
    assert!(git(dir, &["add", "notes/gil.md"]).status.success());
    let passed = hook(dir);
    insta::assert_snapshot!("hook_passes_a_clean_note", hook_output(&passed));
}
