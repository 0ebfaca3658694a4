//! Relative and partial dates: expressions whose value depends on an anchor, and calendar units
//! named without a full date (a month on its own, a quarter, a week).
//!
//! "yesterday", "tomorrow", "three years ago", "two days after today", "will leave in two months",
//! "last month", "next year" and weekday names resolve against the document's date; "the next day"
//! and "the day before" resolve against the last full date earlier in the same paragraph, else the
//! document's date, unless a length of time the story moved on by ("four days later") stands
//! between. Without the anchor they need, they are not claims at all: concord never guesses a date.
//! "Two years later" is not resolved here: it states a length of time, and is read as a duration.

use super::{Scanner, lexicon};
use crate::extract::lex::{Gap, Tok};
use crate::value::{DatePoint, DateValue, YearSpan, civil_from_days, day_number, weekday};

/// How many words on each side of a weekday are read for the tense of its clause.
const TENSE_WINDOW: usize = 24;

/// How many tokens before "in two days" are read for the "will" that makes it a date.
const FUTURE_WINDOW: usize = 8;

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
        let document = self.document_date.filter(is_full);
        if self.kind(i) != Some(Tok::Word) {
            // Digits only count back: "3 years ago".
            return if self.is_num(i) { self.ago_at(i, document) } else { None };
        }
        match self.low(i) {
            "yesterday" => return shift(document?, -1, Unit::Day).map(|v| (i + 1, v)),
            "today" | "tonight" => return shift(document?, 0, Unit::Day).map(|v| (i + 1, v)),
            "tomorrow" => return shift(document?, 1, Unit::Day).map(|v| (i + 1, v)),
            // "day after tomorrow", as "the day after tomorrow" is.
            "day" if matches!((self.low(i + 1), self.low(i + 2)), ("after", "tomorrow") | ("before", "yesterday")) => {
                return self.narrative_day(i);
            }
            "last" | "this" | "next" | "current" | "coming" | "upcoming" => {
                let step = match self.low(i) {
                    "last" => -1,
                    "this" | "current" => 0,
                    _ => 1,
                };
                // "this calendar year": the year, as "this year" is.
                let (i, target) = match (self.low(i + 1), self.low(i + 2)) {
                    ("calendar", "year") => (i + 1, "year"),
                    (target, _) => (i, target),
                };
                // "Next day they sailed": the next day of the story, as "the next day" is.
                let article = i > 0 && self.is_word(i - 1, "the");
                if self.low(i) == "next" && !article && matches!(target, "day" | "morning") {
                    return self.narrative_day(i);
                }
                // "this decade", "the next decade": the ten years from a year ending in 0.
                if target == "decade" && self.kind(i + 1) == Some(Tok::Word) {
                    let year = document?.year?.lo;
                    let lo = year.div_euclid(10) * 10 + 10 * i32::try_from(step).ok()?;
                    return Some((i + 2, DateValue::years(lo, lo + 9)));
                }
                // "the next year", "the next month": the story's, read by `narrative_year` or not at all.
                if article && self.low(i) == "next" && matches!(target, "year" | "month") {
                    return None;
                }
                if let Some(unit) = match target {
                    "year" => Some(Unit::Year),
                    "month" => Some(Unit::Month),
                    _ => None,
                } {
                    let found = shift(document?, step, unit)?;
                    // "last year's third quarter": the quarter of the year named.
                    if unit == Unit::Year && self.is_possessive(i + 1) {
                        if let Some((end, quarter)) = self.quarter_at(i + 2) {
                            return Some((end, in_year(quarter, found.start.year)));
                        }
                    }
                    return Some((i + 2, found));
                }
                if let Some(day) = weekday_number(target) {
                    // "this coming Sunday, March 8": the date beside the weekday is read instead.
                    if self.date_at(i + 1).is_some() {
                        return None;
                    }
                    return weekday_from(document?, day, step).map(|v| (i + 2, v));
                }
                // "last November": the most recent November before the document's month. In lower
                // case only a name that is no other word: "next june", not "the last may" or "the
                // next august gathering".
                let named = self.is_capitalized(i + 1) || !matches!(target, "may" | "march" | "mar" | "august" | "aug");
                if let Some(month) = lexicon::month(target).filter(|_| named) {
                    let d = document?;
                    // "last Oct. 23": the most recent October 23 before the document's day, and
                    // "next May 4" the first after it. A year after the day is read as a date.
                    if let Some((end, day)) = self.day_at(self.after_month(i + 1)) {
                        if self.year_after_date(end).is_some() {
                            return None;
                        }
                        let (year, today) = (d.year?.lo, (d.month?, d.day?));
                        let year = match step {
                            -1 if (month, day) >= today => year - 1,
                            1 if (month, day) <= today => year + 1,
                            _ => year,
                        };
                        let point =
                            DatePoint { year: Some(YearSpan::single(year)), month: Some(month), day: Some(day) };
                        if day > crate::value::days_in_month(year, month) {
                            return None;
                        }
                        return Some((end, DateValue::point(point)));
                    }
                    let (year, current) = (d.year?.lo, d.month?);
                    let year = match step {
                        -1 if month >= current => year - 1,
                        1 if month <= current => year + 1,
                        _ => year,
                    };
                    let point = DatePoint { year: Some(YearSpan::single(year)), month: Some(month), day: None };
                    return Some((i + 2, DateValue::point(point)));
                }
                // "last fall": the most recent autumn over before the document's month, and "next
                // spring" the first still to begin after it.
                if let Some((first, last)) = lexicon::season(target).filter(|_| self.kind(i + 1) == Some(Tok::Word)) {
                    let d = document?;
                    let (year, current) = (d.year?.lo, d.month?);
                    let year = match step {
                        -1 if last >= current => year - 1,
                        1 if first <= current => year + 1,
                        _ => year,
                    };
                    return Some((i + 2, DateValue::months(Some(year), first, last)));
                }
                if target == "week" {
                    return week_of(document?, step).map(|v| (i + 2, v));
                }
                if target == "quarter" {
                    let d = document?;
                    let quarter = i64::from(d.year?.lo) * 4 + i64::from((d.month? - 1) / 3) + step;
                    let year = quarter.div_euclid(4) as i32;
                    return Some((i + 2, quarter_value(Some(year), quarter.rem_euclid(4) as u8 + 1)));
                }
                return None;
            }
            // "the third quarter", but "the third-quarter profit" is an adjective and leaves out "the".
            "the" => {
                // "the year after next", "the month after the next", "the year before last": two
                // steps from the document's date.
                let unit = match self.low(i + 1) {
                    "year" => Some(Unit::Year),
                    "month" => Some(Unit::Month),
                    _ => None,
                };
                let article = usize::from(self.is_word(i + 3, "the"));
                let step = match (self.low(i + 2), self.low(i + 3 + article)) {
                    ("after", "next") => Some(2),
                    ("before", "last") => Some(-2),
                    _ => None,
                };
                if let (Some(unit), Some(step)) = (unit, step) {
                    return shift(document?, step, unit).map(|v| (i + 4 + article, v));
                }
                return self
                    .narrative_day(i + 1)
                    .or_else(|| self.quarter_at(i + 1).filter(|_| !self.is_dash(i + 2) && !self.is_dash(i + 3)));
            }
            _ => {}
        }
        if let Some(found) = self.quarter_at(i).or_else(|| self.bare_month_at(i)) {
            return Some(found);
        }
        // A weekday on its own ("on Tuesday") is the document's own day when it names it; otherwise
        // the next one when the verb nearest to it speaks of the future, else the most recent one,
        // as reports speak of the past. A weekday followed by a date belongs to that date (read
        // before this).
        if weekday_number(self.low(i)).is_some() {
            return self.weekday_at(i);
        }
        self.ago_at(i, document)
    }

    /// A weekday on its own at `i`, capitalised, resolved against the document's date as
    /// [`Scanner::relative_at`] describes. A time of day beside it falls on that day ("9 a.m.
    /// Tuesday", "Tuesday at noon").
    pub(super) fn weekday_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let day = weekday_number(self.low(i))?;
        if self.kind(i) != Some(Tok::Word) || !self.is_capitalized(i) {
            return None;
        }
        // "Easter Monday", "Good Friday", "Black Tuesday": a feast or an event, not a weekday.
        if i > 0
            && self.is_capitalized(i - 1)
            && matches!(
                self.low(i - 1),
                "easter"
                    | "good"
                    | "holy"
                    | "ash"
                    | "palm"
                    | "whit"
                    | "shrove"
                    | "black"
                    | "bloody"
                    | "super"
                    | "cyber"
            )
        {
            return None;
        }
        let document = self.document_date.filter(is_full)?;
        let today = day_number(document.year?.lo, document.month?, document.day?);
        if i64::from(weekday(today)) == day {
            return Some((i + 1, DateValue::point(document)));
        }
        let step = self.weekday_step(i);
        weekday_from(document, day, step).map(|v| (i + 1, v))
    }

    /// "three years ago", "3 years ago", "two years and three months ago", "a year earlier": an amount
    /// of time counted back from the document's date, or for "earlier" from the last date of the
    /// paragraph.
    pub(super) fn ago_at(&self, i: usize, document: Option<DatePoint>) -> Option<(usize, DateValue)> {
        // "ago", "earlier" or the day counted from comes after the amount; "will" before "in".
        let ahead = i > 0 && self.is_word(i - 1, "in") && self.future_before(i - 1);
        if !ahead && self.closers().ago.is_none_or(|k| k <= i) {
            return None;
        }
        let p = self.number_at(i)?;
        let unit_word = self.low(p.end);
        let unit = match unit_word {
            "day" | "days" | "week" | "weeks" => Unit::Day,
            "month" | "months" => Unit::Month,
            "year" | "years" => Unit::Year,
            "decade" | "decades" => Unit::Year,
            _ => return None,
        };
        if p.value.fract() != 0.0 || p.value > 10_000.0 {
            return None;
        }
        let days_per = if matches!(unit_word, "week" | "weeks") { 7 } else { 1 };
        let count = p.value as i64 * lexicon::time_unit_multiple(unit_word) as i64 * days_per;
        // "three years ago" counts back from the document's date; "a year earlier" from the last date
        // of the paragraph, else the document's. "Two years later" is a length of time, not a date.
        if let Some(found) = self.compound_ago(p.end + 1, count, unit, document) {
            return Some(found);
        }
        // "five months earlier" for four and a half: a count of months told back from a day is as
        // often rounded as not, and the month it lands on is one either way.
        let rounded = |mut v: DateValue| {
            v.approx = unit == Unit::Month && count >= 2;
            v
        };
        match self.low(p.end + 1) {
            "ago" => shift(document?, -count, unit).map(|v| (p.end + 2, rounded(v))),
            "earlier" => {
                let anchor = self.story_anchor(document)?;
                shift(anchor, -count, unit).map(|v| (p.end + 2, rounded(v)))
            }
            // "two days after today", "four days from yesterday", "two days before yesterday".
            "after" | "from" | "before" if self.kind(p.end + 2) == Some(Tok::Word) => {
                let day = match self.low(p.end + 2) {
                    "yesterday" => -1,
                    "today" => 0,
                    "tomorrow" => 1,
                    _ => return None,
                };
                let sign = if self.low(p.end + 1) == "before" { -1 } else { 1 };
                let anchor = shift(document?, day, Unit::Day)?.start;
                shift(anchor, sign * count, unit).map(|v| (p.end + 3, v))
            }
            // "will leave in two months": counted on from the document's date.
            _ if ahead => shift(document?, count, unit).map(|v| (p.end + 1, v)),
            _ => None,
        }
    }

    /// Whether "will", "'ll" or "shall" stands in the sentence shortly before token `k`: "I will
    /// leave in two days", "will he be back in a week". "Would" is left out: "it would be rebuilt
    /// in two years" tells of a past time, and the years are a length of time.
    fn future_before(&self, k: usize) -> bool {
        let mut j = k;
        for _ in 0..FUTURE_WINDOW {
            if j == 0 || self.sentence_start[j] {
                return false;
            }
            j -= 1;
            let w = self.low(j);
            if self.kind(j) == Some(Tok::Word)
                && (matches!(w, "will" | "ll" | "shall") || w.ends_with("'ll") || w.ends_with("\u{2019}ll"))
            {
                return true;
            }
        }
        false
    }

    /// "two years, one month and 21 days ago": smaller amounts after the first (`count` of `unit`,
    /// ending before `k`), counted back from the document's date. The date is as precise as the
    /// smallest unit.
    fn compound_ago(
        &self,
        k: usize,
        count: i64,
        unit: Unit,
        document: Option<DatePoint>,
    ) -> Option<(usize, DateValue)> {
        let (mut months, mut days) = match unit {
            Unit::Year => (count * 12, 0),
            Unit::Month => (count, 0),
            Unit::Day => (0, count),
        };
        let mut smallest = unit;
        let mut end = k;
        for _ in 0..3 {
            let mut j = self.skip_comma(end);
            if self.is_word(j, "and") {
                j += 1;
            }
            let Some(q) = self.number_at(j).filter(|q| q.value.fract() == 0.0 && q.value <= 10_000.0) else { break };
            let n = q.value as i64;
            let (part, months_part, days_part) = match self.low(q.end) {
                "month" | "months" => (Unit::Month, n, 0),
                "week" | "weeks" => (Unit::Day, 0, 7 * n),
                "day" | "days" => (Unit::Day, 0, n),
                _ => break,
            };
            // Each part is smaller than the one before: "1 month 2 years" is no amount.
            if part == smallest && part != Unit::Day || smallest == Unit::Day {
                return None;
            }
            months += months_part;
            days += days_part;
            smallest = part;
            end = q.end + 1;
        }
        if end == k || !self.is_word(end, "ago") {
            return None;
        }
        let document = document?;
        let (y, m, d) = (document.year?.lo, document.month?, document.day?);
        let total = i64::from(y) * 12 + i64::from(m) - 1 - months;
        let (y, m) = (i32::try_from(total.div_euclid(12)).ok()?, (total.rem_euclid(12) + 1) as u8);
        let point = match smallest {
            Unit::Day => {
                let day = d.min(crate::value::days_in_month(y, m));
                let (y, m, d) = civil_from_days(day_number(y, m, day) - days);
                DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: Some(d) }
            }
            _ => DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: None },
        };
        Some((end + 1, DateValue::point(point)))
    }

    /// A day named from the document's date, with an optional part of it: "today", "tomorrow morning",
    /// "tonight", "this morning". It is the date a time of day beside it falls on ("8pm today",
    /// "tomorrow at 9").
    pub(super) fn relative_day_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let document = self.document_date.filter(is_full)?;
        let (step, mut end) = match self.low(i) {
            "yesterday" => (-1, i + 1),
            "today" | "tonight" => (0, i + 1),
            "tomorrow" => (1, i + 1),
            "this" if matches!(self.low(i + 1), "morning" | "afternoon" | "evening") => (0, i + 2),
            _ => return None,
        };
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        if end == i + 1 && matches!(self.low(end), "morning" | "afternoon" | "evening" | "night") {
            end += 1;
        }
        shift(document, step, Unit::Day).map(|v| (end, v))
    }

    /// True when token `k` is a date word written in the possessive ("year's"), whose lower-cased
    /// form the tokens' reader left without its "'s" (date words are ASCII, so nothing else makes
    /// the two differ in length).
    fn is_possessive(&self, k: usize) -> bool {
        self.raw(k).len() > self.low(k).len()
    }

    /// Whether the weekday named at token `i` lies after the document's date (1) or before it
    /// (-1). "as soon as Tuesday" and "as early as Tuesday" look forward; otherwise the tense of
    /// the nearest verb in its sentence decides ("closed late on Friday", "the talks will resume
    /// Tuesday", "is scheduled to close Monday"), the verb before it when two are as near, and a
    /// sentence without one speaks of the past, as reports do. Only a bounded window is read.
    fn weekday_step(&self, i: usize) -> i64 {
        if i >= 3 && self.low(i - 3) == "as" && matches!(self.low(i - 2), "soon" | "early") && self.low(i - 1) == "as" {
            return 1;
        }
        let mut before = i;
        let mut after = i + 1;
        for _ in 0..TENSE_WINDOW {
            if before > 0 && !self.sentence_start[before] {
                before -= 1;
                if let Some(step) = self.tense_at(before) {
                    return step;
                }
            }
            if after < self.toks.len() && !self.sentence_start[after] {
                if let Some(step) = self.tense_at(after) {
                    return step;
                }
                after += 1;
            }
        }
        -1
    }

    /// The tense a word at `k` gives its clause: 1 for the future ("will", "'ll", "would",
    /// "scheduled", "plans to", "is to", "to be"), -1 for the past ("said", "fell", "closed"),
    /// `None` for any other word. A participle after "be" or "being" ("will be released", "is
    /// being traded") and a verb before "to" ("agreed to meet", "planned to leave", which may
    /// have been done or not yet) leave the tense to the words around them.
    fn tense_at(&self, k: usize) -> Option<i64> {
        if self.kind(k) != Some(Tok::Word) {
            return None;
        }
        let w = self.low(k);
        let to = self.is_word(k + 1, "to");
        if matches!(w, "will" | "shall" | "ll" | "would" | "upcoming" | "scheduled" | "slated")
            || to && matches!(w, "expected" | "plans" | "plan" | "planning" | "set")
            || w == "to"
                && (matches!(self.low(k + 1), "be" | "begin" | "start" | "meet" | "vote")
                    || k > 0 && matches!(self.low(k - 1), "is" | "are"))
            || w == "next"
                && (matches!(self.low(k + 1), "week" | "month" | "year") || weekday_number(self.low(k + 1)).is_some())
        {
            return Some(1);
        }
        // A verb in the present with a weekday tells of what is planned: "the envoys meet Monday",
        // "the trial opens Tuesday"; "did not meet Monday" is past.
        let negated = k > 0 && matches!(self.low(k - 1), "did" | "not" | "never" | "to" | "t");
        if !negated
            && matches!(
                w,
                "meet"
                    | "meets"
                    | "begin"
                    | "begins"
                    | "open"
                    | "opens"
                    | "resume"
                    | "resumes"
                    | "start"
                    | "starts"
                    | "arrive"
                    | "arrives"
                    | "visit"
                    | "visits"
                    | "vote"
                    | "votes"
                    | "return"
                    | "returns"
                    | "expires"
                    | "convene"
                    | "convenes"
            )
        {
            return Some(1);
        }
        let past =
            matches!(
                w,
                "said"
                    | "did"
                    | "told"
                    | "was"
                    | "were"
                    | "had"
                    | "rose"
                    | "fell"
                    | "sold"
                    | "made"
                    | "took"
                    | "gave"
                    | "came"
                    | "went"
                    | "began"
                    | "met"
                    | "won"
                    | "lost"
                    | "left"
                    | "held"
            ) || w.len() > 4 && w.ends_with("ed") && !to && (k == 0 || !matches!(self.low(k - 1), "be" | "being"));
        past.then_some(-1)
    }

    /// "1988 third quarter", "the 1990 first-quarter": a quarter after the year it belongs to.
    pub(super) fn year_quarter_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if self.raw(i).len() != 4 || self.gap(i + 1) == Gap::Wide {
            return None;
        }
        let (end, year) = self.year_at(i)?;
        let (k, n) = self.quarter_number_at(end)?;
        Some((k, quarter_value(Some(year), n)))
    }

    /// "the third quarter", "third-quarter", "the first quarter of 1990", "the 2nd quarter 1998", "the
    /// first quarter of nineteen ninety": three months of a year. Without a year, the document's year,
    /// or the year before it after "year-earlier" and "year-ago" ("the year-earlier third quarter");
    /// without either, no year.
    fn quarter_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let (mut k, n) = self.quarter_number_at(i)?;
        let mut year = None;
        let of = self.is_word(k, "of");
        // "the first quarter of the 19th century" is a part of the century, read as a year span.
        if of && self.is_word(k + 1, "the") && self.part_of_period_at(i).is_some() {
            return None;
        }
        let j = if of { k + 1 } else { k };
        // "the third quarter of two thousand and twenty": after "of", a year in words too.
        let said = || self.spoken_year_at(j, true).filter(|_| of);
        if let Some((end, y)) = self.year_at(j).or_else(said) {
            year = Some(y);
            k = end;
        }
        let year_before = i >= 3
            && self.is_word(i - 3, "year")
            && self.is_dash(i - 2)
            && matches!(self.low(i - 1), "earlier" | "ago")
            && self.gap(i - 2) == Gap::None
            && self.gap(i - 1) == Gap::None;
        let document_year = self.document_date.and_then(|d| d.year).map(|y| if year_before { y.lo - 1 } else { y.lo });
        let year = year.or(document_year);
        Some((k, quarter_value(year, n)))
    }

    /// The number of a quarter and the index after the word "quarter": "third quarter",
    /// "2nd quarter", "third-quarter".
    fn quarter_number_at(&self, i: usize) -> Option<(usize, u8)> {
        // "quarter" comes after the number.
        if self.closers().quarter.is_none_or(|k| k <= i) {
            return None;
        }
        let (mut k, n) = if let Some((end, n)) = self.word_ordinal(i) {
            (end, n)
        } else {
            let n = self.num_value(i)?;
            if !matches!(self.low(i + 1), "st" | "nd" | "rd" | "th")
                || self.gap(i + 1) != crate::extract::lex::Gap::None
            {
                return None;
            }
            (i + 2, u32::try_from(n).ok()?)
        };
        if !(1..=4).contains(&n) {
            return None;
        }
        if self.is_dash(k) {
            k += 1;
        }
        if !self.is_word(k, "quarter") {
            return None;
        }
        Some((k + 1, n as u8))
    }

    /// A month named on its own after a preposition: "in January", "since March", "by late
    /// October". Its year is unknown (`XXXX-01`); a following year or day is read by the date
    /// recognizers first.
    fn bare_month_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if !self.is_capitalized(i) || i == 0 {
            return None;
        }
        let month = lexicon::month(self.low(i))?;
        // Abbreviations on their own are too easily other words or names ("Jan", "Mar"): they need
        // their dot or nothing but punctuation after them ("in Jan.", "in Oct,"). "May" is a full name
        // and a first name, which after these prepositions is rare.
        let abbreviated = self.raw(i).len() <= 4 && !matches!(self.low(i), "june" | "july" | "may");
        if abbreviated && matches!(self.kind(i + 1), Some(Tok::Word | Tok::Num)) {
            return None;
        }
        // "May Day", "June Carter": a capitalised word after the month makes it a name.
        if self.is_capitalized(i + 1) {
            return None;
        }
        // "mid-November": the part of the month tied to it by a hyphen.
        let tied = i >= 2 && self.is_dash(i - 1) && self.gap(i - 1) == Gap::None && self.gap(i) == Gap::None;
        let before = if tied { self.low(i - 2) } else { self.low(i - 1) };
        if tied && !matches!(before, "early" | "late" | "mid") {
            return None;
        }
        // "for May" and "to May" are as often a woman's name.
        let ends_phrase = self.kind(i + 1).is_none_or(|k| k != Tok::Word) || lexicon::is_stop_word(self.low(i + 1));
        if matches!(before, "for" | "to") && self.low(i) != "may" && ends_phrase {
            return Some((i + 1, DateValue::point(DatePoint { year: None, month: Some(month), day: None })));
        }
        if !matches!(
            before,
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "during"
                | "from"
                | "through"
                | "early"
                | "late"
                | "mid"
                | "before"
                | "after"
                | "last"
                | "next"
                | "this"
                | "of"
        ) {
            return None;
        }
        Some((i + 1, DateValue::point(DatePoint { year: None, month: Some(month), day: None })))
    }

    /// "the next day", "the following day", "the day before", "the previous day": a day after or
    /// before the last full date in the paragraph, else the document's date. `at` is the word after
    /// "the".
    fn narrative_day(&self, at: usize) -> Option<(usize, DateValue)> {
        if let Some(found) = self.narrative_year(at) {
            return Some(found);
        }
        let anchor = self.story_anchor(self.document_date).filter(is_full)?;
        let (step, end) = match (self.low(at), self.low(at + 1), self.low(at + 2)) {
            // "the next morning" is the next day; the part of it is only part of its name.
            ("next" | "following", "day" | "morning" | "evening" | "night", _) => (1, at + 2),
            ("previous" | "preceding", "day" | "morning" | "evening" | "night", _) => (-1, at + 2),
            // "the day before yesterday", "the day after tomorrow": counted from the document's day.
            ("day", "before", "yesterday") => {
                return shift(self.document_date.filter(is_full)?, -2, Unit::Day).map(|v| (at + 3, v));
            }
            ("day", "after", "tomorrow") => {
                return shift(self.document_date.filter(is_full)?, 2, Unit::Day).map(|v| (at + 3, v));
            }
            ("day", "before", _) | ("day", "after", _) => {
                // "the day after the speech", "the day after his death", "the day after he landed"
                // name their own anchor, which concord cannot resolve: only "the day after" that
                // ends its clause follows the story.
                if matches!(self.kind(at + 2), Some(Tok::Word | Tok::Num)) {
                    return None;
                }
                (if self.low(at + 1) == "after" { 1 } else { -1 }, at + 2)
            }
            _ => return None,
        };
        shift(anchor, step, Unit::Day).map(|v| (end, v))
    }
}

