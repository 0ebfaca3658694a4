//! Relative dates: expressions whose value depends on an anchor.
//!
//! "yesterday", "tomorrow", "three years ago", "last month", "next year" and weekday names resolve
//! against the document's date; "the next day" and "the day before" resolve against the last full
//! date earlier in the same paragraph, else the document's date. Without the anchor they need, they
//! are not claims at all: concord never guesses a date. "Two years later" is not resolved here: it
//! states a length of time, and is read as a duration.

use super::{Scanner, lexicon};
use crate::extract::lex::Tok;
use crate::value::{DatePoint, DateValue, YearSpan, civil_from_days, day_number, weekday};

/// The precision a relative expression resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Month,
    Year,
}

impl Scanner<'_> {
    /// A relative date at `i`, resolved; `None` when there is none or no anchor for it.
    pub(super) fn relative_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        let document = self.document_date.filter(is_full);
        match self.low(i) {
            "yesterday" => return shift(document?, -1, Unit::Day).map(|v| (i + 1, v)),
            "today" | "tonight" => return shift(document?, 0, Unit::Day).map(|v| (i + 1, v)),
            "tomorrow" => return shift(document?, 1, Unit::Day).map(|v| (i + 1, v)),
            "last" | "this" | "next" => {
                let step = match self.low(i) {
                    "last" => -1,
                    "this" => 0,
                    _ => 1,
                };
                let target = self.low(i + 1);
                if let Some(unit) = match target {
                    "year" => Some(Unit::Year),
                    "month" => Some(Unit::Month),
                    _ => None,
                } {
                    return shift(document?, step, unit).map(|v| (i + 2, v));
                }
                if let Some(day) = weekday_number(target) {
                    return weekday_from(document?, day, step).map(|v| (i + 2, v));
                }
                return None;
            }
            "the" => return self.narrative_day(i),
            _ => {}
        }
        // A weekday on its own ("on Tuesday") is the most recent one before the document's date,
        // as reports speak of the past. A weekday followed by a date belongs to that date.
        if let Some(day) = weekday_number(self.low(i)) {
            if self.is_capitalized(i) && self.is_word(i.wrapping_sub(1), "on") {
                return weekday_from(document?, day, -1).map(|v| (i + 1, v));
            }
            return None;
        }
        // "three years ago".
        let p = self.number_at(i)?;
        let unit_word = self.low(p.end);
        let unit = match unit_word {
            "day" | "days" => Unit::Day,
            "month" | "months" => Unit::Month,
            "year" | "years" => Unit::Year,
            "decade" | "decades" => Unit::Year,
            _ => return None,
        };
        if !self.is_word(p.end + 1, "ago") || p.value.fract() != 0.0 || p.value > 10_000.0 {
            return None;
        }
        let count = p.value as i64 * lexicon::time_unit_multiple(unit_word) as i64;
        shift(document?, -count, unit).map(|v| (p.end + 2, v))
    }

    /// "the next day", "the following day", "the day before", "the previous day": a day after or
    /// before the last full date in the paragraph, else the document's date.
    fn narrative_day(&self, i: usize) -> Option<(usize, DateValue)> {
        let anchor = self.anchor.get().or(self.document_date).filter(is_full)?;
        let (step, end) = match (self.low(i + 1), self.low(i + 2), self.low(i + 3)) {
            ("next" | "following", "day", _) => (1, i + 3),
            ("previous" | "preceding", "day", _) => (-1, i + 3),
            ("day", "before", next) | ("day", "after", next) => {
                // "the day after the speech" names its own anchor, which concord cannot resolve.
                if next == "the" || self.is_num(i + 3) {
                    return None;
                }
                (if self.low(i + 2) == "after" { 1 } else { -1 }, i + 3)
            }
            _ => return None,
        };
        shift(anchor, step, Unit::Day).map(|v| (end, v))
    }
}

/// True when a point names one day.
fn is_full(p: &DatePoint) -> bool {
    p.day.is_some() && p.month.is_some() && p.year.is_some_and(|y| y.lo == y.hi)
}

fn weekday_number(word: &str) -> Option<i64> {
    Some(match word {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// Moves a full date by `step` units, keeping only the precision of the unit.
fn shift(anchor: DatePoint, step: i64, unit: Unit) -> Option<DateValue> {
    let (y, m, d) = (anchor.year?.lo, anchor.month?, anchor.day?);
    let point = match unit {
        Unit::Day => {
            let (y, m, d) = civil_from_days(day_number(y, m, d) + step);
            DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: Some(d) }
        }
        Unit::Month => {
            let months = i64::from(y) * 12 + i64::from(m) - 1 + step;
            let (y, m) = (months.div_euclid(12) as i32, (months.rem_euclid(12) + 1) as u8);
            DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: None }
        }
        Unit::Year => {
            let y = y.checked_add(i32::try_from(step).ok()?)?;
            DatePoint { year: Some(YearSpan::single(y)), month: None, day: None }
        }
    };
    Some(DateValue::point(point))
}

/// The weekday `day` in the week before (`step` -1), of (0) or after (1) the anchor: "last Tuesday",
/// "this Tuesday", "next Tuesday". With -1 it is the most recent such day before the anchor.
fn weekday_from(anchor: DatePoint, day: i64, step: i64) -> Option<DateValue> {
    let today = day_number(anchor.year?.lo, anchor.month?, anchor.day?);
    let current = i64::from(weekday(today));
    let target = match step {
        -1 => today - ((current - day).rem_euclid(7)).max(if current == day { 7 } else { 0 }),
        0 => today + (day - current),
        _ => today + ((day - current).rem_euclid(7)).max(if current == day { 7 } else { 0 }),
    };
    let (y, m, d) = civil_from_days(target);
    Some(DateValue::point(DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: Some(d) }))
}
