//! Measures how well concord's claims find the quantities annotated in MeasEval (SemEval-2021 Task
//! 8), scientific paragraphs with gold Quantity spans.
//!
//! Run it with `cargo run --release --example measeval`. The data is read from
//! `../shared/eval-data/measeval` beside the crate (the `train/` and `trial/` splits; the test split
//! is held out and not read); when that folder is absent the harness says so and exits
//! successfully.
//!
//! Each paragraph is extracted on its own. Predicted spans are concord's claims of the numeric
//! kinds (quantity, count, percent, duration), and, in a second reading, those plus the calendar
//! kinds (year, date), since MeasEval annotates years and dates as quantities too. Ordinals are never
//! counted. Predictions are paired one-to-one with gold spans, first by exact match of the character
//! span and then, separately, by overlap (any shared character, each gold and each prediction used
//! once, in text order). Precision, recall and F1 are printed per split and for both splits
//! together. Paragraphs without annotations count: every claim in them is a false positive.
//! The official MeasEval score is a token-overlap F1 over matched annotation sets and is not
//! reproduced here.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "common/mod.rs"]
mod common;

use std::ops::Range;
use std::path::Path;

use concord::value::Kind;

/// The splits read, with their text folder (the trial split names it `txt`).
const SPLITS: &[(&str, &str)] = &[("train", "text"), ("trial", "txt")];

/// One paragraph with its gold Quantity spans (byte ranges).
struct Paragraph {
    text: String,
    gold: Vec<Range<usize>>,
}

/// True and false positives and negatives.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// Precision, recall and F1, as printed.
    fn show(&self) -> String {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        format!(
            "P {:5.1}%  R {:5.1}%  F1 {:5.1}%  (tp {}, fp {}, fn {})",
            100.0 * p,
            100.0 * r,
            100.0 * f,
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The two readings of concord's output: which claim kinds count as predicted quantities.
const READINGS: &[(&str, bool)] = &[("quantity, count, percent, duration", false), ("… plus year and date", true)];

fn main() {
    let Some(root) = common::data_dir("measeval") else { return };
    // Totals per reading: exact, then overlap.
    let mut totals = vec![(Counts::default(), Counts::default()); READINGS.len()];
    for &(split, text_dir) in SPLITS {
        let paragraphs = load_split(&root.join(split), text_dir);
        let gold: usize = paragraphs.iter().map(|p| p.gold.len()).sum();
        println!("== {split}: {} paragraphs, {gold} gold quantities ==", paragraphs.len());
        let claims: Vec<Vec<(Kind, Range<usize>)>> = paragraphs
            .iter()
            .map(|p| common::extract(&p.text, None).into_iter().map(|c| (c.kind, c.span)).collect())
            .collect();
        for (r, &(label, with_dates)) in READINGS.iter().enumerate() {
            let mut exact = Counts::default();
            let mut overlap = Counts::default();
            for (p, found) in paragraphs.iter().zip(&claims) {
                let predicted: Vec<Range<usize>> = found
                    .iter()
                    .filter(|(kind, _)| {
                        common::is_quantity_kind(*kind) || (with_dates && matches!(kind, Kind::Year | Kind::Date))
                    })
                    .map(|(_, span)| span.clone())
                    .collect();
                exact.add(score(&p.gold, &predicted, |g, s| g == s));
                overlap.add(score(&p.gold, &predicted, common::overlaps));
            }
            println!("{label}");
            println!("  exact   {}", exact.show());
            println!("  overlap {}", overlap.show());
            totals[r].0.add(exact);
            totals[r].1.add(overlap);
        }
        println!();
    }
    println!("== train + trial ==");
    for (r, &(label, _)) in READINGS.iter().enumerate() {
        println!("{label}");
        println!("  exact   {}", totals[r].0.show());
        println!("  overlap {}", totals[r].1.show());
    }
}

/// Pairs gold and predicted spans one-to-one, in text order, and counts the outcome.
fn score(
    gold: &[Range<usize>],
    predicted: &[Range<usize>],
    same: impl Fn(&Range<usize>, &Range<usize>) -> bool,
) -> Counts {
    let mut used = vec![false; predicted.len()];
    let mut tp = 0;
    for g in gold {
        if let Some(i) = (0..predicted.len()).find(|&i| !used[i] && same(g, &predicted[i])) {
            used[i] = true;
            tp += 1;
        }
    }
    Counts { tp, fp: predicted.len() - tp, fn_: gold.len() - tp }
}

/// Reads every paragraph of a split with its gold Quantity spans. A paragraph or annotation file
/// that cannot be read, and an annotation line that does not parse or does not fit its paragraph,
/// is reported and skipped.
fn load_split(dir: &Path, text_dir: &str) -> Vec<Paragraph> {
    let mut names: Vec<_> = match std::fs::read_dir(dir.join(text_dir)) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(err) => {
            eprintln!("skipping {}: {err}", dir.join(text_dir).display());
            return Vec::new();
        }
    };
    names.sort();
    let mut paragraphs = Vec::new();
    for path in names {
        let Some(text) = common::read_text(&path) else { continue };
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let tsv = dir.join("tsv").join(format!("{stem}.tsv"));
        let gold = if tsv.is_file() { read_gold(&tsv, &text) } else { Vec::new() };
        paragraphs.push(Paragraph { text, gold });
    }
    paragraphs
}

/// The Quantity spans of one annotation file, as byte ranges of the paragraph (the file gives
/// character offsets, end exclusive).
fn read_gold(tsv: &Path, text: &str) -> Vec<Range<usize>> {
    let Some(table) = common::read_text(tsv) else { return Vec::new() };
    let mut spans = Vec::new();
    for (number, line) in table.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 7 || fields[2] != "Quantity" {
            continue;
        }
        let (Ok(start), Ok(end)) = (fields[3].parse::<usize>(), fields[4].parse::<usize>()) else {
            eprintln!("{}:{}: bad offsets; skipped", tsv.display(), number + 1);
            continue;
        };
        match common::char_range_to_bytes(text, start, end) {
            Some(span) => spans.push(span),
            None => eprintln!("{}:{}: span outside the paragraph; skipped", tsv.display(), number + 1),
        }
    }
    spans
}