impl Scanner<'_> {
    /// "the following year", "the previous year", "the following month": the year or month after or
    /// before the last date of the paragraph that falls in one year. The document's date is no anchor
    /// here: a note written in 2020 about 1789 means 1790 by "the following year".
    fn narrative_year(&self, at: usize) -> Option<(usize, DateValue)> {
        let step = match self.low(at) {
            // "the next year" follows the story as "the following year" does; "next year" alone is
            // counted from the document's date.
            "following" | "next" => 1,
            "previous" | "preceding" => -1,
            _ => return None,
        };
        let anchor = self.year_anchor.get()?;
        let year = anchor.year.filter(|y| y.lo == y.hi)?.lo;
        let point = match self.low(at + 1) {
            "year" => DatePoint { year: Some(YearSpan::single(year.checked_add(step)?)), month: None, day: None },
            "month" => {
                let months = i64::from(year) * 12 + i64::from(anchor.month?) - 1 + i64::from(step);
                let year = i32::try_from(months.div_euclid(12)).ok()?;
                DatePoint {
                    year: Some(YearSpan::single(year)),
                    month: Some((months.rem_euclid(12) + 1) as u8),
                    day: None,
                }
            }
            _ => return None,
        };
        // "the following year, in 1986": the year stated beside it is the claim.
        let j = self.skip_comma(at + 2);
        if self.is_num(j) || self.is_word(j, "in") && self.is_num(j + 1) {
            return None;
        }
        Some((at + 2, DateValue::point(point)))
    }

    /// "last month", "this month", "next month" after a day: the year and month they name from the
    /// document's date ("the 20th of next month").
    pub(super) fn relative_month_at(&self, i: usize) -> Option<(usize, i32, u8)> {
        let step = match self.low(i) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        if self.kind(i) != Some(Tok::Word) || !self.is_word(i + 1, "month") {
            return None;
        }
        let found = shift(self.document_date.filter(is_full)?, step, Unit::Month)?;
        Some((i + 2, found.start.year?.lo, found.start.month?))
    }

    /// "last year", "this year", "next year" after a month or a day: the document's year, or the
    /// one before or after it ("June last year", "5 January this year").
    pub(super) fn relative_year_at(&self, i: usize) -> Option<(usize, i32)> {
        let step = match self.low(i) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        if self.kind(i) != Some(Tok::Word) || !self.is_word(i + 1, "year") {
            return None;
        }
        let year = self.document_date.filter(is_full)?.year?.lo;
        Some((i + 2, year + step))
    }
}

/// Three months of a year as an interval of months.
fn quarter_value(year: Option<i32>, quarter: u8) -> DateValue {
    let first = (quarter - 1) * 3 + 1;
    DateValue::months(year, first, first + 2)
}

/// A date value moved into another year, keeping its months and days.
fn in_year(value: DateValue, year: Option<YearSpan>) -> DateValue {
    DateValue { start: DatePoint { year, ..value.start }, end: value.end.map(|end| DatePoint { year, ..end }), ..value }
}

/// The week (Monday to Sunday) before, of or after the anchor's.
fn week_of(anchor: DatePoint, step: i64) -> Option<DateValue> {
    let today = day_number(anchor.year?.lo, anchor.month?, anchor.day?);
    let monday = today - i64::from(weekday(today)) + 7 * step;
    let point = |days: i64| {
        let (y, m, d) = civil_from_days(days);
        DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: Some(d) }
    };
    Some(DateValue { end: Some(point(monday + 6)), ..DateValue::point(point(monday)) })
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
