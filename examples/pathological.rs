//! Times `corpus::scan` and `extract::extract` on pathological inputs, to check that both stay linear.
//!
//! ```text
//! cargo run --release --example pathological [-- --budget SECS] [--scale F] [--case NAME]
//! ```
//!
//! Each case is built at its full size and at half of it, and the report gives the time and the
//! throughput (MB of input, 10^6 bytes, per second) of the scan alone and of scan plus extraction at
//! both sizes, with the ratio of the two times: about 2 for linear work, about 4 for quadratic work.
//!
//! Sizes are measured in ascending order, from a small fraction of the full size, doubling each time.
//! A case whose next size is predicted (from the growth seen so far) to take longer than the budget
//! (20 s by default) stops there and is reported at the two largest sizes reached, marked "capped",
//! so that a quadratic case shows itself without taking hours. Small inputs are repeated until a
//! measurement takes at least a tenth of a second, and the fastest repetition counts.
//!
//! The cases:
//! - one 50 MB line of prose: a sentence with a date, a count, a duration and a citation, repeated
//!   without a line break (one paragraph, one block);
//! - 1 MB of digits with nothing between them;
//! - 1 MB of "1,000,000,000," groups, and one number of 1 MB written with thousands separators;
//! - 10,000 nested block quotes ("> > > ...") and 10,000 nested lists ("- - - ..."), each with a line of
//!   prose at the bottom;
//! - one Markdown table of 5 MB, whose cells hold dates and counts;
//! - 10 MB of punctuation only, as Markdown and as plain text.
//!
//! `--generated MB` instead scans and extracts that many megabytes of generated notes
//! (`examples/gen_corpus.rs`, seed 42), one note at a time as the pipeline does, once, and prints the
//! throughput: a short, representative workload to run under a profiler, for instance
//! `valgrind --tool=callgrind target/release/examples/pathological --generated 2`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

// The corpus generator, for `--generated`; its command-line entry point is dead code here.
#[allow(dead_code)]
#[path = "gen_corpus.rs"]
mod gen_corpus;

use std::hint::black_box;
use std::time::{Duration, Instant};

use concord::corpus::{Format, scan};
use concord::extract::extract;

/// The allocator the `concord` binary uses, so that the figures are the command's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One pathological input: how to build it at a given size, and in which format to read it.
struct Case {
    name: &'static str,
    format: Format,
    /// The full size, in the unit `build` takes: bytes, or nesting levels.
    full: usize,
    /// The unit of `full`, for the report.
    unit: &'static str,
    build: fn(usize) -> String,
}

const MB: usize = 1_000_000;

