//! TempEval-3 Task A harness: how well concord finds and normalises temporal expressions.
//!
//! The harness reads the TimeML training data of TempEval-3 (`train/TimeBank` and `train/AQUAINT`;
//! the held-out platinum folder is never read), runs concord's extraction on the plain text of each
//! document with the document creation time as `document_date`, and scores the claims of kind date,
//! year and duration against the gold TIMEX3 elements, following the Task A rules:
//!
//! - system and gold timexes are paired one-to-one by overlap, greedily, largest overlap first;
//! - a relaxed match is any such pair; a strict match is a pair whose (trimmed) texts are identical;
//! - precision, recall and F1 are given for both;
//! - value and type accuracy are measured over the relaxed matches, and value F1 is relaxed F1 times
//!   value accuracy (the Task A ranking metric).
//!
//! Concord's values are mapped to TimeML values by [`timeml_value`], which documents every rule.
//!
//! Run it with:
//!
//! ```text
//! cargo run --release --example tempeval [-- --dir PATH] [--verbose]
//! ```
//!
//! `--dir` names the `tempeval3` folder (the one holding `train/`), and defaults to
//! `../shared/eval-data/tempeval3` beside the crate. `--verbose` also lists every miss, false positive and value
//! mismatch with its file. When the data folder is absent the harness says it skipped and exits 0.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "tempeval/tml.rs"]
mod tml;

use std::collections::HashMap;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Instant;

use concord::corpus::{Format, scan};
use concord::extract::{Options, extract_with};
use concord::value::{DatePoint, Dimension, Kind, Value, YearSpan};

/// Where the data lives unless `--dir` says otherwise, relative to the crate.
const DEFAULT_DIR: &str = "../shared/eval-data/tempeval3";

/// The training splits that are scored, in the order they are printed.
const SPLITS: [&str; 2] = ["TimeBank", "AQUAINT"];

/// How many entries each "most frequent" table shows.
const TOP: usize = 25;

fn main() {
    let mut dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_DIR);
    let mut verbose = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--verbose" | "-v" => verbose = true,
            "--dir" => match args.next() {
                Some(path) => dir = PathBuf::from(path),
                None => {
                    eprintln!("error: --dir needs a path");
                    std::process::exit(2);
                }
            },
            "--" => {}
            other => {
                eprintln!("error: unknown argument `{other}` (expected --dir PATH or --verbose)");
                std::process::exit(2);
            }
        }
    }

    // Accept either the tempeval3 folder or its `train` folder.
    let train = if dir.join("train").is_dir() { dir.join("train") } else { dir.clone() };
    if !SPLITS.iter().any(|split| train.join(split).is_dir()) {
        println!(
            "skipped: TempEval-3 training data not found at {} (expected train/TimeBank, train/AQUAINT)",
            dir.display()
        );
        return;
    }

    let started = Instant::now();
    let mut report = Report::default();
    for split in SPLITS {
        let folder = train.join(split);
        let files = match tml_files(&folder) {
            Ok(files) => files,
            Err(message) => {
                eprintln!("skipping split {split}: {message}");
                continue;
            }
        };
        for path in files {
            let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            match load(&path) {
                Ok(doc) => report.score(split, &name, &doc),
                Err(message) => eprintln!("skipping {}: {message}", path.display()),
            }
        }
    }
    report.print(&train, verbose);
    println!("\nran in {:.2} s", started.elapsed().as_secs_f64());
}

/// The `.tml` files of one split folder, sorted by name so that runs are reproducible.
fn tml_files(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "tml"))
        .collect();
    files.sort();
    Ok(files)
}

/// A document ready to score: its plain text, gold timexes and creation date.
struct Doc {
    /// The text of `<TEXT>` without markup.
    text: String,
    /// The gold timexes.
    gold: Vec<tml::Timex>,
    /// The document creation date, as concord takes it.
    dct: DatePoint,
    /// The creation date written `YYYY-MM-DD`, to complete bare times of day.
    dct_text: String,
}

/// Reads and parses one TimeML file, checking that its creation time is a calendar date.
fn load(path: &Path) -> Result<Doc, String> {
    let source = fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let doc = tml::parse(&source)?;
    let (dct, dct_text) = parse_dct(&doc.dct).ok_or_else(|| format!("unreadable creation time `{}`", doc.dct))?;
    Ok(Doc { text: doc.text, gold: doc.timexes, dct, dct_text })
}

