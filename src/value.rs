//! Typed values and their comparison.
//!
//! Every value concord extracts denotes an interval: a count covers the numbers its rounding allows, a
//! date covers the days it could mean, a bound covers a half-line. Comparing two claims is therefore
//! always interval overlap, and the verdict is one of [`Verdict::Same`], [`Verdict::Compatible`] or
//! [`Verdict::Conflict`].
//!
//! Invariants: values are plain data with no references into documents; comparing values never
//! panics, whatever their kinds (values of different dimensions are simply not comparable); the
//! rendering of a value (`Display`) is the public form used in the JSON report (EDTF for dates, ISO 8601
//! for durations, plain decimals with a leading `>`, `<` or `~` for bounds, a unit after a space).

use std::fmt;

use serde::{Deserialize, Serialize};

/// What kind of claim a value belongs to, as named in the JSON report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// A calendar date or a time of day, possibly partial ("14 April", "February 1956", "23:40").
    Date,
    /// A year, a span of years, a decade or a century.
    Year,
    /// A plain count of things, with or without a counted noun.
    Count,
    /// A number with a physical unit or a currency.
    Quantity,
    /// A length of time, including ages.
    Duration,
    /// A percentage.
    Percent,
    /// A rank ("20th", "Twentieth").
    Ordinal,
}

impl Kind {
    /// The name used in the JSON report and in `claims.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Year => "year",
            Kind::Count => "count",
            Kind::Quantity => "quantity",
            Kind::Duration => "duration",
            Kind::Percent => "percent",
            Kind::Ordinal => "ordinal",
        }
    }

    /// Parses a kind name as written in `claims.toml`.
    pub fn parse(name: &str) -> Option<Kind> {
        Some(match name {
            "date" => Kind::Date,
            "year" => Kind::Year,
            "count" => Kind::Count,
            "quantity" => Kind::Quantity,
            "duration" => Kind::Duration,
            "percent" => Kind::Percent,
            "ordinal" => Kind::Ordinal,
            _ => return None,
        })
    }

    /// Kinds whose values can be compared with each other: dates with years, everything else with
    /// itself.
    pub fn family(self) -> Kind {
        match self {
            Kind::Year => Kind::Date,
            other => other,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How loosely stated values are read (`[check.tolerance]` in `claims.toml`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tolerance {
    /// "about N" covers N give or take this share of N.
    pub approx: f64,
    /// "nearly N" covers from N less this share of N up to N.
    pub nearly: f64,
    /// "about 5 p.m." covers this many minutes either side.
    pub time_minutes: f64,
    /// Round numbers cover half a unit of their last written digit ("26,000" is 25,500..26,500).
    pub rounding: bool,
}

impl Default for Tolerance {
    fn default() -> Tolerance {
        Tolerance { approx: 0.1, nearly: 0.1, time_minutes: 15.0, rounding: true }
    }
}

/// The outcome of comparing two values of one subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// The values denote the same interval.
    Same,
    /// The values overlap: they can both be true, perhaps at different precision.
    Compatible,
    /// The values are disjoint: at most one of them is true.
    Conflict,
}

/// A typed value: every claim has one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    /// A date, a time of day, a year, or a span of them.
    Date(DateValue),
    /// A count, quantity, duration, percentage or ordinal.
    Number(Number),
}

impl Value {
    /// Compares two values. Values that cannot be compared (different dimensions) are never reported as
    /// conflicting: `None` says there is nothing to judge.
    pub fn compare(&self, other: &Value) -> Option<Verdict> {
        self.compare_with(other, &Tolerance::default())
    }

    /// Compares two values with the given tolerances.
    pub fn compare_with(&self, other: &Value, tolerance: &Tolerance) -> Option<Verdict> {
        match (self, other) {
            (Value::Date(a), Value::Date(b)) => Some(a.compare_with(b, tolerance)),
            (Value::Number(a), Value::Number(b)) => a.compare_with(b, tolerance),
            _ => None,
        }
    }

    /// True when the value is vague: a bound, an approximation, or a date coarser than a year.
    pub fn is_vague(&self) -> bool {
        match self {
            Value::Date(d) => d.approx || d.start.year.is_some_and(|y| y.hi > y.lo),
            Value::Number(n) => n.bound != Bound::Exact,
        }
    }

    /// How much of the calendar a date fixes, in order of weight: its year, month and day, then its
    /// time of day. "25 September 1066" says more than "25 September". Nothing for a number.
    pub fn date_detail(&self) -> (bool, bool, bool, bool) {
        match self {
            Value::Date(d) => {
                (d.start.year.is_some(), d.start.month.is_some(), d.start.day.is_some(), d.time.is_some())
            }
            Value::Number(_) => (false, false, false, false),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => d.fmt(f),
            Value::Number(n) => n.fmt(f),
        }
    }
}

// ------------------------------------------------------------------------------------------ numbers

/// How a number is qualified in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Bound {
    /// Stated as is ("51,439"); it still covers its rounding.
    Exact,
    /// "about", "around", "some", "roughly": the number give or take ten percent.
    Approx,
    /// "nearly", "almost": a little under the number, [0.9x, x].
    Nearly,
    /// "over", "more than", "at least": from the number up.
    AtLeast,
    /// "under", "less than", "up to", "within": from zero (or below) up to the number.
    AtMost,
    /// A range "50,000–60,000": the number up to `Number::high`.
    Range,
}

impl Bound {
    /// True for a bound open on one side ("over 300", "under 5"), which names no size of its own.
    pub fn is_open(self) -> bool {
        matches!(self, Bound::AtLeast | Bound::AtMost)
    }
}

