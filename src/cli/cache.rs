//! A cache of prepared documents between runs: a run over a large, mostly unchanged corpus (a
//! pre-commit hook, an editor checking one buffer) reads and extracts only the documents that
//! changed since the last run.
//!
//! The cache lives in the user's cache directory, never in the corpus: `$CONCORD_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/concord`, else `~/.cache/concord` (`%LOCALAPPDATA%\concord` on Windows). It holds
//! one file per working directory and document-date setting. An entry is keyed by a hash of the
//! document's path and text, and checked against the path and length it was made from; the file as a
//! whole belongs to one concord executable (its size and modification time), so another build never
//! reads its entries. Each run keeps only the entries of its own documents. A cache that cannot be
//! read or written is ignored: it only ever saves time, and never changes what concord reports.

use std::hash::{BuildHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use concord::pipeline::{self, Input, Prepared};
use concord::value::DatePoint;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Bumped when the stored layout changes in a way the executable stamp would not catch.
const LAYOUT: u32 = 1;

/// The cache of one working directory and setting, as loaded.
pub struct Cache {
    file: PathBuf,
    stamp: u64,
    entries: foldhash::HashMap<u64, Entry>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    layout: u32,
    stamp: u64,
    entries: Vec<(u64, Entry)>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    path: String,
    len: u64,
    prepared: Prepared,
}

impl Cache {
    /// Opens the cache for runs from `cwd` with this document date, or `None` when there is no cache
    /// directory or the executable cannot be identified. A missing, unreadable or outdated cache file
    /// opens as an empty cache.
    pub fn open(cwd: &Path, document_date: Option<DatePoint>) -> Option<Cache> {
        let dir = directory()?;
        let stamp = executable_stamp()?;
        let mut hasher = fixed_hasher();
        cwd.hash(&mut hasher);
        format!("{document_date:?}").hash(&mut hasher);
        let file = dir.join(format!("{:016x}.bin", hasher.finish()));
        let entries = std::fs::read(&file)
            .ok()
            .and_then(|bytes| postcard::from_bytes::<Stored>(&bytes).ok())
            .filter(|stored| stored.layout == LAYOUT && stored.stamp == stamp)
            .map(|stored| stored.entries.into_iter().collect())
            .unwrap_or_default();
        Some(Cache { file, stamp, entries })
    }

    /// Prepares every input, taking unchanged documents from the cache, and stores the result for the
    /// next run when anything changed.
    pub fn prepare(mut self, inputs: Vec<Input>, document_date: Option<DatePoint>) -> Vec<(Input, Prepared)> {
        let keys: Vec<u64> = inputs.iter().map(key).collect();
        let cached: Vec<Option<Entry>> = inputs
            .iter()
            .zip(&keys)
            .map(|(input, k)| {
                self.entries.remove(k).filter(|e| e.path == input.path && e.len == input.text.len() as u64)
            })
            .collect();
        let stale = !self.entries.is_empty();
        let misses = cached.iter().filter(|c| c.is_none()).count();
        let prepared: Vec<Prepared> = inputs
            .par_iter()
            .zip(cached)
            .map(|(input, hit)| match hit {
                Some(entry) => entry.prepared,
                None => pipeline::prepare(input, document_date),
            })
            .collect();
        if misses > 0 || stale {
            let entries = keys
                .iter()
                .zip(inputs.iter().zip(&prepared))
                .map(|(&k, (input, p))| {
                    (k, Entry { path: input.path.clone(), len: input.text.len() as u64, prepared: p.clone() })
                })
                .collect();
            // Saving is best effort: a read-only or full disk costs the next run time, nothing else.
            let _ = save(&self.file, &Stored { layout: LAYOUT, stamp: self.stamp, entries });
        }
        inputs.into_iter().zip(prepared).collect()
    }
}

/// Writes the cache file whole, through a temporary file, so a concurrent run never reads half of it.
fn save(file: &Path, stored: &Stored) -> std::io::Result<()> {
    let bytes = postcard::to_stdvec(stored).map_err(std::io::Error::other)?;
    std::fs::create_dir_all(file.parent().unwrap_or(Path::new(".")))?;
    let temp = file.with_extension(format!("{}.tmp", std::process::id()));
    let written = std::fs::File::create(&temp).and_then(|mut f| f.write_all(&bytes));
    let renamed = written.and_then(|()| std::fs::rename(&temp, file));
    if renamed.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    renamed
}

/// The cache directory, if the environment names one.
fn directory() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = var("CONCORD_CACHE_DIR") {
        return Some(dir);
    }
    let base = if cfg!(windows) {
        var("LOCALAPPDATA")
    } else {
        var("XDG_CACHE_HOME").or_else(|| var("HOME").map(|home| home.join(".cache")))
    };
    base.map(|b| b.join("concord"))
}

/// Identifies the running executable by its size and modification time.
fn executable_stamp() -> Option<u64> {
    let metadata = std::env::current_exe().ok()?.metadata().ok()?;
    let mut hasher = fixed_hasher();
    metadata.len().hash(&mut hasher);
    metadata.modified().ok()?.hash(&mut hasher);
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    Some(hasher.finish())
}

/// The key of a document: its path and text.
fn key(input: &Input) -> u64 {
    let mut hasher = fixed_hasher();
    input.path.hash(&mut hasher);
    input.text.hash(&mut hasher);
    hasher.finish()
}

/// A hasher that gives the same hashes in every run of one executable.
fn fixed_hasher() -> impl Hasher {
    foldhash::quality::FixedState::with_seed(0x0063_6f6e_636f_7264).build_hasher()
}
