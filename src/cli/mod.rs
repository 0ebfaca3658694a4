//! The command line: arguments, loading, running the engine, printing, exit codes.
//!
//! Exit codes: 0 when clean, 1 when a finding reaches `fail-on`, 2 on errors (bad arguments, a bad
//! `claims.toml`, unreadable files). A closed pipe on standard output is not an error.

mod cache;
mod explain;
mod load;
mod report;
mod views;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use concord::finding::Severity;
use concord::pipeline::{self, Analysis};

use load::{Fatal, Problem};

/// concord: cross-checks the facts in a collection of prose.
#[derive(Debug, Parser)]
#[command(name = "concord", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Report where documents conflict (exit 1 when a finding reaches fail-on).
    Check(CommonArgs),
    /// List every extracted claim.
    Claims(CommonArgs),
    /// Show every subject with its claims grouped by value, the link reasons and the verdict.
    Subjects(CommonArgs),
    /// Show the citation index: each source, the documents citing it, the pages and the claims.
    Sources(CommonArgs),
    /// Explain a rule, or show a subject with its claims and verdicts.
    Explain {
        /// A rule id (`conflict`) or a subject id (`speech.date`).
        name: String,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Print the claim graph: documents, claims, subjects, sources and their edges.
    Graph {
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = views::GraphFormat::Dot)]
        format: views::GraphFormat,
    },
    /// Write a starter claims.toml from the discovered subjects and their consensus values.
    Init {
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Overwrite an existing claims.toml.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
struct CommonArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = report::Format::Human)]
    format: report::Format,
    /// Print findings only.
    #[arg(short, long)]
    quiet: bool,
}

/// What to read and how to read it.
#[derive(Debug, Args)]
struct CorpusArgs {
    /// Files or folders to read. Default: the corpus of the nearest claims.toml, else the working
    /// directory.
    paths: Vec<PathBuf>,
    /// Use this configuration file instead of searching for claims.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    config: Option<PathBuf>,
    /// Use no configuration file at all: default settings, no declared subjects.
    #[arg(long)]
    isolated: bool,
    /// Only link claims to subjects declared in claims.toml.
    #[arg(long)]
    no_discover: bool,
    /// Resolve relative dates ("yesterday", "three years ago") against this day (YYYY-MM-DD) in
    /// documents whose front matter gives no `date`.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    document_date: Option<concord::value::DatePoint>,
    /// Read and extract every document afresh, without the cache of earlier runs.
    #[arg(long)]
    no_cache: bool,
}

/// Parses `--document-date`.
fn parse_day(text: &str) -> Result<concord::value::DatePoint, String> {
    match concord::value::Value::parse(text) {
        Some(concord::value::Value::Date(d)) if d.start.day.is_some() && d.end.is_none() && d.time.is_none() => {
            Ok(d.start)
        }
        _ => Err(format!("`{text}` is not a day: write it as YYYY-MM-DD")),
    }
}

/// Runs concord and returns its exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(Failure::Fatal(fatal)) => {
            eprint_diagnostic(&fatal);
            ExitCode::from(2)
        }
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            let _ = writeln!(io::stderr(), "concord: error: {e}");
            ExitCode::from(2)
        }
    }
}

