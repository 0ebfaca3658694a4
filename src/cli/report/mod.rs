//! Output formats: each an adapter from the analysis and its findings to text.
//!
//! Every format writes to a `Write` it is given and returns I/O errors (a closed pipe included) to the
//! caller, which decides what they mean. Formats never decide exit codes.

pub mod brief;
pub mod claims;
mod excerpt;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use std::io::{self, Write};

use concord::finding::{Finding, Severity};
use concord::pipeline::Analysis;

/// The output formats of `concord check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics with the source underlined, for people.
    Human,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Brief,
    /// The JSON report, version 1 (a public interface).
    Json,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// GitHub Actions workflow commands: annotations on a pull request.
    Github,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// When the output is a terminal and `NO_COLOR` is unset or empty.
    #[default]
    Auto,
    /// Always, whatever `NO_COLOR` says.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream that is (or is not) a terminal.
    pub fn enabled(self, terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

/// What a report needs besides the analysis.
pub struct Options {
    /// Use colour.
    pub color: bool,
    /// Print findings only: no summary, no info.
    pub quiet: bool,
    /// Wrap width for human output.
    pub width: usize,
}

/// Writes the findings of `analysis` in `format`.
pub fn write(out: &mut dyn Write, format: Format, analysis: &Analysis, options: &Options) -> io::Result<()> {
    match format {
        Format::Human => human::write(out, analysis, options),
        Format::Brief => brief::write(out, analysis),
        Format::Json => json::write(out, analysis, true),
        Format::Sarif => sarif::write(out, analysis),
        Format::Github => github::write(out, analysis),
    }
}

/// Findings worth showing to a person: warnings and errors.
pub fn shown(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(|f| f.severity >= Severity::Warning)
}