/// Reads the date part of a DCT value (`1998-01-08`, `1998-01-08T12:00`).
fn parse_dct(value: &str) -> Option<(DatePoint, String)> {
    let date = value.get(..10)?;
    let mut fields = date.split('-');
    let year: i32 = fields.next()?.parse().ok()?;
    let month: u8 = fields.next()?.parse().ok()?;
    let day: u8 = fields.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let point = DatePoint { year: Some(YearSpan::single(year)), month: Some(month), day: Some(day) };
    Some((point, date.to_owned()))
}

// ------------------------------------------------------------------------------------ value mapping

/// A concord value as TimeML would write it.
struct Mapped {
    /// The TIMEX3 `value`.
    value: String,
    /// The TIMEX3 `type`: DATE, TIME or DURATION.
    ttype: &'static str,
    /// True when an interval had to be reduced to its start (TimeML has no interval values).
    truncated: bool,
}

/// Maps a concord value to the TIMEX3 value and type it corresponds to. The rules:
///
/// - Dates keep their ISO form: `1956-02-24`, `1956-02`, `1956` are unchanged; a day with no month is
///   `-XX-DD`; an unknown year stays `XXXX` (`XXXX-04-15`), which counts as a value miss unless
///   concord's anchoring filled in the year.
/// - A decade `193X` becomes `193` and a century `18XX` becomes `18`, as TimeML writes them.
/// - A span of years inside one decade (`1937/1939`, "the late 1930s") becomes the decade `193`:
///   TimeML puts early, mid and late into `mod`, not into the value.
/// - Any other span of years, and any interval `A/B`, becomes its start `A` (counted and reported,
///   since it can never match a TimeML value exactly).
/// - Approximation (`1935~`, `T17:00~`) is dropped: TimeML puts it into `mod="APPROX"`.
/// - A time of day follows its date (`1912-04-14T23:40`); a bare time (`T23:40`) takes the date of the
///   document creation time, as TimeML annotators do (`YYYY-MM-DDT23:40`).
/// - Durations keep their ISO 8601 form (`PT4H`, `P6M`, `PT160M` as written) without the leading `~`,
///   `<` or `>`, which TimeML puts into `mod`.
/// - The type is TIME for a date value with a time of day, DATE for other date values, DURATION for
///   durations.
fn timeml_value(value: &Value, kind: Kind, dct_text: &str) -> Mapped {
    let dct_year: Option<i32> = dct_text.get(..4).and_then(|y| y.parse().ok());
    match value {
        Value::Date(d) => {
            if let Some(grouped) = timeml_grouping(d) {
                return Mapped { value: grouped, ttype: "DATE", truncated: false };
            }
            let mut truncated = d.end.is_some();
            let mut out = if d.has_date() {
                // TimeML writes a month or a day without a year in the year of the document creation
                // time ("Aug. 7" in a 1998 report is 1998-08-07); concord keeps it literal.
                let mut start = d.start;
                if start.year.is_none() && start.month.is_some() {
                    start.year = nearest_year(start.month, dct_text).or(dct_year).map(YearSpan::single);
                }
                let (point, wide) = timeml_point(&start);
                truncated |= wide;
                point
            } else {
                dct_text.to_owned()
            };
            if let Some(t) = d.time {
                out.push_str(&format!("T{:02}:{:02}", t.minutes / 60, t.minutes % 60));
            }
            Mapped { value: out, ttype: if d.time.is_some() { "TIME" } else { "DATE" }, truncated }
        }
        Value::Number(n) => {
            let shown = n.to_string();
            let value = shown.trim_start_matches(['~', '<', '>']).to_owned();
            let ttype = if n.unit.dimension == Dimension::Time || kind == Kind::Duration { "DURATION" } else { "DATE" };
            Mapped { value, ttype, truncated: false }
        }
    }
}

/// The year that puts a month closest to the document creation time, as TimeML's normalisation does:
/// "December" in a report of January 1990 is December 1989.
fn nearest_year(month: Option<u8>, dct_text: &str) -> Option<i32> {
    let month = i32::from(month?);
    let year: i32 = dct_text.get(..4)?.parse().ok()?;
    let dct_month: i32 = dct_text.get(5..7)?.parse().ok()?;
    let months = |y: i32| y * 12 + month;
    let now = year * 12 + dct_month;
    [year - 1, year, year + 1].into_iter().min_by_key(|&y| (months(y) - now).abs())
}

