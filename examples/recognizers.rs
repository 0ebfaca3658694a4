//! Runs the English test specifications of Microsoft Recognizers-Text (Number, NumberWithUnit and
//! DateTime) against concord's extractor, as a regression suite.
//!
//! Run it with `cargo run --release --example recognizers`. The data is read from
//! `../shared/eval-data/recognizers-text` beside the crate; when that folder is absent the harness
//! says so and exits successfully.
//!
//! Each spec case gives an input and the values a recognizer should find in it. Every expected
//! result is first judged in or out of concord's scope (see `docs/extraction-scope.md`): concord
//! extracts values stated in prose so that documents can be cross-checked, so it does not aim at
//! bare fractions, phone numbers, recurrences, times relative to the moment of speaking, holidays
//! other than the feasts it reads, time zones and the like. A case is in scope when at least one of
//! its results is, or when it expects nothing at all (a precision test). An in-scope case passes when, for every in-scope
//! result, concord extracts a claim whose span overlaps the expected span and whose value matches
//! the expected resolution, and when concord extracts no claim of the kind the file is about that
//! overlaps no expected result.
//!
//! Values match as follows: numbers within 0.5% (units converted to the base unit of their
//! dimension); ranges and bounds by their ends and direction; ages and durations in seconds; dates
//! by the parts the TIMEX value gives, an `XXXX` year being unknown and the end of a range allowed
//! to be exclusive or inclusive; times of day to the minute. Spec files that need non-default
//! recognizer options (experimental, calendar, tasks and similar modes) are not run.
//!
//! For each file the harness prints the number of cases, how many are in scope, how many of those
//! pass, the exclusions by reason, and the first ten failing in-scope cases with what was expected
//! and what concord extracted (`-- --failures N` prints N instead).

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::Path;

use concord::extract::Claim;
use concord::value::{Bound, DatePoint, DateValue, Dimension, Kind, Value};
use serde_json::Value as Json;

/// The relative tolerance of numeric comparisons.
const TOLERANCE: f64 = 0.005;

/// How many failing cases are printed per file, unless `--failures N` says otherwise.
const SHOWN_FAILURES: usize = 10;

/// What a spec file is about: it decides how expected values are read and which of concord's claims
/// count as spurious when nothing was expected where they stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Number,
    Ordinal,
    Percent,
    NumberRange,
    Age,
    Currency,
    Dimension,
    Temperature,
    /// Single days ("April 22", "tomorrow").
    Day,
    /// Months, years, decades and ranges of dates.
    Period,
    /// A day with a time of day.
    DayTime,
    /// Times of day.
    Time,
    Duration,
    /// Holidays: in scope only the feasts concord reads (see `read_feast`).
    Holiday,
    /// Ranges of clock time, which concord has no form for: nothing it extracts is about them.
    TimeRange,
    /// Every datetime type at once (the end-to-end model).
    AnyTime,
}

/// The spec files run, with their family. Files for non-default modes are left out on purpose.
const FILES: &[(&str, Family)] = &[
    ("Number/English/NumberModel.json", Family::Number),
    ("Number/English/OrdinalModel.json", Family::Ordinal),
    ("Number/English/PercentModel.json", Family::Percent),
    ("Number/English/NumberRangeModel.json", Family::NumberRange),
    ("NumberWithUnit/English/AgeModel.json", Family::Age),
    ("NumberWithUnit/English/CurrencyModel.json", Family::Currency),
    ("NumberWithUnit/English/DimensionModel.json", Family::Dimension),
    ("NumberWithUnit/English/TemperatureModel.json", Family::Temperature),
    ("DateTime/English/DateExtractor.json", Family::Day),
    ("DateTime/English/DateParser.json", Family::Day),
    ("DateTime/English/DatePeriodExtractor.json", Family::Period),
    ("DateTime/English/DatePeriodParser.json", Family::Period),
    ("DateTime/English/DateTimeExtractor.json", Family::DayTime),
    ("DateTime/English/DateTimeParser.json", Family::DayTime),
    ("DateTime/English/DurationExtractor.json", Family::Duration),
    ("DateTime/English/DurationParser.json", Family::Duration),
    ("DateTime/English/TimeExtractor.json", Family::Time),
    ("DateTime/English/TimeParser.json", Family::Time),
    ("DateTime/English/TimePeriodExtractor.json", Family::TimeRange),
    ("DateTime/English/TimePeriodParser.json", Family::TimeRange),
    ("DateTime/English/DateTimePeriodExtractor.json", Family::TimeRange),
    ("DateTime/English/DateTimePeriodParser.json", Family::TimeRange),
    ("DateTime/English/SetExtractor.json", Family::AnyTime),
    ("DateTime/English/SetParser.json", Family::AnyTime),
    ("DateTime/English/HolidayExtractor.json", Family::Holiday),
    ("DateTime/English/HolidayParser.json", Family::Holiday),
    ("DateTime/English/TimeZoneExtractor.json", Family::Time),
    ("DateTime/English/TimeZoneParser.json", Family::Time),
    ("DateTime/English/MergedExtractor.json", Family::AnyTime),
    ("DateTime/English/MergedParser.json", Family::AnyTime),
    ("DateTime/English/DateTimeModel.json", Family::AnyTime),
];

// ------------------------------------------------------------------------------------ exclusions

/// The reasons a result is out of scope. Each is one line of the scope document.
mod why {
    pub const NO_VALUE: &str = "no value stated";
    pub const URL: &str = "inside a URL";
    pub const FRACTION: &str = "fraction";
    pub const EXPONENT: &str = "exponent notation";
    pub const SPOKEN_DECIMAL: &str = "decimal spelled in words";
    pub const IDENTIFIER: &str = "identifier or digit sequence";
    pub const UNIT_LETTER: &str = "unit letter read as a scale";
    pub const LONE_WORD: &str = "number word with nothing counted";
    pub const ONE: &str = "'one' as a pronoun";
    pub const LABEL: &str = "label number";
    pub const RELATIVE_ORDINAL: &str = "relative position (next, last)";
    pub const BIG_ORDINAL: &str = "scale-word ordinal (trillionth)";
    pub const PERCENT_FIRST: &str = "'percent of N'";
    pub const TWO_BOUNDS: &str = "two bounds joined";
    pub const SIGN: &str = "comparison sign";
    pub const RANK_RANGE: &str = "range of ranks";
    pub const RANGE_END: &str = "range end read alone";
    pub const SUBUNIT: &str = "currency subunit";
    pub const OTHER_DIMENSION: &str = "angle or data size";
    pub const KITCHEN: &str = "kitchen measure";
    pub const NO_SCALE: &str = "degrees without a scale";
    pub const RATE: &str = "amount in a unit of time ('barrels a day')";
    pub const UNKNOWN_UNIT: &str = "unit not in the harness table";
    pub const SET: &str = "recurrence";
    pub const TIME_ZONE: &str = "time zone";
    pub const HOLIDAY: &str = "holiday";
    pub const NOW: &str = "relative to now";
    pub const NO_ANCHOR: &str = "relative date without anchor";
    pub const WINDOW: &str = "period counted from now";
    pub const PART: &str = "part of a period";
    pub const OPEN: &str = "open-ended date";
    pub const BETWEEN: &str = "range joined by 'between … and'";
    pub const UNNAMED: &str = "unnamed reference period";
    pub const WEEK: &str = "weekday or week";
    pub const PART_OF_DAY: &str = "part of day";
    pub const TIME_RANGE: &str = "clock-time range";
    pub const SEASON: &str = "season";
    pub const IMPOSSIBLE: &str = "impossible date";
    pub const DAY_NUMBER: &str = "bare day number";
    pub const VAGUE: &str = "vague amount";
    pub const NIGHTS: &str = "nights and weekends";
    pub const UNREADABLE: &str = "timex shape not compared";
    pub const CLOCK_WORDS: &str = "bare hour or clock time in words";
    pub const SHORT_NUMERIC: &str = "numeric date without a full year";
    pub const SWAPPABLE_NUMERIC: &str = "numeric date whose day and month could be swapped";
    pub const WHOLE_PERIOD: &str = "whole period ('all day')";
    pub const DEICTIC: &str = "'the year', 'the day'";
}

// ------------------------------------------------------------------------------------ expectations

/// What an in-scope result asks of the claim at its place.
#[derive(Debug, Clone)]
enum Want {
    /// Any claim of the file's kind (extractor specs give spans only).
    Span,
    /// A number as written, whatever its unit.
    Number(f64),
    /// A rank.
    Ordinal(f64),
    /// A percentage.
    Percent(f64),
    /// A bound or a range of numbers as written: `(20,)` is "more than 20", `[20,30)` is 20 to 30.
    Bounds { lo: Option<f64>, hi: Option<f64> },
    /// A physical quantity in the base unit of its dimension.
    Measure { dimension: Dimension, base: f64 },
    /// An amount of money, in a given currency when the spec names one precisely.
    Money { value: f64, code: Option<String> },
    /// A length of time in seconds, with the bound the spec marks ("more than 4 days").
    Duration { seconds: f64, bound: Option<Bound> },
    /// A date, range of dates or time of day; any of the alternatives will do (the spec lists two
    /// readings for "10:20", morning and evening). The flag marks a shift by an amount of time
    /// ("two months ago"), which is only as precise as its unit: a claim covering the expected day
    /// will do.
    Date(Vec<DateWant>, bool),
}

