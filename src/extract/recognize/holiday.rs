//! Feasts and holidays that fall on a day of the calendar: "Christmas Day 1914", "Easter Monday
//! 1916", "New Year's Eve", "Bastille Day".
//!
//! A feast on a fixed day is a day of the month, with its year when one follows ("Christmas Day,
//! 1914", "Bastille Day of 1880") and without one otherwise, as "25 December" is. A feast counted
//! from Easter needs its year, and a year of the Gregorian calendar in Britain and its colonies
//! (1753 on): before that, and in the Orthodox churches, Easter fell on other days, which concord
//! does not guess. "Christmas" and "Easter" alone name a season as often as a day, and give only
//! their month, unless "on" pins the day. A name alone ("Christmas", "Easter") is a date only where it is one: with its
//! year, or after a word that places something in time ("at Christmas the guns fell silent", but
//! not "the Christmas truce"); no name without its year is a date before a word it qualifies ("on
//! Easter Island", "May Day parades").

use super::{Scanner, lexicon};
use crate::extract::lex::{Gap, Tok};
use crate::value::{DatePoint, DateValue, YearSpan, civil_from_days, day_number, weekday};

/// When a feast falls.
#[derive(Debug, Clone, Copy)]
enum Falls {
    /// On this month and day every year.
    On(u8, u8),
    /// So many days after Easter Sunday (before it when negative).
    FromEaster(i64),
}

/// The feasts by name, lower-cased, word by word; the names of one word come last, so that
/// "Christmas Day" is read before "Christmas". A name marked `true` is a common word or a
/// capitalised one only as a name ("May Day", "Lady Day", "Good Friday") and needs its capital.
const FEASTS: &[(&[&str], Falls, bool)] = &[
    (&["christmas", "day"], Falls::On(12, 25), false),
    (&["christmas", "eve"], Falls::On(12, 24), false),
    // The recognizers read "year's" without its possessive (see `Lowered::words_into`).
    (&["new", "year", "day"], Falls::On(1, 1), false),
    (&["new", "year", "eve"], Falls::On(12, 31), false),
    (&["boxing", "day"], Falls::On(12, 26), true),
    (&["bastille", "day"], Falls::On(7, 14), true),
    (&["armistice", "day"], Falls::On(11, 11), true),
    (&["remembrance", "day"], Falls::On(11, 11), true),
    (&["may", "day"], Falls::On(5, 1), true),
    (&["international", "workers", "day"], Falls::On(5, 1), true),
    (&["lady", "day"], Falls::On(3, 25), true),
    (&["midsummer", "day"], Falls::On(6, 24), true),
    (&["guy", "fawkes", "night"], Falls::On(11, 5), true),
    (&["bonfire", "night"], Falls::On(11, 5), true),
    (&["valentine's", "day"], Falls::On(2, 14), true),
    (&["valentine’s", "day"], Falls::On(2, 14), true),
    (&["easter", "sunday"], Falls::FromEaster(0), false),
    (&["easter", "day"], Falls::FromEaster(0), false),
    (&["easter", "monday"], Falls::FromEaster(1), false),
    (&["good", "friday"], Falls::FromEaster(-2), true),
    (&["holy", "saturday"], Falls::FromEaster(-1), true),
    (&["maundy", "thursday"], Falls::FromEaster(-3), true),
    (&["palm", "sunday"], Falls::FromEaster(-7), true),
    (&["ash", "wednesday"], Falls::FromEaster(-46), true),
    (&["shrove", "tuesday"], Falls::FromEaster(-47), true),
    (&["whit", "sunday"], Falls::FromEaster(49), true),
    (&["christmas"], Falls::On(12, 25), false),
    (&["halloween"], Falls::On(10, 31), false),
    (&["michaelmas"], Falls::On(9, 29), true),
    (&["candlemas"], Falls::On(2, 2), true),
    (&["easter"], Falls::FromEaster(0), false),
    (&["whitsunday"], Falls::FromEaster(49), true),
    (&["pentecost"], Falls::FromEaster(49), true),
];

/// The first year of the Gregorian Easter in Britain and its colonies.
const FIRST_GREGORIAN_YEAR: i32 = 1753;

/// Words that place a feast named alone in time: "at Christmas", "by Easter".
fn places_in_time(word: &str) -> bool {
    matches!(
        word,
        "on" | "at"
            | "by"
            | "until"
            | "till"
            | "before"
            | "after"
            | "over"
            | "since"
            | "from"
            | "for"
            | "during"
            | "around"
    )
}