/// The dimension a number is measured in. Numbers compare only within one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Dimension {
    /// A plain count, or a count of a named noun (the noun lives on the claim, not here).
    Count,
    /// A percentage.
    Percent,
    /// A rank.
    Ordinal,
    /// Time spans, in seconds.
    Time,
    /// Lengths, in metres.
    Length,
    /// Masses, in kilograms.
    Mass,
    /// Areas, in square metres.
    Area,
    /// Volumes, in litres.
    Volume,
    /// Speeds, in metres per second.
    Speed,
    /// Temperatures, in degrees Celsius.
    Temperature,
    /// Money in one currency, identified by its code.
    Currency(String),
}

/// A unit of measurement: its dimension, how to convert to the dimension's base unit, and the symbol
/// used when rendering.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The dimension the unit measures.
    pub dimension: Dimension,
    /// Multiply by this to get the base unit (metres, kilograms, seconds, ...).
    pub factor: f64,
    /// Add this after multiplying (only temperatures need it).
    pub offset: f64,
    /// The symbol written in values: `km`, `mi`, `°C`; empty for counts.
    pub symbol: &'static str,
}

impl Unit {
    /// The unit of plain counts.
    pub fn count() -> Unit {
        Unit { dimension: Dimension::Count, factor: 1.0, offset: 0.0, symbol: "" }
    }

    /// The unit of percentages.
    pub fn percent() -> Unit {
        Unit { dimension: Dimension::Percent, factor: 1.0, offset: 0.0, symbol: "%" }
    }

    /// The unit of ranks.
    pub fn ordinal() -> Unit {
        Unit { dimension: Dimension::Ordinal, factor: 1.0, offset: 0.0, symbol: "" }
    }

    /// A time unit with its length in seconds and its ISO 8601 designator.
    pub fn time(seconds: f64, symbol: &'static str) -> Unit {
        Unit { dimension: Dimension::Time, factor: seconds, offset: 0.0, symbol }
    }
}

/// A number as stated, with its qualifier, rounding and unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// The number as written, in `unit` ("26,000" is 26000; "four hours" is 4).
    pub value: f64,
    /// The upper end of a range, for [`Bound::Range`].
    pub high: Option<f64>,
    /// How the number is qualified.
    pub bound: Bound,
    /// Half a unit of the last significant written digit: "26,000" may mean 25,500..26,500.
    pub rounding: f64,
    /// The unit, for quantities and durations; `Unit::count()` otherwise.
    pub unit: Unit,
    /// Extra parts of a compound duration ("2 h 40 min" is 2 h plus 40 min), in seconds.
    pub extra_seconds: f64,
}

/// A closed interval on the base unit of a dimension; the ends may be infinite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// The lower end.
    pub lo: f64,
    /// The upper end.
    pub hi: f64,
}

impl Interval {
    /// Two intervals overlap when they share more than an endpoint, or when one is a single point
    /// that lies within the other: "half an hour", exactly thirty minutes, is within "about thirty
    /// minutes".
    pub fn overlaps(&self, other: &Interval) -> bool {
        let lo = self.lo.max(other.lo);
        let hi = self.hi.min(other.hi);
        lo < hi || lo == hi && (self.lo == self.hi || other.lo == other.hi)
    }
}

impl Number {
    /// A plain exact number in a unit, with the rounding its written digits imply.
    pub fn exact(value: f64, written: &str, unit: Unit) -> Number {
        Number {
            value,
            high: None,
            bound: Bound::Exact,
            rounding: rounding_of(value, written),
            unit,
            extra_seconds: 0.0,
        }
    }

    /// The number as written, in the base unit of its dimension: "2 h 40 min" is 9,600 seconds.
    pub fn base(&self) -> f64 {
        self.value * self.unit.factor + self.unit.offset + self.extra_seconds
    }

    /// The interval the number denotes, in the base unit of its dimension.
    pub fn interval(&self) -> Interval {
        self.interval_with(&Tolerance::default())
    }

    /// The interval the number denotes under the given tolerances.
    pub fn interval_with(&self, tolerance: &Tolerance) -> Interval {
        let to_base = |x: f64| {
            if x.is_infinite() { x } else { x * self.unit.factor + self.unit.offset }
        };
        let extra = self.extra_seconds;
        let v = self.value;
        // Without rounding, an exact number still covers half a unit of its last digit when that is
        // below one: 706 is 705.5..706.5, so that 706 and 705 stay apart.
        let t = if tolerance.rounding { self.rounding } else { self.rounding.min(0.5) };
        let (lo, hi) = match self.bound {
            Bound::Exact => (v - t, v + t),
            Bound::Approx => {
                let w = (tolerance.approx * v.abs()).max(t);
                (v - w, v + w)
            }
            Bound::Nearly => (v - (tolerance.nearly * v.abs()).max(t), v),
            Bound::AtLeast => (v, f64::INFINITY),
            Bound::AtMost => {
                let floor =
                    if self.unit.dimension == Dimension::Temperature { f64::NEG_INFINITY } else { 0.0_f64.min(v) };
                (floor, v)
            }
            Bound::Range => (v - t, self.high.unwrap_or(v) + t),
        };
        let mut lo = to_base(lo);
        let mut hi = to_base(hi);
        if extra != 0.0 {
            lo += extra;
            hi += extra;
        }
        Interval { lo, hi }
    }

    /// Compares two numbers: `None` when their dimensions differ.
    pub fn compare(&self, other: &Number) -> Option<Verdict> {
        self.compare_with(other, &Tolerance::default())
    }

    /// Compares two numbers with the given tolerances: `None` when their dimensions differ.
    pub fn compare_with(&self, other: &Number, tolerance: &Tolerance) -> Option<Verdict> {
        if self.unit.dimension != other.unit.dimension {
            return None;
        }
        let a = self.interval_with(tolerance);
        let b = other.interval_with(tolerance);
        if !a.overlaps(&b) {
            return Some(Verdict::Conflict);
        }
        let close = |x: f64, y: f64| (x == y) || (x - y).abs() <= 1e-9 * x.abs().max(y.abs());
        if self.bound == other.bound && close(a.lo, b.lo) && close(a.hi, b.hi) {
            Some(Verdict::Same)
        } else {
            Some(Verdict::Compatible)
        }
    }
}