impl fmt::Display for Want {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Want::Span => f.write_str("a claim here"),
            Want::Number(v) => write!(f, "number {v}"),
            Want::Ordinal(v) => write!(f, "ordinal {v}"),
            Want::Percent(v) => write!(f, "{v}%"),
            Want::Bounds { lo, hi } => {
                let show = |x: &Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
                write!(f, "range [{}, {}]", show(lo), show(hi))
            }
            Want::Measure { dimension, base } => write!(f, "{base} (base unit of {dimension:?})"),
            Want::Money { value, code } => write!(f, "{value} {}", code.as_deref().unwrap_or("(any currency)")),
            Want::Duration { seconds, bound } => match bound {
                Some(b) => write!(f, "{b:?} {seconds} s"),
                None => write!(f, "{seconds} s"),
            },
            Want::Date(alternatives, coarse) => {
                let shown: Vec<String> = alternatives.iter().map(|w| w.to_string()).collect();
                f.write_str(&shown.join(" or "))?;
                if *coarse { f.write_str(" (or a span containing it)") } else { Ok(()) }
            }
        }
    }
}

/// The year of an expected date.
#[derive(Debug, Clone, Copy, PartialEq)]
enum YearWant {
    Known(i32),
    /// Only the last two digits are given (`XX70`, "the 70s").
    InCentury(i32),
    Unknown,
}

/// One end of an expected date.
#[derive(Debug, Clone, Copy, PartialEq)]
struct PointWant {
    year: YearWant,
    month: Option<u8>,
    day: Option<u8>,
}

/// An expected date: a point, a range of days (whose end the spec may write inclusive or
/// exclusive), or a time of day, possibly with a date.
#[derive(Debug, Clone, Copy, PartialEq)]
struct DateWant {
    start: Option<PointWant>,
    end: Option<PointWant>,
    /// Minutes since midnight.
    time: Option<u16>,
}

impl fmt::Display for PointWant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            YearWant::Known(y) => write!(f, "{y:04}")?,
            YearWant::InCentury(y) => write!(f, "XX{y:02}")?,
            YearWant::Unknown => f.write_str("XXXX")?,
        }
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "-{m:02}-{d:02}"),
            (Some(m), None) => write!(f, "-{m:02}"),
            (None, Some(d)) => write!(f, "-XX-{d:02}"),
            (None, None) => Ok(()),
        }
    }
}

impl fmt::Display for DateWant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(start) = &self.start {
            write!(f, "{start}")?;
        }
        if let Some(end) = &self.end {
            write!(f, "/{end}")?;
        }
        if let Some(t) = self.time {
            write!(f, "T{:02}:{:02}", t / 60, t % 60)?;
        }
        Ok(())
    }
}

/// One expected result of a case, with its byte span in the input and either what it asks for or
/// why it is out of scope.
struct Expected {
    text: String,
    span: Range<usize>,
    want: Result<Want, &'static str>,
}

/// One spec case, ready to run.
struct Case {
    input: String,
    anchor: Option<DatePoint>,
    expected: Vec<Expected>,
}

/// The counts of one file.
#[derive(Default)]
struct Tally {
    cases: usize,
    in_scope: usize,
    passed: usize,
    excluded: BTreeMap<&'static str, usize>,
    failures: Vec<String>,
    failure_count: usize,
}

fn main() {
    let Some(root) = common::data_dir("recognizers-text") else { return };
    let shown = common::failures_arg(SHOWN_FAILURES);
    let mut total = Tally::default();
    let mut summary: Vec<(String, usize, usize, usize)> = Vec::new();
    for &(file, family) in FILES {
        let path = root.join(file);
        let Some(cases) = load_cases(&path, family) else { continue };
        let tally = run_file(&cases, family, shown);
        print_file(file, &tally);
        summary.push((file.to_string(), tally.cases, tally.in_scope, tally.passed));
        total.cases += tally.cases;
        total.in_scope += tally.in_scope;
        total.passed += tally.passed;
        for (reason, n) in tally.excluded {
            *total.excluded.entry(reason).or_default() += n;
        }
    }
    println!("== summary ==");
    println!("{:<48} {:>6} {:>8} {:>7} {:>7}", "file", "cases", "in scope", "passed", "rate");
    for (file, cases, in_scope, passed) in &summary {
        println!("{file:<48} {cases:>6} {in_scope:>8} {passed:>7} {:>7}", common::rate(*passed, *in_scope));
    }
    println!(
        "{:<48} {:>6} {:>8} {:>7} {:>7}",
        "overall",
        total.cases,
        total.in_scope,
        total.passed,
        common::rate(total.passed, total.in_scope)
    );
    let mut reasons: Vec<_> = total.excluded.into_iter().collect();
    reasons.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let listed: Vec<String> = reasons.iter().map(|(r, n)| format!("{r} {n}")).collect();
    println!("excluded results by reason: {}", listed.join(", "));
}

/// Prints one file's counts and its first failures.
fn print_file(file: &str, tally: &Tally) {
    println!("== {file} ==");
    println!(
        "cases {}, in scope {}, passed {}, pass rate {}",
        tally.cases,
        tally.in_scope,
        tally.passed,
        common::rate(tally.passed, tally.in_scope)
    );
    if !tally.excluded.is_empty() {
        let listed: Vec<String> = tally.excluded.iter().map(|(r, n)| format!("{r} {n}")).collect();
        println!("excluded results: {}", listed.join(", "));
    }
    if tally.failure_count > 0 {
        println!("failures ({} shown of {}):", tally.failures.len(), tally.failure_count);
        for f in &tally.failures {
            println!("{f}");
        }
    }
    println!();
}

// ---------------------------------------------------------------------------------------- loading

/// Reads a spec file into cases. A file that cannot be read or parsed is reported and skipped;
/// a malformed case or result is reported and left out.
fn load_cases(path: &Path, family: Family) -> Option<Vec<Case>> {
    let items = common::read_json_array(path)?;
    let mut cases = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let Some(input) = item.get("Input").and_then(Json::as_str) else {
            eprintln!("{}: case {index} has no Input; skipped", path.display());
            continue;
        };
        let reference = item.pointer("/Context/ReferenceDateTime").and_then(Json::as_str);
        let anchor = reference.and_then(common::parse_anchor);
        let mut expected = Vec::new();
        for result in item.get("Results").and_then(Json::as_array).map(Vec::as_slice).unwrap_or(&[]) {
            match read_result(input, result, family, anchor.is_some()) {
                Some(e) => expected.push(e),
                None => eprintln!("{}: case {index}: unreadable result {result}; skipped", path.display()),
            }
        }
        cases.push(Case { input: input.to_string(), anchor, expected });
    }
    Some(cases)
}

/// Reads one expected result: its span (as `Start`/`End` inclusive or `Start`/`Length`, in
/// characters) and its value, and judges its scope.
fn read_result(input: &str, result: &Json, family: Family, anchored: bool) -> Option<Expected> {
    let text = result.get("Text").and_then(Json::as_str)?.to_string();
    let start = result.get("Start").and_then(Json::as_u64)? as usize;
    let end = match result.get("End").and_then(Json::as_u64) {
        Some(end) => end as usize + 1,
        None => start + result.get("Length").and_then(Json::as_u64)? as usize,
    };
    let mut span = common::char_range_to_bytes(input, start, end);
    // The spans are trusted when they cover the expected text (compared without case); otherwise the
    // text is looked up in the input, so that one bad offset does not fail a case.
    let covers = |s: &Range<usize>| input.get(s.clone()).is_some_and(|t| t.to_lowercase() == text.to_lowercase());
    if !span.as_ref().is_some_and(covers) {
        let from = span.as_ref().map_or(0, |s| s.start.saturating_sub(8));
        span = common::find_from(input, &text, from).or_else(|| common::find_from(input, &text, 0)).or(span);
    }
    let span = span?;
    let type_name = ["TypeName", "Typename", "Type"]
        .iter()
        .find_map(|k| result.get(*k).and_then(Json::as_str))
        .unwrap_or("")
        .trim_start_matches("datetimeV2.")
        .to_string();
    let want = judge(input, &span, &text, &type_name, result, family, anchored);
    Some(Expected { text, span, want })
}

