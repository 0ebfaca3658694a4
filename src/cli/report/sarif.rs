//! The SARIF 2.1.0 format, for code-scanning services.
//!
//! One result per finding shown to people (warnings and errors), at the primary claim, with the
//! other claims involved as related locations. Each rule of the registry is described from its
//! documentation. Columns count Unicode code points, as concord's do, and the run says so. Every
//! result carries a partial fingerprint made from its rule, subject and values, never from a line, so
//! a service can follow a finding while the note around it changes.

use std::io::{self, Write};

use concord::baseline::Entry;
use concord::finding::{Label, Severity};
use concord::pipeline::Analysis;
use serde::Serialize;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of concord's partial fingerprint.
pub const FINGERPRINT_KEY: &str = "concord/v1";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: &'static str,
    markdown: &'static str,
}

#[derive(Serialize)]
struct Configuration {
    enabled: bool,
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: std::collections::BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
}

fn level(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Error) => "error",
        Some(Severity::Warning) => "warning",
        Some(Severity::Info) => "note",
        None => "none",
    }
}

/// Writes the SARIF log of the warnings and errors of `analysis`.
pub fn write(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    let rules = concord::check::RULES
        .iter()
        .map(|r| Rule {
            id: r.id,
            short_description: Text { text: format!("{}.", capitalised(r.summary)) },
            full_description: Text { text: first_paragraph(r.doc) },
            help: Help { text: r.doc, markdown: r.doc },
            default_configuration: Configuration { enabled: r.default.is_some(), level: level(r.default) },
        })
        .collect();
    let results = super::shown(&analysis.findings)
        .map(|f| {
            let rule_index = concord::check::RULES.iter().position(|r| r.id == f.rule).unwrap_or(0);
            let related = f
                .related
                .iter()
                .enumerate()
                .map(|(i, label)| Location {
                    id: Some(i + 1),
                    physical_location: physical(analysis, label),
                    message: Some(Text { text: label.message.clone() }),
                })
                .collect();
            let mut message = f.message.clone();
            if let Some(help) = &f.help {
                message.push_str(&format!(" ({help})"));
            }
            SarifResult {
                rule_id: f.rule,
                rule_index,
                level: level(Some(f.severity)),
                message: Text { text: message },
                locations: vec![Location {
                    id: None,
                    physical_location: physical(analysis, &f.primary),
                    message: None,
                }],
                related_locations: related,
                partial_fingerprints: [(FINGERPRINT_KEY, Entry::of(analysis, f).fingerprint())].into(),
            }
        })
        .collect();
    let version = env!("CARGO_PKG_VERSION");
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool { driver: Driver { name: "concord", version, semantic_version: version, rules } },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log).map_err(super::json::io_error)?;
    writeln!(out)
}

fn physical(analysis: &Analysis, label: &Label) -> PhysicalLocation {
    let doc = &analysis.documents[label.doc.index()];
    let (start_line, start_column) = doc.line_col(label.span.start);
    let (end_line, end_column) = doc.line_col(label.span.end);
    PhysicalLocation {
        artifact_location: ArtifactLocation { uri: uri(&doc.path) },
        region: Region {
            start_line,
            start_column,
            end_line,
            end_column,
            byte_offset: label.span.start,
            byte_length: label.span.len(),
        },
    }
}

/// A path as a URI reference: relative paths stay relative, absolute ones become `file://` URIs, and
/// every byte outside the unreserved set (and `/`) is percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The first paragraph under "What it does" in a rule's documentation, on one line.
fn first_paragraph(doc: &str) -> String {
    let body = doc.split_once("## What it does").map_or(doc, |(_, rest)| rest);
    let paragraph = body.trim_start().split("\n\n").next().unwrap_or("");
    paragraph.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("notes/a b.md"), "notes/a%20b.md");
        assert_eq!(uri("/tmp/x.md"), "file:///tmp/x.md");
        assert_eq!(uri("notes/é.md"), "notes/%C3%A9.md");
    }
}
