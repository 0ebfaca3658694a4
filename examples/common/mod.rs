//! Shared helpers for the measurement harnesses: where the evaluation data lives, how to run the
//! extractor on one text, how to compare numbers, and how to print claims and rates.
//!
//! Every example includes this file with `#[path = "common/mod.rs"] mod common;`, and no example uses
//! every helper, hence the `dead_code` allowance.

#![allow(dead_code)]

use std::ops::Range;
use std::path::{Path, PathBuf};

use concord::corpus::{Format, scan};
use concord::extract::{Claim, Options, extract_with};
use concord::value::{DatePoint, Kind, Number, Value, YearSpan};

/// The folder that holds the shared evaluation data sets, beside the crate.
pub fn eval_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval-data")
}

/// The folder of one data set, or `None` (after saying so) when it is absent: the harness then has
/// nothing to measure and exits successfully.
pub fn data_dir(name: &str) -> Option<PathBuf> {
    let dir = eval_root().join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} not found", dir.display());
        None
    }
}

/// The number of failing cases to print: the value of a `--failures N` argument, or `default`.
/// An argument that is not understood is reported and ignored.
pub fn failures_arg(default: usize) -> usize {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => default,
        [flag, n] if flag == "--failures" => n.parse().unwrap_or_else(|_| {
            eprintln!("--failures wants a number; showing {default}");
            default
        }),
        _ => {
            eprintln!("usage: [--failures N]; showing {default} failures");
            default
        }
    }
}

/// Reads a file that holds a JSON array. A file that cannot be read or parsed, or that holds something
/// else, is reported and skipped.
pub fn read_json_array(path: &std::path::Path) -> Option<Vec<serde_json::Value>> {
    let text = read_text(path)?;
    let json: serde_json::Value = match serde_json::from_str(&text) {
        Ok(json) => json,
        Err(err) => {
            eprintln!("skipping {}: not JSON: {err}", path.display());
            return None;
        }
    };
    match json {
        serde_json::Value::Array(items) => Some(items),
        _ => {
            eprintln!("skipping {}: not a JSON array", path.display());
            None
        }
    }
}

/// Reads a UTF-8 file, dropping a leading byte order mark. A file that cannot be read is reported
/// and skipped.
pub fn read_text(path: &Path) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)),
        Err(err) => {
            eprintln!("skipping {}: {err}", path.display());
            None
        }
    }
}

/// Runs concord's extractor on a plain-text document, with an optional document date that
/// relative expressions resolve against.
pub fn extract(text: &str, document_date: Option<DatePoint>) -> Vec<Claim> {
    let prose = scan(text, Format::Text);
    extract_with(&prose, &Options { document_date }).claims
}

/// Parses the date part of an ISO 8601 date-time ("2016-11-07T00:00:00") into a document date.
pub fn parse_anchor(text: &str) -> Option<DatePoint> {
    let date = text.split(['T', ' ']).next()?;
    let mut parts = date.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(DatePoint { year: Some(YearSpan::single(year)), month: Some(month), day: Some(day) })
}

/// The byte offset of the character at `index` in `text` (`text.len()` for the end).
pub fn char_to_byte(text: &str, index: usize) -> Option<usize> {
    if index == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(index).map(|(i, _)| i)
}

/// Turns a character range into a byte range of `text`, or `None` when it falls outside the text.
pub fn char_range_to_bytes(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    if end < start {
        return None;
    }
    Some(char_to_byte(text, start)?..char_to_byte(text, end)?)
}