/// Half a unit of the last significant digit written, capped at a tenth of the number so that small
/// exact counts stay exact: "1,500" covers 1,450..1,550, "706" covers only 706, "3.6" covers 3.55..3.65.
pub fn rounding_of(value: f64, written: &str) -> f64 {
    let digits: String = written.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    if let Some((_, frac)) = digits.split_once('.') {
        let places = frac.len().min(12) as i32;
        return 0.5 * 10f64.powi(-places);
    }
    if digits.is_empty() {
        // A number written in words ("twenty-six thousand", "a dozen") is as round as its value.
        return word_rounding(value);
    }
    let trailing = digits.len() - digits.trim_end_matches('0').len();
    if value == 0.0 {
        return 0.5;
    }
    let t = 0.5 * 10f64.powi(trailing.min(15) as i32);
    t.min(0.1 * value.abs()).max(0.5)
}

fn word_rounding(value: f64) -> f64 {
    if value.fract() != 0.0 {
        return 0.0;
    }
    let mut trailing = 0;
    let mut v = value.abs() as u64;
    while v >= 10 && v % 10 == 0 {
        trailing += 1;
        v /= 10;
    }
    (0.5 * 10f64.powi(trailing)).min(0.1 * value.abs()).max(0.5)
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = match self.bound {
            Bound::Exact | Bound::Range => "",
            Bound::Approx | Bound::Nearly => "~",
            Bound::AtLeast => ">",
            Bound::AtMost => "<",
        };
        f.write_str(prefix)?;
        if self.unit.dimension == Dimension::Time {
            return write_duration(f, self);
        }
        write_decimal(f, self.value)?;
        if let (Bound::Range, Some(high)) = (self.bound, self.high) {
            f.write_str("..")?;
            write_decimal(f, high)?;
        }
        match &self.unit.dimension {
            Dimension::Percent => f.write_str("%"),
            Dimension::Count | Dimension::Ordinal => Ok(()),
            _ => write!(f, " {}", self.unit.symbol),
        }
    }
}

/// Writes a plain decimal without exponent or trailing zeros.
fn write_decimal(f: &mut fmt::Formatter<'_>, x: f64) -> fmt::Result {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        write!(f, "{}", x as i64)
    } else {
        let s = format!("{x:.6}");
        f.write_str(s.trim_end_matches('0').trim_end_matches('.'))
    }
}

/// Seconds in a day, the unit of the date part of an ISO 8601 duration.
const DAY: f64 = 86_400.0;

/// Seconds in a month: a twelfth of a year of 365.25 days.
const MONTH: f64 = 365.25 * DAY / 12.0;

/// Writes a duration in ISO 8601: `PT4H`, `P6M`, `PT2H40M`, `P28Y`, `P63Y7M`.
fn write_duration(f: &mut fmt::Formatter<'_>, n: &Number) -> fmt::Result {
    let symbol = n.unit.symbol;
    let is_time_part = matches!(symbol, "H" | "MIN" | "S");
    f.write_str("P")?;
    if is_time_part {
        f.write_str("T")?;
    }
    let designator = if symbol == "MIN" { "M" } else { symbol };
    write_decimal(f, n.value)?;
    f.write_str(designator)?;
    if let (Bound::Range, Some(high)) = (n.bound, n.high) {
        // "3–4 hours" is `PT3H..PT4H`.
        f.write_str(if is_time_part { "..PT" } else { "..P" })?;
        write_decimal(f, high)?;
        return f.write_str(designator);
    }
    if n.extra_seconds <= 0.0 {
        return Ok(());
    }
    // The compound tail is in units smaller than the first: "63 years and 7 months" is `P63Y7M`,
    // "2 weeks and 3 days" `P2W3D`, "2 h 40 min" `PT2H40M`.
    let date_parts: &[(f64, &str)] = match symbol {
        "Y" => &[(MONTH, "M"), (DAY, "D")],
        "M" | "W" => &[(DAY, "D")],
        _ => &[],
    };
    let mut rest = n.extra_seconds;
    for &(unit, designator) in date_parts {
        write_whole_units(f, &mut rest, unit, designator)?;
    }
    if rest < 1e-6 {
        return Ok(());
    }
    if !is_time_part {
        f.write_str("T")?;
        write_whole_units(f, &mut rest, 3600.0, "H")?;
    }
    write_whole_units(f, &mut rest, 60.0, "M")?;
    if rest >= 1e-6 {
        write_decimal(f, rest)?;
        f.write_str("S")?;
    }
    Ok(())
}

/// Writes how many whole `unit`s of seconds `rest` holds, if any, with their designator, and takes
/// them from `rest`.
fn write_whole_units(f: &mut fmt::Formatter<'_>, rest: &mut f64, unit: f64, designator: &str) -> fmt::Result {
    // A tail summed from whole units may fall a hair short of them in floating point.
    let count = (*rest / unit + 1e-9).floor();
    if count > 0.0 {
        write_decimal(f, count)?;
        f.write_str(designator)?;
        *rest = (*rest - count * unit).max(0.0);
    }
    Ok(())
}

// -------------------------------------------------------------------------------------------- dates

/// A span of years, inclusive: one year, a decade (1930..1939), a part of one ("the late 1930s",
/// 1937..1939) or a century.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct YearSpan {
    /// The first year.
    pub lo: i32,
    /// The last year.
    pub hi: i32,
}

impl YearSpan {
    /// A single year.
    pub fn single(year: i32) -> YearSpan {
        YearSpan { lo: year, hi: year }
    }
}