/// Repeats `piece` until the text reaches `bytes`, cutting at a character boundary.
fn repeat_to(piece: &str, bytes: usize) -> String {
    let mut out = piece.repeat(bytes / piece.len() + 1);
    let mut cut = bytes.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn one_line(bytes: usize) -> String {
    repeat_to(
        "The bridge at Varnholt opened on 24 February 1956, after some 2,400 workers had spent nearly four \
         years on it (Harrow 1987, p. 73). ",
        bytes,
    )
}

fn digits(bytes: usize) -> String {
    repeat_to("0123456789", bytes)
}

fn digit_groups(bytes: usize) -> String {
    repeat_to("1,000,000,000,", bytes)
}

fn one_grouped_number(bytes: usize) -> String {
    let mut out = String::from("1");
    out.push_str(&repeat_to(",000", bytes.saturating_sub(1)));
    out
}

fn nested_quotes(levels: usize) -> String {
    let mut out = "> ".repeat(levels);
    out.push_str("The bridge opened on 24 February 1956 and 2,400 workers built it.\n");
    out
}

fn nested_lists(levels: usize) -> String {
    let mut out = "- ".repeat(levels);
    out.push_str("The bridge opened on 24 February 1956 and 2,400 workers built it.\n");
    out
}

fn table(bytes: usize) -> String {
    let mut out = String::from("| Event | When | How many |\n|---|---|---|\n");
    let rows = [
        "| Bridge opened | 24 February 1956 | 51,439 people |\n",
        "| Strike began | Feb. 24–25, 1956 | over 50,000 dockers |\n",
        "| Fire broke out | February 1956 | about 2,400 houses |\n",
        "| Congress sat | 14 days | 1,436 delegates |\n",
    ];
    let mut k = 0;
    while out.len() < bytes {
        out.push_str(rows[k % rows.len()]);
        k += 1;
    }
    out
}

fn punctuation(bytes: usize) -> String {
    // Every ASCII punctuation mark, some of them Markdown syntax, plus a few typographic ones, in a
    // fixed pseudo-random order, with a line break every 80 characters or so.
    const MARKS: &[char] = &[
        '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '?', '@',
        '[', '\\', ']', '^', '_', '`', '{', '|', '}', '~', '–', '—', '…', '“', '”',
    ];
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut out = String::with_capacity(bytes + 4);
    let mut line = 0;
    while out.len() < bytes {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        if line >= 80 {
            out.push('\n');
            line = 0;
        } else {
            out.push(MARKS[(state % MARKS.len() as u64) as usize]);
            line += 1;
        }
    }
    out
}

const CASES: &[Case] = &[
    Case { name: "one line of prose", format: Format::Markdown, full: 50 * MB, unit: "bytes", build: one_line },
    Case { name: "digits", format: Format::Markdown, full: MB, unit: "bytes", build: digits },
    Case { name: "digit groups", format: Format::Markdown, full: MB, unit: "bytes", build: digit_groups },
    Case { name: "one grouped number", format: Format::Markdown, full: MB, unit: "bytes", build: one_grouped_number },
    Case { name: "nested quotes", format: Format::Markdown, full: 10_000, unit: "levels", build: nested_quotes },
    Case { name: "nested lists", format: Format::Markdown, full: 10_000, unit: "levels", build: nested_lists },
    Case { name: "one table", format: Format::Markdown, full: 5 * MB, unit: "bytes", build: table },
    Case { name: "punctuation (md)", format: Format::Markdown, full: 10 * MB, unit: "bytes", build: punctuation },
    Case { name: "punctuation (txt)", format: Format::Text, full: 10 * MB, unit: "bytes", build: punctuation },
];

/// The fastest time of the scan alone and of scan plus extraction, and the number of claims.
#[derive(Debug, Clone, Copy)]
struct Timing {
    size: usize,
    bytes: usize,
    scan: Duration,
    /// `None` when only the scan was measured.
    total: Option<Duration>,
    claims: usize,
}

/// Runs `f` until a tenth of a second has passed (at least `min_runs` times, and once at least) and
/// returns its fastest time and its last result.
fn fastest<T>(min_runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let started = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    loop {
        let t0 = Instant::now();
        let result = black_box(f());
        best = best.min(t0.elapsed());
        runs += 1;
        if runs >= min_runs && (started.elapsed() >= Duration::from_millis(100) || runs >= 1_000) {
            return (best, result);
        }
    }
}

/// Times one input: the scan three times at least (its first run also pays for page faults), then
/// the extraction of the scanned prose twice at least, for the same reason, unless `scan_only`.
fn measure(case: &Case, size: usize, scan_only: bool) -> Timing {
    let text = (case.build)(size);
    let (scan_time, prose) = fastest(3, || scan(black_box(&text), case.format));
    let (total, claims) = if scan_only {
        (None, 0)
    } else {
        let (extract_time, claims) = fastest(2, || extract(&prose).claims.len());
        (Some(scan_time + extract_time), claims)
    };
    Timing { size, bytes: text.len(), scan: scan_time, total, claims }
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64().max(1e-9)
}

fn print_row(case: &Case, timing: &Timing, ratio: Option<(f64, Option<f64>)>, note: &str) {
    let size = if case.unit == "levels" {
        format!("{} levels", timing.size)
    } else {
        format!("{:.2} MB", timing.bytes as f64 / 1e6)
    };
    let (total_ms, total_rate, claims) = match timing.total {
        Some(total) => (
            format!("{:.1}", total.as_secs_f64() * 1e3),
            format!("{:.1}", mb_per_s(timing.bytes, total)),
            timing.claims.to_string(),
        ),
        None => ("-".into(), "-".into(), "-".into()),
    };
    let ratio = match ratio {
        None => format!("{:>7} {:>8}", "-", "-"),
        Some((scan, None)) => format!("{scan:6.2}× {:>8}", "-"),
        Some((scan, Some(total))) => format!("{scan:6.2}× {total:7.2}×"),
    };
    println!(
        "{:<20} {:>14} {:>10.1} {:>9.1} {:>11} {:>9} {:>9} {ratio}  {note}",
        case.name,
        size,
        timing.scan.as_secs_f64() * 1e3,
        mb_per_s(timing.bytes, timing.scan),
        total_ms,
        total_rate,
        claims,
    );
}

/// The ratios of the scan times and of the total times of two measurements.
fn ratios(small: &Timing, large: &Timing) -> (f64, Option<f64>) {
    let scan = large.scan.as_secs_f64() / small.scan.as_secs_f64().max(1e-9);
    let total = match (small.total, large.total) {
        (Some(a), Some(b)) => Some(b.as_secs_f64() / a.as_secs_f64().max(1e-9)),
        _ => None,
    };
    (scan, total)
}

/// Scans and extracts `megabytes` of generated notes once, note by note, and prints the throughput.
fn profile_generated(megabytes: f64) {
    let limit = (megabytes * 1e6) as usize;
    let mut notes = Vec::new();
    let mut bytes = 0;
    for note in gen_corpus::Generator::new(42) {
        if bytes >= limit {
            break;
        }
        bytes += note.text.len();
        notes.push(note);
    }
    let started = Instant::now();
    let mut claims = 0;
    for note in &notes {
        let prose = scan(&note.text, Format::from_path(&note.path));
        claims += black_box(extract(&prose)).claims.len();
    }
    let elapsed = started.elapsed();
    println!(
        "{} notes, {:.2} MB, {claims} claims: scan + extract {:.1} ms, {:.1} MB/s",
        notes.len(),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64() * 1e3,
        mb_per_s(bytes, elapsed)
    );
}

fn main() {
    let mut budget = 20.0f64;
    let mut scale = 1.0f64;
    let mut only: Option<String> = None;
    let mut generated: Option<f64> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--budget" => budget = value.parse().unwrap_or(budget),
            "--scale" => scale = value.parse().unwrap_or(scale),
            "--case" => only = Some(value),
            "--generated" => generated = value.parse().ok(),
            _ => {
                eprintln!("usage: pathological [--budget SECS] [--scale F] [--case NAME] | --generated MB");
                std::process::exit(2);
            }
        }
    }

    if let Some(megabytes) = generated {
        profile_generated(megabytes);
        return;
    }

    println!(
        "{:<20} {:>14} {:>10} {:>9} {:>11} {:>9} {:>9} {:>7} {:>8}",
        "case", "size", "scan ms", "MB/s", "+extract ms", "MB/s", "claims", "scan", "total"
    );
    println!("{:<20} {:>14} {:>10} {:>9} {:>11} {:>9} {:>9} {:>16}", "", "", "", "", "", "", "", "(vs half size)");
    for case in CASES {
        if only.as_deref().is_some_and(|name| !case.name.contains(name)) {
            continue;
        }
        let full = ((case.full as f64 * scale) as usize).max(64);
        // The ladder: full / 64, full / 32, ..., full. Extraction stops early when its next step would
        // exceed the budget at the growth rate seen so far; the scan alone then goes on to the full
        // size, so that its own ratio is still measured there.
        let sizes: Vec<usize> = (0..=6).rev().map(|k| (full >> k).max(16)).collect();
        let mut previous: Option<Timing> = None;
        let mut last: Option<Timing> = None;
        let mut capped: Option<(Timing, Timing)> = None;
        for (k, &size) in sizes.iter().enumerate() {
            let scan_only = capped.is_some();
            let timing = measure(case, size, scan_only);
            if let (false, Some(l)) = (scan_only, last) {
                let next_exists = k + 1 < sizes.len();
                let (a, b) = (l.total.unwrap_or_default(), timing.total.unwrap_or_default());
                let growth = (b.as_secs_f64() / a.as_secs_f64().max(1e-9)).max(2.0);
                if next_exists && b.as_secs_f64() * growth > budget {
                    // From here on the scan alone is compared with this size's scan.
                    previous = None;
                    last = Some(Timing { total: None, ..timing });
                    capped = Some((l, timing));
                    continue;
                }
            }
            previous = last.replace(timing);
        }
        if let Some((small, large)) = &capped {
            let ratio = ratios(small, large);
            print_row(case, small, None, "");
            let note = if ratio.1.is_some_and(|r| r > 2.8) { "SUPERLINEAR" } else { "" };
            print_row(case, large, Some(ratio), &format!("{note} extraction capped by the {budget} s budget"));
        }
        let (Some(previous), Some(last)) = (previous, last) else { continue };
        let ratio = ratios(&previous, &last);
        let superlinear = ratio.0 > 2.8 || ratio.1.is_some_and(|r| r > 2.8);
        if capped.is_none_or(|(_, large)| large.size != previous.size) {
            print_row(case, &previous, None, "");
        }
        print_row(case, &last, Some(ratio), if superlinear { "SUPERLINEAR" } else { "" });
    }
}