/// Decides whether a result is in scope and, when it is, what it asks for.
fn judge(
    input: &str,
    span: &Range<usize>,
    text: &str,
    type_name: &str,
    result: &Json,
    family: Family,
    anchored: bool,
) -> Result<Want, &'static str> {
    if inside_url(input, span) {
        return Err(why::URL);
    }
    let resolution = result.get("Resolution");
    let value_str = resolution.and_then(|r| r.get("value")).and_then(Json::as_str);
    let unit = resolution.and_then(|r| r.get("unit")).and_then(Json::as_str);
    if matches!(family, Family::Currency | Family::Dimension) && rate_after(&input[span.end..]) {
        return Err(why::RATE);
    }
    match family {
        Family::Number => judge_number(input, span, text, value_str, resolution),
        Family::Ordinal => judge_ordinal(input, span, type_name, value_str),
        Family::Percent => judge_percent(text, value_str),
        Family::NumberRange => judge_range(text, value_str),
        Family::Age => {
            let value = parse_number(value_str)?;
            if before_is_range_start(input, span.start) {
                return Err(why::RANGE_END);
            }
            let per_unit = match unit.unwrap_or("") {
                "Year" | "Age" => 365.25 * 86_400.0,
                "Month" => 365.25 * 86_400.0 / 12.0,
                "Week" => 7.0 * 86_400.0,
                "Day" => 86_400.0,
                _ => return Err(why::UNKNOWN_UNIT),
            };
            Ok(Want::Duration { seconds: value * per_unit, bound: None })
        }
        Family::Currency => {
            let unit = unit.unwrap_or("");
            if matches!(unit, "Cent" | "Pence" | "Penny" | "Sen" | "Satoshi") {
                return Err(why::SUBUNIT);
            }
            let value = parse_number(value_str)?;
            let iso = resolution.and_then(|r| r.get("isoCurrency")).and_then(Json::as_str);
            let code = iso.map(str::to_string).or_else(|| currency_code(unit).map(str::to_string));
            Ok(Want::Money { value, code })
        }
        Family::Dimension => {
            let subtype = resolution.and_then(|r| r.get("subtype")).and_then(Json::as_str).unwrap_or("");
            if matches!(subtype, "Angle" | "Information") {
                return Err(why::OTHER_DIMENSION);
            }
            let unit = unit.unwrap_or("");
            if matches!(unit, "Tablespoon" | "Teaspoon" | "Cup") {
                return Err(why::KITCHEN);
            }
            let value = parse_number(value_str)?;
            let (dimension, factor) = physical_unit(unit).ok_or(why::UNKNOWN_UNIT)?;
            Ok(Want::Measure { dimension, base: value * factor })
        }
        Family::Temperature => {
            let value = parse_number(value_str)?;
            let base = match unit.unwrap_or("") {
                "C" => value,
                "F" => (value - 32.0) * 5.0 / 9.0,
                "K" => value - 273.15,
                "Degree" => return Err(why::NO_SCALE),
                _ => return Err(why::UNKNOWN_UNIT),
            };
            Ok(Want::Measure { dimension: Dimension::Temperature, base })
        }
        // Only the feasts concord reads; the rest of the file names holidays it does not.
        Family::Holiday if !read_feast(&text.to_lowercase(), &words(text)) => Err(why::HOLIDAY),
        Family::Day
        | Family::Holiday
        | Family::Period
        | Family::DayTime
        | Family::Time
        | Family::Duration
        | Family::TimeRange
        | Family::AnyTime => judge_datetime(type_name, text, result, anchored),
    }
}

/// Parses a resolution value ("1234.5", "1E-12", "-5"); a missing or non-numeric value is out of
/// scope.
fn parse_number(value: Option<&str>) -> Result<f64, &'static str> {
    value.and_then(|v| v.trim().parse::<f64>().ok()).filter(|v| v.is_finite()).ok_or(why::NO_VALUE)
}

// ---------------------------------------------------------------------------------------- numbers

/// Plain numbers. Fractions, exponents, spelled-out decimals, identifiers, unit letters taken for
/// scales, lone number words and labels are out of scope.
fn judge_number(
    input: &str,
    span: &Range<usize>,
    text: &str,
    value: Option<&str>,
    resolution: Option<&Json>,
) -> Result<Want, &'static str> {
    let v = parse_number(value)?;
    let lower = text.to_lowercase();
    let subtype = resolution.and_then(|r| r.get("subtype")).and_then(Json::as_str).unwrap_or("");
    let has_digit = lower.chars().any(|c| c.is_ascii_digit());
    if subtype == "power" || lower.contains('^') || (has_digit && lower.contains('e') && !lower.contains(' ')) {
        return Err(why::EXPONENT);
    }
    if subtype == "fraction" {
        // Halves and quarters of a whole number are ordinary prose ("five and a half million"); a
        // number that is itself a fraction is not.
        let simple_part = words(&lower).iter().any(|w| matches!(w.as_str(), "half" | "quarter" | "quarters"));
        if !(simple_part && v >= 1.0) || lower.contains('/') {
            return Err(why::FRACTION);
        }
    }
    if words(&lower).iter().any(|w| w == "point") {
        return Err(why::SPOKEN_DECIMAL);
    }
    if looks_like_identifier(input)
        || (lower.len() > 1 && lower.starts_with('0') && lower.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(why::IDENTIFIER);
    }
    if unit_letter_as_scale(&lower) {
        return Err(why::UNIT_LETTER);
    }
    if is_label_before(input, span.start) {
        return Err(why::LABEL);
    }
    if !has_digit {
        if matches!(lower.trim(), "one" | "a" | "an") {
            return Err(why::ONE);
        }
        if !counted_after(input, span.end) {
            return Err(why::LONE_WORD);
        }
    }
    Ok(Want::Number(v))
}

/// Ordinals: relative positions ("next", "last"), fractions read as ordinals ("and a third") and
/// ordinals of scale words ("trillionth") are out of scope.
fn judge_ordinal(input: &str, span: &Range<usize>, type_name: &str, value: Option<&str>) -> Result<Want, &'static str> {
    if type_name != "ordinal" {
        return Err(why::RELATIVE_ORDINAL);
    }
    let v = parse_number(value)?;
    if v >= 1_000_000.0 {
        return Err(why::BIG_ORDINAL);
    }
    let before = input[..span.start].to_lowercase();
    if before.trim_end().ends_with(" and a") || before.trim_end().ends_with(" and one") {
        return Err(why::FRACTION);
    }
    Ok(Want::Ordinal(v))
}

/// Percentages: a bare "percent" with no number and "percent of 10" are out of scope.
fn judge_percent(text: &str, value: Option<&str>) -> Result<Want, &'static str> {
    let lower = text.to_lowercase();
    if lower.starts_with("percent") || lower.starts_with("per cent") {
        return Err(why::PERCENT_FIRST);
    }
    let v = parse_number(value.map(|v| v.trim_end_matches('%')))?;
    Ok(Want::Percent(v))
}

/// Number ranges and bounds, given as intervals like `(20,35]`. Comparison signs, ranges of ranks,
/// fractions and two bounds joined by "and" are out of scope.
fn judge_range(text: &str, value: Option<&str>) -> Result<Want, &'static str> {
    let lower = text.to_lowercase();
    let interval = value.ok_or(why::NO_VALUE)?.trim();
    let inner = interval.get(1..interval.len().saturating_sub(1)).ok_or(why::NO_VALUE)?;
    let (lo, hi) = inner.split_once(',').ok_or(why::NO_VALUE)?;
    let read = |s: &str| -> Result<Option<f64>, &'static str> {
        if s.trim().is_empty() { Ok(None) } else { s.trim().parse::<f64>().map(Some).map_err(|_| why::NO_VALUE) }
    };
    let (lo, hi) = (read(lo)?, read(hi)?);
    if lower.contains(['<', '>', '=']) {
        return Err(why::SIGN);
    }
    let ws = words(&lower);
    if ws.iter().any(|w| is_ordinal_word(w)) {
        return Err(why::RANK_RANGE);
    }
    let fractional = |x: Option<f64>| x.is_some_and(|v| v.fract() != 0.0 && v.abs() < 1.0);
    if fractional(lo)
        || fractional(hi)
        || lower.contains('/')
        || ws.iter().any(|w| matches!(w.as_str(), "half" | "quarter" | "in"))
    {
        return Err(why::FRACTION);
    }
    let comparative = ws.iter().any(|w| {
        matches!(
            w.as_str(),
            "than" | "above" | "below" | "over" | "under" | "most" | "least" | "exceed" | "exceeding" | "surpass"
        )
    });
    let two_ends = matches!((lo, hi), (Some(a), Some(b)) if a != b);
    if two_ends && comparative {
        return Err(why::TWO_BOUNDS);
    }
    Ok(Want::Bounds { lo, hi })
}

// -------------------------------------------------------------------------------------- datetimes