/// TimeML's names for groupings of months and days that concord writes as intervals: a quarter
/// (`1989-07/1989-09` is `1989-Q3`), a season (`1998-06/1998-08` is `1998-SU`) and a week from Monday
/// to Sunday (`1998-02-16/1998-02-22` is `1998-W08`).
fn timeml_grouping(d: &concord::value::DateValue) -> Option<String> {
    let end = d.end?;
    let (start_year, end_year) = (d.start.year?, end.year?);
    if start_year != end_year || start_year.lo != start_year.hi {
        return None;
    }
    let year = start_year.lo;
    match (d.start.month, d.start.day, end.month, end.day) {
        (Some(a), None, Some(b), None) if b == a + 2 && a % 3 == 1 => Some(format!("{year:04}-Q{}", a / 3 + 1)),
        (Some(a), None, Some(b), None) if b == a + 2 => {
            let season = match a {
                3 => "SP",
                6 => "SU",
                9 => "FA",
                12 => "WI",
                _ => return None,
            };
            Some(format!("{year:04}-{season}"))
        }
        (Some(m1), Some(d1), Some(m2), Some(d2)) => {
            let first = concord::value::day_number(year, m1, d1);
            let last = concord::value::day_number(year, m2, d2);
            if last - first != 6 || concord::value::weekday(first) != 0 {
                return None;
            }
            // The ISO week holds the week's Thursday; its year may differ at the turn of the year.
            let thursday = first + 3;
            let (iso_year, _, _) = concord::value::civil_from_days(thursday);
            let jan4 = concord::value::day_number(iso_year, 1, 4);
            let week1_monday = jan4 - i64::from(concord::value::weekday(jan4));
            Some(format!("{iso_year:04}-W{:02}", (first - week1_monday) / 7 + 1))
        }
        _ => None,
    }
}

/// Writes one end of a date as TimeML does. The flag says the year span was wider than a decade and
/// not a century, so only its first year is kept.
fn timeml_point(point: &DatePoint) -> (String, bool) {
    let (mut out, wide) = match point.year {
        None => ("XXXX".to_owned(), false),
        Some(YearSpan { lo, hi }) if lo == hi => (format!("{lo:04}"), false),
        Some(YearSpan { lo, hi }) if lo % 100 == 0 && hi == lo + 99 => (format!("{:02}", lo / 100), false),
        Some(YearSpan { lo, hi }) if lo.div_euclid(10) == hi.div_euclid(10) => (format!("{:03}", lo / 10), false),
        Some(YearSpan { lo, .. }) => (format!("{lo:04}"), true),
    };
    match (point.month, point.day) {
        (None, None) => {}
        (Some(m), None) => out.push_str(&format!("-{m:02}")),
        (Some(m), Some(d)) => out.push_str(&format!("-{m:02}-{d:02}")),
        (None, Some(d)) => out.push_str(&format!("-XX-{d:02}")),
    }
    (out, wide)
}

// ------------------------------------------------------------------------------------------ scoring

/// One timex proposed by concord.
struct SysTimex {
    /// Byte range in the plain text.
    span: Range<usize>,
    /// Concord's own rendering of the value.
    raw: String,
    /// The value and type mapped to TimeML.
    mapped: Mapped,
}

/// The counts behind the figures of one split.
#[derive(Default, Clone, Copy)]
struct Tally {
    docs: usize,
    gold: usize,
    system: usize,
    strict: usize,
    relaxed: usize,
    value_ok: usize,
    type_ok: usize,
    truncated: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.docs += other.docs;
        self.gold += other.gold;
        self.system += other.system;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.value_ok += other.value_ok;
        self.type_ok += other.type_ok;
        self.truncated += other.truncated;
    }
}

/// A gold timex that no system timex overlaps.
struct Miss {
    file: String,
    text: String,
    ttype: String,
    value: String,
    /// A claim of another kind (count, ordinal, ...) that concord found at the same place, if any.
    other: Option<String>,
}

/// A system timex that overlaps no gold timex.
struct FalsePositive {
    file: String,
    text: String,
    raw: String,
    value: String,
}

/// A relaxed match whose values differ.
struct Mismatch {
    file: String,
    gold_text: String,
    system_text: String,
    gold_value: String,
    system_value: String,
    raw: String,
}

/// Everything gathered over the run.
#[derive(Default)]
struct Report {
    tallies: HashMap<&'static str, Tally>,
    misses: Vec<Miss>,
    false_positives: Vec<FalsePositive>,
    mismatches: Vec<Mismatch>,
    /// Relaxed matches whose spans differ: (gold text, system text), lower-cased.
    span_differences: Vec<(String, String)>,
}