/// One end of a date value, with the parts the text gives. A missing part is unknown, not zero:
/// "14 April" has no year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct DatePoint {
    /// The year, or span of years for decades and centuries.
    pub year: Option<YearSpan>,
    /// The month, 1..=12.
    pub month: Option<u8>,
    /// The day of the month, 1..=31.
    pub day: Option<u8>,
}

impl DatePoint {
    /// True when the point says nothing about the calendar (a bare time of day).
    pub fn is_empty(&self) -> bool {
        self.year.is_none() && self.month.is_none() && self.day.is_none()
    }

    /// The first and last day the point may mean, as day numbers, when its year is known. `approx`
    /// widens by one unit of the point's precision.
    fn day_range(&self, year_fill: Option<i32>, approx: bool) -> Option<(i64, i64)> {
        let (ylo, yhi) = match (self.year, year_fill) {
            (Some(span), _) => (span.lo, span.hi),
            (None, Some(y)) => (y, y),
            (None, None) => return None,
        };
        let (lo, hi, pad) = match (self.month, self.day) {
            (None, _) => {
                let width = i64::from(yhi - ylo) + 1;
                // "c. 1935" widens by a year; "c. 1930s" by a decade; a century by a century.
                let pad_years = if width >= 100 {
                    100
                } else if width >= 10 {
                    10
                } else {
                    1
                };
                (day_number(ylo, 1, 1), day_number(yhi, 12, 31), 365 * pad_years)
            }
            (Some(m), None) => (day_number(ylo, m, 1), day_number(yhi, m, days_in_month(yhi, m)), 31),
            (Some(m), Some(d)) => {
                let d = d.min(days_in_month(ylo, m));
                (day_number(ylo, m, d), day_number(yhi, m, d), 1)
            }
        };
        let pad = if approx { pad } else { 0 };
        // Day ranges are half-open so that consecutive days touch but do not overlap.
        Some((lo - pad, hi + 1 + pad))
    }
}

/// A time of day in minutes since midnight, possibly approximate ("about 5 p.m.").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeOfDay {
    /// Minutes since midnight, 0..1440.
    pub minutes: u16,
    /// "about", "around": give or take fifteen minutes.
    pub approx: bool,
}

/// A date value: a point or an interval of partial dates, with an optional time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct DateValue {
    /// The start (or the only point).
    pub start: DatePoint,
    /// The end of an interval ("Feb. 24–25", "1879–1953"); `None` for a point.
    pub end: Option<DatePoint>,
    /// "c.", "circa", "around": widened by one unit of precision.
    pub approx: bool,
    /// The time of day, when one is attached or stands alone.
    pub time: Option<TimeOfDay>,
}

impl DateValue {
    /// A single point.
    pub fn point(start: DatePoint) -> DateValue {
        DateValue { start, ..DateValue::default() }
    }

    /// The months `first` to `last` of one year, or of any year: a quarter, a season.
    pub fn months(year: Option<i32>, first: u8, last: u8) -> DateValue {
        let point = |month| DatePoint { year: year.map(YearSpan::single), month: Some(month), day: None };
        DateValue { end: Some(point(last)), ..DateValue::point(point(first)) }
    }

    /// A year, or a span of years given as one unit (a decade).
    pub fn years(lo: i32, hi: i32) -> DateValue {
        DateValue::point(DatePoint { year: Some(YearSpan { lo, hi }), ..DatePoint::default() })
    }

    /// The first and last year the value names, when it names one: 1956 to 1956 for "24 February
    /// 1956", 1879 to 1953 for "1879–1953", 1950 to 1959 for "the 1950s".
    pub fn year_span(&self) -> Option<(i32, i32)> {
        let first = self.start.year?;
        let last = self.end.and_then(|end| end.year).unwrap_or(first);
        Some((first.lo, last.hi))
    }

    /// The first and last day the value may mean, as day numbers, when its years are known: one day
    /// for "24 February 1956", ten years for "the 1950s".
    pub fn day_span(&self) -> Option<(i64, i64)> {
        let (lo, hi) = self.start.day_range(None, self.approx)?;
        match &self.end {
            Some(end) => Some((lo, end.day_range(None, self.approx)?.1)),
            None => Some((lo, hi)),
        }
    }

    /// True when the value carries a calendar part (not a bare time of day).
    pub fn has_date(&self) -> bool {
        !self.start.is_empty()
    }

    /// The kind a value of this shape is reported as: `year` for years, decades, centuries and year
    /// ranges; `date` when a month, day or time is given.
    pub fn kind(&self) -> Kind {
        let finer = |p: &DatePoint| p.month.is_some() || p.day.is_some();
        if self.time.is_some() || finer(&self.start) || self.end.as_ref().is_some_and(finer) {
            Kind::Date
        } else {
            Kind::Year
        }
    }

    /// Compares two date values: the calendar parts and the times of day are judged separately, and a
    /// part missing on either side never conflicts.
    pub fn compare(&self, other: &DateValue) -> Verdict {
        self.compare_with(other, &Tolerance::default())
    }

    /// Compares two date values with the given tolerances (only times of day take one).
    pub fn compare_with(&self, other: &DateValue, tolerance: &Tolerance) -> Verdict {
        if self == other {
            return Verdict::Same;
        }
        let dates_ok = !self.has_date() || !other.has_date() || self.dates_overlap(other);
        let times_ok = match (self.time, other.time) {
            (Some(a), Some(b)) => times_overlap(a, b, tolerance.time_minutes),
            _ => true,
        };
        if dates_ok && times_ok { Verdict::Compatible } else { Verdict::Conflict }
    }