/// Dates, times and durations. The order of the tests decides which reason is reported when several
/// apply.
fn judge_datetime(type_name: &str, text: &str, result: &Json, anchored: bool) -> Result<Want, &'static str> {
    let lower = text.to_lowercase();
    let ws = words(&lower);
    let has = |list: &[&str]| ws.iter().any(|w| list.contains(&w.as_str()));
    let (timexes, mods, unresolved, has_value) = timex_info(result);
    let timex_has = |needle: &str| timexes.iter().any(|t| t.contains(needle));
    let is_date = matches!(type_name, "date" | "daterange");
    let is_clock = matches!(type_name, "time" | "datetime" | "timerange" | "datetimerange");

    if type_name == "set" {
        return Err(why::SET);
    }
    if type_name == "timezone" || has(ZONE_WORDS) || lower.contains("time zone") {
        return Err(why::TIME_ZONE);
    }
    if HOLIDAYS.iter().any(|h| lower.contains(h)) && !read_feast(&lower, &ws) {
        return Err(why::HOLIDAY);
    }
    if timex_has("PRESENT_REF") || has(&["now"]) {
        return Err(why::NOW);
    }
    let open_words = lower.contains("later than")
        || lower.contains("earlier than")
        || lower.contains("till date")
        || lower.contains("to date")
        || has(&["before", "after", "since", "until", "till"]);
    if is_clock && open_words {
        return Err(why::OPEN);
    }
    // A time counted from the moment of speaking: "in 5 minutes", "half an hour from now",
    // "30 minutes later".
    let in_amount = ws.windows(3).any(|w| w[0] == "in" && has_amount_of_time(&w[1..]))
        || ws.windows(4).any(|w| w[0] == "in" && has_amount_of_time(&w[1..]));
    let counted_from_now = has(&["ago", "hence", "within"])
        || lower.contains("from now")
        || lower.contains("from today")
        || lower.contains("after today")
        || (has(&["later", "earlier"]) && !lower.contains("in the"))
        || in_amount;
    if is_clock && counted_from_now {
        return Err(why::NOW);
    }
    // "the last 2 quarters", "the coming three quarters": counted from now as months are.
    let quarters = ws
        .windows(2)
        .any(|p| p[1] == "quarters" && (p[0].chars().all(|c| c.is_ascii_digit()) || is_number_word(&p[0])));
    if matches!(type_name, "daterange" | "datetimerange") && (has_amount_of_time(&ws) || quarters) {
        return Err(why::WINDOW);
    }
    // "between 2015 and Feb 2018": each end is read on its own, as the scope page says.
    if type_name == "daterange" && ws.first().is_some_and(|w| w == "between") && has(&["and"]) {
        return Err(why::BETWEEN);
    }
    for m in &mods {
        if m.contains("ref_undef") {
            return Err(why::UNNAMED);
        }
        if m.contains("start") || m.contains("end") || m.contains("mid") {
            return Err(why::PART);
        }
        if m.contains("before") || m.contains("after") || m.contains("since") || m.contains("until") {
            return Err(why::OPEN);
        }
        if is_date && (m == "more" || m == "less") {
            return Err(why::OPEN);
        }
    }
    if is_date {
        let first = ws.first().map(String::as_str).unwrap_or("");
        if matches!(first, "since" | "before" | "after" | "until" | "till" | "by" | "prior" | "starting")
            || lower.contains("later than")
            || lower.contains("earlier than")
        {
            return Err(why::OPEN);
        }
        if has(&["early", "late", "mid", "middle", "beginning", "end", "start", "rest", "half", "later", "earlier"]) {
            return Err(why::PART);
        }
    }
    // Week codes in TIMEX values: "2016-W45", "XXXX-WXX-1", "XXXX-07-W05" (not seasons such as "WI").
    let week_in_timex = timexes.iter().any(|t| {
        let chars: Vec<char> = t.chars().collect();
        chars.windows(3).any(|w| w[0] == '-' && w[1] == 'W' && (w[2].is_ascii_digit() || w[2] == 'X'))
    });
    if type_name != "duration" {
        let has_digit = lower.chars().any(|c| c.is_ascii_digit());
        let has_month = ws.iter().any(|w| month_number(w).is_some());
        // A weekday with no date beside it names no day, and "next Friday" or "last Wednesday" is
        // read differently by different readers (the coming one, or the one after), so both are left
        // out whether or not the spec resolves them.
        let bare_weekday =
            has(WEEKDAYS) && !has_month && !ws.iter().any(|w| is_ordinal_word(w)) && !has_day_digits(&lower);
        let nth_weekday =
            ws.windows(2).any(|p| (is_ordinal_word(&p[0]) || p[0] == "last") && WEEKDAYS.contains(&p[1].as_str()));
        if week_in_timex
            || has(&["week", "weeks", "weekend", "weekends", "fortnight", "wk"])
            || lower.contains("w/c")
            || bare_weekday
            || nth_weekday
        {
            return Err(why::WEEK);
        }
        let part_code = timexes.iter().any(|t| part_of_day_code(t));
        let part_words = has(PARTS_OF_DAY) && !has_digit && !ws.iter().any(|w| is_number_word(w));
        // "mid-afternoon" is a part of the day that the spec pins to a clock time by convention (14:00).
        let middle = ["morning", "afternoon", "evening"]
            .iter()
            .any(|part| ["mid", "mid-", "mid "].iter().any(|mid| lower.contains(&format!("{mid}{part}"))));
        if part_code || middle || (timexes.is_empty() && part_words && !has(&["noon", "midnight"])) {
            return Err(why::PART_OF_DAY);
        }
    }
    if matches!(type_name, "timerange" | "datetimerange") {
        return Err(why::TIME_RANGE);
    }
    // A season is read with its year, or counted from the document's date; winter spans two years
    // and is not read.
    let dated_season = timexes.len() == 1 && parse_timex(&timexes[0]).is_some() && !has(&["mid", "midsummer"]);
    if !dated_season
        && (timexes.iter().any(|t| ["SP", "SU", "FA", "WI"].iter().any(|s| t.ends_with(s)))
            || (is_date && has(&["spring", "summer", "autumn", "fall", "winter", "midsummer"])))
    {
        return Err(why::SEASON);
    }
    if unresolved {
        return Err(why::IMPOSSIBLE);
    }
    if !anchored && has(RELATIVE_WORDS) {
        return Err(why::NO_ANCHOR);
    }
    let has_ordinal = ws.iter().any(|w| is_ordinal_word(w) || ordinal_digits(w));
    let day_only_timex = timexes.iter().any(|t| t.starts_with("XXXX-XX-"));
    let core: Vec<&String> = ws.iter().filter(|w| !matches!(w.as_str(), "on" | "the" | "at")).collect();
    let lone_digits = type_name == "date" && core.len() == 1 && core[0].chars().all(|c| c.is_ascii_digit());
    // Extractor specs give no value: "on 15" followed by nothing that names a month is a bare day.
    let on_number = timexes.is_empty()
        && !ws.iter().any(|w| month_number(w).is_some())
        && ws.windows(2).any(|p| p[0] == "on" && p[1].chars().all(|c| c.is_ascii_digit()));
    let lone_digits = lone_digits || on_number;
    // "on the second": a day in one word with no month or weekday beside it is as often a rank, and
    // the scope page leaves it out; "the 15th" in figures and "the thirty first" are read.
    let ordinal_alone = type_name == "date" && core.len() == 1 && is_ordinal_word(core[0]);
    if lone_digits || ordinal_alone || (day_only_timex && !has_ordinal) {
        return Err(why::DAY_NUMBER);
    }
    if is_date
        && ws.windows(2).any(|p| {
            matches!(p[0].as_str(), "same" | "that") && matches!(p[1].as_str(), "day" | "week" | "month" | "year")
        })
    {
        return Err(why::UNNAMED);
    }
    if is_date {
        let rest: Vec<&String> = ws
            .iter()
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "the" | "for" | "of" | "in" | "to" | "date" | "my" | "this" | "that" | "past" | "last" | "current"
                )
            })
            .collect();
        if rest.len() == 1 && matches!(rest[0].as_str(), "day" | "month" | "year") {
            return Err(why::DEICTIC);
        }
    }
    if matches!(type_name, "date" | "daterange" | "datetime") && numeric_without_year(&lower, &ws, &timexes) {
        return Err(why::SHORT_NUMERIC);
    }
    if matches!(type_name, "date" | "daterange" | "datetime") && swappable_numeric(&lower) {
        return Err(why::SWAPPABLE_NUMERIC);
    }
    if matches!(type_name, "time" | "datetime") && !has_clock_marker(&lower) {
        return Err(why::CLOCK_WORDS);
    }
    if has(&["few", "several", "some", "many"]) {
        return Err(why::VAGUE);
    }
    if type_name == "duration" {
        // "a couple of days" is read as about two days; "couple" without its article is left alone.
        let a_couple = ws.windows(2).any(|p| p[0] == "a" && p[1] == "couple");
        if has(&["another"]) || has(&["couple"]) && !a_couple {
            return Err(why::VAGUE);
        }
        if has(&["all", "full", "whole", "entire"]) {
            return Err(why::WHOLE_PERIOD);
        }
        if has(&["night", "nights", "weekend", "weekends"]) || timex_has("WE") {
            return Err(why::NIGHTS);
        }
        if !has_value {
            return Ok(Want::Span);
        }
        let bound = mods.iter().find_map(|m| match m.as_str() {
            "more" => Some(Bound::AtLeast),
            "less" => Some(Bound::AtMost),
            _ => None,
        });
        let seconds = timexes.iter().find_map(|t| common::iso_duration_seconds(t)).ok_or(why::UNREADABLE)?;
        return Ok(Want::Duration { seconds, bound });
    }
    if !has_value {
        return Ok(Want::Span);
    }
    let mut alternatives: Vec<DateWant> = Vec::new();
    for timex in &timexes {
        for one in timex.split('|') {
            match parse_timex(one) {
                Some(w) if !alternatives.contains(&w) => alternatives.push(w),
                Some(_) => {}
                None => return Err(why::UNREADABLE),
            }
        }
    }
    if alternatives.iter().any(|w| !valid_want(w)) {
        return Err(why::IMPOSSIBLE);
    }
    // "Christmas" and "Easter" alone are seasons as often as days: concord gives their month, which
    // holds the day the spec resolves them to.
    let season = ws.iter().any(|w| w == "christmas" || w == "easter")
        && !ws.iter().any(|w| matches!(w.as_str(), "day" | "eve" | "sunday" | "monday"));
    let coarse = has_amount_of_time(&ws) || has(&["ago"]) || season;
    // Parts the text does not state and the spec took from the reference date ("Friday the 15th"
    // resolved to a month) are not asked of concord, unless the text is relative to that date.
    let states_month = ws.iter().any(|w| month_number(w).is_some()) || numeric_date_pattern(&lower);
    let states_year = lower.chars().collect::<Vec<_>>().windows(3).any(|w| w.iter().all(char::is_ascii_digit));
    let states_day = has_ordinal || has_day_digits(&lower);
    if states_day && !states_month && !states_year && !has(RELATIVE_WORDS) {
        for w in alternatives.iter_mut().filter(|w| w.end.is_none()) {
            if let Some(p) = w.start.as_mut().filter(|p| p.day.is_some()) {
                p.year = YearWant::Unknown;
                p.month = None;
            }
        }
    }
    if alternatives.is_empty() { Err(why::UNREADABLE) } else { Ok(Want::Date(alternatives, coarse)) }
}

