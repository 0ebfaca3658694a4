//! The documentation is checked against the program: docs/rules.md is made from `concord explain`,
//! and docs/claims-toml.md names every key that `concord config` prints.

use std::path::PathBuf;

use assert_cmd::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn concord(args: &[&str]) -> String {
    let out = Command::cargo_bin("concord")
        .unwrap()
        .current_dir(root())
        .env("CONCORD_CACHE_DIR", PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cache"))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "concord {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The generated part of docs/rules.md: a table of the rules, then each rule as `concord explain`
/// prints it.
fn generated_rules() -> String {
    let mut text = String::from("\n| id | default severity | what it flags |\n|---|---|---|\n");
    for rule in concord::check::RULES {
        let default = rule.default.map_or("off", |s| s.as_str());
        text.push_str(&format!("| [`{id}`](#{id}) | {default} | {} |\n", rule.summary, id = rule.id));
    }
    for rule in concord::check::RULES {
        text.push('\n');
        text.push_str(&concord(&["explain", rule.id]));
    }
    text
}

#[test]
fn rules_reference_is_generated_from_the_rule_docs() {
    let path = root().join("docs/rules.md");
    let current = std::fs::read_to_string(&path).unwrap();
    let marker = "edit src/check/rules/*.md instead. -->\n";
    let cut = current.find(marker).expect("docs/rules.md keeps its generation marker") + marker.len();
    let expected = format!("{}{}", &current[..cut], generated_rules());
    if std::env::var_os("CONCORD_BLESS_DOCS").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    assert!(
        current == expected,
        "docs/rules.md is stale: run `CONCORD_BLESS_DOCS=1 cargo test --test docs` and commit the result"
    );
}

#[test]
fn claims_toml_reference_names_every_key() {
    let doc = std::fs::read_to_string(root().join("docs/claims-toml.md")).unwrap();
    let settings = concord(&["config"]);
    let mut missing = Vec::new();
    for line in settings.lines() {
        let key = if let Some(table) = line.strip_prefix('[') {
            table.trim_matches(|c| c == '[' || c == ']').to_string()
        } else if let Some((key, _)) = line.split_once(" = ") {
            key.to_string()
        } else {
            continue;
        };
        // Rule ids are documented in docs/rules.md; the tables hold them under `rules`.
        if concord::check::rule(&key).is_some() || key == "check.rules" {
            continue;
        }
        let table = format!("`[{key}]`");
        let array = format!("`[[{key}]]`");
        if !doc.contains(&format!("`{key}`")) && !doc.contains(&table) && !doc.contains(&array) {
            missing.push(key);
        }
    }
    assert!(missing.is_empty(), "docs/claims-toml.md does not document: {missing:?}");
}