impl Scanner<'_> {
    /// A feast or holiday at `i`, with the year after it if any; `None` when there is none or its
    /// day cannot be known.
    pub(super) fn holiday_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        // "Workers' Day": a plural's apostrophe stands apart from its word and is passed over.
        let words_at = |name: &[&str]| {
            let mut k = i;
            for word in name {
                if self.kind(k) != Some(Tok::Word) || self.low(k) != *word {
                    return None;
                }
                k += 1;
                if word.ends_with('s') && matches!(self.raw(k), "'" | "’") && self.gap(k) == Gap::None {
                    k += 1;
                }
            }
            Some(k)
        };
        let (end, name, falls, capital) =
            FEASTS.iter().find_map(|(name, falls, capital)| Some((words_at(name)?, name, falls, capital)))?;
        if *capital && !self.is_capitalized(i) {
            return None;
        }
        // "Christmas morning", "Easter Sunday evening": a part of the day names the day itself, and
        // the claim keeps the day's precision.
        let part = !name.last().is_some_and(|w| matches!(*w, "eve" | "night"))
            && self.kind(end) == Some(Tok::Word)
            && matches!(self.low(end), "morning" | "afternoon" | "evening" | "night");
        let end = end + usize::from(part);
        let year = self.feast_year(end);
        if year.is_none() {
            // Without its year a feast's name before a word it qualifies names no day: "May Day
            // parades", "the Bastille Day holiday". A name of one word stands for its day only after
            // a word that places it in time: "at Christmas the guns fell silent", not "the Christmas
            // truce".
            let qualifies = self.kind(end) == Some(Tok::Word) && !lexicon::is_stop_word(self.low(end));
            let placed = i > 0 && places_in_time(self.low(i - 1));
            if qualifies || name.len() == 1 && !placed && !part {
                return None;
            }
        }
        let (end, year) = year.map_or((end, None), |(end, year)| (end, Some(year)));
        // "Christmas" and "Easter" alone name a season as often as a day ("the truce began at
        // Christmas", on Christmas Eve): they give only the month, which the day of either side
        // agrees with, unless "on" pins the day ("on Christmas 1914").
        let on = i > 0 && self.is_word(i - 1, "on");
        let season = matches!(*name, ["christmas"] | ["easter"]) && !on && !part;
        let point = match *falls {
            Falls::On(month, day) => {
                DatePoint { year: year.map(YearSpan::single), month: Some(month), day: (!season).then_some(day) }
            }
            Falls::FromEaster(offset) => {
                let year = year.filter(|&y| y >= FIRST_GREGORIAN_YEAR)?;
                let (y, m, d) = civil_from_days(easter_day_number(year) + offset);
                DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: (!season).then_some(d) }
            }
        };
        Some((end, DateValue::point(point)))
    }

    /// The year after a feast's name, where one follows: "Christmas Day 1914", "Christmas Day,
    /// 1914", "the Christmas of 1914".
    fn feast_year(&self, end: usize) -> Option<(usize, i32)> {
        let at = if self.is_word(end, "of") { end + 1 } else { self.skip_comma(end) };
        self.year_at(at).filter(|(e, _)| self.plausible_year(at, *e))
    }
}

/// The day number of Easter Sunday in a year of the Gregorian calendar, by the computus of the
/// Gregorian reform: the first Sunday after the ecclesiastical full moon on or after 21 March.
fn easter_day_number(year: i32) -> i64 {
    let y = i64::from(year);
    // The year's place in the 19-year cycle of the moon, and the century's corrections for leap
    // years left out (`skipped`) and for the drift of the moon (`lunar`).
    let golden = y % 19;
    let century = y / 100;
    let skipped = century - century / 4;
    let lunar = (8 * century + 13) / 25;
    // Days from 21 March to the full moon, one day less in the two cases the rules shorten.
    let mut moon = (19 * golden + 15 + skipped - lunar).rem_euclid(30);
    if moon == 29 || moon == 28 && golden > 10 {
        moon -= 1;
    }
    let full_moon = day_number(year, 3, 21) + moon;
    // The Sunday after it, a week on when the full moon falls on a Sunday (6).
    full_moon + 7 - (i64::from(weekday(full_moon)) + 1) % 7
}

#[cfg(test)]
mod tests {
    use super::easter_day_number;
    use crate::value::civil_from_days;

    #[test]
    fn easter_falls_on_the_sundays_of_the_calendar() {
        for (year, month, day) in [
            (1818, 3, 22),
            (1916, 4, 23),
            (1943, 4, 25),
            (1954, 4, 18),
            (1981, 4, 19),
            (2000, 4, 23),
            (2018, 4, 1),
            (2019, 4, 21),
            (2024, 3, 31),
            (2038, 4, 25),
            (2049, 4, 18),
            (2076, 4, 19),
        ] {
            assert_eq!(civil_from_days(easter_day_number(year)), (year, month, day), "Easter {year}");
        }
    }
}