    fn dates_overlap(&self, other: &DateValue) -> bool {
        match (self.end, other.end) {
            // Two intervals (life spans, year ranges) agree when their starts agree and their ends
            // agree: "1740–1789" and "1740–1798" disagree on the end.
            (Some(a_end), Some(b_end)) => {
                points_overlap(&self.start, self.approx, &other.start, other.approx)
                    && points_overlap(&a_end, self.approx, &b_end, other.approx)
            }
            (Some(end), None) => interval_overlaps_point(&self.start, &end, self.approx, &other.start, other.approx),
            (None, Some(end)) => interval_overlaps_point(&other.start, &end, other.approx, &self.start, self.approx),
            (None, None) => points_overlap(&self.start, self.approx, &other.start, other.approx),
        }
    }
}

fn times_overlap(a: TimeOfDay, b: TimeOfDay, approx_minutes: f64) -> bool {
    let range = |t: TimeOfDay| {
        let w = if t.approx { approx_minutes } else { 0.5 };
        Interval { lo: f64::from(t.minutes) - w, hi: f64::from(t.minutes) + w }
    };
    range(a).overlaps(&range(b))
}

/// Whether two partial dates can mean the same day. Unknown years are filled from the other side;
/// a day with no month is compared on the day of the month alone.
fn points_overlap(a: &DatePoint, a_approx: bool, b: &DatePoint, b_approx: bool) -> bool {
    for (x, y) in [(a, b), (b, a)] {
        if x.month.is_none() && x.day.is_some() {
            return match y.day {
                None => true,
                Some(d) => Some(d) == x.day || a_approx || b_approx,
            };
        }
    }
    let fill = |p: &DatePoint, from: &DatePoint| match (p.year, from.year) {
        (Some(_), _) => None,
        (None, Some(span)) => Some(span.lo),
        // Neither side gives a year: compare within a leap year so that 29 February is valid.
        (None, None) => Some(2000),
    };
    // With one year unknown, try each year the other side allows (bounded: a century at most).
    let candidates: Vec<(Option<i32>, Option<i32>)> = match (a.year, b.year) {
        (None, Some(span)) if span.hi - span.lo < 200 => (span.lo..=span.hi).map(|y| (Some(y), None)).collect(),
        (Some(span), None) if span.hi - span.lo < 200 => (span.lo..=span.hi).map(|y| (None, Some(y))).collect(),
        _ => vec![(fill(a, b), fill(b, a))],
    };
    for (fa, fb) in candidates {
        let (Some(ra), Some(rb)) = (a.day_range(fa, a_approx), b.day_range(fb, b_approx)) else {
            return true;
        };
        if ra.0.max(rb.0) < ra.1.min(rb.1) {
            return true;
        }
    }
    false
}

fn interval_overlaps_point(
    start: &DatePoint,
    end: &DatePoint,
    approx: bool,
    point: &DatePoint,
    point_approx: bool,
) -> bool {
    if point.month.is_none() && point.day.is_some() {
        // "the 13th" against "12–13 August": any day in the interval will do.
        return match (start.day, end.day) {
            (Some(s), Some(e)) => point.day.is_some_and(|d| (s..=e).contains(&d)) || approx || point_approx,
            _ => true,
        };
    }
    let year_of = |p: &DatePoint| p.year.map(|y| y.lo);
    let fill = year_of(point).or(year_of(start)).or(year_of(end)).unwrap_or(2000);
    let (Some(s), Some(e)) = (
        start.day_range(Some(year_of(start).unwrap_or(fill)), approx),
        end.day_range(Some(year_of(end).or(year_of(start)).unwrap_or(fill)), approx),
    ) else {
        return true;
    };
    let Some(p) = point.day_range(Some(year_of(point).unwrap_or(fill)), point_approx) else {
        return true;
    };
    s.0.max(p.0) < e.1.min(p.1)
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before). The arithmetic is the
/// well-known civil-from-days inverse, valid for any year concord can read.
pub fn day_number(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day number (the inverse of [`day_number`]).
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// The day of the week of a day number: 0 is Monday, 6 is Sunday.
pub fn weekday(days: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    (days + 3).rem_euclid(7) as u8
}

/// The number of days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(YearSpan { lo, hi }) if lo == hi => write!(f, "{lo:04}")?,
            Some(YearSpan { lo, hi }) if lo % 100 == 0 && hi == lo + 99 => write!(f, "{:02}XX", lo / 100)?,
            Some(YearSpan { lo, hi }) if lo % 10 == 0 && hi == lo + 9 => write!(f, "{:03}X", lo / 10)?,
            // A part of a decade has no EDTF digit form: it is an interval of years.
            Some(YearSpan { lo, hi }) => return write!(f, "{lo:04}/{hi:04}"),
            None => f.write_str("XXXX")?,
        }
        match (self.month, self.day) {
            (None, None) => Ok(()),
            (Some(m), None) => write!(f, "-{m:02}"),
            (Some(m), Some(d)) => write!(f, "-{m:02}-{d:02}"),
            (None, Some(d)) => write!(f, "-XX-{d:02}"),
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let approx = if self.approx { "~" } else { "" };
        if self.has_date() {
            write!(f, "{}{approx}", self.start)?;
            if let Some(end) = &self.end {
                write!(f, "/{end}{approx}")?;
            }
        }
        if let Some(t) = self.time {
            write!(f, "T{:02}:{:02}", t.minutes / 60, t.minutes % 60)?;
            if t.approx {
                f.write_str("~")?;
            }
        }
        Ok(())
    }
}

// ------------------------------------------------------------------------------------------ parsing

impl Value {
    /// Parses the canonical rendering of a value (the form the JSON report writes): EDTF dates and
    /// intervals (`1956-02-24/1956-02-25`, `193X`, `1935~`, `XXXX-04-15`, `T23:40`), ISO 8601
    /// durations (`PT4H`, `~P6M`), and decimals with an optional `>`, `<` or `~` and a unit
    /// (`>50000`, `155 km`, `32%`). Returns `None` for anything else.
    pub fn parse(text: &str) -> Option<Value> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if let Some(d) = parse_edtf(text) {
            return Some(Value::Date(d));
        }
        parse_number(text).map(Value::Number)
    }
}