/// The TIMEX values, modifiers, whether the spec left the value unresolved, and whether the spec
/// gives values at all (extractor specs give spans only), from either the model layout
/// (`Resolution.values[]`) or the parser layout (`Value`).
fn timex_info(result: &Json) -> (Vec<String>, Vec<String>, bool, bool) {
    let mut timexes: Vec<String> = Vec::new();
    let mut mods: Vec<String> = Vec::new();
    let mut unresolved = false;
    let mut has_value = false;
    let add = |list: &mut Vec<String>, s: Option<&str>| {
        if let Some(s) = s.filter(|s| !s.is_empty() && !list.iter().any(|x| x == s)) {
            list.push(s.to_string());
        }
    };
    let values = result.pointer("/Resolution/values").or_else(|| result.pointer("/Value/values"));
    if let Some(values) = values.and_then(Json::as_array) {
        has_value = true;
        for v in values {
            add(&mut timexes, v.get("timex").and_then(Json::as_str));
            add(&mut mods, v.get("Mod").and_then(Json::as_str));
            if v.get("value").and_then(Json::as_str) == Some("not resolved") {
                unresolved = true;
            }
        }
    }
    if let Some(value) = result.get("Value").filter(|v| v.get("Timex").is_some()) {
        has_value = true;
        add(&mut timexes, value.get("Timex").and_then(Json::as_str));
        add(&mut mods, value.get("Mod").and_then(Json::as_str));
        let future = value.get("FutureResolution");
        if future.is_some_and(|f| f.as_object().is_some_and(|o| o.values().any(|x| x.as_str() == Some("not resolved"))))
        {
            unresolved = true;
        }
    }
    (timexes, mods, unresolved, has_value)
}

/// True for TIMEX values with a part-of-day code (`TMO`, `2016-11-07TEV`).
fn part_of_day_code(timex: &str) -> bool {
    timex.split(['(', ',', ')']).any(|piece| {
        piece.split_once('T').is_some_and(|(_, time)| time.len() >= 2 && time.chars().all(|c| c.is_ascii_uppercase()))
    })
}

/// Parses a TIMEX value into an expected date: `2019-01-04`, `XXXX-10-02`, `XXXX-XX-15`, `2016-11`,
/// `2016`, `XX70`, `T08:40`, `2016-11-07T08:40:05`, or a range `(2016-11-04,2016-11-22,P18D)`.
fn parse_timex(timex: &str) -> Option<DateWant> {
    if let Some(inner) = timex.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        let mut parts = inner.split(',');
        let (a, b) = (parts.next()?, parts.next()?);
        let (start, start_time) = parse_point(a)?;
        let (end, end_time) = parse_point(b)?;
        if start_time.is_some() || end_time.is_some() {
            return None;
        }
        return Some(DateWant { start: Some(start?), end: Some(end?), time: None });
    }
    // "2016-SU": the season's three months in that year.
    if let Some((year, season)) = timex.split_once('-').filter(|(y, _)| y.len() == 4) {
        let months = match season {
            "SP" => Some((3, 5)),
            "SU" => Some((6, 8)),
            "FA" => Some((9, 11)),
            _ => None,
        };
        if let Some((first, last)) = months {
            let year = YearWant::Known(year.parse().ok()?);
            let point = |month| Some(PointWant { year, month: Some(month), day: None });
            return Some(DateWant { start: point(first), end: point(last), time: None });
        }
    }
    let (start, time) = parse_point(timex)?;
    if start.is_none() && time.is_none() {
        return None;
    }
    Some(DateWant { start, end: None, time })
}

/// Parses one TIMEX point into its calendar part and its time of day in minutes.
fn parse_point(text: &str) -> Option<(Option<PointWant>, Option<u16>)> {
    let (date, time) = match text.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (text, None),
    };
    let time = match time {
        None => None,
        Some(t) => {
            let mut fields = t.split(':');
            let h: u16 = fields.next()?.parse().ok()?;
            let m: u16 = fields.next().map_or(Some(0), |m| m.parse().ok())?;
            if h >= 24 || m >= 60 {
                return None;
            }
            Some(h * 60 + m)
        }
    };
    if date.is_empty() {
        return Some((None, time));
    }
    let mut fields = date.split('-');
    let year_field = fields.next()?;
    if year_field.len() != 4 {
        return None;
    }
    let year = if year_field == "XXXX" {
        YearWant::Unknown
    } else if let Some(two) = year_field.strip_prefix("XX") {
        YearWant::InCentury(two.parse().ok()?)
    } else {
        YearWant::Known(year_field.parse().ok()?)
    };
    let field = |f: Option<&str>| -> Option<Option<u8>> {
        match f {
            None | Some("XX") => Some(None),
            Some(s) if s.len() == 2 => s.parse().ok().map(Some),
            Some(_) => None,
        }
    };
    let month = field(fields.next())?;
    let day = field(fields.next())?;
    if fields.next().is_some() || (year == YearWant::Unknown && month.is_none() && day.is_none()) {
        return None;
    }
    Some((Some(PointWant { year, month, day }), time))
}

/// False for expected dates that cannot exist ("feb 30").
fn valid_want(w: &DateWant) -> bool {
    [w.start, w.end].iter().flatten().all(|p| match (p.month, p.day) {
        (Some(m), Some(d)) => {
            let year = if let YearWant::Known(y) = p.year { y } else { 2000 };
            (1..=12).contains(&m) && d >= 1 && d <= days_in_month(year, m)
        }
        (Some(m), None) => (1..=12).contains(&m),
        (None, Some(d)) => (1..=31).contains(&d),
        (None, None) => true,
    })
}

// --------------------------------------------------------------------------------------- running

/// Runs every case of a file and counts the results.
fn run_file(cases: &[Case], family: Family, shown: usize) -> Tally {
    let mut tally = Tally { cases: cases.len(), ..Tally::default() };
    for case in cases {
        for e in &case.expected {
            if let Err(reason) = &e.want {
                *tally.excluded.entry(reason).or_default() += 1;
            }
        }
        // A case that expects nothing tests precision, except in files about forms concord has no
        // value for (ranges of clock time), where no claim of concord's could be wrong.
        if case.expected.is_empty() && family == Family::TimeRange {
            *tally.excluded.entry(why::TIME_RANGE).or_default() += 1;
            continue;
        }
        let in_scope = case.expected.is_empty() || case.expected.iter().any(|e| e.want.is_ok());
        if !in_scope {
            continue;
        }
        tally.in_scope += 1;
        let claims = common::extract(&case.input, case.anchor);
        let missing: Vec<&Expected> = case
            .expected
            .iter()
            .filter(|e| match &e.want {
                Ok(want) => !claims.iter().any(|c| common::overlaps(&c.span, &e.span) && matches(want, c, family)),
                Err(_) => false,
            })
            .collect();
        let spurious: Vec<&Claim> = claims
            .iter()
            .filter(|c| spurious(family, c) && !case.expected.iter().any(|e| common::overlaps(&c.span, &e.span)))
            .collect();
        if missing.is_empty() && spurious.is_empty() {
            tally.passed += 1;
            continue;
        }
        tally.failure_count += 1;
        if tally.failures.len() < shown {
            tally.failures.push(describe_failure(case, &claims, &missing, &spurious));
        }
    }
    tally
}