enum Failure {
    Fatal(Fatal),
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

impl From<Fatal> for Failure {
    fn from(e: Fatal) -> Failure {
        Failure::Fatal(e)
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Check(args) => {
            let (analysis, problems, fail_on) = analyze(&args.corpus)?;
            let mut out = io::stdout().lock();
            report::write(&mut out, args.format, &analysis, &report_options(&args))?;
            out.flush()?;
            let code = exit_code(&analysis, &problems, fail_on);
            // The process ends here: freeing a corpus's analysis piece by piece only delays the exit.
            std::mem::forget(analysis);
            Ok(code)
        }
        Command::Claims(args) => {
            let (analysis, problems, _) = analyze(&args.corpus)?;
            let mut out = io::stdout().lock();
            match args.format {
                report::Format::Json => report::json::write(&mut out, &analysis, false)?,
                _ => report::claims::write(&mut out, &analysis)?,
            }
            out.flush()?;
            Ok(problems_code(&problems))
        }
        Command::Explain { name, common } => {
            let mut out = io::stdout().lock();
            if let Some(rule) = concord::check::rule(&name) {
                explain::rule(&mut out, rule)?;
                return Ok(ExitCode::SUCCESS);
            }
            let (analysis, problems, _) = analyze(&common.corpus)?;
            let found = explain::subject(&mut out, &analysis, &name)?;
            out.flush()?;
            if !found {
                let _ = writeln!(io::stderr(), "{}", explain::not_found(&analysis, &name));
                return Ok(ExitCode::from(2));
            }
            Ok(problems_code(&problems))
        }
        Command::Subjects(args) => {
            let (analysis, problems, _) = analyze(&args.corpus)?;
            let mut out = io::stdout().lock();
            match args.format {
                report::Format::Json => views::subjects_json(&mut out, &analysis)?,
                _ => views::subjects(&mut out, &analysis)?,
            }
            out.flush()?;
            Ok(problems_code(&problems))
        }
        Command::Sources(args) => {
            let (analysis, problems, _) = analyze(&args.corpus)?;
            let mut out = io::stdout().lock();
            match args.format {
                report::Format::Json => views::sources_json(&mut out, &analysis)?,
                _ => views::sources(&mut out, &analysis)?,
            }
            out.flush()?;
            Ok(problems_code(&problems))
        }
        Command::Graph { corpus, format } => {
            let (analysis, problems, _) = analyze(&corpus)?;
            let mut out = io::stdout().lock();
            views::graph(&mut out, &analysis, format)?;
            out.flush()?;
            Ok(problems_code(&problems))
        }
        Command::Init { corpus, force } => {
            let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
            let target = cwd.join(load::CONFIG_NAME);
            if target.exists() && !force {
                let _ = writeln!(
                    io::stderr(),
                    "concord: error: {} already exists; concord init never overwrites it unless given --force",
                    load::CONFIG_NAME
                );
                return Ok(ExitCode::from(2));
            }
            let (analysis, problems, _) = analyze(&corpus)?;
            let (text, count) = views::starter_config(&analysis);
            std::fs::write(&target, text)?;
            let _ = writeln!(io::stdout(), "wrote {} with {count} subjects to review", load::CONFIG_NAME);
            Ok(problems_code(&problems))
        }
    }
}

/// Loads the configuration and corpus, reports per-file problems on standard error, and runs the
/// engine.
fn analyze(args: &CorpusArgs) -> Result<(Analysis, Vec<Problem>, Severity), Failure> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let mut config = load::config(args.config.as_deref(), args.isolated, &cwd)?;
    if args.no_discover {
        config.settings.discover = false;
    }
    config.settings.document_date = args.document_date;
    let loaded = load::corpus(&args.paths, &config, &cwd)?;
    report_problems(&loaded.problems);
    let date = config.settings.document_date;
    let prepared = match (!args.no_cache).then(|| cache::Cache::open(&cwd, date)).flatten() {
        Some(cache) => cache.prepare(loaded.inputs, date),
        None => pipeline::prepare_all(loaded.inputs, date),
    };
    let mut analysis = pipeline::analyze_prepared(prepared, &config.settings, loaded.focus.as_ref());
    // With a focus, only findings whose primary claim (the one that stands out) is in a focus document
    // are reported: a hook that stages a note hears about that note, checked against all the others.
    if let Some(focus) = &loaded.focus {
        let documents = &analysis.documents;
        analysis.findings.retain(|f| focus.contains(&documents[f.primary.doc.index()].path));
    }
    Ok((analysis, loaded.problems, config.settings.fail_on))
}

fn report_problems(problems: &[Problem]) {
    let mut err = io::stderr().lock();
    for p in problems {
        let _ = writeln!(err, "concord: error: {}: {}", p.path, p.message);
    }
}

fn report_options(args: &CommonArgs) -> report::Options {
    let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    report::Options { color, quiet: args.quiet, width: terminal_width() }
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).filter(|w| *w >= 40).unwrap_or(100)
}

/// 2 when a file could not be read as it should, else 0.
fn problems_code(problems: &[Problem]) -> ExitCode {
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) }
}

fn exit_code(analysis: &Analysis, problems: &[Problem], fail_on: Severity) -> ExitCode {
    if !problems.is_empty() {
        return ExitCode::from(2);
    }
    if analysis.findings.iter().any(|f| f.severity >= fail_on) {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn eprint_diagnostic(diagnostic: &dyn miette::Diagnostic) {
    let color = io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let theme = if color { miette::GraphicalTheme::unicode() } else { miette::GraphicalTheme::unicode_nocolor() };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(terminal_width()).with_links(false);
    let mut text = String::new();
    if handler.render_report(&mut text, diagnostic).is_err() {
        text = format!("concord: error: {diagnostic}\n");
    }
    let _ = io::stderr().write_all(text.as_bytes());
}