fn parse_edtf(text: &str) -> Option<DateValue> {
    let (date_part, time_part) = match text.find('T') {
        Some(0) => ("", Some(&text[1..])),
        Some(i) => (&text[..i], Some(&text[i + 1..])),
        None => (text, None),
    };
    let mut value = DateValue::default();
    if !date_part.is_empty() {
        let mut parts = date_part.split('/');
        let first = parts.next()?;
        let (start, approx) = parse_edtf_point(first)?;
        value.start = start;
        value.approx = approx;
        if let Some(second) = parts.next() {
            let (end, approx_end) = parse_edtf_point(second)?;
            value.end = Some(end);
            value.approx |= approx_end;
        }
        if parts.next().is_some() {
            return None;
        }
    }
    if let Some(t) = time_part {
        let (t, approx) = match t.strip_suffix('~') {
            Some(rest) => (rest, true),
            None => (t, false),
        };
        let (h, m) = t.split_once(':')?;
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        if h > 23 || m > 59 {
            return None;
        }
        value.time = Some(TimeOfDay { minutes: h * 60 + m, approx });
    }
    Some(value)
}

fn parse_edtf_point(text: &str) -> Option<(DatePoint, bool)> {
    let (text, approx) = match text.strip_suffix('~') {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    let mut fields = text.split('-');
    let year = fields.next()?;
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit() || c == 'X') {
        return None;
    }
    let unknown = year.chars().rev().take_while(|c| *c == 'X').count();
    let year = if unknown == 4 {
        None
    } else {
        let digits = &year[..4 - unknown];
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let base: i32 = digits.parse().ok()?;
        let width = 10i32.pow(unknown as u32);
        Some(YearSpan { lo: base * width, hi: base * width + width - 1 })
    };
    let field = |f: Option<&str>, max: u8| -> Option<Option<u8>> {
        match f {
            None | Some("XX") => Some(None),
            Some(s) => {
                let v: u8 = s.parse().ok()?;
                (s.len() == 2 && (1..=max).contains(&v)).then_some(Some(v))
            }
        }
    };
    let month = field(fields.next(), 12)?;
    let day = field(fields.next(), 31)?;
    if fields.next().is_some() {
        return None;
    }
    Some((DatePoint { year, month, day }, approx))
}

fn parse_number(text: &str) -> Option<Number> {
    let (bound, rest) = match text.chars().next()? {
        '~' => (Bound::Approx, &text[1..]),
        '>' => (Bound::AtLeast, &text[1..]),
        '<' => (Bound::AtMost, &text[1..]),
        _ => (Bound::Exact, text),
    };
    let rest = rest.trim();
    if let Some(iso) = rest.strip_prefix('P') {
        let (low, high) = match iso.split_once("..P") {
            Some((low, high)) => (low, Some(parse_iso_duration(high)?)),
            None => (iso, None),
        };
        let mut n = parse_iso_duration(low)?;
        n.bound = bound;
        if let Some(high) = high {
            // "PT3H..PT4H": the upper end, in the unit of the lower.
            if bound != Bound::Exact || n.extra_seconds > 0.0 || high.extra_seconds > 0.0 {
                return None;
            }
            let top = high.value * high.unit.factor / n.unit.factor;
            if top <= n.value {
                return None;
            }
            n.high = Some(top);
            n.bound = Bound::Range;
        }
        return Some(n);
    }
    let split = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).unwrap_or(rest.len());
    let (digits, unit_text) = rest.split_at(split);
    let (low, high) = match digits.split_once("..") {
        Some((a, b)) => (a, Some(b)),
        None => (digits, None),
    };
    let value: f64 = low.parse().ok()?;
    let unit = match unit_text.trim() {
        "" => Unit::count(),
        "%" => Unit::percent(),
        symbol => crate::extract::lexicon::measure_unit(&symbol.to_lowercase()).or_else(|| match symbol {
            "°C" => Some(crate::extract::lexicon::celsius()),
            "°F" => Some(crate::extract::lexicon::fahrenheit()),
            // Symbols too short to be read as units in prose are still read back here.
            "nm" => crate::extract::lexicon::measure_unit("nanometre"),
            "μm" => crate::extract::lexicon::measure_unit("micrometre"),
            "pm" => crate::extract::lexicon::measure_unit("picometre"),
            symbol => crate::extract::lexicon::speed_symbol(symbol),
        })?,
    };
    let mut n = Number::exact(value, low, unit);
    n.bound = bound;
    if let Some(h) = high {
        n.high = Some(h.parse().ok()?);
        if bound == Bound::Exact {
            n.bound = Bound::Range;
        }
    }
    Some(n)
}