impl Report {
    /// Runs concord on one document and scores its timexes against the gold ones.
    fn score(&mut self, split: &'static str, file: &str, doc: &Doc) {
        let prose = scan(&doc.text, Format::Text);
        let ex = extract_with(&prose, &Options { document_date: Some(doc.dct) });
        let mut others: Vec<(Range<usize>, String)> = Vec::new();
        let mut system: Vec<SysTimex> = Vec::new();
        for claim in &ex.claims {
            // Ages ("a 6-year-old") are durations to concord, but TimeML does not annotate them.
            if matches!(claim.kind, Kind::Date | Kind::Year | Kind::Duration) && claim.noun.as_deref() != Some("age") {
                system.push(SysTimex {
                    span: claim.span.clone(),
                    raw: claim.value.to_string(),
                    mapped: timeml_value(&claim.value, claim.kind, &doc.dct_text),
                });
            } else {
                others.push((claim.span.clone(), format!("{} {}", claim.kind, claim.value)));
            }
        }

        let pairs = align(&doc.gold, &system, &doc.text);
        let tally = self.tallies.entry(split).or_default();
        tally.docs += 1;
        tally.gold += doc.gold.len();
        tally.system += system.len();
        tally.truncated += system.iter().filter(|s| s.mapped.truncated).count();
        let mut gold_matched = vec![false; doc.gold.len()];
        let mut system_matched = vec![false; system.len()];
        for &(g, s) in &pairs {
            gold_matched[g] = true;
            system_matched[s] = true;
            let gold = &doc.gold[g];
            let sys = &system[s];
            let gold_text = span_text(&doc.text, &gold.span);
            let system_text = span_text(&doc.text, &sys.span);
            tally.relaxed += 1;
            if gold_text == system_text {
                tally.strict += 1;
            } else {
                self.span_differences.push((gold_text.to_lowercase(), system_text.to_lowercase()));
            }
            if sys.mapped.ttype == gold.ttype {
                tally.type_ok += 1;
            }
            if sys.mapped.value == gold.value {
                tally.value_ok += 1;
            } else {
                self.mismatches.push(Mismatch {
                    file: format!("{split}/{file}"),
                    gold_text: gold_text.to_owned(),
                    system_text: system_text.to_owned(),
                    gold_value: gold.value.clone(),
                    system_value: sys.mapped.value.clone(),
                    raw: sys.raw.clone(),
                });
            }
        }
        for (g, gold) in doc.gold.iter().enumerate().filter(|(g, _)| !gold_matched[*g]) {
            let other = others.iter().find(|(span, _)| overlap(span, &gold.span) > 0).map(|(_, v)| v.clone());
            self.misses.push(Miss {
                file: format!("{split}/{file}"),
                text: span_text(&doc.text, &doc.gold[g].span).to_owned(),
                ttype: gold.ttype.clone(),
                value: gold.value.clone(),
                other,
            });
        }
        for (_, sys) in system.iter().enumerate().filter(|(s, _)| !system_matched[*s]) {
            self.false_positives.push(FalsePositive {
                file: format!("{split}/{file}"),
                text: span_text(&doc.text, &sys.span).to_owned(),
                raw: sys.raw.clone(),
                value: sys.mapped.value.clone(),
            });
        }
    }

    /// Prints the figures, the most frequent errors and, when asked, every error.
    fn print(&self, train: &Path, verbose: bool) {
        println!("TempEval-3 Task A (timexes) on {} (TimeBank + AQUAINT; platinum not read)\n", train.display());
        println!(
            "{:<9} {:>4} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>7} {:>7} | {:>7}",
            "split",
            "docs",
            "gold",
            "sys",
            "str P",
            "str R",
            "str F1",
            "rel P",
            "rel R",
            "rel F1",
            "val acc",
            "val F1",
            "typ acc"
        );
        let mut overall = Tally::default();
        for split in SPLITS {
            if let Some(t) = self.tallies.get(split) {
                print_row(split, t);
                overall.add(t);
            }
        }
        print_row("overall", &overall);
        println!(
            "\nfor context, HeidelTime on the TE3 platinum test (published): relaxed F1 90.30, strict F1 81.34, \
             value F1 77.61"
        );
        println!(
            "intervals and wide year spans mapped to their start (never an exact TimeML value): {}",
            overall.truncated
        );

        println!("\nTop {TOP} missed gold expressions (text → count; example type, value; other claim there):");
        let missed = top(&self.misses, |m| m.text.to_lowercase());
        for (key, count, m) in &missed {
            let other = m.other.as_deref().map(|o| format!("; concord: {o}")).unwrap_or_default();
            println!("  {count:>4}  {key:<32} {} {}{other}", m.ttype, m.value);
        }

        println!("\nTop {TOP} false positives (system text → count; example value, concord value):");
        let false_positives = top(&self.false_positives, |f| f.text.to_lowercase());
        for (key, count, f) in &false_positives {
            println!("  {count:>4}  {key:<32} {} ({})", f.value, f.raw);
        }

        println!("\nTop {TOP} span differences on relaxed matches (gold text | system text → count):");
        let mut counted: HashMap<&(String, String), usize> = HashMap::new();
        for d in &self.span_differences {
            *counted.entry(d).or_default() += 1;
        }
        let mut counted: Vec<_> = counted.into_iter().collect();
        counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        for ((gold, system), count) in counted.into_iter().take(TOP) {
            println!("  {count:>4}  {gold:<32} | {system}");
        }

        println!("\nTop {TOP} value mismatches (gold text → count; example gold value, system value, concord value):");
        let mismatches = top(&self.mismatches, |m| m.gold_text.to_lowercase());
        for (key, count, m) in &mismatches {
            let system_text =
                if m.system_text == m.gold_text { String::new() } else { format!("  [system: {}]", m.system_text) };
            println!("  {count:>4}  {key:<32} gold {}  sys {} ({}){system_text}", m.gold_value, m.system_value, m.raw);
        }

        if verbose {
            println!("\nAll misses ({}):", self.misses.len());
            for m in &self.misses {
                println!("  {}: {:?} {} {}", m.file, m.text, m.ttype, m.value);
            }
            println!("\nAll false positives ({}):", self.false_positives.len());
            for f in &self.false_positives {
                println!("  {}: {:?} {} ({})", f.file, f.text, f.value, f.raw);
            }
            println!("\nAll value mismatches ({}):", self.mismatches.len());
            for m in &self.mismatches {
                println!(
                    "  {}: {:?} gold {} | {:?} sys {} ({})",
                    m.file, m.gold_text, m.gold_value, m.system_text, m.system_value, m.raw
                );
            }
        }
    }
}

