//! `concord config`: the effective settings, as a `claims.toml` that would give them.
//!
//! Every key is printed with its value after defaults and command-line overrides, so the output
//! answers "what is concord using here?" and can itself be read back as a configuration.

use std::io::{self, Write};

use concord::config::Settings;

/// Writes the effective settings. `origin` says where they came from, as a comment.
pub fn write(out: &mut dyn Write, settings: &Settings, origin: &str) -> io::Result<()> {
    writeln!(out, "# {origin}")?;
    writeln!(out, "\n[corpus]")?;
    writeln!(out, "include = {}", list(&settings.include))?;
    writeln!(out, "exclude = {}", list(&settings.exclude))?;
    writeln!(out, "\n[check]")?;
    writeln!(out, "discover = {}", settings.discover)?;
    writeln!(out, "fail-on = {}", quote(settings.fail_on.as_str()))?;
    writeln!(out, "\n[check.rules]")?;
    for rule in concord::check::RULES {
        let level = settings.severity(rule.id).map_or("off", |s| s.as_str());
        writeln!(out, "{} = {}", rule.id, quote(level))?;
    }
    let t = &settings.tolerance;
    writeln!(out, "\n[check.tolerance]")?;
    writeln!(out, "approx = {:?}", t.approx)?;
    writeln!(out, "nearly = {:?}", t.nearly)?;
    writeln!(out, "time-minutes = {:?}", t.time_minutes)?;
    writeln!(out, "rounding = {}", t.rounding)?;
    for source in &settings.sources {
        writeln!(out, "\n[[source]]")?;
        writeln!(out, "id = {}", quote(&source.id))?;
        writeln!(out, "cite-as = {}", list(&source.cite_as))?;
        if let Some(title) = &source.title {
            writeln!(out, "title = {}", quote(title))?;
        }
        if let Some(pages) = &source.pages {
            writeln!(out, "pages = {}", quote(pages))?;
        }
    }
    for entity in &settings.entities {
        writeln!(out, "\n[[entity]]")?;
        writeln!(out, "name = {}", quote(&entity.name))?;
        writeln!(out, "aliases = {}", list(&entity.aliases))?;
    }
    for claim in &settings.subjects {
        writeln!(out, "\n[[claim]]")?;
        writeln!(out, "id = {}", quote(&claim.id))?;
        if let Some(about) = &claim.about {
            writeln!(out, "about = {}", quote(about))?;
        }
        if let Some(kind) = claim.kind {
            writeln!(out, "kind = {}", quote(kind.as_str()))?;
        }
        writeln!(out, "cues = {}", list(&claim.cues))?;
        if !claim.exclude_cues.is_empty() {
            writeln!(out, "exclude-cues = {}", list(&claim.exclude_cues))?;
        }
        if let Some(unit) = &claim.unit {
            writeln!(out, "unit = {}", quote(unit))?;
        }
        if let Some(expect) = &claim.expect_text {
            writeln!(out, "expect = {}", quote(expect))?;
        }
        if let Some(source) = &claim.source {
            writeln!(out, "source = {}", quote(source))?;
        }
    }
    Ok(())
}

/// A TOML basic string; JSON's escapes are all valid in TOML.
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}
