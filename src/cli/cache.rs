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
use std::ops::Range;
use std::path::{Path, PathBuf};

use concord::pipeline::{self, Input, Prepared};
use concord::value::DatePoint;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Bumped when the stored layout changes in a way the executable stamp would not catch.
const LAYOUT: u32 = 2;

/// The cache of one working directory and setting, as loaded: the file's bytes, and where in them
/// each entry's encoded document lies.
pub struct Cache {
    file: PathBuf,
    stamp: u64,
    bytes: Vec<u8>,
    entries: foldhash::HashMap<u64, Slot>,
}

/// An entry of the loaded file: the path and length it was made from, and its encoded [`Prepared`].
struct Slot {
    path: String,
    len: u64,
    blob: Range<usize>,
}

/// The file: each document encoded on its own, so that entries decode in parallel and a run that
/// keeps an entry copies its bytes without decoding them.
#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    layout: u32,
    stamp: u64,
    #[serde(borrow)]
    entries: Vec<StoredEntry<'a>>,
}

#[derive(Serialize, Deserialize)]
struct StoredEntry<'a> {
    key: u64,
    path: &'a str,
    len: u64,
    blob: &'a [u8],
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
        let bytes = std::fs::read(&file).unwrap_or_default();
        let entries = match postcard::from_bytes::<Stored>(&bytes) {
            Ok(stored) if stored.layout == LAYOUT && stored.stamp == stamp => {
                let base = bytes.as_ptr() as usize;
                stored
                    .entries
                    .iter()
                    .map(|e| {
                        let start = e.blob.as_ptr() as usize - base;
                        (e.key, Slot { path: e.path.to_owned(), len: e.len, blob: start..start + e.blob.len() })
                    })
                    .collect()
            }
            _ => foldhash::HashMap::default(),
        };
        Some(Cache { file, stamp, bytes, entries })
    }

    /// Prepares every input, taking unchanged documents from the cache, and stores the result for the
    /// next run when anything changed.
    pub fn prepare(mut self, inputs: Vec<Input>, document_date: Option<DatePoint>) -> Vec<(Input, Prepared)> {
        let keys: Vec<u64> = inputs.iter().map(key).collect();
        let slots: Vec<Option<Slot>> = inputs
            .iter()
            .zip(&keys)
            .map(|(input, k)| {
                self.entries.remove(k).filter(|e| e.path == input.path && e.len == input.text.len() as u64)
            })
            .collect();
        let stale = !self.entries.is_empty();
        let bytes = &self.bytes;
        // A hit decodes its entry; a miss, or an entry that no longer decodes, is prepared afresh.
        let prepared: Vec<(Prepared, Option<Vec<u8>>)> = inputs
            .par_iter()
            .zip(&slots)
            .map(|(input, slot)| {
                match slot.as_ref().and_then(|s| postcard::from_bytes::<Prepared>(&bytes[s.blob.clone()]).ok()) {
                    Some(p) => (p, None),
                    None => {
                        let p = pipeline::prepare(input, document_date);
                        let blob = postcard::to_stdvec(&p).unwrap_or_default();
                        (p, Some(blob))
                    }
                }
            })
            .collect();
        if stale || prepared.iter().any(|(_, fresh)| fresh.is_some()) {
            let entries = keys
                .iter()
                .zip(&inputs)
                .zip(slots.iter().zip(&prepared))
                .map(|((&key, input), (slot, (_, fresh)))| StoredEntry {
                    key,
                    path: &input.path,
                    len: input.text.len() as u64,
                    blob: match (fresh, slot) {
                        (Some(blob), _) => blob,
                        (None, Some(slot)) => &bytes[slot.blob.clone()],
                        (None, None) => &[],
                    },
                })
                .collect();
            // Saving is best effort: a read-only or full disk costs the next run time, nothing else.
            let _ = save(&self.file, &Stored { layout: LAYOUT, stamp: self.stamp, entries });
        }
        inputs.into_iter().zip(prepared.into_iter().map(|(p, _)| p)).collect()
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