/// A failing case as printed: the input, each expected result (marked when missing or excluded) and
/// the claims concord extracted (marked when spurious).
fn describe_failure(case: &Case, claims: &[Claim], missing: &[&Expected], spurious: &[&Claim]) -> String {
    let mut out = format!("  input:    {:?}", common::clip(&case.input, 200));
    if let Some(anchor) = &case.anchor {
        out.push_str(&format!("  (anchor {anchor})"));
    }
    let mut wanted: Vec<String> = Vec::new();
    for e in &case.expected {
        let mark = if missing.iter().any(|m| std::ptr::eq(*m, e)) { "MISSING " } else { "" };
        match &e.want {
            Ok(want) => wanted.push(format!("{mark}{:?} → {want}", e.text)),
            Err(reason) => wanted.push(format!("({:?}: excluded, {reason})", e.text)),
        }
    }
    if wanted.is_empty() {
        wanted.push("(nothing)".to_string());
    }
    out.push_str(&format!("\n  expected: {}", wanted.join("; ")));
    let got: Vec<String> = claims
        .iter()
        .map(|c| {
            let mark = if spurious.iter().any(|s| std::ptr::eq(*s, c)) { "SPURIOUS " } else { "" };
            format!("{mark}{}", common::show_claim(&case.input, c))
        })
        .collect();
    let got = if got.is_empty() { "(nothing)".to_string() } else { got.join("; ") };
    out.push_str(&format!("\n  got:      {got}"));
    out
}

/// The claims a file is about. Extractor specs, which give spans only, are satisfied by any claim
/// of these kinds at the expected place.
fn relevant(family: Family, claim: &Claim) -> bool {
    let dimension = common::number_of(claim).map(|n| &n.unit.dimension);
    let date = match &claim.value {
        Value::Date(d) => Some(d),
        Value::Number(_) => None,
    };
    let with_day = date.is_some_and(|d| d.start.day.is_some() && d.end.is_none());
    let with_time = date.is_some_and(|d| d.time.is_some());
    match family {
        Family::Number => claim.kind == Kind::Count,
        // The range spec marks ranges and bounds only, not the plain numbers beside them.
        Family::NumberRange => {
            claim.kind == Kind::Count
                && common::number_of(claim)
                    .is_some_and(|n| matches!(n.bound, Bound::AtLeast | Bound::AtMost | Bound::Range))
        }
        Family::Ordinal => claim.kind == Kind::Ordinal,
        Family::Percent => claim.kind == Kind::Percent,
        Family::Age | Family::Duration => claim.kind == Kind::Duration,
        Family::Currency => matches!(dimension, Some(Dimension::Currency(_))),
        Family::Dimension => matches!(
            dimension,
            Some(Dimension::Length | Dimension::Mass | Dimension::Area | Dimension::Volume | Dimension::Speed)
        ),
        Family::Temperature => matches!(dimension, Some(Dimension::Temperature)),
        Family::Day | Family::Holiday => with_day && !with_time,
        Family::Period => matches!(claim.kind, Kind::Date | Kind::Year) && !with_day && !with_time,
        Family::DayTime => with_time && date.is_some_and(DateValue::has_date),
        Family::Time => with_time,
        Family::AnyTime => matches!(claim.kind, Kind::Date | Kind::Year | Kind::Duration),
        Family::TimeRange => false,
    }
}

/// Whether an unexpected claim counts against a case: a claim the file is about, except a lone day
/// of the month ("the 21st"), which the DateTime specs expect in some cases and not in others.
fn spurious(family: Family, claim: &Claim) -> bool {
    if let Value::Date(d) = &claim.value {
        if d.start.year.is_none() && d.start.month.is_none() && d.start.day.is_some() && d.time.is_none() {
            return false;
        }
    }
    relevant(family, claim)
}

/// Whether a claim's value is what the result asks for.
fn matches(want: &Want, claim: &Claim, family: Family) -> bool {
    let near = |a: f64, b: f64| common::close(a, b, TOLERANCE);
    let number = common::number_of(claim);
    match want {
        Want::Span => relevant(family, claim),
        Want::Number(v) => match &claim.value {
            Value::Number(n) => near(n.value, *v) || n.high.is_some_and(|h| near(h, *v)),
            Value::Date(d) => single_year(d).is_some_and(|y| near(f64::from(y), *v)),
        },
        Want::Ordinal(v) => number.is_some_and(|n| n.unit.dimension == Dimension::Ordinal && near(n.value, *v)),
        Want::Percent(v) => number.is_some_and(|n| {
            n.unit.dimension == Dimension::Percent && (near(n.value, *v) || n.high.is_some_and(|h| near(h, *v)))
        }),
        Want::Bounds { lo, hi } => number.is_some_and(|n| match (lo, hi) {
            (Some(lo), None) => n.bound == Bound::AtLeast && near(n.value, *lo),
            (None, Some(hi)) => n.bound == Bound::AtMost && near(n.value, *hi),
            (Some(lo), Some(hi)) if lo == hi => n.bound == Bound::Exact && near(n.value, *lo),
            (Some(lo), Some(hi)) => {
                n.bound == Bound::Range && near(n.value, *lo) && n.high.is_some_and(|h| near(h, *hi))
            }
            (None, None) => false,
        }),
        Want::Measure { dimension, base } => number.is_some_and(|n| {
            n.unit.dimension == *dimension
                && (near(common::base_value(n), *base) || common::base_high(n).is_some_and(|h| near(h, *base)))
        }),
        Want::Money { value, code } => number.is_some_and(|n| match &n.unit.dimension {
            Dimension::Currency(c) => code.as_ref().is_none_or(|k| k == c) && near(n.value * n.unit.factor, *value),
            _ => false,
        }),
        Want::Duration { seconds, bound } => number.is_some_and(|n| {
            let bound_ok = match bound {
                Some(b) => n.bound == *b,
                // A spec that marks no bound reads the number alone ("more than 500 years old" is
                // expected as "500 years old"), so any qualifier concord adds is accepted.
                None => true,
            };
            n.unit.dimension == Dimension::Time && bound_ok && near(common::base_value(n), *seconds)
        }),
        Want::Date(alternatives, coarse) => match &claim.value {
            Value::Date(d) => alternatives.iter().any(|w| date_matches(w, d) || (*coarse && date_contains(d, w))),
            Value::Number(_) => false,
        },
    }
}

/// The year of a value that is exactly one year.
fn single_year(d: &DateValue) -> Option<i32> {
    let span = d.start.year?;
    (span.lo == span.hi && d.start.month.is_none() && d.end.is_none() && d.time.is_none()).then_some(span.lo)
}

/// Whether an extracted date value matches an expected one: the same time of day (or none on both
/// sides), the same first day, and the same last day, where the end of an expected range may be
/// written inclusive or exclusive. Years the spec leaves unknown are taken from the claim.
fn date_matches(w: &DateWant, got: &DateValue) -> bool {
    let got_time = got.time.map(|t| t.minutes);
    if w.time != got_time {
        return false;
    }
    let Some(want_start) = &w.start else {
        return !got.has_date();
    };
    if !got.has_date() {
        return false;
    }
    let got_end = got.end.unwrap_or(got.start);
    if want_start.month.is_none() && want_start.day.is_some() {
        return w.end.is_none() && got.end.is_none() && got.start.day == want_start.day;
    }
    let (Some((got_first, _)), Some((end_first, end_last))) = (got_days(&got.start), got_days(&got_end)) else {
        return false;
    };
    let start_year = got.start.year.map(|y| y.lo);
    let end_year = got_end.year.map(|y| y.lo).or(start_year);
    let Some((want_first, want_last)) = want_days(want_start, start_year) else {
        return false;
    };
    match &w.end {
        None => got_first == want_first && end_last == want_last,
        Some(want_end) => {
            let Some((mut end_day, _)) = want_days(want_end, end_year) else {
                return false;
            };
            // "XX90/XX00": the end of the nineties without their century is in the next century.
            if matches!(want_end.year, YearWant::InCentury(_)) && end_day < want_first {
                let Some((next, _)) = want_days(want_end, end_year.map(|y| y + 100)) else { return false };
                end_day = next;
            }
            got_first == want_first && (end_first..=end_last).any(|d| d == end_day || d == end_day - 1)
        }
    }
}

/// Whether an extracted date covers every day of an expected point date (with a known year).
fn date_contains(got: &DateValue, w: &DateWant) -> bool {
    let (Some(start), None, None) = (&w.start, &w.end, w.time) else { return false };
    if got.time.is_some() || !matches!(start.year, YearWant::Known(_)) {
        return false;
    }
    let got_end = got.end.unwrap_or(got.start);
    let (Some((first, _)), Some((_, last))) = (got_days(&got.start), got_days(&got_end)) else { return false };
    let Some((want_first, want_last)) = want_days(start, got.start.year.map(|y| y.lo)) else { return false };
    first <= want_first && want_last <= last
}

/// The first and last day (as day numbers) an extracted date point covers; `None` without a year,
/// which is then filled as a leap year so that the month and day still compare.
fn got_days(p: &DatePoint) -> Option<(i64, i64)> {
    let (lo, hi) = p.year.map_or((2000, 2000), |y| (y.lo, y.hi));
    let first = day_number(lo, p.month.unwrap_or(1), p.day.unwrap_or(1));
    let last_month = p.month.unwrap_or(12);
    let last = day_number(hi, last_month, p.day.unwrap_or_else(|| days_in_month(hi, last_month)));
    (p.month.is_some() || p.year.is_some()).then_some((first, last))
}