/// Parses the part of an ISO 8601 duration after `P`: `T4H`, `6M`, `T2H40M`, `28Y`.
fn parse_iso_duration(iso: &str) -> Option<Number> {
    let mut in_time = false;
    let mut digits = String::new();
    let mut parts: Vec<(f64, f64, &'static str, String)> = Vec::new();
    for c in iso.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' | '.' => digits.push(c),
            _ => {
                let v: f64 = digits.parse().ok()?;
                let (seconds, symbol) = match (c, in_time) {
                    ('Y', false) => (12.0 * MONTH, "Y"),
                    ('M', false) => (MONTH, "M"),
                    ('W', false) => (7.0 * DAY, "W"),
                    ('D', false) => (DAY, "D"),
                    ('H', true) => (3600.0, "H"),
                    ('M', true) => (60.0, "MIN"),
                    ('S', true) => (1.0, "S"),
                    _ => return None,
                };
                parts.push((v, seconds, symbol, std::mem::take(&mut digits)));
            }
        }
    }
    let ((v, seconds, symbol, written), rest) = parts.split_first()?;
    let mut n = Number::exact(*v, written, Unit::time(*seconds, symbol));
    n.extra_seconds = rest.iter().map(|(v, s, _, _)| v * s).sum();
    if let Some((_, s, _, _)) = rest.last() {
        n.rounding = 0.5 * s / seconds;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(v: f64, written: &str, bound: Bound) -> Value {
        Value::Number(Number { bound, ..Number::exact(v, written, Unit::count()) })
    }

    fn ymd(y: i32, m: u8, d: u8) -> DatePoint {
        DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: Some(d) }
    }

    #[test]
    fn day_numbers_match_the_calendar() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(1956, 2, 24), -5060);
        assert_eq!(day_number(2000, 3, 1) - day_number(2000, 2, 28), 2);
    }

    #[test]
    fn civil_dates_round_trip() {
        for days in [-1_000_000, -5060, -1, 0, 1, 59, 60, 10_957, 20_000, 1_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(day_number(y, m, d), days);
        }
        assert_eq!(civil_from_days(day_number(1956, 2, 24)), (1956, 2, 24));
        // 24 February 1956 was a Friday.
        assert_eq!(weekday(day_number(1956, 2, 24)), 4);
    }

    #[test]
    fn rounding_follows_the_written_digits() {
        assert_eq!(rounding_of(26000.0, "26,000"), 500.0);
        assert_eq!(rounding_of(706.0, "706"), 0.5);
        assert_eq!(rounding_of(140.0, "140"), 5.0);
        assert!((rounding_of(3.6, "3.6") - 0.05).abs() < 1e-12);
        assert_eq!(rounding_of(20.0, "20"), 2.0);
    }

    #[test]
    fn a_bound_agrees_with_a_count_inside_it() {
        let exact = count(51439.0, "51,439", Bound::Exact);
        let over = count(50000.0, "50,000", Bound::AtLeast);
        assert_eq!(exact.compare(&over), Some(Verdict::Compatible));
    }

    #[test]
    fn nearly_agrees_with_the_round_number() {
        let hours = |bound| Value::Number(Number { bound, ..Number::exact(4.0, "four", Unit::time(3600.0, "H")) });
        assert_eq!(hours(Bound::Exact).compare(&hours(Bound::Nearly)), Some(Verdict::Compatible));
        assert_eq!(hours(Bound::Exact).compare(&hours(Bound::Exact)), Some(Verdict::Same));
    }

    #[test]
    fn an_exact_length_agrees_with_an_approximate_one_around_it() {
        // "half an hour" is exactly thirty minutes, with no digits to round.
        let minutes = |v: f64, written: &str, bound| {
            Value::Number(Number { bound, ..Number::exact(v, written, Unit::time(60.0, "MIN")) })
        };
        let half_hour = match minutes(30.0, "", Bound::Exact) {
            Value::Number(n) => Value::Number(Number { rounding: 0.0, ..n }),
            other => other,
        };
        assert_eq!(half_hour.compare(&minutes(30.0, "thirty", Bound::Approx)), Some(Verdict::Compatible));
        assert_eq!(half_hour.compare(&minutes(30.0, "30", Bound::Exact)), Some(Verdict::Compatible));
        assert_eq!(half_hour.compare(&minutes(45.0, "45", Bound::Exact)), Some(Verdict::Conflict));
    }

    #[test]
    fn distinct_exact_counts_conflict() {
        let a = count(706.0, "706", Bound::Exact);
        let b = count(705.0, "705", Bound::Exact);
        assert_eq!(a.compare(&b), Some(Verdict::Conflict));
        let c = count(1500.0, "1500", Bound::Exact);
        let d = count(1517.0, "1,517", Bound::Exact);
        assert_eq!(c.compare(&d), Some(Verdict::Compatible));
    }

    #[test]
    fn tolerances_widen_or_narrow_approximate_values() {
        // "about 1,010": the approximation, not the rounding of a round number, sets its width.
        let about = Value::Number(Number { bound: Bound::Approx, ..Number::exact(1010.0, "1,010", Unit::count()) });
        let nine_twenty = count(920.0, "920", Bound::Exact);
        assert_eq!(about.compare(&nine_twenty), Some(Verdict::Compatible));
        let strict = Tolerance { approx: 0.05, ..Tolerance::default() };
        assert_eq!(about.compare_with(&nine_twenty, &strict), Some(Verdict::Conflict));
        let round = count(1500.0, "1,500", Bound::Exact);
        let exact = count(1517.0, "1,517", Bound::Exact);
        let literal = Tolerance { rounding: false, ..Tolerance::default() };
        assert_eq!(round.compare(&exact), Some(Verdict::Compatible));
        assert_eq!(round.compare_with(&exact, &literal), Some(Verdict::Conflict));
    }

    #[test]
    fn two_lower_bounds_never_conflict() {
        let a = count(700.0, "700", Bound::AtLeast);
        let b = count(900.0, "900", Bound::AtLeast);
        assert_eq!(a.compare(&b), Some(Verdict::Compatible));
    }

    #[test]
    fn different_dimensions_are_not_compared() {
        let words = count(26000.0, "26,000", Bound::Exact);
        let hours = Value::Number(Number::exact(4.0, "4", Unit::time(3600.0, "H")));
        assert_eq!(words.compare(&hours), None);
    }

    #[test]
    fn a_day_range_contains_its_days() {
        let range = DateValue { end: Some(ymd(1956, 2, 25)), ..DateValue::point(ymd(1956, 2, 24)) };
        let day = DateValue::point(ymd(1956, 2, 24));
        let other = DateValue::point(ymd(1956, 3, 25));
        assert_eq!(range.compare(&day), Verdict::Compatible);
        assert_eq!(range.compare(&other), Verdict::Conflict);
        assert_eq!(range.to_string(), "1956-02-24/1956-02-25");
    }

    #[test]
    fn a_month_contains_its_days_and_consecutive_days_do_not_overlap() {
        let month = DateValue::point(DatePoint { month: Some(2), ..DatePoint::default() });
        let month = DateValue { start: DatePoint { year: Some(YearSpan::single(1956)), ..month.start }, ..month };
        assert_eq!(month.to_string(), "1956-02");
        assert_eq!(month.compare(&DateValue::point(ymd(1956, 2, 24))), Verdict::Compatible);
        let d14 = DateValue::point(ymd(1912, 4, 14));
        let d15 = DateValue::point(ymd(1912, 4, 15));
        assert_eq!(d14.compare(&d15), Verdict::Conflict);
    }

    #[test]
    fn a_missing_year_matches_any_year() {
        let partial = DateValue::point(DatePoint { year: None, month: Some(4), day: Some(15) });
        assert_eq!(partial.to_string(), "XXXX-04-15");
        assert_eq!(partial.compare(&DateValue::point(ymd(1912, 4, 15))), Verdict::Compatible);
        assert_eq!(partial.compare(&DateValue::point(ymd(1912, 4, 14))), Verdict::Conflict);
    }

    #[test]
    fn decades_and_circa_render_in_edtf() {
        assert_eq!(DateValue::years(1930, 1939).to_string(), "193X");
        assert_eq!(DateValue::years(1800, 1899).to_string(), "18XX");
        assert_eq!(DateValue::years(1937, 1939).to_string(), "1937/1939");
        let circa = DateValue { approx: true, ..DateValue::years(1935, 1935) };
        assert_eq!(circa.to_string(), "1935~");
        assert_eq!(circa.compare(&DateValue::years(1936, 1936)), Verdict::Compatible);
        assert_eq!(circa.compare(&DateValue::years(1938, 1938)), Verdict::Conflict);
    }

    #[test]
    fn life_spans_compare_end_with_end() {
        let span = |a, b| DateValue {
            end: Some(DatePoint { year: Some(YearSpan::single(b)), ..DatePoint::default() }),
            ..DateValue::years(a, a)
        };
        assert_eq!(span(1740, 1789).compare(&span(1740, 1798)), Verdict::Conflict);
        assert_eq!(span(1879, 1953).compare(&span(1879, 1953)), Verdict::Same);
        assert_eq!(span(1879, 1953).to_string(), "1879/1953");
    }

    #[test]
    fn times_compare_apart_from_dates() {
        let at = |m: u16, approx| DateValue { time: Some(TimeOfDay { minutes: m, approx }), ..DateValue::default() };
        assert_eq!(at(23 * 60 + 40, false).to_string(), "T23:40");
        assert_eq!(at(23 * 60 + 40, false).compare(&DateValue::point(ymd(1912, 4, 15))), Verdict::Compatible);
        assert_eq!(at(22 * 60 + 40, false).compare(&at(23 * 60 + 40, false)), Verdict::Conflict);
        assert_eq!(at(17 * 60, true).compare(&at(17 * 60 + 10, false)), Verdict::Compatible);
    }

    #[test]
    fn canonical_forms_parse_back() {
        for form in [
            "1956-02-24/1956-02-25",
            "193X",
            "1935~",
            "XXXX-04-15",
            "T23:40",
            "1912-04-14T23:40",
            "PT4H",
            "<P6M",
            ">50000",
            "~26000",
            "155 km",
            "800 m/s",
            "60 km/h",
            "32%",
            "PT2H40M",
            "P63Y7M",
            "P1Y2M3D",
            "P3M14D",
            "P2W3D",
            "P1DT6H",
            "PT3H..PT4H",
            "P10Y..P12Y",
        ] {
            let value = Value::parse(form).unwrap_or_else(|| panic!("{form} does not parse"));
            assert_eq!(value.to_string(), form);
        }
        assert_eq!(Value::parse("nonsense"), None);
        assert_eq!(Value::parse("1956-13-01"), None);
    }

    #[test]
    fn durations_render_in_iso_8601() {
        let four_hours = Number::exact(4.0, "four", Unit::time(3600.0, "H"));
        assert_eq!(four_hours.to_string(), "PT4H");
        let compound = Number { extra_seconds: 40.0 * 60.0, ..Number::exact(2.0, "2", Unit::time(3600.0, "H")) };
        assert_eq!(compound.to_string(), "PT2H40M");
        let within = Number { bound: Bound::AtMost, ..Number::exact(6.0, "6", Unit::time(2_629_800.0, "M")) };
        assert_eq!(within.to_string(), "<P6M");
    }
}

/// A [`Unit`] as stored: its symbol owned. Unit symbols are static strings, so one read back is
/// interned, allocated once per process.
#[derive(Serialize, Deserialize)]
struct StoredUnit {
    dimension: Dimension,
    factor: f64,
    offset: f64,
    symbol: String,
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let stored = StoredUnit {
            dimension: self.dimension.clone(),
            factor: self.factor,
            offset: self.offset,
            symbol: self.symbol.to_owned(),
        };
        stored.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Unit, D::Error> {
        let u = StoredUnit::deserialize(deserializer)?;
        Ok(Unit { dimension: u.dimension, factor: u.factor, offset: u.offset, symbol: intern_symbol(&u.symbol) })
    }
}

fn intern_symbol(symbol: &str) -> &'static str {
    use std::sync::{Mutex, OnceLock};
    static SYMBOLS: OnceLock<Mutex<Vec<&'static str>>> = OnceLock::new();
    let mut symbols = SYMBOLS.get_or_init(Mutex::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&known) = symbols.iter().find(|&&s| s == symbol) {
        return known;
    }
    let leaked: &'static str = Box::leak(symbol.to_owned().into_boxed_str());
    symbols.push(leaked);
    leaked
}
