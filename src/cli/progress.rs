//! The progress bar on standard error, for runs long enough to need one.
//!
//! The bar exists only when standard error is a terminal and the run is not quiet, and even then it
//! stays hidden until the run has lasted [`DELAY`]: a hook or a small corpus finishes before it would
//! appear, so it never flickers. It counts files while they are read, then spins while the corpus is
//! checked, and is cleared before any report is printed.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run goes before the bar appears.
pub const DELAY: Duration = Duration::from_millis(300);

/// The progress of one run; does nothing when disabled.
pub struct Progress {
    bar: Option<ProgressBar>,
    /// Set once the run is done, under the lock that also guards showing the bar, so that a bar
    /// cleared at the end is never shown afterwards.
    done: Arc<Mutex<bool>>,
}

impl Progress {
    /// A progress bar for a run, enabled when standard error is a terminal and not `quiet`.
    pub fn new(enabled: bool) -> Progress {
        let done = Arc::new(Mutex::new(false));
        if !enabled {
            return Progress { bar: None, done };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} {pos}/{len} files")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message("reading");
        bar.enable_steady_tick(Duration::from_millis(100));
        let shown = bar.clone();
        let flag = Arc::clone(&done);
        std::thread::spawn(move || {
            std::thread::sleep(DELAY);
            if let Ok(done) = flag.lock() {
                if !*done {
                    shown.set_draw_target(ProgressDrawTarget::stderr());
                }
            }
        });
        Progress { bar: Some(bar), done }
    }

    /// A progress that never shows.
    pub fn hidden() -> Progress {
        Progress::new(false)
    }

    /// The number of files about to be read.
    pub fn start_reading(&self, files: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(files as u64);
        }
    }

    /// One more file read.
    pub fn read_one(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Reading is done; the documents are being checked.
    pub fn checking(&self, documents: usize) {
        if let Some(bar) = &self.bar {
            bar.set_style(ProgressStyle::default_spinner());
            bar.set_message(format!("checking {documents} documents"));
        }
    }

    /// The run is done: the bar is cleared and never shown again.
    pub fn finish(&self) {
        let Some(bar) = &self.bar else { return };
        if let Ok(mut done) = self.done.lock() {
            *done = true;
        }
        bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