/// The first and last day an expected date point covers, its unknown year taken from the claim's
/// year (or a leap year when the claim has none). A known year the claim lacks never matches.
fn want_days(p: &PointWant, claim_year: Option<i32>) -> Option<(i64, i64)> {
    let year = match p.year {
        YearWant::Known(y) => {
            claim_year?;
            y
        }
        YearWant::InCentury(two) => {
            let y = claim_year?;
            y - y.rem_euclid(100) + two
        }
        YearWant::Unknown => claim_year.unwrap_or(2000),
    };
    let first = day_number(year, p.month.unwrap_or(1), p.day.unwrap_or(1));
    let last_month = p.month.unwrap_or(12);
    let last = day_number(year, last_month, p.day.unwrap_or_else(|| days_in_month(year, last_month)));
    Some((first, last))
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar.
fn day_number(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(month) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The number of days in a month.
fn days_in_month(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    }
}

// --------------------------------------------------------------------------------- word helpers

/// The lower-case words of a text: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

const SMALL_NUMBERS: &[&str] = &[
    "zero",
    "nought",
    "naught",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
];

/// True for number words ("seven", "hundred").
fn is_number_word(w: &str) -> bool {
    SMALL_NUMBERS.contains(&w)
}

/// True for ordinal words: "first", "third", "tenth", "twentieth", "hundredth".
/// True when the text after an amount divides it by a unit of time ("a day", "per hour", "/year"):
/// the scope page leaves such rates out, and concord reads no amount from them.
fn rate_after(rest: &str) -> bool {
    let rest = rest.to_lowercase();
    let rest = rest.trim_start();
    let time = ["per ", "a ", "an ", "/"].iter().find_map(|p| rest.strip_prefix(p));
    let Some(time) = time else { return false };
    let mut words = time.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    let unit = matches!(
        words.next(),
        Some("second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "annum" | "hr" | "yr")
    );
    // "a year earlier" dates something instead.
    unit && !matches!(words.next(), Some("ago" | "later" | "earlier" | "before" | "after" | "old"))
}

fn is_ordinal_word(w: &str) -> bool {
    if matches!(w, "first" | "second" | "third" | "fifth" | "eighth" | "ninth" | "twelfth") {
        return true;
    }
    let Some(stem) = w.strip_suffix("th") else { return false };
    let stem = stem.strip_suffix("ie").map(|s| format!("{s}y")).unwrap_or_else(|| stem.to_string());
    is_number_word(&stem)
}

/// True when a date is written with a numeric month and no four-digit year ("4/22", "29/03",
/// "5/3/18", "9-18-15"): in prose such figures are more often fractions, decimals, scores or ranges.
fn numeric_without_year(lower: &str, ws: &[String], timexes: &[String]) -> bool {
    let full_year = ws.iter().any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let month_name = ws.iter().any(|w| month_number(w).is_some());
    if full_year || month_name {
        return false;
    }
    let timex_month = timexes.iter().any(|t| {
        let date = t.trim_start_matches('(').split(['T', ',']).next().unwrap_or("");
        date.split('-').nth(1).is_some_and(|m| m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()))
    });
    let pattern = numeric_date_pattern(lower);
    // The month comes from the digits only when the text has no relative word to take it from.
    let relative = ws.iter().any(|w| RELATIVE_WORDS.contains(&w.as_str()));
    pattern && (timexes.is_empty() || (timex_month && !relative))
}

/// True when a text writes a date in numbers whose day and month could be read either way: "3-7-2017",
/// "10/1/2018", "5/1-5/7, 2020". A year first ("2015/08/12") fixes the order, and so do dots
/// ("9.11.1989" is day first), as extraction-scope.md says.
fn swappable_numeric(lower: &str) -> bool {
    lower.split(|c: char| !(c.is_ascii_digit() || c == '/' || c == '-')).any(|run| {
        let parts: Vec<&str> = run.split(['/', '-']).collect();
        if parts.len() < 2 || parts[0].len() == 4 {
            return false;
        }
        let small = |p: &str| (1..=2).contains(&p.len()) && p.parse::<u32>().is_ok_and(|n| (1..=12).contains(&n));
        parts.windows(2).any(|w| small(w[0]) && small(w[1]) && w[0].parse::<u32>().ok() != w[1].parse::<u32>().ok())
    })
}

/// True when a text has two numbers joined by a slash, dot or hyphen ("4/22", "29.03", "9-18").
fn numeric_date_pattern(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    chars.windows(3).any(|w| w[0].is_ascii_digit() && matches!(w[1], '/' | '.' | '-') && w[2].is_ascii_digit())
}

/// True when a text has a day of the month in digits: a one- or two-digit number (or "21st") that
/// is not an hour ("8pm", "4 a.m.") or part of a clock time ("7:00").
fn has_day_digits(lower: &str) -> bool {
    let chunks: Vec<String> = lower
        .split_whitespace()
        .map(|c| c.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != ':' && ch != '.').to_string())
        .collect();
    chunks.iter().enumerate().any(|(i, c)| {
        let digits = c.trim_end_matches(|ch: char| ch.is_alphabetic());
        let suffix = &c[digits.len()..];
        let day_like = (1..=2).contains(&digits.len()) && digits.chars().all(|ch| ch.is_ascii_digit());
        let next = chunks.get(i + 1).map(String::as_str).unwrap_or("");
        let hour = matches!(next, "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m." | "a" | "p" | "o'clock" | "oclock");
        let amount = matches!(
            next,
            "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "hour" | "hours" | "minutes"
        );
        day_like && (suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th")) && !hour && !amount
    })
}

/// True for an ordinal in digits: "5th", "21st", "04th".
fn ordinal_digits(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &w[digits.len()..];
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && matches!(suffix, "st" | "nd" | "rd" | "th")
}

/// True when a time of day is marked as one in writing: minutes after a colon or dot ("8:30",
/// "8.30"), a.m. or p.m., "o'clock", "half past", "quarter to", noon, midnight, or a part of the day
/// after an hour ("8 in the night"). A bare hour ("at 7") or a time in words ("eight forty") is not.
fn has_clock_marker(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    let minutes = chars
        .windows(4)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], ':' | '.') && w[2].is_ascii_digit() && w[3].is_ascii_digit())
        || chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == ':' && w[2].is_ascii_digit());
    let compact: String = lower.chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
    let meridiem = words(lower).iter().any(|w| {
        let letters = w.trim_start_matches(|c: char| c.is_ascii_digit());
        matches!(letters, "am" | "pm" | "a" | "p")
    }) || compact.contains("am") && compact.chars().any(|c| c.is_ascii_digit())
        || compact.contains("pm") && compact.chars().any(|c| c.is_ascii_digit());
    let spoken = lower.contains("o'clock")
        || lower.contains("oclock")
        || lower.contains("o clock")
        || lower.contains("past")
        || lower.contains("quarter")
        || lower.contains("half")
        || lower.contains("noon")
        || lower.contains("midday")
        || lower.contains("midnight")
        || lower.contains("mid night");
    let day_part = ["in the morning", "in the afternoon", "in the evening", "in the night", "at night"]
        .iter()
        .any(|p| lower.contains(p));
    minutes || meridiem || spoken || day_part
}

/// The month of a month name or abbreviation.
fn month_number(w: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS.iter().position(|m| *m == w || ((3..=4).contains(&w.len()) && m.starts_with(w))).map(|i| i as u8 + 1)
}

/// True when the words contain an amount of time: a number (or "few", "several") before a unit of
/// time ("3 months", "two weeks", "3year").
fn has_amount_of_time(ws: &[String]) -> bool {
    const UNITS: &[&str] = &[
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
        "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    ];
    let amount = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit()) || is_number_word(w) || matches!(w, "few" | "several" | "couple" | "a")
    };
    ws.iter().enumerate().any(|(i, w)| {
        let glued = w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && UNITS.contains(&w.trim_start_matches(|c: char| c.is_ascii_digit()));
        // One word may stand between the amount and the unit: "4 business days", "5 upcoming years".
        let amount_before =
            (i > 0 && amount(&ws[i - 1]) && ws[i - 1] != "a") || (i > 1 && amount(&ws[i - 2]) && ws[i - 2] != "a");
        glued || (UNITS.contains(&w.as_str()) && amount_before)
    })
}

const ZONE_WORDS: &[&str] =
    &["utc", "gmt", "pst", "pdt", "est", "edt", "cst", "cdt", "mst", "mdt", "cet", "cest", "bst", "timezone"];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
];

const PARTS_OF_DAY: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "tonight",
    "tonite",
    "daytime",
    "lunch",
    "lunchtime",
    "dinner",
    "breakfast",
    "overnight",
    "nighttime",
    "midday",
    "noon",
    "midnight",
];

const RELATIVE_WORDS: &[&str] = &[
    "today",
    "tomorrow",
    "tmr",
    "tmrw",
    "tomorow",
    "yesterday",
    "tonight",
    "tonite",
    "next",
    "last",
    "this",
    "coming",
    "previous",
    "upcoming",
    "ago",
    "later",
    "current",
    "recent",
    "following",
    "prior",
];