/// Pairs gold and system timexes one-to-one by overlap, greedily, largest overlap first; among equal
/// overlaps identical texts go first, then document order. Returns (gold index, system index) pairs.
fn align(gold: &[tml::Timex], system: &[SysTimex], text: &str) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(usize, bool, usize, usize)> = Vec::new();
    for (g, gt) in gold.iter().enumerate() {
        for (s, st) in system.iter().enumerate() {
            let shared = overlap(&gt.span, &st.span);
            if shared > 0 {
                let exact = span_text(text, &gt.span) == span_text(text, &st.span);
                candidates.push((shared, exact, g, s));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    let mut gold_used = vec![false; gold.len()];
    let mut system_used = vec![false; system.len()];
    let mut pairs = Vec::new();
    for (_, _, g, s) in candidates {
        if !gold_used[g] && !system_used[s] {
            gold_used[g] = true;
            system_used[s] = true;
            pairs.push((g, s));
        }
    }
    pairs
}

/// The number of bytes two ranges share.
fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// The trimmed text of a span, or an empty string when the span is not a valid slice.
fn span_text<'a>(text: &'a str, span: &Range<usize>) -> &'a str {
    text.get(span.clone()).unwrap_or("").trim()
}

/// Groups items by a key and returns the `TOP` most frequent keys with their count and one example
/// (the first met), most frequent first, ties by key.
fn top<T>(items: &[T], key: impl Fn(&T) -> String) -> Vec<(String, usize, &T)> {
    let mut groups: HashMap<String, (usize, &T)> = HashMap::new();
    for item in items {
        groups.entry(key(item)).or_insert((0, item)).0 += 1;
    }
    let mut out: Vec<(String, usize, &T)> = groups.into_iter().map(|(k, (n, example))| (k, n, example)).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out.truncate(TOP);
    out
}

/// A ratio as a percentage, zero when there is nothing to divide.
fn pct(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { 100.0 * part as f64 / whole as f64 }
}

/// The harmonic mean of two percentages.
fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

/// Prints one line of figures.
fn print_row(name: &str, t: &Tally) {
    let (sp, sr) = (pct(t.strict, t.system), pct(t.strict, t.gold));
    let (rp, rr) = (pct(t.relaxed, t.system), pct(t.relaxed, t.gold));
    let relaxed_f1 = f1(rp, rr);
    let value_accuracy = pct(t.value_ok, t.relaxed);
    println!(
        "{:<9} {:>4} {:>5} {:>5} | {:>6.2} {:>6.2} {:>6.2} | {:>6.2} {:>6.2} {:>6.2} | {:>7.2} {:>7.2} | {:>7.2}",
        name,
        t.docs,
        t.gold,
        t.system,
        sp,
        sr,
        f1(sp, sr),
        rp,
        rr,
        relaxed_f1,
        value_accuracy,
        relaxed_f1 * value_accuracy / 100.0,
        pct(t.type_ok, t.relaxed)
    );
}
