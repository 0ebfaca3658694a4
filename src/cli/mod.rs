//! The command line: arguments, loading, running the engine, printing, exit codes.
//!
//! Exit codes: 0 when clean, 1 when a finding reaches `fail-on`, 2 on errors (bad arguments, a bad
//! `claims.toml`, unreadable files). A closed pipe on standard output is not an error.

mod cache;
mod explain;
mod load;
mod progress;
mod report;
mod settings;
mod views;

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use concord::finding::Severity;
use concord::pipeline::{self, Analysis};

use load::{Fatal, Problem};
use progress::Progress;
use report::ColorChoice;

/// concord: cross-checks the facts in a collection of prose.
#[derive(Debug, Parser)]
#[command(name = "concord", version, about, long_about = None)]
struct Cli {
    /// When to use colour.
    #[arg(long, value_enum, global = true, default_value_t, value_name = "WHEN")]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Report where documents conflict (exit 1 when a finding reaches fail-on).
    Check {
        #[command(flatten)]
        common: CommonArgs,
        /// Report only findings that this baseline file (written by `concord baseline`) does not
        /// list, and name its entries that no longer match a finding.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
    },
    /// Write the current findings to a baseline file, keyed by rule, subject and values.
    Baseline {
        #[command(flatten)]
        corpus: CorpusArgs,
        /// The file to write.
        #[arg(long, short, value_name = "FILE", default_value = DEFAULT_BASELINE)]
        output: PathBuf,
    },
    /// Print the effective settings: claims.toml (or the defaults) after command-line options.
    Config(SettingsArgs),
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

/// Where the settings come from.
#[derive(Debug, Args)]
struct SettingsArgs {
    /// Use this configuration file instead of searching for claims.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    config: Option<PathBuf>,
    /// Use no configuration file at all: default settings, no declared subjects.
    #[arg(long)]
    isolated: bool,
    /// Only link claims to subjects declared in claims.toml.
    #[arg(long)]
    no_discover: bool,
}

impl SettingsArgs {
    /// The configuration these options name, seen from `cwd`, for a corpus given as `paths`.
    fn load(&self, cwd: &Path, paths: &[PathBuf]) -> Result<load::Config, Fatal> {
        let start = load::search_start(paths, cwd);
        let mut config = load::config(self.config.as_deref(), self.isolated, cwd, &start)?;
        if self.no_discover {
            config.settings.discover = false;
        }
        Ok(config)
    }
}

/// What to read and how to read it.
#[derive(Debug, Args)]
struct CorpusArgs {
    /// Files or folders to read. Default: the corpus of the nearest claims.toml, else the working
    /// directory. `-` reads one document from standard input (with --stdin-filename).
    paths: Vec<PathBuf>,
    /// The name of the document read from standard input (`-`): it takes that file's place in the
    /// corpus and only its findings are reported.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<PathBuf>,
    #[command(flatten)]
    settings: SettingsArgs,
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

/// The file `concord baseline` writes unless told otherwise.
const DEFAULT_BASELINE: &str = "concord-baseline.toml";

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
    let color = cli.color;
    match run(cli) {
        Ok(code) => code,
        Err(Failure::Fatal(fatal)) => {
            eprint_diagnostic(&fatal, color);
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
    let color = cli.color;
    match cli.command {
        Command::Check { common: args, baseline } => {
            let known = baseline.as_deref().map(read_baseline).transpose()?;
            let (mut analysis, problems, fail_on) = analyze(&args.corpus, progress(&args))?;
            if let Some((path, known)) = &known {
                apply_baseline(&mut analysis, known, path, args.quiet);
            }
            let mut out = stdout();
            report::write(&mut out, args.format, &analysis, &report_options(&args, color))?;
            out.flush()?;
            let code = exit_code(&analysis, &problems, fail_on);
            // The process ends here: freeing a corpus's analysis piece by piece only delays the exit.
            std::mem::forget(analysis);
            Ok(code)
        }
        Command::Baseline { corpus, output } => {
            let (analysis, problems, _) = analyze(&corpus, Progress::hidden())?;
            let entries: Vec<_> =
                report::shown(&analysis.findings).map(|f| concord::baseline::Entry::of(&analysis, f)).collect();
            let count = entries.len();
            std::fs::write(&output, concord::baseline::Baseline::new(entries).render())
                .map_err(|e| io::Error::new(e.kind(), format!("cannot write {}: {e}", output.display())))?;
            let _ = writeln!(io::stdout(), "wrote {} with {count} findings", output.display());
            Ok(problems_code(&problems))
        }
        Command::Config(args) => {
            let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
            let loaded = args.load(&cwd, &[])?;
            let origin = match (&args.config, &loaded.root) {
                (Some(given), _) => format!("settings from {}", given.display()),
                (None, Some(root)) => {
                    format!("settings from {}", load::display_path(&root.join(load::CONFIG_NAME), &cwd))
                }
                (None, None) if args.isolated => "no configuration file (--isolated): the defaults".to_string(),
                (None, None) => format!("no {} found here or above: the defaults", load::CONFIG_NAME),
            };
            let mut out = stdout();
            settings::write(&mut out, &loaded.settings, &origin)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Claims(args) => {
            let (analysis, problems, _) = analyze(&args.corpus, progress(&args))?;
            let mut out = stdout();
            match args.format {
                report::Format::Json => report::json::write(&mut out, &analysis, false)?,
                _ => report::claims::write(&mut out, &analysis)?,
            }
            out.flush()?;
            Ok(problems_code(&problems))
        }
        Command::Explain { name, common } => {
            let mut out = stdout();
            if let Some(rule) = concord::check::rule(&name) {
                explain::rule(&mut out, rule)?;
                return Ok(ExitCode::SUCCESS);
            }
            let (analysis, problems, _) = analyze(&common.corpus, progress(&common))?;
            let found = explain::subject(&mut out, &analysis, &name)?;
            out.flush()?;
            if !found {
                let _ = writeln!(io::stderr(), "{}", explain::not_found(&analysis, &name));
                return Ok(ExitCode::from(2));
            }
            Ok(problems_code(&problems))
        }
        Command::Subjects(args) => view(&args, views::subjects, views::subjects_json),
        Command::Sources(args) => view(&args, views::sources, views::sources_json),
        Command::Graph { corpus, format } => {
            let (analysis, problems, _) = analyze(&corpus, Progress::hidden())?;
            let mut out = stdout();
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
            let (analysis, problems, _) = analyze(&corpus, Progress::hidden())?;
            let (text, count) = views::starter_config(&analysis);
            std::fs::write(&target, text)?;
            let _ = writeln!(io::stdout(), "wrote {} with {count} subjects to review", load::CONFIG_NAME);
            Ok(problems_code(&problems))
        }
    }
}

/// Standard output, buffered: locked standard output alone writes each line as it ends, one system
/// call per line of a report or of JSON.
fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// A view of the analysis: `text` prints it for people, `json` with `--format json`.
type View = fn(&mut dyn Write, &Analysis) -> io::Result<()>;

/// Runs a view command.
fn view(args: &CommonArgs, text: View, json: View) -> Result<ExitCode, Failure> {
    let (analysis, problems, _) = analyze(&args.corpus, progress(args))?;
    let mut out = stdout();
    match args.format {
        report::Format::Json => json(&mut out, &analysis)?,
        _ => text(&mut out, &analysis)?,
    }
    out.flush()?;
    Ok(problems_code(&problems))
}

/// Loads the configuration and corpus, reports per-file problems on standard error, and runs the
/// engine.
fn analyze(args: &CorpusArgs, progress: Progress) -> Result<(Analysis, Vec<Problem>, Severity), Failure> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let mut stdin_problems = Vec::new();
    let (paths, buffer) = stdin_buffer(args, &mut stdin_problems)?;
    let mut config = args.settings.load(&cwd, paths)?;
    config.settings.document_date = args.document_date;
    let mut loaded = load::corpus(paths, buffer, &config, &cwd, &progress)?;
    loaded.problems.extend(stdin_problems);
    progress.checking(loaded.inputs.len());
    let date = config.settings.document_date;
    let prepared = match (!args.no_cache).then(|| cache::Cache::open(&cwd, date)).flatten() {
        Some(cache) => cache.prepare(loaded.inputs, date),
        None => pipeline::prepare_all(loaded.inputs, date),
    };
    let mut analysis = pipeline::analyze_prepared(prepared, &config.settings, loaded.focus.as_ref());
    progress.finish();
    // With a focus, only findings whose primary claim (the one that stands out) is in a focus document
    // are reported: a hook that stages a note hears about that note, checked against all the others.
    let in_focus = |path: &str| loaded.focus.as_ref().is_none_or(|focus| focus.contains(path));
    let documents = &analysis.documents;
    analysis.findings.retain(|f| in_focus(&documents[f.primary.doc.index()].path));
    // A suppression comment that cannot be read is a problem of its file: the rest is still checked.
    let (_, bad) = concord::suppress::directives(&analysis.documents);
    for e in bad {
        let doc = &analysis.documents[e.doc.index()];
        if in_focus(&doc.path) {
            let (line, column) = doc.line_col(e.span.start);
            loaded.problems.push(Problem { path: format!("{}:{line}:{column}", doc.path), message: e.message });
        }
    }
    report_problems(&loaded.problems);
    Ok((analysis, loaded.problems, config.settings.fail_on))
}

/// The PATHS to walk and the document read from standard input, when PATHS is `-`.
fn stdin_buffer<'a>(
    args: &'a CorpusArgs,
    problems: &mut Vec<Problem>,
) -> Result<(&'a [PathBuf], Option<load::Buffer>), Fatal> {
    let dash = args.paths.iter().any(|p| p.as_os_str() == "-");
    match (&args.stdin_filename, dash) {
        (None, false) => Ok((&args.paths, None)),
        (None, true) => Err(Fatal::Stdin(
            "reading a document from standard input (`-`) needs --stdin-filename NAME, the name of the file it \
             stands for"
                .into(),
        )),
        (Some(_), false) => {
            Err(Fatal::Stdin("--stdin-filename names the document read from `-`: pass `-` as the only PATH".into()))
        }
        (Some(_), true) if args.paths.len() > 1 => {
            Err(Fatal::Stdin("`-` (standard input) must be the only PATH".into()))
        }
        (Some(name), true) => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Fatal::Stdin(format!("cannot read standard input: {e}")))?;
            let text = load::decode(bytes, name.display().to_string(), problems)
                .map(|input| input.text)
                .ok_or_else(|| Fatal::Stdin("standard input is binary (contains NUL bytes)".into()))?;
            Ok((&[], Some(load::Buffer { name: name.clone(), text })))
        }
    }
}