/// Whether a holiday is one concord reads (see `extract::recognize::holiday`): a feast on a fixed
/// day, named on its own rather than as the next or last one, or a feast counted from Easter with
/// its year (1753 on).
fn read_feast(lower: &str, ws: &[String]) -> bool {
    const FIXED: &[&str] =
        &["christmas", "new year's", "new year eve", "new year day", "halloween", "boxing day", "may day"];
    const FROM_EASTER: &[&str] = &["easter", "good friday", "palm sunday", "ash wednesday"];
    let relative = ws.iter().any(|w| matches!(w.as_str(), "last" | "next" | "this" | "coming" | "previous"));
    let others = HOLIDAYS.iter().filter(|h| lower.contains(*h)).all(|h| FIXED.contains(h) || FROM_EASTER.contains(h));
    let year = ws.iter().any(|w| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| y >= 1753));
    let fixed = FIXED.iter().any(|h| lower.contains(h));
    let movable = FROM_EASTER.iter().any(|h| lower.contains(h));
    !relative && others && (fixed && !movable || movable && year)
}

const HOLIDAYS: &[&str] = &[
    "christmas",
    "xmas",
    "easter",
    "thanksgiving",
    "thanks giving",
    "halloween",
    "haloween",
    "valentine",
    "new year",
    "independence day",
    "memorial day",
    "labor day",
    "labour day",
    "mother's day",
    "mothers day",
    "father's day",
    "fathers day",
    "earth day",
    "patrick",
    "juneteenth",
    "martin luther king",
    "mlk",
    "columbus day",
    "veterans day",
    "boxing day",
    "groundhog",
    "april fools",
    "may day",
    "cinco de mayo",
    "black friday",
    "cyber monday",
    "tax day",
    "flag day",
    "good friday",
    "ash wednesday",
    "mardi gras",
    "hanukkah",
    "ramadan",
    "diwali",
    "passover",
    "pentecost",
    "bastille",
    "presidents day",
    "president's day",
    "washington's birthday",
    "election day",
    "all saints",
    "all souls",
    "kwanzaa",
    "rosh hashanah",
    "yom kippur",
    "shrove",
    "boss's day",
    "teacher's day",
    "children's day",
    "women's day",
    "national day",
    "singles day",
    "spring festival",
    "chinese new year",
    "dragon boat",
    "mid-autumn",
    "qingming",
    "tomb sweeping",
    "double ninth",
    "chongyang",
    "inauguration",
    "yuandan",
    "canberra day",
    "eid",
];

/// True when the span lies inside a web address.
fn inside_url(input: &str, span: &Range<usize>) -> bool {
    let start =
        input[..span.start].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let end = input[span.end..].find(char::is_whitespace).map_or(input.len(), |i| span.end + i);
    let chunk = input[start..end].to_lowercase();
    chunk.contains("://") || chunk.contains("www.")
}

/// True when the input looks like a code rather than prose numbers: an IP address, a phone number,
/// a numeric date, a product code, a numbered list or a digit-by-digit reading.
fn looks_like_identifier(input: &str) -> bool {
    let chars: Vec<char> = input.chars().collect();
    // Three digit groups joined by dots or slashes: "192.168.1.2", "5/17/2018".
    for sep in ['.', '/'] {
        let mut groups = 0;
        let mut in_digits = false;
        let mut best = 0;
        for (i, &c) in chars.iter().enumerate() {
            if c.is_ascii_digit() {
                if !in_digits {
                    groups += 1;
                    in_digits = true;
                }
            } else {
                in_digits = false;
                let joins = c == sep && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if !joins {
                    best = best.max(groups);
                    groups = 0;
                }
            }
        }
        if best.max(groups) >= 3 {
            return true;
        }
    }
    let lower = input.to_lowercase();
    let plus_digit = chars.windows(2).any(|w| w[0] == '+' && w[1].is_ascii_digit());
    let code = chars
        .windows(2)
        .enumerate()
        .any(|(i, w)| w[0].is_ascii_uppercase() && w[1] == '-' && chars.get(i + 2).is_some_and(char::is_ascii_digit));
    let numbered = words(&lower).iter().any(|w| matches!(w.as_str(), "nr" | "nrs"));
    let spelled = lower.split_whitespace().any(|chunk| {
        let parts: Vec<&str> = chunk.split('-').collect();
        parts.len() >= 3 && parts.iter().all(|p| is_number_word(p))
    });
    plus_digit || code || numbered || spelled
}

/// True when a number ends in a letter that concord reads as a unit symbol ("10 m", "10 g", "1mm")
/// but the spec reads as a scale ("10M" = ten million).
fn unit_letter_as_scale(lower: &str) -> bool {
    let trimmed = lower.trim_end();
    let letters: String = trimmed.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    let letters: String = letters.chars().rev().collect();
    let before = trimmed[..trimmed.len() - letters.len()].trim_end();
    before.ends_with(|c: char| c.is_ascii_digit()) && matches!(letters.as_str(), "g" | "m" | "mm")
}

/// True when the word before byte `start` marks the number as a label ("version two", "No. 4").
fn is_label_before(input: &str, start: usize) -> bool {
    let before = words(&input[..start]);
    before.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "version"
                | "chapter"
                | "page"
                | "no"
                | "number"
                | "nr"
                | "room"
                | "platform"
                | "route"
                | "flight"
                | "episode"
        )
    })
}

/// True when something counted follows the number ending at byte `end`: a word that is not a verb
/// or function word ("two valid numbers", "twenty-six people").
fn counted_after(input: &str, end: usize) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "am", "of", "and", "or", "but", "the", "a", "an", "to", "in", "on",
        "at", "out", "over", "by", "for", "from", "with", "plus", "minus", "times", "equals", "equal", "than", "as",
        "that", "this", "it", "so", "then", "if", "will", "would", "can", "could", "should", "do", "does", "did",
        "has", "have", "had", "i", "you", "he", "she", "we", "they", "point",
    ];
    let rest = &input[end..];
    let next = rest.trim_start();
    if !next.starts_with(char::is_alphabetic) {
        return false;
    }
    words(next).first().is_some_and(|w| !FUNCTION_WORDS.contains(&w.as_str()))
}

/// True when the result starting at byte `start` is the end of a range the spec split ("40 - 50
/// years old" read as 50).
fn before_is_range_start(input: &str, start: usize) -> bool {
    let before = input[..start].trim_end();
    let rest = before
        .strip_suffix('-')
        .or_else(|| before.strip_suffix('–'))
        .or_else(|| before.strip_suffix(" to"))
        .map(str::trim_end);
    rest.is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()))
}

/// The ISO code of a currency named precisely enough by its Recognizers-Text unit name. Generic
/// names ("Dollar", "Pound") accept any currency.
fn currency_code(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "Euro" => "EUR",
        "British pound" => "GBP",
        "Japanese yen" => "JPY",
        "Chinese yuan" => "CNY",
        "United States dollar" => "USD",
        _ => return None,
    })
}

/// The dimension of a Recognizers-Text physical unit and its factor to the base unit (metres,
/// kilograms, litres, square metres, metres per second).
fn physical_unit(unit: &str) -> Option<(Dimension, f64)> {
    use Dimension::{Area, Length, Mass, Speed, Volume};
    Some(match unit {
        "Meter" => (Length, 1.0),
        "Kilometer" => (Length, 1000.0),
        "Decimeter" => (Length, 0.1),
        "Centimeter" => (Length, 0.01),
        "Millimeter" => (Length, 0.001),
        "Micrometer" => (Length, 1e-6),
        "Nanometer" => (Length, 1e-9),
        "Picometer" => (Length, 1e-12),
        "Foot" => (Length, 0.3048),
        "Inch" => (Length, 0.0254),
        "Yard" => (Length, 0.9144),
        "Mile" => (Length, 1609.344),
        "Nautical mile" => (Length, 1852.0),
        "Kilogram" => (Mass, 1.0),
        "Gram" => (Mass, 0.001),
        "Milligram" => (Mass, 1e-6),
        "Microgram" => (Mass, 1e-9),
        "Metric ton" => (Mass, 1000.0),
        // "Ton" is ambiguous in English (short, long or metric); concord reads metric tonnes.
        "Ton" => (Mass, 1000.0),
        "Pound" => (Mass, 0.453_592_37),
        "Ounce" => (Mass, 0.028_349_523_125),
        "Dram" => (Mass, 0.001_771_845_195_312_5),
        "Liter" => (Volume, 1.0),
        "Milliliter" => (Volume, 0.001),
        "Cubic meter" => (Volume, 1000.0),
        "Cubic foot" => (Volume, 28.316_846_592),
        "Gallon" => (Volume, 3.785_411_784),
        "Barrel" => (Volume, 158.987_294_928),
        "Square meter" => (Area, 1.0),
        "Square kilometer" => (Area, 1e6),
        "Square foot" => (Area, 0.092_903_04),
        "Square mile" => (Area, 2_589_988.110_336),
        "Acre" => (Area, 4_046.856_422_4),
        "Hectare" => (Area, 10_000.0),
        "Meter per second" => (Speed, 1.0),
        "Kilometer per hour" => (Speed, 1000.0 / 3600.0),
        "Mile per hour" => (Speed, 1609.344 / 3600.0),
        "Knot" => (Speed, 1852.0 / 3600.0),
        "Meter per millisecond" => (Speed, 1000.0),
        "Centimeter per millisecond" => (Speed, 10.0),
        "Kilometer per millisecond" => (Speed, 1e6),
        _ => return None,
    })
}
