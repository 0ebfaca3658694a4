//! The time a figure is told as of: "In 1900 the town had 5,000 people; by 2000 it had 50,000"
//! states two populations, not two answers to one question, and "then thought to be 29,002 feet"
//! is the height of its day, not of today.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::value::{DatePoint, Value};

/// When a figure holds: the years of the dates its own clause gives, or a word that sets it in the
/// past or in the present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Era {
    /// The first and last year of the dates beside it: "in 1900", "from 1961 to 1989".
    Years(i32, i32),
    /// A time gone by, unnamed: "then thought to be", "at the time", "in those days".
    Past,
    /// The time of writing: "today", "currently", "is now".
    Present,
}

impl Era {
    /// Whether figures told as of these two times can state one fact. Years must share one. A
    /// figure set in an unnamed past ("then thought to be", "at the time") or in the present
    /// ("today") is told against the figures of some other time, so it meets only others told the
    /// same way: "then thought to be 29,002 feet" is not the height "the survey of 1955 settled
    /// on", and "today it has 30,000 people" is not the population of 1950. A note that gives the
    /// date it was written makes its present that year (see [`Era::dated`]).
    pub fn overlaps(self, other: Era) -> bool {
        match (self, other) {
            (Era::Years(a, b), Era::Years(c, d)) => a <= d && c <= b,
            _ => self == other,
        }
    }

    /// The era with the present made the year of `written`, the date the note was written, when
    /// that is known.
    pub fn dated(self, written: Option<DatePoint>) -> Era {
        match (self, written.and_then(|d| d.year)) {
            (Era::Present, Some(year)) => Era::Years(year.lo, year.hi),
            _ => self,
        }
    }
}

/// The years a date or year claim spans, widened by one for a year told "circa".
pub fn years(value: &Value) -> Option<(i32, i32)> {
    let Value::Date(date) = value else {
        return None;
    };
    let (first, last) = date.year_span()?;
    let widen = i32::from(date.approx && date.start.month.is_none());
    Some((first - widen, last + widen))
}

/// The whole number of years a length of time gives ("ten years", "a decade"), if it is one.
pub fn whole_years(value: &Value) -> Option<i32> {
    let Value::Number(n) = value else {
        return None;
    };
    if n.unit.dimension != crate::value::Dimension::Time || n.high.is_some() {
        return None;
    }
    let years = n.base() / super::lexicon::time_unit("years")?.factor;
    ((1.0..1000.0).contains(&years) && (years - years.round()).abs() < 0.01).then(|| years.round() as i32)
}

/// The past or present a clause's own words set it in, if any. `lower` holds the lower-cased
/// tokens of the block, `clause` the range of the clause's tokens.
pub fn spoken_era(lower: &[&str], clause: Range<usize>) -> Option<Era> {
    let at = |i: usize| lower.get(i).copied().unwrap_or("");
    for i in clause.clone() {
        let before = if i > clause.start { at(i - 1) } else { "" };
        let next = if i + 1 < clause.end { at(i + 1) } else { "" };
        let era = match at(i) {
            "today" | "nowadays" | "currently" | "modern" => Era::Present,
            "present" if before == "at" => Era::Present,
            "days" if before == "these" => Era::Present,
            // "now" tells the time of writing beside a verb in the present: "is now", "now stands".
            "now" if is_present_verb(before) || is_present_verb(next) => Era::Present,
            "time" if before == "that" || before == "the" && i >= clause.start + 2 && at(i - 2) == "at" => {
                // "at the time", "at that time", but not "at the time of the collision", which names
                // the moment.
                if next == "of" {
                    continue;
                }
                Era::Past
            }
            "days" if before == "those" => Era::Past,
            "formerly" => Era::Past,
            "then" if before == "back" || matches!(before, "was" | "were") || is_belief(next) => Era::Past,
            _ => continue,
        };
        return Some(era);
    }
    None
}

/// Present-tense verbs that "now" may stand beside to speak of the time of writing.
fn is_present_verb(word: &str) -> bool {
    matches!(word, "is" | "are" | "stands" | "has" | "have" | "measures" | "lists" | "gives")
}

/// Words of belief that "then" sets in the past: "then thought to be", "the then accepted figure".
fn is_belief(word: &str) -> bool {
    matches!(
        word,
        "thought"
            | "believed"
            | "known"
            | "estimated"
            | "accepted"
            | "reckoned"
            | "considered"
            | "official"
            | "recorded"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn era_of(sentence: &str) -> Option<Era> {
        let lower: Vec<String> = sentence.split_whitespace().map(str::to_lowercase).collect();
        let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
        spoken_era(&lower, 0..lower.len())
    }

    #[test]
    fn words_of_the_past_and_present() {
        assert_eq!(era_of("the mountain was then thought to be 29,002 feet high"), Some(Era::Past));
        assert_eq!(era_of("the figure they used at the time"), Some(Era::Past));
        assert_eq!(era_of("the accepted figure in those days was 29,002 feet"), Some(Era::Past));
        assert_eq!(era_of("height today : 8,848 m"), Some(Era::Present));
        assert_eq!(era_of("the official height is now 8,848.86 m"), Some(Era::Present));
    }

    #[test]
    fn dont_read_a_moment_or_a_sequence_as_an_era() {
        assert_eq!(era_of("at the time of the collision she made 22 knots"), None);
        assert_eq!(era_of("they camped and then climbed 300 m"), None);
        assert_eq!(era_of("by now they were 400 m below the top"), None);
    }

    #[test]
    fn years_must_meet_and_the_past_or_present_meet_only_themselves() {
        assert!(!Era::Years(1900, 1900).overlaps(Era::Years(2000, 2000)));
        assert!(Era::Years(1961, 1989).overlaps(Era::Years(1989, 1989)));
        assert!(!Era::Past.overlaps(Era::Present));
        assert!(!Era::Present.overlaps(Era::Years(1950, 1950)));
        assert!(!Era::Past.overlaps(Era::Years(1955, 1955)));
        assert!(Era::Past.overlaps(Era::Past));
        let written = DatePoint { year: Some(crate::value::YearSpan::single(1950)), ..DatePoint::default() };
        assert!(Era::Present.dated(Some(written)).overlaps(Era::Years(1950, 1950)));
    }
}