/// Reads a baseline file; any trouble is fatal, since a check against a baseline it cannot read would
/// report every known finding as new.
fn read_baseline(path: &Path) -> Result<(String, concord::baseline::Baseline), Fatal> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Fatal::Baseline {
        path: shown.clone(),
        message: format!("cannot read it: {}", e.to_string().to_lowercase()),
    })?;
    let baseline = concord::baseline::Baseline::parse(&text).map_err(|e| {
        let place = e.span.map(|s| {
            let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
            format!(" (line {line})")
        });
        Fatal::Baseline { path: shown.clone(), message: format!("{}{}", e.message.trim(), place.unwrap_or_default()) }
    })?;
    Ok((shown, baseline))
}

/// Keeps only the findings the baseline does not list (agreements and other `info` findings are never
/// baselined and stay), and names on standard error the entries that matched nothing.
fn apply_baseline(analysis: &mut Analysis, baseline: &concord::baseline::Baseline, path: &str, quiet: bool) {
    let shown: Vec<usize> =
        (0..analysis.findings.len()).filter(|&i| analysis.findings[i].severity >= Severity::Warning).collect();
    let entries: Vec<_> =
        shown.iter().map(|&i| concord::baseline::Entry::of(analysis, &analysis.findings[i])).collect();
    let checked: std::collections::BTreeSet<&str> = analysis.documents.iter().map(|d| d.path.as_str()).collect();
    let (new, stale) = baseline.compare(&entries, |p| checked.contains(p));
    let keep: std::collections::BTreeSet<usize> = new.iter().map(|&n| shown[n]).collect();
    let mut index = 0;
    analysis.findings.retain(|f| {
        let kept = f.severity < Severity::Warning || keep.contains(&index);
        index += 1;
        kept
    });
    if quiet {
        return;
    }
    let mut err = io::stderr().lock();
    let hidden = shown.len() - new.len();
    if hidden > 0 {
        let findings = if hidden == 1 { "finding" } else { "findings" };
        let _ = writeln!(err, "concord: {hidden} known {findings} listed in {path} not shown");
    }
    if stale.is_empty() {
        return;
    }
    let entries = if stale.len() == 1 { "entry" } else { "entries" };
    let verb = if stale.len() == 1 { "matches" } else { "match" };
    let _ = writeln!(
        err,
        "concord: {} {entries} of {path} no longer {verb} a finding (fixed, or changed); `concord baseline` \
         rewrites it:",
        stale.len()
    );
    for e in stale {
        let subject = if e.subject.is_empty() { String::new() } else { format!(" {}", e.subject) };
        let _ = writeln!(err, "  {}: {}{subject}: {}", e.path, e.rule, e.values.join(", "));
    }
}

/// A progress bar for a run that prints reports: only on a terminal, never when quiet.
fn progress(args: &CommonArgs) -> Progress {
    Progress::new(!args.quiet && io::stderr().is_terminal())
}

fn report_problems(problems: &[Problem]) {
    let mut err = io::stderr().lock();
    for p in problems {
        let _ = writeln!(err, "concord: error: {}: {}", p.path, p.message);
    }
}

fn report_options(args: &CommonArgs, color: ColorChoice) -> report::Options {
    report::Options { color: color.enabled(io::stdout().is_terminal()), quiet: args.quiet, width: terminal_width() }
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

fn eprint_diagnostic(diagnostic: &dyn miette::Diagnostic, color: ColorChoice) {
    let color = color.enabled(io::stderr().is_terminal());
    let theme = if color { miette::GraphicalTheme::unicode() } else { miette::GraphicalTheme::unicode_nocolor() };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(terminal_width()).with_links(false);
    let mut text = String::new();
    if handler.render_report(&mut text, diagnostic).is_err() {
        text = format!("concord: error: {diagnostic}\n");
    }
    let _ = io::stderr().write_all(text.as_bytes());
}