/// Finds `needle` in `text` at or after byte `from`, first as written and then ignoring case, and
/// returns its byte range.
pub fn find_from(text: &str, needle: &str, from: usize) -> Option<Range<usize>> {
    if needle.is_empty() {
        return None;
    }
    let from = (0..=from.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    if let Some(i) = text[from..].find(needle) {
        return Some(from + i..from + i + needle.len());
    }
    // A case-insensitive search over character positions, so that offsets stay byte offsets of the
    // original text even when lower-casing changes a character's length.
    let lower_needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let chars: Vec<(usize, char)> = text[from..].char_indices().map(|(i, c)| (from + i, c)).collect();
    for start in 0..chars.len() {
        let mut k = 0;
        let mut j = start;
        while j < chars.len() && k < lower_needle.len() {
            let lowered: Vec<char> = chars[j].1.to_lowercase().collect();
            if lower_needle[k..].starts_with(&lowered) {
                k += lowered.len();
                j += 1;
            } else {
                break;
            }
        }
        if k == lower_needle.len() {
            let end = chars.get(j).map_or(text.len(), |c| c.0);
            return Some(chars[start].0..end);
        }
    }
    None
}

/// True when two byte ranges share at least one byte.
pub fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// True when two numbers agree within a relative tolerance (and always when they are equal).
pub fn close(a: f64, b: f64, relative: f64) -> bool {
    a == b || (a - b).abs() <= relative * a.abs().max(b.abs()) + 1e-9
}

/// The number in the base unit of its dimension (metres, kilograms, seconds, °C, ...): the value as
/// written converted, plus the smaller parts of a compound duration.
pub fn base_value(n: &Number) -> f64 {
    n.value * n.unit.factor + n.unit.offset + n.extra_seconds
}

/// The upper end of a range in the base unit, when the number is a range.
pub fn base_high(n: &Number) -> Option<f64> {
    n.high.map(|h| h * n.unit.factor + n.unit.offset + n.extra_seconds)
}

/// The number part of a claim's value, if it has one.
pub fn number_of(claim: &Claim) -> Option<&Number> {
    match &claim.value {
        Value::Number(n) => Some(n),
        Value::Date(_) => None,
    }
}

/// A claim as printed in failure reports: kind, canonical value and the text it spans.
pub fn show_claim(text: &str, claim: &Claim) -> String {
    let written = text.get(claim.span.clone()).unwrap_or("?");
    format!("{} {} {:?}", claim.kind, claim.value, written)
}

/// All claims of a text, as printed in failure reports.
pub fn show_claims(text: &str, claims: &[Claim]) -> String {
    if claims.is_empty() {
        return "(nothing)".to_string();
    }
    claims.iter().map(|c| show_claim(text, c)).collect::<Vec<_>>().join("; ")
}

/// Shortens a text for one-line reports, on a character boundary.
pub fn clip(text: &str, max: usize) -> String {
    let flat: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// A rate as a percentage with one decimal, or a dash when there is nothing to divide by.
pub fn rate(part: usize, whole: usize) -> String {
    if whole == 0 { "-".to_string() } else { format!("{:.1}%", 100.0 * part as f64 / whole as f64) }
}

/// The kinds counted as numeric quantities by the span benchmarks: everything that is neither a
/// calendar value nor a rank.
pub fn is_quantity_kind(kind: Kind) -> bool {
    matches!(kind, Kind::Quantity | Kind::Count | Kind::Percent | Kind::Duration)
}

/// Seconds in the calendar units of ISO 8601 durations, with concord's conventions: a year is
/// 365.25 days and a month a twelfth of it.
pub fn iso_unit_seconds(designator: char, in_time: bool) -> Option<f64> {
    const DAY: f64 = 86_400.0;
    Some(match (designator, in_time) {
        ('Y', false) => 365.25 * DAY,
        ('M', false) => 365.25 * DAY / 12.0,
        ('W', false) => 7.0 * DAY,
        ('D', false) => DAY,
        ('H', true) => 3600.0,
        ('M', true) => 60.0,
        ('S', true) => 1.0,
        _ => return None,
    })
}

/// The length in seconds of an ISO 8601 duration such as `P3.5Y`, `PT1H30M` or `P1DT5H`; `None` for
/// anything else (weekends `P1WE`, unknown amounts `PXD`).
pub fn iso_duration_seconds(text: &str) -> Option<f64> {
    let rest = text.strip_prefix('P')?;
    let mut in_time = false;
    let mut digits = String::new();
    let mut total = 0.0;
    let mut parts = 0;
    for c in rest.chars() {
        match c {
            'T' if digits.is_empty() => in_time = true,
            '0'..='9' | '.' => digits.push(c),
            _ => {
                let amount: f64 = digits.parse().ok()?;
                total += amount * iso_unit_seconds(c, in_time)?;
                digits.clear();
                parts += 1;
            }
        }
    }
    (digits.is_empty() && parts > 0).then_some(total)
}
