//! Finding the configuration and the corpus, and reading files.
//!
//! Trouble here is of two kinds. A fatal error (an unreadable or malformed `claims.toml`, a config
//! path that does not exist) stops the run. A per-file problem (a missing path, an unreadable file,
//! a binary file, invalid UTF-8) is reported and the rest of the corpus is still checked; problems
//! of error severity make the run exit 2 at the end.

use std::fs;
use std::path::{Path, PathBuf};

use concord::config::{ConfigError, Settings};
use concord::pipeline::Input;
use globset::{Glob, GlobSet, GlobSetBuilder};
use miette::{Diagnostic, NamedSource, SourceSpan};
use rayon::prelude::*;

use super::progress::Progress;

/// The name of the configuration file searched for.
pub const CONFIG_NAME: &str = "claims.toml";

/// A configuration error, rendered by miette with the TOML span labelled.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("invalid {path}: {message}")]
#[diagnostic(code(concord::config))]
pub struct ConfigDiagnostic {
    path: String,
    message: String,
    #[source_code]
    code: NamedSource<String>,
    #[label("{message}")]
    span: Option<SourceSpan>,
    #[help]
    help: Option<String>,
}

/// A fatal error: the run cannot go on.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum Fatal {
    /// A configuration file that does not parse or resolve.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(Box<ConfigDiagnostic>),
    /// A configuration file that cannot be read.
    #[error("cannot read {path}: {reason}")]
    #[diagnostic(code(concord::config))]
    ConfigUnreadable {
        /// The path.
        path: String,
        /// The operating system's reason.
        reason: String,
    },
    /// A baseline file that cannot be read or parsed.
    #[error("invalid baseline {path}: {message}")]
    #[diagnostic(code(concord::baseline), help("`concord baseline` writes a fresh one"))]
    Baseline {
        /// The path.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// Bad use of standard input.
    #[error("{0}")]
    #[diagnostic(code(concord::stdin))]
    Stdin(String),
    /// A bad glob in `[corpus]`.
    #[error("invalid glob `{glob}` in {path}: {reason}")]
    #[diagnostic(code(concord::config))]
    Glob {
        /// The configuration file.
        path: String,
        /// The glob.
        glob: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// A per-file problem: reported, the rest of the corpus still checked, and the run exits 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The path as given or walked.
    pub path: String,
    /// What went wrong, and what concord did about it.
    pub message: String,
}

/// The loaded configuration: settings and where they came from.
pub struct Config {
    /// The resolved settings.
    pub settings: Settings,
    /// The folder of the `claims.toml`, when there is one.
    pub root: Option<PathBuf>,
}

/// Loads the configuration: `explicit` if given, else (unless `isolated`) the nearest `claims.toml`
/// upward from `start` (see [`search_start`]), else the defaults.
pub fn config(explicit: Option<&Path>, isolated: bool, cwd: &Path, start: &Path) -> Result<Config, Fatal> {
    let path = match explicit {
        Some(p) => Some(cwd.join(p)),
        None if isolated => None,
        None => start.ancestors().map(|d| d.join(CONFIG_NAME)).find(|p| p.is_file()),
    };
    let Some(path) = path else {
        return Ok(Config { settings: Settings::default(), root: None });
    };
    let shown = display_path(&path, cwd);
    let text = fs::read_to_string(&path)
        .map_err(|e| Fatal::ConfigUnreadable { path: shown.clone(), reason: e.to_string() })?;
    let settings = Settings::from_toml(&text).map_err(|e: ConfigError| {
        Fatal::Config(Box::new(ConfigDiagnostic {
            path: shown.clone(),
            message: e.message.clone(),
            span: e.span.map(|s| SourceSpan::from(s.start..s.end.max(s.start))),
            code: NamedSource::new(shown.clone(), text.clone()),
            help: e.help,
        }))
    })?;
    let root = path.parent().map(|p| if p.as_os_str().is_empty() { cwd.to_path_buf() } else { p.to_path_buf() });
    Ok(Config { settings, root })
}

/// Where the search for `claims.toml` starts: the folder that holds every one of `paths`, so that a
/// project's configuration governs its own notes wherever concord runs from, and never notes outside
/// it; with no paths, `cwd`. Paths are made absolute and their `.` and `..` resolved by name.
pub fn search_start(paths: &[PathBuf], cwd: &Path) -> PathBuf {
    let mut common: Option<PathBuf> = None;
    for path in paths {
        let abs = lexical(&cwd.join(path));
        let folder = if abs.is_dir() { abs } else { abs.parent().map_or(abs.clone(), Path::to_path_buf) };
        common = Some(match common {
            None => folder,
            Some(c) => c.components().zip(folder.components()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect(),
        });
    }
    common.unwrap_or_else(|| cwd.to_path_buf())
}

/// `path` with `.` dropped and each `..` taking away the name before it.
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The files of the corpus and the problems met finding them.
/// The documents to read, the problems met finding and reading them, and the focus: when a
/// configuration defines the corpus and PATHS are given, the whole corpus is read but only the files
/// of PATHS (their canonical paths) are the focus, as a pre-commit hook wants.
pub struct Loaded {
    /// The documents.
    pub inputs: Vec<Input>,
    /// Per-file problems.
    pub problems: Vec<Problem>,
    /// The shown paths of the focus documents, when there is a focus.
    pub focus: Option<std::collections::BTreeSet<String>>,
}

/// A document read from standard input, known by the name an editor gives it.
pub struct Buffer {
    /// The name, as given with `--stdin-filename`.
    pub name: PathBuf,
    /// The text.
    pub text: String,
}

/// Finds and reads the corpus. With a `buffer`, the corpus is found as if no PATHS were given, the
/// buffer takes the place of the file it names (or joins the corpus when there is none), and it is
/// the focus.
pub fn corpus(
    paths: &[PathBuf],
    buffer: Option<Buffer>,
    config: &Config,
    cwd: &Path,
    progress: &Progress,
) -> Result<Loaded, Fatal> {
    let config_name = config.root.as_ref().map(|r| display_path(&r.join(CONFIG_NAME), cwd)).unwrap_or_default();
    let build = |globs: &[String]| -> Result<GlobSet, Fatal> {
        let mut builder = GlobSetBuilder::new();
        for g in globs {
            let glob = Glob::new(g).map_err(|e| Fatal::Glob {
                path: config_name.clone(),
                glob: g.clone(),
                reason: e.kind().to_string(),
            })?;
            builder.add(glob);
        }
        builder.build().map_err(|e| Fatal::Glob {
            path: config_name.clone(),
            glob: String::new(),
            reason: e.to_string(),
        })
    };
    let include = build(&config.settings.include)?;
    let exclude = build(&config.settings.exclude)?;
    let default_include = build(&concord::config::DEFAULT_INCLUDE.iter().map(|s| s.to_string()).collect::<Vec<_>>())?;
    let root = config.root.clone();
    // A file is excluded when its path relative to the config's folder matches an exclude glob.
    let excluded = |path: &Path| match &root {
        Some(r) => path.strip_prefix(r).map(|rel| exclude.is_match(rel)).unwrap_or(false),
        None => false,
    };

    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut problems = Vec::new();
    // With a configuration, the corpus is always its files; PATHS only say where to look.
    let focused = root.is_some() && !paths.is_empty();
    if paths.is_empty() || focused {
        let base = root.clone().unwrap_or_else(|| cwd.to_path_buf());
        let set = if root.is_some() { &include } else { &default_include };
        walk(&base, cwd, &mut files, &mut problems, |abs| {
            let rel = abs.strip_prefix(&base).unwrap_or(abs);
            set.is_match(rel) && !excluded(abs)
        });
    }
    let mut focus_files: Vec<(PathBuf, String)> = Vec::new();
    if !paths.is_empty() {
        let target = if focused { &mut focus_files } else { &mut files };
        for p in paths {
            let abs = if p.is_absolute() { p.clone() } else { cwd.join(p) };
            let shown = p.display().to_string();
            match fs::metadata(&abs) {
                Err(e) => problems
                    .push(Problem { path: shown, message: format!("cannot read: {}", lower_first(&e.to_string())) }),
                Ok(m) if m.is_dir() => walk(&abs, cwd, target, &mut problems, |f| {
                    let rel = f.strip_prefix(&abs).unwrap_or(f);
                    default_include.is_match(rel) && !excluded(f)
                }),
                Ok(_) => {
                    if !excluded(&abs) {
                        target.push((abs, shown));
                    }
                }
            }
        }
    }
    // The focus files are read even when the corpus's globs leave them out (but not when excluded),
    // and each is known by the path the corpus shows for it.
    let canonical = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let mut focus = None;
    if focused {
        // A focus file is usually found under the path the walk gave it; only one spelt another way
        // (`..`, a link) needs every path of the corpus resolved.
        let walked: std::collections::HashMap<PathBuf, String> =
            files.iter().map(|(abs, shown)| (lexically_normal(abs), shown.clone())).collect();
        let mut resolved: Option<std::collections::HashMap<PathBuf, String>> = None;
        let mut shown_focus = std::collections::BTreeSet::new();
        // The configuration is never a document, though a hook that passes every staged text file
        // names it when it changes.
        let config_file = root.as_ref().map(|r| canonical(&r.join(CONFIG_NAME)));
        for (abs, shown) in focus_files {
            if config_file.as_ref() == Some(&canonical(&abs)) {
                continue;
            }
            let existing = walked.get(&lexically_normal(&abs)).or_else(|| {
                resolved
                    .get_or_insert_with(|| files.iter().map(|(f, shown)| (canonical(f), shown.clone())).collect())
                    .get(&canonical(&abs))
            });
            match existing.cloned() {
                Some(existing) => {
                    shown_focus.insert(existing);
                }
                None => {
                    shown_focus.insert(shown.clone());
                    files.push((abs, shown));
                }
            }
        }
        focus = Some(shown_focus);
    }
    let mut buffered = None;
    if let Some(buffer) = buffer {
        let abs = cwd.join(&buffer.name);
        // The file is usually found under the path the buffer's name shows as; only a name spelt
        // another way (`./`, `..`, a link) needs every path resolved.
        let named = display_path(&abs, cwd);
        let target = canonical(&abs);
        let found = files
            .iter()
            .position(|(_, shown)| *shown == named)
            .or_else(|| files.iter().position(|(f, _)| canonical(f) == target));
        let shown = match found {
            Some(i) => files.remove(i).1,
            None => named,
        };
        // An excluded file stays excluded when an editor sends it: it is the focus, but is not read.
        if !excluded(&abs) {
            buffered = Some(Input { path: shown.clone(), text: buffer.text });
        }
        focus = Some(std::collections::BTreeSet::from([shown]));
    }
    files.sort_by(|a, b| a.1.cmp(&b.1));
    files.dedup_by(|a, b| a.0 == b.0);
    progress.start_reading(files.len());
    let read: Vec<(Option<Input>, Vec<Problem>)> = files
        .into_par_iter()
        .map(|(abs, shown)| {
            let mut found = Vec::new();
            let input = read(&abs, shown, &mut found);
            progress.read_one();
            (input, found)
        })
        .collect();
    let mut inputs = Vec::with_capacity(read.len() + 1);
    for (input, found) in read {
        inputs.extend(input);
        problems.extend(found);
    }
    inputs.extend(buffered);
    Ok(Loaded { inputs, problems, focus })
}

/// A path with its `.` components dropped, without asking the file system (a `..` stays, since
/// only the file system knows what it leads back from).
fn lexically_normal(path: &Path) -> PathBuf {
    path.components().filter(|c| *c != std::path::Component::CurDir).collect()
}

/// Walks a folder, respecting `.gitignore`, keeping files that `keep` accepts.
fn walk(
    base: &Path,
    cwd: &Path,
    files: &mut Vec<(PathBuf, String)>,
    problems: &mut Vec<Problem>,
    keep: impl Fn(&Path) -> bool,
) {
    for entry in ignore::WalkBuilder::new(base).require_git(false).build() {
        match entry {
            Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                let path = e.into_path();
                if keep(&path) {
                    let shown = display_path(&path, cwd);
                    files.push((path, shown));
                }
            }
            Ok(_) => {}
            Err(err) => problems.push(Problem { path: base.display().to_string(), message: err.to_string() }),
        }
    }
}

/// Reads one file: binary files are skipped with a note, invalid UTF-8 is decoded lossily with one.
fn read(path: &Path, shown: String, problems: &mut Vec<Problem>) -> Option<Input> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            problems.push(Problem { path: shown, message: format!("cannot read: {}", lower_first(&e.to_string())) });
            return None;
        }
    };
    decode(bytes, shown, problems)
}

/// Decodes a file's bytes: binary files are skipped with a note, invalid UTF-8 is decoded lossily
/// with one.
pub fn decode(bytes: Vec<u8>, shown: String, problems: &mut Vec<Problem>) -> Option<Input> {
    if bytes.contains(&0) {
        problems.push(Problem { path: shown, message: "binary file (contains NUL bytes): skipped".into() });
        return None;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            problems.push(Problem {
                path: shown.clone(),
                message: format!("invalid UTF-8 at byte {offset}: checked with replacement characters"),
            });
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    Some(Input { path: shown, text })
}

/// A path as shown to the user: relative to the working directory when it lies below it.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    let shown = path.strip_prefix(cwd).unwrap_or(path);
    let s = shown.display().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
