//! Recognizers: from the tokens of one block to the values they state.
//!
//! A [`Scanner`] walks the tokens once, left to right. At each token it tries the recognizers from the
//! most specific to the least (a date with a time, a date, a year or decade, a time, a number with a
//! unit or counted noun, an ordinal) and keeps the first that matches, so "24 February 1956" is one
//! date and never the count 24 and the year 1956. Numbers that are pages, labels, list positions or
//! parts of names are marked before the walk and never start a claim.
//!
//! Invariants: the scanner never panics on any token sequence (all look-ahead is bounds-checked
//! through [`Scanner::tok`]); each recognizer consumes at least one token when it matches; the walk
//! is linear in the number of tokens (look-ahead is bounded by a small constant).

mod holiday;
mod relative;

use std::cell::{Cell, OnceCell};

use super::lex::{Gap, Tok, Token};
use super::lexicon;
use crate::value::{Bound, DatePoint, DateValue, Dimension, Kind, Number, TimeOfDay, Unit, Value, YearSpan};

/// A value found in the tokens, with the tokens it spans.
#[derive(Debug, Clone)]
pub struct Found {
    /// Index of the first token of the claim (its qualifier, if any).
    pub first: usize,
    /// Index one past the last token of the claim.
    pub end: usize,
    /// The kind the claim is reported as.
    pub kind: Kind,
    /// The value.
    pub value: Value,
    /// The counted noun or unit noun, lower-cased as written ("prisoners", "words").
    pub noun: Option<String>,
}

/// An in-text citation found in the tokens: "(Freeze 416)", "(Lord 1955, p. 73)", "[2]".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundCitation {
    /// Index of the opening bracket.
    pub first: usize,
    /// Index one past the closing bracket.
    pub end: usize,
    /// The cited author's surname ("Freeze"), or the bracket label of a numeric citation ("[2]").
    pub author: String,
    /// The year, when the citation gives one.
    pub year: Option<String>,
    /// The page or page range, as written ("416", "115–16").
    pub page: Option<String>,
    /// True for numeric citations (`[2]`) and footnote marks (`[^1]`), whose label only means
    /// something inside its document.
    pub numeric: bool,
    /// True when the parenthesis holds a name and nothing else ("(Siegelbaum)"): it cites only if
    /// the name is that of a known source, which one document alone cannot tell.
    pub bare: bool,
}

/// What a token is as a word, for the scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordClass {
    /// A word that can carry a value ([`lexicon::is_value_word`]), or a fraction sign.
    pub value: bool,
    /// A token at which a claim may begin: any token but a word that
    /// [`lexicon::may_start_claim`] rejects.
    pub may_start: bool,
    /// Which of the words of [`Closers`] it is, if any.
    pub closer: Closer,
}

/// The words that close a few rare patterns, which [`Scanner::closers`] looks for in a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closer {
    /// Not one of them.
    None,
    /// "past".
    Past,
    /// "ago", "earlier", "yesterday", "today" or "tomorrow".
    Ago,
    /// "quarter".
    Quarter,
}

impl Closer {
    /// What a lower-cased word is among the closing words.
    fn of(word: &str) -> Closer {
        match word {
            "past" => Closer::Past,
            "ago" | "earlier" | "yesterday" | "today" | "tomorrow" => Closer::Ago,
            "quarter" => Closer::Quarter,
            _ => Closer::None,
        }
    }
}

impl WordClass {
    /// The class of a token that is not a word.
    pub const OTHER: WordClass = WordClass { value: false, may_start: true, closer: Closer::None };

    /// The class of a fraction written as one sign ("½ hour"), which carries a value as a word does.
    pub const FRACTION_SIGN: WordClass = WordClass { value: true, may_start: true, closer: Closer::None };

    /// The class of a word, lower-cased.
    pub fn of(word: &str) -> WordClass {
        WordClass {
            value: lexicon::is_value_word(word),
            may_start: lexicon::may_start_claim(word),
            closer: Closer::of(word),
        }
    }
}

/// How many tokens before a time of day are read for the part of the day it falls in.
const TIME_CONTEXT: usize = 24;

/// A time of day found in the tokens, with the index one past its last token.
type TimeFound = (usize, TimeOfDay);

/// The memory a [`Scanner`] leaves behind for the next one, so that scanning many blocks does not
/// allocate for each.
#[derive(Debug, Default)]
pub struct Spare {
    skip: Vec<bool>,
}

/// Scans the tokens of one block.
pub struct Scanner<'a> {
    text: &'a str,
    toks: &'a [Token],
    lower: &'a [&'a str],
    /// What each token is as a word: whether it can carry a value or begin a claim.
    classes: &'a [WordClass],
    sentence_start: &'a [bool],
    skip: Vec<bool>,
    citations: Vec<FoundCitation>,
    /// The date the document was written, for "yesterday" and "three years ago".
    document_date: Option<DatePoint>,
    /// The last full date met in the block, for "the next day".
    anchor: Cell<Option<DatePoint>>,
    /// The last date met in the block that falls in one year, for "the following year".
    year_anchor: Cell<Option<DatePoint>>,
    /// True after a length of time the story moved on by ("four days later") and before the next
    /// full date: "the next day" then has no day to follow, not even the document's.
    moved_on: Cell<bool>,
    /// True once the block has dated something in a year far from the document's ("In February
    /// 1956"): the block tells of another time, and "the next day" in it no longer follows the day
    /// the document was written.
    told_of_another_time: Cell<bool>,
    /// The end of the last rate read ("$15.4/hour"): no claim begins inside it.
    rate_end: Cell<usize>,
    /// The token of the last time of day looked for, and what was found there.
    last_time: Cell<Option<(usize, Option<TimeFound>)>>,
    /// Where the words that close a few rare patterns last stand in the block, found when first
    /// asked.
    closers: OnceCell<Closers>,
}

/// The last token of a block that is each of the words a few recognizers need after the token
/// they start at: without one further on, those recognizers need not read the number before it.
#[derive(Debug, Clone, Copy, Default)]
struct Closers {
    /// "past", of "ten past nine".
    past: Option<usize>,
    /// "ago" or "earlier", of "three years ago" and "a year earlier", or the day an amount is
    /// counted from, of "two days after tomorrow".
    ago: Option<usize>,
    /// "quarter", of "the third quarter".
    quarter: Option<usize>,
}

/// A number as parsed from digits or words, before its unit is known.
#[derive(Debug, Clone)]
struct Parsed {
    end: usize,
    value: f64,
    /// The digits as written (for rounding); empty for number words.
    written: String,
    /// A range's upper end.
    high: Option<f64>,
    /// A bound implied by the number itself ("thousands" is more than a thousand).
    implied: Option<Bound>,
    /// True when the number is a single word ("one", "two"): idioms need care.
    single_word: bool,
    /// True when the number is an article standing for one ("an hour", "a decade").
    article: bool,
}

impl<'a> Scanner<'a> {
    /// Prepares a scanner over `toks`, whose offsets refer to `text`. `lower[i]` is token `i`
    /// lower-cased, `classes[i]` says whether it is a word that can carry a value or begin a claim
    /// (see [`WordClass::of`]), and `sentence_start[i]` whether it begins a sentence.
    pub fn new(
        text: &'a str,
        toks: &'a [Token],
        lower: &'a [&'a str],
        classes: &'a [WordClass],
        sentence_start: &'a [bool],
        document_date: Option<DatePoint>,
    ) -> Scanner<'a> {
        Scanner::with_spare(text, toks, lower, classes, sentence_start, document_date, Spare::default())
    }

    /// As [`Scanner::new`], reusing the memory of an earlier scanner (see [`Scanner::into_spare`]).
    pub fn with_spare(
        text: &'a str,
        toks: &'a [Token],
        lower: &'a [&'a str],
        classes: &'a [WordClass],
        sentence_start: &'a [bool],
        document_date: Option<DatePoint>,
        spare: Spare,
    ) -> Scanner<'a> {
        let Spare { mut skip } = spare;
        skip.clear();
        skip.resize(toks.len(), false);
        let mut scanner = Scanner {
            text,
            toks,
            lower,
            classes,
            sentence_start,
            skip,
            citations: Vec::new(),
            document_date,
            anchor: Cell::new(None),
            year_anchor: Cell::new(None),
            moved_on: Cell::new(false),
            told_of_another_time: Cell::new(false),
            rate_end: Cell::new(0),
            last_time: Cell::new(None),
            closers: OnceCell::new(),
        };
        scanner.mark_references();
        scanner
    }

    /// The scanner's memory, for the next block's scanner.
    pub fn into_spare(self) -> Spare {
        Spare { skip: self.skip }
    }

    /// The in-text citations of the block, in order.
    pub fn citations(&self) -> &[FoundCitation] {
        &self.citations
    }

    /// Returns every value in the block, in order, without overlaps.
    pub fn scan(&self) -> Vec<Found> {
        let mut found = Vec::new();
        // A claim holds a digit or a value word within its first few tokens ("more than a third",
        // "the day before yesterday"); elsewhere no recognizer can match, so none is tried. The
        // walk only moves forward, so the next such token is found by a cursor.
        let mut next_value = 0;
        let mut i = 0;
        while i < self.toks.len() {
            next_value = next_value.max(i);
            while next_value < self.toks.len() && !self.is_value_token(next_value) {
                next_value += 1;
            }
            // A word no recognizer names cannot begin a claim.
            let may_start = self.classes.get(i).is_none_or(|c| c.may_start);
            let distance = if next_value < self.toks.len() { next_value - i } else { usize::MAX };
            if distance > 6 {
                // Every token up to the sixth before the next value token is as far from it, so the
                // walk goes straight there; after the last value token, nothing is left to try.
                if next_value == self.toks.len() {
                    break;
                }
                i = next_value - 6;
                continue;
            }
            if self.skip[i] || !may_start || i < self.rate_end.get() {
                i += 1;
                continue;
            }
            match self.claim_at(i) {
                Some(f) => {
                    let floor = found.last().map_or(0, |p: &Found| p.end);
                    let f = self.widen(f, floor);
                    i = f.end.max(i + 1);
                    // A full date anchors the relative dates after it in the paragraph, and any
                    // date or year in a single year anchors "the following year".
                    if let Value::Date(d) = &f.value {
                        if d.start.day.is_some() && d.start.year.is_some_and(|y| y.lo == y.hi) && d.end.is_none() {
                            self.anchor.set(Some(d.start));
                            self.moved_on.set(false);
                        }
                        // "He left on 26 February 1815 and landed on 1 March": a later day of the
                        // year without its year moves the anchor on within the anchor's year.
                        if let (Some(a), Some(month), Some(day)) = (self.anchor.get(), d.start.month, d.start.day) {
                            let later = (Some(month), Some(day)) > (a.month, a.day);
                            if d.start.year.is_none() && d.end.is_none() && d.time.is_none() && later {
                                self.anchor.set(Some(DatePoint { year: a.year, ..d.start }));
                            }
                        }
                        // A year far from the document's takes the block to another time.
                        let far = |y: YearSpan| {
                            self.document_date.and_then(|d| d.year).is_some_and(|now| (y.lo - now.lo).abs() > 1)
                        };
                        if d.start.year.is_some_and(far) {
                            self.told_of_another_time.set(true);
                        }
                        // "early summer 1940" and "1–5 September 1666" fall in one year too; after
                        // "from 1914 to 1918" or "the 1920s", "the following year" has no one year to
                        // follow.
                        let single = d.start.year.filter(|y| y.lo == y.hi);
                        if single.is_some() && d.end.is_none_or(|e| e.year.is_none() || e.year == single) {
                            self.year_anchor.set(Some(d.start));
                        } else if d.start.year.is_some() {
                            self.year_anchor.set(None);
                        }
                    }
                    // "Four days later": the story has moved on by a length of time that is no date,
                    // so "the next day" after it has no day to follow.
                    if let Value::Number(n) = &f.value {
                        let moves_on = matches!(
                            self.low(f.end),
                            "later" | "afterwards" | "afterward" | "after" | "earlier" | "before"
                        );
                        if n.unit.dimension == Dimension::Time && f.noun.as_deref() != Some("age") && moves_on {
                            self.anchor.set(None);
                            self.year_anchor.set(None);
                            self.moved_on.set(true);
                        }
                    }
                    found.push(f);
                }
                None => i += 1,
            }
        }
        found
    }

    /// Takes the words that modify a date or a length of time into its span, leaving the value as it
    /// is: "late November", "earlier this year", "fiscal 1989", "Wednesday night", "the past two
    /// months". `floor` is the end of the previous claim, which the span never reaches back into.
    fn widen(&self, mut f: Found, floor: usize) -> Found {
        let before = |k: usize| if k > floor && k > 0 { Some(self.low(k - 1)) } else { None };
        match &f.value {
            Value::Date(d) => {
                if let Some("early" | "late" | "mid" | "earlier" | "later" | "fiscal") = before(f.first) {
                    f.first -= 1;
                } else if f.first >= 2
                    && self.is_dash(f.first - 1)
                    && self.gap(f.first) == Gap::None
                    && self.gap(f.first - 1) == Gap::None
                    && matches!(before(f.first - 1), Some("early" | "late" | "mid"))
                {
                    // "mid-November".
                    f.first -= 2;
                }
                // "Wednesday night", "14 April in the morning" is read as a time; a part of the day
                // after a day is only part of its name.
                if d.start.day.is_some()
                    && d.time.is_none()
                    && matches!(self.low(f.end), "morning" | "afternoon" | "evening" | "night")
                    && self.gap(f.end) != Gap::Wide
                {
                    f.end += 1;
                }
            }
            Value::Number(n) if n.unit.dimension == Dimension::Time && f.noun.as_deref() != Some("age") => {
                if let Some("past" | "last" | "next" | "first" | "following" | "previous" | "coming") = before(f.first)
                {
                    f.first -= 1;
                }
                if before(f.first) == Some("the") {
                    f.first -= 1;
                }
            }
            Value::Number(_) => {}
        }
        f
    }

    /// True for a token that can carry a value: digits, and the words that name numbers, ranks, months,
    /// days, units of time and times of day.
    fn is_value_token(&self, k: usize) -> bool {
        self.kind(k) == Some(Tok::Num) || self.classes.get(k).is_some_and(|c| c.value)
    }

    /// The day the story stands at: the last full date of the block, else `fallback` (the
    /// document's date), unless the story has moved on from it by a length of time.
    fn story_anchor(&self, fallback: Option<DatePoint>) -> Option<DatePoint> {
        if self.moved_on.get() {
            return None;
        }
        self.anchor.get().or(fallback.filter(|_| !self.told_of_another_time.get()))
    }

    /// Where the words of [`Closers`] last stand in the block.
    fn closers(&self) -> Closers {
        *self.closers.get_or_init(|| {
            let mut closers = Closers::default();
            // Read from the classes, where each word was sorted once, not from the words.
            for (k, class) in self.classes.iter().enumerate() {
                match class.closer {
                    Closer::None => {}
                    Closer::Past => closers.past = Some(k),
                    Closer::Ago => closers.ago = Some(k),
                    Closer::Quarter => closers.quarter = Some(k),
                }
            }
            closers
        })
    }

    // ------------------------------------------------------------------------------ token access

    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn low(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    fn kind(&self, i: usize) -> Option<Tok> {
        self.tok(i).map(|t| t.tok)
    }

    fn gap(&self, i: usize) -> Gap {
        self.tok(i).map_or(Gap::Wide, |t| t.gap)
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(Tok::Word) && self.low(i) == w
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(Tok::Punct) && self.raw(i) == p
    }

    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Tok::Num)
    }

    fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(Tok::Dash)
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(Tok::Word) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn num_value(&self, i: usize) -> Option<u64> {
        if !self.is_num(i) {
            return None;
        }
        let s = self.raw(i);
        if s.len() > 15 {
            return None;
        }
        // A number token is a run of ASCII digits (see `lex`), so its value is their sum by place,
        // with none of the checks of a general parse.
        Some(s.bytes().fold(0, |value, digit| value * 10 + u64::from(digit - b'0')))
    }

    /// Skips an abbreviation dot directly after token `i`, returning the index after it.
    fn after_dot(&self, i: usize) -> usize {
        if self.is_punct(i + 1, ".") && self.gap(i + 1) == Gap::None { i + 2 } else { i + 1 }
    }

    /// The position after an optional comma at `i`.
    fn skip_comma(&self, i: usize) -> usize {
        if self.is_punct(i, ",") { i + 1 } else { i }
    }

    // ------------------------------------------------------------------- pages, labels, citations

    /// Marks numbers that are not claims: citation pages and years, bracketed reference numbers,
    /// numbers after page and label words, and numbers that are part of a name.
    fn mark_references(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            // Every mark below begins at a bracket, a number or a "#", so each token's kind and
            // text are read once.
            let tok = self.toks[i].tok;
            if matches!(tok, Tok::Word | Tok::Dash) {
                i += 1;
                continue;
            }
            let punct = if tok == Tok::Punct { self.raw(i) } else { "" };
            if punct == "(" {
                if let Some(close) = self.bare_name_parenthesis(i) {
                    self.citations.push(FoundCitation {
                        first: i,
                        end: close + 1,
                        author: self.raw(i + 1).to_string(),
                        year: None,
                        page: None,
                        numeric: false,
                        bare: true,
                    });
                    i = close + 1;
                    continue;
                }
                if let Some(close) = self.citation_parenthesis(i) {
                    for s in &mut self.skip[i..=close] {
                        *s = true;
                    }
                    if let Some(citation) = self.parse_citation(i, close) {
                        self.citations.push(citation);
                    }
                    i = close + 1;
                    continue;
                }
            }
            if punct == "[" {
                // "[3]", "[3, p. 12]", "[^1]": a reference mark, not a claim.
                let mut j = i + 1;
                if self.is_punct(j, "^") {
                    j += 1;
                }
                if self.is_num(j) || self.kind(j) == Some(Tok::Word) && self.is_punct(i + 1, "^") {
                    let limit = (i + 12).min(n);
                    if let Some(close) = (j..limit).find(|&k| self.is_punct(k, "]")) {
                        for s in &mut self.skip[i..=close] {
                            *s = true;
                        }
                        // "[2]" and "[2, p. 12]" cite; "[^1]" marks a footnote, whose definition cites.
                        let footnote = j == i + 2 && close == j + 1;
                        if self.is_num(i + 1) || footnote {
                            let page = if footnote { None } else { self.page_after(i + 2, close) };
                            let author = format!("[{}]", &self.text[self.toks[i + 1].start..self.toks[j].end]);
                            self.citations.push(FoundCitation {
                                first: i,
                                end: close + 1,
                                author,
                                year: None,
                                page,
                                numeric: true,
                                bare: false,
                            });
                        }
                        i = close + 1;
                        continue;
                    }
                }
            }
            // "85°", "88°23′S": degrees with no scale after them are an angle or a place, which
            // concord does not compare, and so are the minutes and seconds after them.
            if tok == Tok::Num && self.is_punct(i + 1, "°") && self.gap(i + 1) == Gap::None {
                let scale = self.kind(i + 2) == Some(Tok::Word)
                    && matches!(self.raw(i + 2), "C" | "F" | "K" | "c" | "f")
                    && matches!(self.gap(i + 2), Gap::None | Gap::Space);
                if !scale {
                    let mut k = i;
                    self.skip[k] = true;
                    // The minutes and seconds glued after it: "23′", "15''".
                    while self.is_num(k + 2)
                        && self.gap(k + 2) == Gap::None
                        && matches!(self.raw(k + 3), "′" | "″" | "'" | "\"")
                        && self.gap(k + 3) == Gap::None
                    {
                        self.skip[k + 2] = true;
                        k += 2;
                    }
                    i = k + 2;
                    continue;
                }
            }
            if tok == Tok::Num || matches!(punct, "+" | "(") {
                if let Some(end) = self.phone_number_at(i) {
                    for s in &mut self.skip[i..end] {
                        *s = true;
                    }
                    i = end;
                    continue;
                }
            }
            if tok == Tok::Num && self.is_label_before(i) {
                // The label's number, its subsections ("Section 4.2.1") and a range after it ("pp.
                // 270–72", "S. 12–38").
                self.skip[i] = true;
                i = self.skip_subsections(i);
                if self.is_dash(i + 1) && self.is_num(i + 2) {
                    self.skip[i + 1] = true;
                    self.skip[i + 2] = true;
                    i += 3;
                    continue;
                }
                // And the labels it is listed with, with their subsections: "units 5 & 6", "pages 4
                // and 9", "Letters 6.16 and 6.20".
                let mut k = i + 1;
                while (self.is_punct(k, "&") || self.is_word(k, "and")) && self.is_num(k + 1) {
                    self.skip[k + 1] = true;
                    k = self.skip_subsections(k + 1) + 1;
                }
            }
            if punct == "#" && self.is_num(i + 1) && self.gap(i + 1) == Gap::None {
                self.skip[i + 1] = true;
            }
            if tok == Tok::Num && self.street_after(i + 1) {
                self.skip[i] = true;
            }
            // "6.022 × 10^23", "10⁸": a number in scientific notation is no claim concord reads,
            // and its parts are none either.
            if tok == Tok::Num {
                // The mantissa may be written with a point: "6", ".", "022".
                let times = (i + 1..i + 4)
                    .take_while(|&k| k == i + 1 || self.gap(k) == Gap::None || matches!(self.raw(k), "×" | "x" | "X"))
                    .find(|&k| matches!(self.raw(k), "×" | "x" | "X"));
                let power = self.power_of_ten_at(i).or_else(|| self.power_of_ten_at(times? + 1));
                if let Some(end) = power {
                    for s in &mut self.skip[i..end] {
                        *s = true;
                    }
                    i = end;
                    continue;
                }
            }
            // "02/03/2016" could be February or March: no claim, and its parts are no counts.
            if tok == Tok::Num && matches!(self.slashed_date_at(i), Some(None)) {
                for s in &mut self.skip[i..i + 5] {
                    *s = true;
                }
                i += 5;
                continue;
            }
            i += 1;
        }
    }

    /// The end of a phone number starting at `i`: digit groups joined by single spaces, hyphens,
    /// points or an area code's brackets that open with a plus sign ("+44 20 7946 0958"), a leading
    /// zero ("020 7946 0958"), or a word of telephoning ("call 555-1234", "Tel. 01632 960 123"), or
    /// that fall three, three and four digits ("555-123-4567", "(555) 123-4567"). Thousands
    /// written with spaces ("26 000 000") and dates ("1956-02-24") are none of these.
    fn phone_number_at(&self, i: usize) -> Option<usize> {
        let plus = self.is_punct(i, "+") && self.is_num(i + 1) && self.gap(i + 1) == Gap::None;
        let start = if plus { i + 1 } else { i };
        let area = self.is_punct(start, "(") && self.is_num(start + 1) && self.is_punct(start + 2, ")");
        if !plus && !area && !self.is_num(i) {
            return None;
        }
        let mut groups = DigitGroups::default();
        let mut k = start;
        if area {
            groups.push(self.raw(start + 1).len());
            k = start + 3;
            if self.gap(k) == Gap::Wide || !self.is_num(k) {
                return None;
            }
        }
        let mut hyphens = true;
        while self.is_num(k) && groups.count < 6 {
            groups.push(self.raw(k).len());
            let next = k + 1;
            let joined = (self.is_dash(next) || self.is_punct(next, "."))
                && self.gap(next) == Gap::None
                && self.gap(next + 1) == Gap::None
                && self.is_num(next + 1);
            if joined {
                hyphens &= self.is_dash(next);
                k = next + 1;
            } else if self.gap(next) == Gap::Space && self.is_num(next) && self.raw(next).len() >= 2 {
                hyphens = false;
                k = next;
            } else {
                break;
            }
        }
        if groups.count < 2 || !(7..=15).contains(&groups.digits) {
            return None;
        }
        let zero = !area
            && self.raw(start).starts_with('0')
            && self.raw(start).len() >= 2
            && self.gap(start + 1) == Gap::Space;
        let called = (i.saturating_sub(3)..i).any(|w| {
            self.kind(w) == Some(Tok::Word)
                && matches!(self.low(w), "call" | "phone" | "telephone" | "tel" | "fax" | "dial")
        });
        let dialled = groups.count >= 3 && groups.last == [3, 3, 4] && (area || hyphens);
        (plus || zero || called || dialled).then_some(k + 1)
    }

    /// The end of a power of ten at `k`: "10^23", "10^-9", "10⁸", "10⁻⁹".
    fn power_of_ten_at(&self, k: usize) -> Option<usize> {
        let tight = |j: usize| self.gap(j) == Gap::None;
        if self.raw(k) != "10" || !tight(k + 1) {
            return None;
        }
        let superscript = |t: &str| !t.is_empty() && t.chars().all(|c| "⁰¹²³⁴⁵⁶⁷⁸⁹⁻".contains(c));
        if superscript(self.raw(k + 1)) {
            return Some(k + 2);
        }
        if !self.is_punct(k + 1, "^") {
            return None;
        }
        let j = if matches!(self.raw(k + 2), "-" | "−") && tight(k + 2) { k + 3 } else { k + 2 };
        (self.is_num(j) && tight(j)).then_some(j + 1)
    }

    /// True when the words from `k` name a street, so that the number before them is a house's: "10
    /// Downing Street", "221 Baker St", "350 Fifth Avenue".
    fn street_after(&self, k: usize) -> bool {
        (k..k + 3).take_while(|&j| self.is_capitalized(j)).any(|j| {
            j > k
                && matches!(
                    self.low(j),
                    "street"
                        | "st"
                        | "road"
                        | "rd"
                        | "avenue"
                        | "ave"
                        | "lane"
                        | "square"
                        | "place"
                        | "boulevard"
                        | "terrace"
                )
        })
    }

    /// Skips the subsections glued after the label number at `i` ("4.2.1" after "4"), and gives
    /// the index of the last.
    fn skip_subsections(&mut self, mut i: usize) -> usize {
        while self.is_punct(i + 1, ".")
            && self.is_num(i + 2)
            && self.gap(i + 1) == Gap::None
            && self.gap(i + 2) == Gap::None
        {
            self.skip[i + 1] = true;
            self.skip[i + 2] = true;
            i += 2;
        }
        i
    }

    /// True when the number at `i` follows a page or label word ("p. 73", "No. 4", "Chapter 3") or a
    /// capitalised word that makes it part of a name ("Apollo 11").
    fn is_label_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let mut j = i - 1;
        if self.is_punct(j, ".") && j > 0 {
            j -= 1;
        }
        if self.kind(j) != Some(Tok::Word) {
            return false;
        }
        let word = self.low(j);
        if lexicon::is_label_word(word) {
            // "Year 9" is a label but "year 1912" or "S" for Seite only count when written that way.
            return match word {
                "s" => self.raw(j) == "S",
                // "Year 9" opens a quiz's title as a school year; "Year 1912 was" opens a sentence.
                "year" => self.raw(j) == "Year" && (!self.sentence_start[j] || self.raw(i).len() <= 2),
                "no" => self.is_punct(j + 1, ".") || self.raw(j) == "No",
                // "Act 3" of a play, but "the Education Act 1944" of a parliament.
                "act" => self.is_capitalized(j) && self.raw(i).len() < 4,
                "v" | "line" | "level" | "grade" | "season" | "scene" | "item" | "step" | "part" => {
                    self.is_capitalized(j)
                }
                _ => true,
            };
        }
        // A capitalised word that does not start the sentence and is no month, weekday or function
        // word names something: "Apollo 11", "Grenzmauer 75". Years after names are still years
        // ("Paris 1789" is rare; "Louis 16" is a name).
        // "NATO 50 years ago": an amount of time counted back is no name, and "London 2 June" gives
        // a day of the month.
        let ago = lexicon::time_unit(self.low(i + 1)).is_some() && self.is_word(i + 2, "ago");
        let day =
            self.raw(i).len() <= 2 && self.kind(i + 1) == Some(Tok::Word) && lexicon::month(self.low(i + 1)).is_some();
        // An inch mark glued to the number measures: "Wrench 8\"".
        let inches = self.gap(i + 1) == Gap::None
            && (self.raw(i + 1) == "″" || self.raw(i + 1) == "\"" && !self.inside_quotation(i + 1));
        // A figure grouped in thousands names nothing: "the British 57,470 casualties".
        let thousands = self.is_punct(i + 1, ",")
            && self.gap(i + 1) == Gap::None
            && self.gap(i + 2) == Gap::None
            && self.is_num(i + 2)
            && self.raw(i + 2).len() == 3;
        // At the start of a sentence a capital says nothing, but a word that is no function word,
        // adverb or word of claims, before a figure that counts nothing after it, names: "Apollo 11
        // launched", not "Perhaps 500 people" or "Overall 12 died".
        let opening_name = || {
            let adverb = word.ends_with("ly") || lexicon::is_sentence_adverb(word);
            // "Add 200 g", "Allow 200 or more guests".
            let next = self.low(i + 1);
            let counted = self.kind(i + 1) == Some(Tok::Word)
                && (lexicon::is_plural_noun(next)
                    || lexicon::measure_unit(next).is_some()
                    || lexicon::time_unit(next).is_some()
                    || matches!(next, "or" | "and" | "to"));
            // A whole number standing alone: not "70th", "1.8m", "40%" or "16. Nov.".
            let alone = self.gap(i + 1) != Gap::None
                || matches!(self.raw(i + 1), "," | ";" | ":" | ")" | "'" | "’")
                || self.is_punct(i + 1, ".") && !self.is_num(i + 2) && lexicon::month(self.low(i + 2)).is_none();
            let contraction = word.contains(['\'', '’']);
            !adverb && !counted && alone && !contraction && !lexicon::may_start_claim(word)
        };
        !day && !inches
            && !thousands
            && self.is_capitalized(j)
            && (!self.sentence_start[j] || opening_name())
            && j + 1 == i
            && !ago
            && self.gap(i) != Gap::None
            && lexicon::month(word).is_none()
            && !lexicon::is_weekday(word)
            && !lexicon::is_stop_word(word)
            && lexicon::qualifier(word).is_none()
            && !matches!(
                word,
                "ad" | "bc" | "bce" | "ce" | "c" | "ca" | "circa" | "spring" | "summer" | "autumn" | "winter" | "fall"
            )
            && self.raw(i).len() < 4
    }

    /// If the parenthesis opening at `open` is a citation ("(Freeze 416)", "(Lord 1955, p. 73)",
    /// "(Taylor 115–16)", "(p. 12)"), returns the index of its closing parenthesis.
    fn citation_parenthesis(&self, open: usize) -> Option<usize> {
        let limit = (open + 24).min(self.toks.len());
        let close = (open + 1..limit).find(|&k| self.is_punct(k, ")"))?;
        let inner = open + 1..close;
        if inner.is_empty() {
            return None;
        }
        // Page-only parentheses: "(p. 73)", "(pp. 12–14)".
        if matches!(self.low(open + 1), "p" | "pp" | "pg" | "page" | "pages") {
            return Some(close);
        }
        // Author part: one to three capitalised words (with "et al.", "and", "&").
        let mut j = open + 1;
        let mut names = 0;
        while j < close {
            let w = self.low(j);
            if self.is_capitalized(j) && lexicon::month(w).is_none() {
                names += 1;
            } else if !(matches!(w, "et" | "al" | "and" | "&") || self.is_punct(j, ".") || self.is_punct(j, "&")) {
                break;
            }
            j += 1;
        }
        if names == 0 || names > 3 || j == close {
            return None;
        }
        // "(Year 8)", "(Grade 5)", "(Chapter 3)": a label and its number, not an author and a page.
        if names == 1 && lexicon::is_label_word(self.low(open + 1)) && !matches!(self.low(open + 1), "s" | "v" | "p") {
            return None;
        }
        // After the author: numbers, page words, dashes, commas and semicolons only.
        let mut years_only = true;
        let mut saw_number = false;
        let comma_after_name = self.is_punct(j, ",");
        for k in j..close {
            match self.kind(k) {
                Some(Tok::Num) => {
                    saw_number = true;
                    let v = self.num_value(k).unwrap_or(0);
                    if !(1000..=2100).contains(&v) || self.raw(k).len() != 4 {
                        years_only = false;
                    }
                }
                Some(Tok::Dash) => {}
                Some(Tok::Punct) if matches!(self.raw(k), "," | ";" | "." | ":") => {}
                Some(Tok::Word)
                    if matches!(self.low(k), "p" | "pp" | "pg" | "page" | "s" | "f" | "ff" | "n" | "vol" | "ch") =>
                {
                    years_only = false;
                }
                _ => return None,
            }
        }
        if !saw_number {
            return None;
        }
        // "(Doctors’ Plot, 1953)" names an event and dates it; "(Lord 1955)" cites a book. A comma
        // between several capitalised words and a lone year reads as the former.
        if years_only && comma_after_name && names > 1 {
            return None;
        }
        Some(close)
    }

    /// Reads the author, year and page of a citation parenthesis already recognised by
    /// [`Scanner::citation_parenthesis`]. Page-only parentheses ("(p. 73)") name no source and give
    /// `None`.
    fn parse_citation(&self, open: usize, close: usize) -> Option<FoundCitation> {
        let author = (open + 1..close).find(|&k| self.is_capitalized(k))?;
        if matches!(self.low(author), "p" | "pp" | "pg" | "page" | "pages") {
            return None;
        }
        let mut k = author + 1;
        while k < close && !self.is_num(k) && !self.is_punct(k, ",") {
            k += 1;
        }
        let k = self.skip_comma(k);
        let mut year = None;
        if self.is_num(k) && self.raw(k).len() == 4 && self.num_value(k).is_some_and(|v| (1000..=2100).contains(&v)) {
            // A four-digit number right after the name is a year, unless a dash makes it a page range.
            if !self.is_dash(k + 1) {
                year = Some(self.raw(k).to_string());
            }
        }
        let page_from = if year.is_some() { k + 1 } else { k };
        Some(FoundCitation {
            first: open,
            end: close + 1,
            author: self.raw(author).to_string(),
            year,
            page: self.page_after(page_from, close),
            numeric: false,
            bare: false,
        })
    }

    /// If the parenthesis opening at `open` holds one capitalised word and nothing else
    /// ("(Siegelbaum)"), returns the index of its closing parenthesis. Whether the word names a
    /// source is decided later, against the corpus's bibliographies.
    fn bare_name_parenthesis(&self, open: usize) -> Option<usize> {
        let name = open + 1;
        let word = self.low(name);
        let plain = self.is_capitalized(name)
            && self.raw(name).chars().count() >= 3
            && self.raw(name).chars().skip(1).all(char::is_lowercase)
            && lexicon::month(word).is_none()
            && !lexicon::is_weekday(word)
            && !lexicon::is_stop_word(word);
        (plain && self.is_punct(name + 1, ")")).then_some(name + 1)
    }

    /// The page or page range written between `from` and `close`: from the first number to the last,
    /// as written ("73", "115–16").
    fn page_after(&self, from: usize, close: usize) -> Option<String> {
        let first = (from..close).find(|&k| self.is_num(k))?;
        let last = (first..close).rev().find(|&k| self.is_num(k))?;
        let (start, end) = (self.toks[first].start, self.toks[last].end);
        Some(self.text[start..end].to_string())
    }

    // ------------------------------------------------------------------------------ claims

    fn claim_at(&self, i: usize) -> Option<Found> {
        // "the" begins a claim only with a value word or digits right after it: "the 1950s", "the
        // late 1930s", "the mid-1950s", "the next day", "the Fourteenth of July".
        if self.low(i) == "the" && !(i + 1..=i + 3).any(|k| self.is_value_token(k)) {
            return None;
        }
        let leading_point = self.is_punct(i, ".")
            && (i == 0 || self.gap(i) != Gap::None)
            && self.is_num(i + 1)
            && self.gap(i + 1) == Gap::None;
        if self.kind(i) == Some(Tok::Punct)
            && !leading_point
            && !matches!(self.raw(i), "'" | "’" | "~" | "≈")
            && lexicon::currency_symbol(self.raw(i)).is_none()
            && lexicon::vulgar_fraction(self.raw(i)).is_none()
        {
            return None;
        }
        // Digits glued to letters before them are part of an identifier: "CXCR4", "J1149", "BS1", and
        // so are digits after capitals and a hyphen: "COVID-19", "SCP-173", "B-52".
        if self.is_num(i)
            && i > 0
            && self.gap(i) == Gap::None
            && self.kind(i - 1) == Some(Tok::Word)
            && self.low(i - 1) != "c"
        {
            return None;
        }
        if self.is_num(i) && self.continues_code(i) {
            return None;
        }
        // The figure after a slash belongs to the figure before it ("1/0", "24/7"); alone it is no
        // claim.
        if self.is_num(i)
            && i > 1
            && self.is_punct(i - 1, "/")
            && self.gap(i) == Gap::None
            && self.gap(i - 1) == Gap::None
            && self.is_num(i - 2)
        {
            return None;
        }
        if self.is_num(i) && self.in_digit_chain(i) {
            return None;
        }
        // A qualifier first: "about", "more than", "nearly", "c.".
        // "climbs 300 m over 5 km": "over" right after a measure says across what, not how much.
        let across = self.is_word(i, "over")
            && i >= 2
            && self.is_num(i - 2)
            && lexicon::measure_unit(self.low(i - 1)).is_some_and(|u| u.dimension == Dimension::Length);
        if across {
            return None;
        }
        let (start, bound) = match self.qualifier_at(i) {
            Some((len, bound)) => (i + len, Some(bound)),
            None => (i, None),
        };
        if start >= self.toks.len() || self.skip[start] {
            return None;
        }
        if let Some(mut found) = self.dated_at(start, bound) {
            found.first = i;
            return Some(found);
        }
        // "stretched over 28–29 May", "under 5 May": before a day of a month, "over" and "under"
        // are prepositions, not bounds.
        if bound.is_some_and(Bound::is_open) {
            let day =
                |f: &Found| matches!(&f.value, Value::Date(d) if d.start.month.is_some() && d.start.day.is_some());
            if let Some(found) = self.dated_at(start, None).filter(day) {
                return Some(found);
            }
        }
        // "lay under 4 to 6 metres of ash": the depth of what covers a thing says where it lies,
        // and bounds nothing.
        let lies = i > 0
            && matches!(
                self.low(i - 1),
                "lay"
                    | "lie"
                    | "lies"
                    | "lying"
                    | "buried"
                    | "sank"
                    | "sunk"
                    | "trapped"
                    | "hidden"
                    | "rests"
                    | "rested"
            );
        if lies && matches!(self.low(i), "under" | "below" | "beneath") {
            let depth = |f: &Found| {
                matches!(&f.value, Value::Number(n) if n.unit.dimension == Dimension::Length)
                    && self.is_word(f.end, "of")
            };
            if let Some(found) = self.number_claim_at(start, None).filter(depth) {
                return Some(found);
            }
        }
        if let Some(mut found) = self.number_claim_at(start, bound) {
            // Letters glued after the claim make it an identifier too: "4A", "2B-3".
            if self.kind(found.end) == Some(Tok::Word) && self.gap(found.end) == Gap::None {
                return None;
            }
            // A figure before a slash and another figure is one side of a ratio or an unread fraction
            // ("1/0").
            if self.is_punct(found.end, "/")
                && self.gap(found.end) == Gap::None
                && self.is_num(found.end + 1)
                && self.gap(found.end + 1) == Gap::None
            {
                return None;
            }
            // "4,500 tonnes per day", "$15.4/hour", "20 miles a day": an amount in a unit of time is a
            // rate, which concord does not compare, and not the amount it counts.
            if found.kind == Kind::Quantity && self.rate_after(found.end) {
                self.rate_end.set(found.end);
                return None;
            }
            found.first = i;
            return Some(found);
        }
        None
    }

    /// True when a unit of time that divides an amount stands at `k`: "per day", "a year", "an
    /// hour", "/hour". "a week ago" and "a day later" date something instead.
    fn rate_after(&self, k: usize) -> bool {
        let tight = |k: usize| self.gap(k) == Gap::None;
        let time = match self.low(k) {
            "per" | "a" | "an" if self.kind(k) == Some(Tok::Word) => k + 1,
            "/" if tight(k) && tight(k + 1) => k + 1,
            _ => return false,
        };
        // "h" is an hour only after a slash.
        let unit = lexicon::is_time_unit_of_rate(self.low(time)) || self.low(time) == "h" && self.low(k) == "/";
        unit && self.kind(time) == Some(Tok::Word)
            && !matches!(self.low(time + 1), "ago" | "later" | "earlier" | "before" | "after" | "old")
    }

    /// True when the digits at `i` continue a code glued to the letters before them: after a word
    /// and a hyphen ("COVID-19", "scp-173", but not "mid-1950s", "pre-1914" or "Aug-2016"), or
    /// further along a run of marks and digits that began with letters and digits ("scp2-173",
    /// "J1149.5+6663").
    fn continues_code(&self, i: usize) -> bool {
        if self.hyphen_code_at(i) {
            return true;
        }
        let mut k = i;
        for _ in 0..6 {
            if k == 0 || self.gap(k) != Gap::None {
                return false;
            }
            k -= 1;
            let glued_to_letters = k > 0 && self.kind(k - 1) == Some(Tok::Word) && self.low(k - 1) != "c";
            if self.is_num(k) && self.gap(k) == Gap::None && (glued_to_letters || self.hyphen_code_at(k)) {
                return true;
            }
        }
        false
    }

    /// True when the digits at `i` follow a word and a hyphen as part of a code.
    fn hyphen_code_at(&self, i: usize) -> bool {
        if i < 2
            || self.gap(i) != Gap::None
            || self.gap(i - 1) != Gap::None
            || !self.is_dash(i - 1)
            || self.kind(i - 2) != Some(Tok::Word)
        {
            return false;
        }
        let w = self.low(i - 2);
        let qualifies_a_year = matches!(w, "mid" | "pre" | "post" | "early" | "late" | "c" | "ca" | "circa")
            || lexicon::month(w).is_some();
        self.raw(i - 2).chars().all(|c| c.is_ascii_uppercase()) || !qualifies_a_year
    }

    /// A qualifier phrase at `i` that is followed by something numeric.
    fn qualifier_at(&self, i: usize) -> Option<(usize, Bound)> {
        if self.is_punct(i, "~") || self.is_punct(i, "≈") {
            return Some((1, Bound::Approx));
        }
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        // "c." and "ca." before a year.
        if matches!(self.low(i), "c" | "ca") && self.is_punct(i + 1, ".") && self.is_num(i + 2) {
            return Some((2, Bound::Approx));
        }
        if self.low(i) == "approx" && self.is_punct(i + 1, ".") {
            return Some((2, Bound::Approx));
        }
        let mut words = [""; 5];
        let mut n = 0;
        while n < 5 && self.kind(i + n) == Some(Tok::Word) {
            words[n] = self.low(i + n);
            n += 1;
        }
        let (len, bound) = lexicon::qualifier_phrase(&words[..n])?;
        let next = i + len;
        // Only when a number follows: "about the war" is no qualifier.
        let numeric = self.is_num(next)
            || (self.kind(next) == Some(Tok::Word) && self.number_word_at(next).is_some())
            || self.hyphen_fraction_at(next).is_some()
            || lexicon::vulgar_fraction(self.raw(next)).is_some()
            || (self.is_dash(next) && self.is_num(next + 1))
            || matches!(self.raw(next), "$" | "£" | "€" | "a" | "an" | "half" | "midnight" | "noon")
            || (self.raw(next) == "c" && self.is_num(next + 1));
        numeric.then_some((len, bound))
    }

    // ------------------------------------------------------------------------------ dates

    /// Dates, times, years and decades starting at `i`, with the qualifier before them.
    fn dated_at(&self, i: usize, bound: Option<Bound>) -> Option<Found> {
        let approx = match bound {
            None => false,
            Some(Bound::Approx) => true,
            // "nearly four years ago": an amount of time counted back is a date, as near as "about"
            // would make it.
            Some(Bound::Nearly) => {
                let (end, mut value) = self.ago_at(i, self.document_date)?;
                value.approx = true;
                return Some(Found { first: i, end, kind: value.kind(), value: Value::Date(value), noun: None });
            }
            // "over 1500 people" or "within 6 months": not a date.
            Some(_) => return None,
        };
        let (end, value) = self
            .month_range_at(i)
            .or_else(|| self.date_time_at(i, approx))
            .or_else(|| self.year_like_at(i))
            .or_else(|| self.time_at(i).map(|(end, t)| (end, DateValue { time: Some(t), ..DateValue::default() })))
            .or_else(|| self.day_only_at(i))
            .or_else(|| self.holiday_at(i))
            .or_else(|| self.relative_at(i))?;
        let (end, mut value) = if approx { None } else { self.period_after(end, &value) }.unwrap_or((end, value));
        // "24 August 79": two digits right after a day and month are its year, but whether of the
        // first century or the twentieth the date does not say. They belong to the date, which keeps
        // no year, rather than counting 79 of something.
        let no_year =
            value.start.year.is_none() && value.start.day.is_some() && value.end.is_none() && value.time.is_none();
        let two_digits = self.is_num(end) && self.raw(end).len() == 2 && self.gap(end) == Gap::Space;
        let bare = self
            .kind(end + 1)
            .is_none_or(|t| t == Tok::Punct && !matches!(self.raw(end + 1), "%" | "°" | "/" | ":" | "."))
            || self.is_punct(end + 1, ".") && !self.is_num(end + 2);
        let end =
            if no_year && two_digits && bare && lexicon::month(self.low(end - 1)).is_some() { end + 1 } else { end };
        if approx {
            if let Some(t) = value.time.as_mut() {
                // On a date with a time, "about" qualifies the time of day.
                t.approx = true;
            } else {
                value.approx = true;
            }
        }
        let end = self.trailing_approx(end).map_or(end, |e| {
            value.approx = true;
            e
        });
        Some(Found { first: i, end, kind: value.kind(), value: Value::Date(value), noun: None })
    }

    /// A date or year (`first`, ending at `end`) and a later one after "to", "through", "until" or a
    /// dash: "1941 to May 1945", "from Feb 1st to March 2019", "June 1941–1944", "April in 1916 to
    /// June in 1917". The second needs its year; the first takes it when it has none. Two years are
    /// left to [`Scanner::year_range_end`].
    fn period_after(&self, end: usize, first: &DateValue) -> Option<(usize, DateValue)> {
        if first.end.is_some() || first.time.is_some() || first.approx || !first.has_date() {
            return None;
        }
        let to = self.is_range_word(end) && self.gap(end) != Gap::Wide;
        if !(to || self.is_dash(end) && self.gap(end + 1) != Gap::Wide) {
            return None;
        }
        // "to mid-October 1941": the part of the month is read as the month.
        let c = match self.early_mid_late_at(end + 1) {
            (Some(_), after) if to => after,
            _ => end + 1,
        };
        let (e, second) = self.present_at(c, to).or_else(|| self.date_at(c)).or_else(|| {
            let (e, year) = self.year_at(c).filter(|(e, _)| self.plausible_year(c, *e))?;
            Some((e, DateValue::years(year, year)))
        })?;
        if second.end.is_some() || second.time.is_some() || second.approx {
            return None;
        }
        let mut start = first.start;
        let stop = second.start;
        let single = |p: &DatePoint| p.year.filter(|y| y.lo == y.hi).map(|y| y.lo);
        let stop_year = single(&stop)?;
        // Two years are read as a range of years, or not at all.
        let year_only = |p: &DatePoint| p.month.is_none() && p.day.is_none();
        if year_only(&start) && year_only(&stop) {
            return None;
        }
        match start.year {
            None => {
                let month = start.month?;
                let later = (month, start.day.unwrap_or(1)) > (stop.month.unwrap_or(12), stop.day.unwrap_or(31));
                start.year = Some(YearSpan::single(if later { stop_year - 1 } else { stop_year }));
            }
            Some(y) if y.lo != y.hi => return None,
            Some(_) => {}
        }
        let value = DateValue { end: Some(stop), ..DateValue::point(start) };
        let (lo, _) = DateValue::point(start).day_span()?;
        let (stop_lo, _) = DateValue::point(stop).day_span()?;
        (lo < stop_lo).then_some((e, value))
    }

    /// The end of a period that runs to the day of writing, the document's date: "to today", "until
    /// now", "to date", "till the current date" and "to the present (day)" after a word (`worded`),
    /// "–present" and "–today" after a dash that touches both. Without the document's date the period
    /// has no known end.
    fn present_at(&self, c: usize, worded: bool) -> Option<(usize, DateValue)> {
        let today = self.document_date?;
        // A dash with space around it opens an aside as often: "in 1991 – now a museum – it".
        let tight = worded || self.gap(c) == Gap::None && self.gap(c - 1) == Gap::None;
        let end = match (self.low(c), self.low(c + 1), self.low(c + 2)) {
            ("present" | "today", ..) if self.kind(c) == Some(Tok::Word) && tight => c + 1,
            ("now", ..) if worded => c + 1,
            ("date", ..) if worded => c + 1,
            ("current", "date", _) if worded => c + 2,
            ("the", "current", "date") if worded => c + 3,
            ("the", "present", "day") if worded => c + 3,
            ("the", "present", _) if worded => c + 2,
            _ => return None,
        };
        Some((end, DateValue::point(today)))
    }

    /// A range of whole months: "June–August 1941", "from March to May 1917", "Jan.-Feb. 2017",
    /// "October to December". A year after the second month is the year of both, and a first month
    /// later in the year than the second falls in the year before ("November to February 1942").
    /// A day after either month makes it a range of days, read elsewhere; "between March and May"
    /// is left as two months, as "between 1949 and 1961" is two years.
    fn month_range_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let first = self.range_month(i)?;
        let j = self.after_month(i);
        let to = self.is_range_word(j);
        if !(to || self.is_dash(j) && self.gap(j + 1) != Gap::Wide) {
            return None;
        }
        let last = self.range_month(j + 1)?;
        let mut end = self.after_month(j + 1);
        if self.is_num(end) && self.year_at(end).is_none() {
            return None;
        }
        let of = if self.is_word(end, "of") || self.is_word(end, "in") { 1 } else { 0 };
        let year = self.year_at(self.skip_comma(end + of)).map(|(after, year)| {
            end = after;
            year
        });
        let point = |year: Option<i32>, month: u8| DatePoint {
            year: year.map(YearSpan::single),
            month: Some(month),
            day: None,
        };
        let first_year = year.map(|y| if first > last { y - 1 } else { y });
        Some((end, DateValue { end: Some(point(year, last)), ..DateValue::point(point(first_year, first)) }))
    }

    /// A month named as one end of a range of months: capitalised, or a name that is no other
    /// common word ("may" and "march" are), and not followed by a day.
    fn range_month(&self, i: usize) -> Option<u8> {
        let month = lexicon::month(self.low(i))?;
        if !self.is_capitalized(i) && matches!(self.low(i), "may" | "march" | "mar") {
            return None;
        }
        let next = self.after_month(i);
        if self.is_num(next) && self.year_at(next).is_none() {
            return None;
        }
        Some(month)
    }

    /// The position after the month named at `i` and, for an abbreviation, its dot: a full name's
    /// dot ends the sentence.
    fn after_month(&self, i: usize) -> usize {
        if self.raw(i).len() <= 4 && !matches!(self.low(i), "may" | "june" | "july") {
            self.after_dot(i)
        } else {
            i + 1
        }
    }

    /// A calendar date at `i`, optionally with a time of day before or after it.
    fn date_time_at(&self, i: usize, approx: bool) -> Option<(usize, DateValue)> {
        // A time first: "11:40 p.m. on 14 April 1912".
        if let Some((t_end, time)) = self.time_at(i) {
            let mut j = t_end;
            let connected = self.is_word(j, "on") || self.is_punct(j, ",");
            if connected {
                j += 1;
                if self.is_word(j, "the") {
                    j += 1;
                }
            }
            // "9 a.m. EST Tuesday", "20:17 UTC on 20 July": a time zone between them is passed over.
            let mut connected = connected;
            if !connected && self.is_time_zone(j) {
                j += 1;
                if self.is_punct(j, ",") {
                    j += 1;
                } else if self.is_word(j, "on") {
                    connected = true;
                    j += 1;
                    if self.is_word(j, "the") {
                        j += 1;
                    }
                }
            }
            // "3pm 5/15/2018", "8pm today", "10pm tonight", "8am this morning", "noon Thursday", "at
            // noon on Friday".
            let date = self
                .date_at(j)
                .or_else(|| if connected { None } else { self.relative_day_at(j) })
                .or_else(|| self.weekday_at(j));
            if let Some((d_end, date)) = date {
                return Some((d_end, DateValue { time: Some(TimeOfDay { approx, ..time }), ..date }));
            }
            return None;
        }
        let (d_end, mut date) = self.date_at(i).or_else(|| self.relative_day_at(i)).or_else(|| self.weekday_at(i))?;
        // "this morning" alone is a part of a day, not a date; only a time after it makes one.
        let part_of_day_only = self.is_word(i, "this");
        if let Some(range) = self.date_range_after(i, d_end, &date) {
            return Some(range);
        }
        // Then a time after it: "9 Nov 1989, around 8 p.m.", "April 14th 1912 at about 2.20am".
        let mut j = self.skip_comma(d_end);
        let tight = |k: usize| self.gap(k) == Gap::None;
        let clock_at = |k: usize| self.is_num(k) && (self.is_punct(k + 1, ":") || self.meridiem(k + 1).is_some());
        if self.is_word(j, "at") {
            j += 1;
        } else if j == d_end && self.raw(j) == "T" && tight(j) && tight(j + 1) && clock_at(j + 1) {
            // "2016-12-16T12:23:59": an ISO 8601 date and time.
            j += 1;
        } else if self.is_dash(j) && clock_at(j + 1) {
            // "6 Jan 2017 - 6:37am".
            j += 1;
        }
        let time_approx = match self.qualifier_at(j) {
            Some((len, Bound::Approx)) => {
                j += len;
                true
            }
            _ => false,
        };
        // "October 14 8:00am", "23.04.2022 14:55": a clock time right after a day belongs to it.
        let clock_follows = clock_at(j);
        if (j > d_end || clock_follows) && date.start.day.is_some() {
            if let Some((t_end, mut time)) = self.time_at(j) {
                time.approx |= time_approx;
                date.time = Some(time);
                // "Wed Oct 26 15:50:06 2016": the year of a dated clock time after it, where no noun
                // follows to make the number a count.
                let year = (date.start.year.is_none() && self.gap(t_end) == Gap::Space)
                    .then(|| self.year_at(t_end))
                    .flatten()
                    .filter(|&(y_end, _)| {
                        let counted = self.word_at_gap(y_end).is_some_and(|w| !lexicon::is_stop_word(w));
                        !counted && self.plausible_year(t_end, y_end)
                    });
                if let Some((y_end, year)) = year {
                    date.start.year = Some(YearSpan::single(year));
                    return Some((y_end, date));
                }
                return Some((t_end, date));
            }
        }
        (!part_of_day_only).then_some((d_end, date))
    }

    /// A second full date after a first one (starting at `i`, ending at `end`) that makes the two an
    /// interval: "Oct. 2 to October 22", "January 12, 2016 - 01/22/2016", "between January 1st and April
    /// 5th". Both need a day; the first takes the second's year when it has none of its own, and the
    /// second the first's when the second day falls later in that year.
    fn date_range_after(&self, i: usize, end: usize, first: &DateValue) -> Option<(usize, DateValue)> {
        if first.end.is_some() || first.time.is_some() || first.start.day.is_none() {
            return None;
        }
        let c = self.day_range_connector(end, i)?;
        let (e, second) = self.date_at(c)?;
        if second.end.is_some() || second.start.day.is_none() || second.start.month.is_none() {
            return None;
        }
        let mut start = first.start;
        let mut stop = second.start;
        // "Friday the 11th until Tuesday the 15th of March": the first day is in the second's month,
        // or in the month before when it is the later day of the month.
        if start.month.is_none() {
            let month = stop.month?;
            start.month = Some(if start.day <= stop.day {
                month
            } else if month == 1 {
                12
            } else {
                month - 1
            });
        }
        match (start.year, stop.year) {
            (None, Some(y)) => {
                let year = if (start.month, start.day) <= (stop.month, stop.day) { y.lo } else { y.lo - 1 };
                start.year = Some(YearSpan::single(year));
            }
            // "from 12 August 1915 until October 22": the second day falls later in the first's year.
            (Some(y), None) => stop.year = Some(y),
            _ => {}
        }
        let key = |p: &DatePoint| (p.year.map(|y| y.lo), p.month, p.day);
        if key(&stop) <= key(&start) {
            return None;
        }
        // A month lent to the first day must have that day: not "the 31st until the 2nd of May".
        let (year, month) = (start.year.map_or(2000, |y| y.lo), start.month?);
        if start.day? > crate::value::days_in_month(year, month) {
            return None;
        }
        Some((e, DateValue { end: Some(stop), ..DateValue::point(start) }))
    }

    /// A calendar date with at least a month: the forms of English and European prose.
    fn date_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let mut i = i;
        let mut after_weekday = false;
        // "Friday, 24 February 1956", "Wed. 22 Jan": the weekday belongs to the date.
        let short = lexicon::is_short_weekday(self.low(i)) && self.is_capitalized(i);
        if self.kind(i) == Some(Tok::Word) && (lexicon::is_weekday(self.low(i)) || short) {
            let j = if short && self.is_punct(i + 1, ".") { i + 2 } else { i + 1 };
            let j = self.skip_comma(j);
            if self.is_num(j) || lexicon::month(self.low(j)).is_some() || self.is_word(j, "the") {
                i = j;
                after_weekday = true;
            }
        }
        self.numeric_date_at(i)
            .or_else(|| self.day_month_at(i))
            .or_else(|| self.month_first_at(i))
            .or_else(|| self.day_to_month_first_at(i))
            .or_else(|| self.season_at(i))
            .or_else(|| self.year_then_month_at(i))
            .or_else(|| self.quarter_code_at(i))
            .or_else(|| self.year_quarter_at(i))
            .or_else(|| if after_weekday { self.day_after_weekday_at(i) } else { None })
    }

    /// A day of the month after a weekday: "Tuesday the eleventh", "Monday the 27th". Alone, "the
    /// second" is as often a rank; after a weekday it can only be a day.
    fn day_after_weekday_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if !self.is_word(i, "the") {
            return None;
        }
        let (end, day) = self.day_at(i + 1).filter(|(e, _)| *e == i + 3).or_else(|| self.word_day_at(i + 1))?;
        if self.kind(end) == Some(Tok::Word) && self.gap(end) != Gap::Wide && !lexicon::is_stop_word(self.low(end)) {
            return None;
        }
        Some((end, DateValue::point(DatePoint { year: None, month: None, day: Some(day) })))
    }

    /// A quarter or a half of a year in business shorthand: "Q3 2016", "2016 Q3", "Q3 of 2016", "Q4",
    /// "H2 2016", "2016-H2", "2016H2". A quarter without a year is in the document's year, as "the
    /// third quarter" is; a half needs its year ("H2" alone is as often hydrogen).
    fn quarter_code_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let tight = |k: usize| self.gap(k) == Gap::None;
        // The year first: "2016 Q3", "2016-Q3", "2016Q3".
        let (year_before, c) = match self.year_at(i) {
            Some((e, y)) if self.raw(i).len() == 4 && self.is_dash(e) && tight(e) && tight(e + 1) => (Some(y), e + 1),
            Some((e, y)) if self.raw(i).len() == 4 && self.gap(e) != Gap::Wide => (Some(y), e),
            _ => (None, i),
        };
        let letter = match self.raw(c) {
            "Q" | "q" => 'q',
            "H" | "h" => 'h',
            _ => return None,
        };
        if c > 0 && tight(c) && self.kind(c - 1) == Some(Tok::Word) || !tight(c + 1) {
            return None;
        }
        let n = self.num_value(c + 1).filter(|_| self.raw(c + 1).len() == 1)?;
        let parts = if letter == 'q' { 4 } else { 2 };
        // "Q3:" and "Q3)" number questions in a list.
        if !(1..=parts).contains(&n)
            || self.kind(c + 2) == Some(Tok::Word) && tight(c + 2)
            || self.is_punct(c + 2, ":")
            || self.is_punct(c + 2, ")")
        {
            return None;
        }
        let mut end = c + 2;
        let year = year_before.or_else(|| {
            let j = if self.is_word(end, "of") { end + 1 } else { end };
            let (e, y) = self.year_at(j).filter(|(e, _)| self.gap(j) != Gap::Wide && self.plausible_year(j, *e))?;
            end = e;
            Some(y)
        });
        let year = match (letter, year) {
            ('h', None) => return None,
            ('q', None) => self.document_date.and_then(|d| d.year).map(|y| y.lo),
            (_, y) => y,
        };
        let months = 12 / parts as u8;
        let first = (n as u8 - 1) * months + 1;
        Some((end, DateValue::months(year, first, first + months - 1)))
    }

    /// ISO `1956-02-24` and `1956-02`, European `24.02.1956`, and slashed dates where the order is
    /// plain (`02/22/2016`, `22/02/2016`; `02/03/2016` could be either and is no claim).
    fn numeric_date_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let tight = |k: usize| self.gap(k) == Gap::None;
        let a = self.num_value(i)?;
        if let Some(found) = self.slashed_date_at(i) {
            return found;
        }
        // "2016-11": a year and a month, joined by a hyphen; "1708–09", with a dash, is two years,
        // and so is "the winter of 1708-09", a season that spans two.
        let winter = i > 0 && self.is_word(i - 1, "winter")
            || i > 1 && self.is_word(i - 2, "winter") && self.is_word(i - 1, "of");
        if self.raw(i).len() == 4
            && self.raw(i + 1) == "-"
            && !winter
            && tight(i + 1)
            && tight(i + 2)
            && self.raw(i + 2).len() == 2
            && !(self.is_dash(i + 3) && tight(i + 3))
        {
            let m = self.num_value(i + 2)?;
            if (1..=12).contains(&m) && (1000..=2200).contains(&a) {
                let point = DatePoint { year: Some(YearSpan::single(a as i32)), month: Some(m as u8), day: None };
                return Some((i + 3, DateValue::point(point)));
            }
        }
        if let Some(found) = self.numeric_year_month_at(i) {
            return Some(found);
        }
        let sep_dash = self.is_dash(i + 1);
        let sep_dot = self.is_punct(i + 1, ".");
        if !(sep_dash || sep_dot) || !tight(i + 1) || !tight(i + 2) || !tight(i + 3) || !tight(i + 4) {
            return None;
        }
        let b = self.num_value(i + 2)?;
        let same_sep = if sep_dash { self.is_dash(i + 3) } else { self.is_punct(i + 3, ".") };
        if !same_sep {
            return None;
        }
        let c = self.num_value(i + 4)?;
        let (y, m, d) =
            if sep_dash && self.raw(i).len() == 4 && self.raw(i + 2).len() == 2 && self.raw(i + 4).len() == 2 {
                (a, b, c)
            } else if sep_dot && self.raw(i).len() <= 2 && self.raw(i + 2).len() <= 2 && self.raw(i + 4).len() == 4 {
                (c, b, a)
            } else if sep_dot && self.raw(i).len() == 4 && self.raw(i + 2).len() <= 2 && self.raw(i + 4).len() <= 2 {
                // "2015.5.13": a year first is followed by its month, as in ISO dates.
                (a, b, c)
            } else {
                return None;
            };
        let point = valid_point(y, m, d)?;
        // "24.02.1956." ends a sentence; "24.02.1956.5" is not a date.
        if self.is_punct(i + 5, ".") && self.is_num(i + 6) && tight(i + 6) {
            return None;
        }
        Some((i + 5, DateValue::point(point)))
    }

    /// A month and a four-digit year in figures: "2016/11", "11/2016", "11-2016", "2015-3", "2016 - 11".
    /// The separator is a slash or a dash, tight or spaced on both sides alike; the month has one or
    /// two digits. A dash after a year that could end a year range ("1939 - 45") is left to the range.
    fn numeric_year_month_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let sep = i + 1;
        if !(self.is_dash(sep) || self.is_punct(sep, "/")) || self.gap(sep + 1) == Gap::Wide {
            return None;
        }
        // Part of a longer chain of figures ("133-03-03-2020") is a code, not a date.
        if i > 0 && self.gap(i) == Gap::None && (self.is_dash(i - 1) || self.is_punct(i - 1, "/")) {
            return None;
        }
        // A third part makes it a full date ("2016/11/03"), read elsewhere.
        if (self.is_dash(i + 3) || self.is_punct(i + 3, "/") || self.is_punct(i + 3, ",")) && self.is_num(i + 4) {
            return None;
        }
        let (a, b) = (self.num_value(i)?, self.num_value(i + 2)?);
        let (year, month) = if self.raw(i).len() == 4 && self.raw(i + 2).len() <= 2 {
            // "2016-11" tight is read by the ISO form; a two-digit end after a year may end a range.
            if self.is_dash(sep) && b > a % 100 {
                return None;
            }
            (a, b)
        } else if self.raw(i).len() <= 2 && self.raw(i + 2).len() == 4 {
            (b, a)
        } else {
            return None;
        };
        if !(1..=12).contains(&month) || !(1900..=2100).contains(&year) {
            return None;
        }
        // "1/2000 of a second" is a fraction; "11-2016 units" a range of counts.
        if !self.plausible_year(i + 2, i + 3) || self.is_word(i + 3, "of") {
            return None;
        }
        let point = DatePoint { year: Some(YearSpan::single(year as i32)), month: Some(month as u8), day: None };
        Some((i + 3, DateValue::point(point)))
    }

    /// A year followed by a month name: "2016 June", "2016 November". The month must not start a name
    /// ("1956 May Day").
    fn year_then_month_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if self.raw(i).len() != 4 {
            return None;
        }
        let (end, year) = self.year_at(i)?;
        if let Some(found) = self.year_month_day_at(end, year) {
            return Some(found);
        }
        let (k, month) = self.month_at(end)?;
        if self.gap(end) == Gap::Wide || self.is_capitalized(k) || self.is_num(k) {
            return None;
        }
        // A full month name takes no abbreviation dot: a dot after it ends the sentence.
        let k = if self.raw(end).len() > 4 { end + 1 } else { k };
        let point = DatePoint { year: Some(YearSpan::single(year)), month: Some(month), day: None };
        Some((k, DateValue::point(point)))
    }

    /// A month name and a day tied to a year ending at `end` by dashes or slashes: "2019-aug-01",
    /// "2020/Sep/23".
    fn year_month_day_at(&self, end: usize, year: i32) -> Option<(usize, DateValue)> {
        let tight = |k: usize| self.gap(k) == Gap::None;
        let slash = self.is_punct(end, "/");
        let sep = |k: usize| if slash { self.is_punct(k, "/") } else { self.is_dash(k) };
        if !(sep(end) && sep(end + 2) && (end..=end + 3).all(tight) && self.kind(end + 1) == Some(Tok::Word)) {
            return None;
        }
        let month = lexicon::month(self.low(end + 1))?;
        let (k, day) = self.day_at(end + 3)?;
        self.build_date(Some(year), month, day, None).map(|v| (k, v))
    }

    /// `MM/DD/YYYY` or `DD/MM/YYYY`, and the same with dashes (`21-04-2016`), and `YYYY/MM/DD`. The
    /// outer `Option` is whether there is such a date at all; the inner one is `None` when its order
    /// cannot be told, so that its parts are no claims either.
    #[allow(clippy::option_option)]
    fn slashed_date_at(&self, i: usize) -> Option<Option<(usize, DateValue)>> {
        let tight = |k: usize| self.gap(k) == Gap::None;
        let sep = |k: usize| if self.is_dash(i + 1) { self.is_dash(k) } else { self.is_punct(k, "/") };
        if !(sep(i + 1) && sep(i + 3) && (1..=4).all(|k| tight(i + k))) {
            return None;
        }
        // Part of a longer chain of figures ("133-03-03-2020") is a code.
        if i > 0 && tight(i) && (self.is_dash(i - 1) || self.is_punct(i - 1, "/") || self.is_num(i - 1)) {
            return None;
        }
        let (a, b, c) = (self.num_value(i)?, self.num_value(i + 2)?, self.num_value(i + 4)?);
        let short = |k: usize| self.raw(k).len() <= 2;
        // "2015/08/12": the year first is always followed by the month. ISO dates with dashes are
        // read elsewhere.
        if self.raw(i).len() == 4 && short(i + 2) && short(i + 4) && !self.is_dash(i + 1) {
            return Some(valid_point(a, b, c).map(|p| (i + 5, DateValue::point(p))));
        }
        if self.raw(i + 4).len() != 4 || !short(i) || !short(i + 2) {
            return None;
        }
        let (m, d) = match (a > 12, b > 12) {
            (false, true) => (a, b),
            (true, false) => (b, a),
            _ if a == b => (a, b),
            _ => return Some(None),
        };
        Some(valid_point(c, m, d).map(|p| (i + 5, DateValue::point(p))))
    }

    /// A day number with an optional ordinal suffix at `i`: "24", "24th".
    fn day_at(&self, i: usize) -> Option<(usize, u8)> {
        let v = self.num_value(i)?;
        if self.raw(i).len() > 2 || !(1..=31).contains(&v) {
            return None;
        }
        let mut end = i + 1;
        if self.kind(end) == Some(Tok::Word) && self.gap(end) == Gap::None {
            if !matches!(self.low(end), "st" | "nd" | "rd" | "th") {
                return None;
            }
            end += 1;
        }
        Some((end, v as u8))
    }

    /// An ordinal day in words: "fourteenth".
    fn word_day_at(&self, i: usize) -> Option<(usize, u8)> {
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        let w = self.low(i);
        if let Some(v) = lexicon::ordinal_word(w).filter(|v| *v <= 31) {
            return Some((i + 1, v as u8));
        }
        // "twenty-fourth", "thirty-first".
        let tens = lexicon::small_number(w).filter(|v| *v == 20 || *v == 30)?;
        if self.is_dash(i + 1) && self.gap(i + 1) == Gap::None && self.gap(i + 2) == Gap::None {
            let unit = lexicon::ordinal_word(self.low(i + 2)).filter(|v| *v < 10)?;
            let v = tens + unit;
            return (v <= 31).then_some((i + 3, v as u8));
        }
        // "twenty second", "thirty first" written apart.
        if self.kind(i + 1) == Some(Tok::Word) && self.gap(i + 1) == Gap::Space {
            let unit = lexicon::ordinal_word(self.low(i + 1)).filter(|v| *v < 10)?;
            let v = tens + unit;
            return (v <= 31).then_some((i + 2, v as u8));
        }
        None
    }

    /// A month name at `i`, with its abbreviation dot.
    fn month_at(&self, i: usize) -> Option<(usize, u8)> {
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        let m = lexicon::month(self.low(i))?;
        let raw = self.raw(i);
        // "may" and "march" are verbs, "mar" and "dec" are words: lower-case short forms need a dot or
        // a number beside them, which every caller checks; "May" is trusted only when capitalised.
        if raw == "may" || raw == "march" {
            let next_is_num = self.is_num(i + 1) || (self.is_word(i + 1, "of") && self.is_num(i + 2));
            let prev_is_num = i > 0 && (self.is_num(i - 1) || self.is_word(i - 1, "of"));
            if !(next_is_num && prev_is_num) {
                return None;
            }
        }
        // "september.16th": a dot tied on both sides joins a full month name to its day.
        if self.is_punct(i + 1, ".")
            && self.gap(i + 1) == Gap::None
            && self.gap(i + 2) == Gap::None
            && self.is_num(i + 2)
        {
            return Some((i + 2, m));
        }
        Some((self.after_month(i), m))
    }

    /// A year at `i`: three or four digits, 100..=2200, with an optional era. With its era in
    /// capitals after it, a year may have one or two digits: "44 BC", "43 AD", "14 CE".
    fn year_at(&self, i: usize) -> Option<(usize, i32)> {
        if self.kind(i) == Some(Tok::Punct) {
            return self.clipped_year_at(i);
        }
        let v = self.num_value(i)?;
        let len = self.raw(i).len();
        let era = self.era_after(i + 1);
        let short = era.is_some_and(|(_, _, capitals)| capitals) && len <= 2 && v >= 1;
        // Before the common era a year may be far back: "3000 BC".
        let far_back = era.is_some_and(|(_, back, _)| back) && len == 4;
        // "0735 GMT" is a time and "0400" a code: a year has no leading zero.
        if !(short || far_back || (3..=4).contains(&len) && (100..=2200).contains(&v)) || self.raw(i).starts_with('0') {
            return None;
        }
        // Three-digit years need their era ("476 AD"); otherwise they are counts.
        if len == 3 && era.is_none() {
            return None;
        }
        if self.digit_group_after(i) {
            return None;
        }
        let year = v as i32;
        Some(match era {
            Some((end, true, _)) => (end, 1 - year),
            Some((end, false, _)) => (end, year),
            None => (i + 1, year),
        })
    }

    /// A year written as its last two digits after an apostrophe: "'87", "the summer of ’69". "'50s" is
    /// a decade, and an apostrophe that touches what comes before it marks no year: it ends a word
    /// ("the Smiths' 40") or follows feet ("5'10\"").
    fn clipped_year_at(&self, i: usize) -> Option<(usize, i32)> {
        if !matches!(self.raw(i), "'" | "’") {
            return None;
        }
        let k = i + 1;
        let glued = i > 0 && self.gap(i) == Gap::None;
        if glued || !self.is_num(k) || self.gap(k) != Gap::None || self.raw(k).len() != 2 {
            return None;
        }
        let decade = self.gap(k + 1) == Gap::None && (self.is_word(k + 1, "s") || matches!(self.raw(k + 1), "'" | "’"));
        if decade || self.digit_group_after(k) {
            return None;
        }
        Some((k + 1, self.century_of(self.num_value(k)? as i32)))
    }

    /// The year that two written digits stand for: in the century of the last year the block has
    /// dated ("in 1848 … by '49"), else the last such year up to the document's date, else in the
    /// twentieth century, as a decade without its century is ("the '50s").
    fn century_of(&self, two: i32) -> i32 {
        let story = self.year_anchor.get().or(self.anchor.get()).and_then(|d| d.year);
        if let Some(year) = story {
            return year.lo - year.lo.rem_euclid(100) + two;
        }
        match self.document_date.and_then(|d| d.year) {
            Some(now) => {
                let year = now.lo - now.lo.rem_euclid(100) + two;
                if year > now.lo { year - 100 } else { year }
            }
            None => 1900 + two,
        }
    }

    /// The era written at `i`, after a year: the index after it, whether it counts back (BC, BCE),
    /// and whether it is written in capitals.
    fn era_after(&self, i: usize) -> Option<(usize, bool, bool)> {
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        let capitals = self.raw(i).bytes().all(|b| b.is_ascii_uppercase());
        let dotted = |second: &str| {
            self.is_punct(i + 1, ".")
                && self.low(i + 2) == second
                && self.is_punct(i + 3, ".")
                && self.gap(i + 2) == Gap::None
        };
        match self.low(i) {
            "bc" | "bce" => Some((i + 1, true, capitals)),
            "ad" | "ce" => Some((i + 1, false, capitals)),
            "b" if dotted("c") => Some((i + 4, true, capitals)),
            "a" if dotted("d") => Some((i + 4, false, capitals)),
            _ => None,
        }
    }

    /// A range of years whose era follows only the second year: "480–479 BC", "from 431 to 404 BC",
    /// "20–19 BC", "43–410 AD". The era makes both figures years, and they must run forward in it.
    fn era_range_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if self.raw(i).len() > 4 || self.raw(i).starts_with('0') || self.era_after(i + 1).is_some() {
            return None;
        }
        let first = i32::try_from(self.num_value(i)?).ok()?;
        let j = i + 1;
        let joined = self.is_dash(j) && self.gap(j + 1) != Gap::Wide || self.is_range_word(j);
        if first == 0 || !joined || self.digit_group_after(i) || self.digit_group_after(j + 1) {
            return None;
        }
        let (end, last) = self.year_at(j + 1)?;
        let (_, back, _) = self.era_after(j + 2)?;
        let first = if back { 1 - first } else { first };
        (first < last && last - first < 700).then(|| (end, DateValue::years(first, last)))
    }

    /// True when more digit groups follow the number at `i`: a year is not followed by any ("1,500"
    /// is a number, "1912.5" too).
    fn digit_group_after(&self, i: usize) -> bool {
        (self.is_punct(i + 1, ",") || self.is_punct(i + 1, ".")) && self.gap(i + 2) == Gap::None && self.is_num(i + 2)
    }

    /// A year after its era, written in capitals: "AD 138", "A.D. 1066". The era says it is a year,
    /// so it may have one to four digits.
    fn era_first_at(&self, i: usize) -> Option<(usize, DateValue)> {
        // Only the common era is named before its years.
        let (start, false, true) = self.era_after(i)? else { return None };
        if !matches!(self.low(i), "ad" | "a") {
            return None;
        }
        if self.gap(start) == Gap::None {
            return None;
        }
        self.said_year_at(start)
    }

    /// One to four digits at `i` that the words around them say are a year (after its era, after
    /// "the year"): 1 to 2200, no leading zero, no digit group after them.
    fn said_year_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let digits = self.raw(i);
        let year = self.num_value(i).filter(|y| (1..=2200).contains(y) && digits.len() <= 4)?;
        if digits.starts_with('0') || self.digit_group_after(i) {
            return None;
        }
        let year = year as i32;
        Some((i + 1, DateValue::years(year, year)))
    }

    /// A year named as one: "the year 476", "the year 1000". The words say it is a year, so it may
    /// have one to four digits; a year with its era is read with it. Without "the", "year" names a
    /// year of three or four digits, or of a hundred or more in words ("by year 1500", "year two
    /// hundred and sixty seven"), with no noun after it: "Year 3 pupils", "year two of the war" and
    /// "year 1500 prices" are not years.
    fn named_year_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if i < 1 || !self.is_word(i - 1, "year") || self.era_after(i + 1).is_some() {
            return None;
        }
        if i >= 2 && self.is_word(i - 2, "the") {
            return self.said_year_at(i);
        }
        let no_noun = |end: usize| self.kind(end) != Some(Tok::Word) || lexicon::is_stop_word(self.low(end));
        if self.is_num(i) {
            return self.said_year_at(i).filter(|(end, _)| (3..=4).contains(&self.raw(i).len()) && no_noun(*end));
        }
        let p = self.number_word_at(i).filter(|p| p.high.is_none() && p.implied.is_none() && !p.article)?;
        let whole = p.value.fract() == 0.0 && (100.0..=2200.0).contains(&p.value);
        (whole && no_noun(p.end)).then(|| (p.end, DateValue::years(p.value as i32, p.value as i32)))
    }

    /// "24 February 1956", "24th of February", "24–25 February 1956", "14/15 April", "the
    /// fourteenth of July, 1789".
    fn day_month_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let mut j = i;
        if self.is_word(j, "the") {
            j += 1;
        }
        // A day said as a cardinal ("twenty five January 1986") only with its year after the month, as
        // after a month first; "one May 1940 morning" is a morning in May.
        let cardinal_day = || {
            let p = self.number_word_at(j).filter(|p| p.high.is_none() && p.implied.is_none() && !p.article)?;
            let valid = p.value.fract() == 0.0 && (2.0..=31.0).contains(&p.value);
            let (month_end, _) = self.month_at(p.end)?;
            (valid && self.year_after_date(month_end).is_some()).then_some((p.end, p.value as u8))
        };
        let (mut k, day) = self.day_at(j).or_else(|| self.word_day_at(j)).or_else(cardinal_day)?;
        let mut day2 = None;
        if let Some(c) = self.day_range_connector(k, j) {
            let c = if self.is_word(c, "the") { c + 1 } else { c };
            if let Some((k2, d2)) = self.day_at(c).or_else(|| self.word_day_at(c)) {
                if d2 > day {
                    day2 = Some(d2);
                    k = k2;
                }
            }
        }
        // "the 4th day of July": an ordinal day, and in words only after "the" ("the twenty-third
        // day of September"); "four days of March" is a length of time.
        if self.is_word(k, "day") && self.is_word(k + 1, "of") && day2.is_none() {
            let ordinal = k > j + 1 || self.is_word(i, "the") || lexicon::ordinal_word(self.low(j)).is_some();
            if !ordinal {
                return None;
            }
            k += 1;
        }
        // "16. Nov. 2016": a day with a dot; "1-jan", "28/nov": a day tied to its month.
        if (self.is_punct(k, ".") || self.is_dash(k) || self.is_punct(k, "/"))
            && self.gap(k) == Gap::None
            && self.gap(k + 1) != Gap::Wide
            && self.kind(k + 1) == Some(Tok::Word)
            && lexicon::month(self.low(k + 1)).is_some()
        {
            k += 1;
        }
        let of = self.is_word(k, "of");
        if of {
            k += 1;
        }
        // "the 20th of next month": a day of a month named from the document's date.
        if of {
            if let Some((end, year, month)) = self.relative_month_at(k) {
                return self.build_date(Some(year), month, day, day2).map(|v| (end, v));
            }
        }
        // "the 4th of may": after a day and "of", "may" and "march" can only be months.
        let (mut k, month) = match self.month_at(k) {
            Some(found) => found,
            None if of && matches!(self.raw(k), "may" | "march") => (k + 1, lexicon::month(self.low(k))?),
            None => return None,
        };
        let mut year = None;
        if let Some((end, y)) = self.year_after_date(k) {
            year = Some(y);
            k = end;
        }
        self.build_date(year, month, day, day2).map(|v| (k, v))
    }

    /// The year that completes a month, or a day and month, ending at `k`: "24 February, 1956", "the
    /// 4th of July of 1776", "28 June in 1914", "February of 1956", "21 September nineteen
    /// seventy-eight", "October two thousand".
    fn year_after_date(&self, k: usize) -> Option<(usize, i32)> {
        let j = self.skip_comma(k);
        if let Some(found) = self.year_at(j) {
            return Some(found);
        }
        // "05-Aug-2016", "Sep/23/2020", "Dec-2018": a year tied by a dash or a slash.
        if (self.is_dash(k) || self.is_punct(k, "/"))
            && self.gap(k) == Gap::None
            && self.gap(k + 1) == Gap::None
            && self.raw(k + 1).len() == 4
        {
            return self.year_at(k + 1).filter(|(end, _)| self.plausible_year(k + 1, *end));
        }
        if self.is_word(k, "of") || self.is_word(k, "in") {
            let year = self.year_at(k + 1).filter(|(end, _)| self.plausible_year(k + 1, *end));
            if let Some(found) = year.or_else(|| self.spoken_year_at(k + 1, true)) {
                return Some(found);
            }
            // "April of 87": two digits after "of" and a month are its year, when nothing they
            // could count follows.
            let bare = self.kind(k + 2).is_none_or(|t| t == Tok::Punct && !matches!(self.raw(k + 2), "%" | "°" | "/"))
                || self.kind(k + 2) == Some(Tok::Word) && lexicon::is_stop_word(self.low(k + 2));
            let two = self.num_value(k + 1).filter(|_| self.raw(k + 1).len() == 2 && !self.raw(k + 1).starts_with('0'));
            if let Some(two) = two.filter(|_| self.is_word(k, "of") && bare) {
                return Some((k + 2, self.century_of(two as i32)));
            }
        }
        self.spoken_year_at(j, true).or_else(|| self.relative_year_at(j))
    }

    /// A year said in words: "nineteen seventy-eight", "seventeen eighty nine", "nineteen oh five"
    /// and, after a day and month (`after_date`), "eighteen hundred and twelve" and "two thousand and
    /// five", which alone are as often counts. The hundreds are thirteen to twenty: "eleven fifty" and
    /// "twelve thirty" are times of day.
    fn spoken_year_at(&self, i: usize, after_date: bool) -> Option<(usize, i32)> {
        if self.kind(i) != Some(Tok::Word) || self.gap(i) == Gap::Wide && i > 0 {
            return None;
        }
        let found = match lexicon::small_number(self.low(i)).filter(|c| (13..=20).contains(c)) {
            Some(hundreds) => {
                let century = hundreds as i32 * 100;
                let j = i + 1;
                if self.kind(j) != Some(Tok::Word) || self.gap(j) == Gap::Wide {
                    return None;
                }
                if matches!(self.low(j), "oh" | "o" | "zero") {
                    let unit = lexicon::small_number(self.low(j + 1)).filter(|u| (1..=9).contains(u))?;
                    (j + 2, century + unit as i32)
                } else if self.is_word(j, "hundred") {
                    if !after_date {
                        return None;
                    }
                    let k = if self.is_word(j + 1, "and") { j + 2 } else { j + 1 };
                    match self.tens_and_units_at(k) {
                        Some((end, v)) => (end, century + v as i32),
                        None if k == j + 1 => (j + 1, century),
                        None => return None,
                    }
                } else {
                    let (end, v) = self.tens_and_units_at(j).filter(|(_, v)| *v >= 10)?;
                    (end, century + v as i32)
                }
            }
            None if after_date => {
                let p = self.number_word_at(i).filter(|p| p.high.is_none() && p.implied.is_none() && !p.article)?;
                if !(1000.0..=2200.0).contains(&p.value) || p.value.fract() != 0.0 {
                    return None;
                }
                (p.end, p.value as i32)
            }
            None => return None,
        };
        // "nineteen seventy-eight" is no year in "nineteen seventy-eight ships" or "twenty fifteen-minute breaks".
        let more = self.kind(found.0) == Some(Tok::Word) && lexicon::small_number(self.low(found.0)).is_some();
        (!more && self.plausible_year(i, found.0)).then_some(found)
    }

    /// A number from one to ninety-nine in words: "seventy", "seventy-eight", "seventy eight",
    /// "fifteen".
    fn tens_and_units_at(&self, i: usize) -> Option<(usize, u32)> {
        if self.kind(i) != Some(Tok::Word) || self.gap(i) == Gap::Wide {
            return None;
        }
        let v = lexicon::small_number(self.low(i)).filter(|v| *v > 0)?;
        if v >= 20 && v % 10 == 0 {
            let k = if self.is_dash(i + 1) && self.gap(i + 1) == Gap::None { i + 2 } else { i + 1 };
            if self.kind(k) == Some(Tok::Word) && self.gap(k) != Gap::Wide {
                if let Some(u) = lexicon::small_number(self.low(k)).filter(|u| (1..=9).contains(u)) {
                    return Some((k + 1, v + u));
                }
            }
        }
        Some((i + 1, v))
    }

    /// True when "between" or "between the" stands right before token `i`.
    fn follows_between(&self, i: usize) -> bool {
        i > 0 && self.is_word(i - 1, "between") || i > 1 && self.is_word(i - 1, "the") && self.is_word(i - 2, "between")
    }

    /// True when the word at `k` joins the two ends of a range: "to", "until", "till", "through",
    /// "thru".
    fn is_range_word(&self, k: usize) -> bool {
        self.kind(k) == Some(Tok::Word) && matches!(self.low(k), "to" | "through" | "thru" | "until" | "till")
    }

    /// Where the second day of a day range starts, after the first day ending at `k`: "24–25", "14/15",
    /// "3 to 12", "4 till 23", "19 through 20", "3 or 4" (one of the two), and "3 and 12" after
    /// "between" (the first day starts at `first`).
    fn day_range_connector(&self, k: usize, first: usize) -> Option<usize> {
        if (self.is_dash(k) || self.is_punct(k, "/")) && self.gap(k + 1) != Gap::Wide {
            return Some(k + 1);
        }
        if self.is_range_word(k) || self.is_word(k, "or") {
            return Some(k + 1);
        }
        (self.follows_between(first) && self.is_word(k, "and")).then_some(k + 1)
    }

    /// "February 24, 1956", "Feb. 24–25, 1956", "April 14th 1912", "February 1956", "February of
    /// 1956".
    fn month_first_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let (k, month) = self.month_at(i)?;
        let mut j = k;
        if self.is_word(j, "the") {
            j += 1;
        } else if (self.is_dash(j) || self.is_punct(j, "/")) && self.gap(j) == Gap::None && self.gap(j + 1) == Gap::None
        {
            // "Jan-1", "Oct/2".
            j += 1;
        }
        // "June 1941" is month-year, not a day: day_at refuses three or more digits. An ordinal word
        // after the month is a day: "May the eleventh", "Jan first", "September twenty-first".
        // A month in lower case is trusted before a day in words unless it is another word too
        // ("august"; "may" and "march" never get here).
        let trusted = self.is_capitalized(i) || j > k || !matches!(self.low(i), "august" | "aug");
        let day = self.day_at(j).or_else(|| {
            self.word_day_at(j).filter(|(e, _)| {
                // Not "June second-quarter results" or "March first prize": nothing but a year, a
                // comma or a function word may follow an ordinal word read as a day.
                let next_ok = match self.kind(*e) {
                    Some(Tok::Word) => lexicon::is_stop_word(self.low(*e)) || self.spoken_year_at(*e, true).is_some(),
                    Some(Tok::Dash) => false,
                    _ => true,
                };
                next_ok && trusted
            })
        });
        // "October, 1st": a comma may stand before a day with its ordinal suffix when nothing it
        // could rank follows ("In October, 1st Army attacked").
        let day = day.or_else(|| {
            if !self.is_punct(j, ",") || !self.is_num(j + 1) || !matches!(self.low(j + 2), "st" | "nd" | "rd" | "th") {
                return None;
            }
            let (e, d) = self.day_at(j + 1)?;
            let next_ok = match self.kind(e) {
                Some(Tok::Word) => self.is_word(e, "at"),
                Some(Tok::Num | Tok::Dash) => false,
                _ => true,
            };
            next_ok.then_some((e, d))
        });
        // A day said as a cardinal ("January twenty-two, 2018") only with its year after it: "in June
        // twenty men deserted" is a count.
        let day = day.or_else(|| {
            let p = self.number_word_at(j).filter(|p| p.high.is_none() && p.implied.is_none() && !p.article)?;
            let valid = p.value.fract() == 0.0 && (1.0..=31.0).contains(&p.value);
            (valid && self.year_after_date(p.end).is_some()).then_some((p.end, p.value as u8))
        });
        if let Some((mut k2, day)) = day {
            let mut day2 = None;
            if let Some(c) = self.day_range_connector(k2, j) {
                let c = if self.is_word(c, "the") { c + 1 } else { c };
                if let Some((k3, d2)) = self.day_at(c).or_else(|| self.word_day_at(c)) {
                    if d2 > day {
                        day2 = Some(d2);
                        k2 = k3;
                    }
                }
            }
            let mut year = None;
            if let Some((end, y)) = self.year_after_date(k2) {
                year = Some(y);
                k2 = end;
            }
            return self.build_date(year, month, day, day2).map(|v| (k2, v));
        }
        let (end, year) = self.year_after_date(k)?;
        let point = DatePoint { year: Some(YearSpan::single(year)), month: Some(month), day: None };
        Some((end, DateValue::point(point)))
    }

    /// "spring 1956", "the summer of 1789".
    fn season_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let (first, last) = lexicon::season(self.low(i))?;
        let mut j = i + 1;
        if self.is_word(j, "of") {
            j += 1;
        }
        // A season names a time, so a number in words after it is a year: "the spring of nineteen
        // seventy-eight".
        let (end, year) = self.year_at(j).or_else(|| self.spoken_year_at(j, true))?;
        Some((end, DateValue::months(Some(year), first, last)))
    }

    fn build_date(&self, year: Option<i32>, month: u8, day: u8, day2: Option<u8>) -> Option<DateValue> {
        let check_year = year.unwrap_or(2000);
        if day > crate::value::days_in_month(check_year, month) {
            return None;
        }
        let span = year.map(YearSpan::single);
        let start = DatePoint { year: span, month: Some(month), day: Some(day) };
        let end = day2
            .filter(|d| *d <= crate::value::days_in_month(check_year, month))
            .map(|d| DatePoint { day: Some(d), ..start });
        Some(DateValue { end, ..DateValue::point(start) })
    }

    /// "from 4 to January 22, 1995": a bare day after "from" that opens a period whose end names
    /// the month, in the month and year of that end.
    fn day_to_month_first_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if i == 0 || !self.is_word(i - 1, "from") {
            return None;
        }
        let (k, first) = self.day_at(i)?;
        if !matches!(self.low(k), "to" | "until" | "till" | "through") {
            return None;
        }
        let (end, last) = self.month_first_at(k + 1)?;
        let (month, day) = (last.start.month?, last.start.day?);
        if last.end.is_some() || last.time.is_some() || day <= first {
            return None;
        }
        let value = self.build_date(last.start.year.map(|y| y.lo), month, first, Some(day))?;
        Some((end, value))
    }

    /// "the 13th" on its own: a day of an unnamed month.
    fn day_only_at(&self, i: usize) -> Option<(usize, DateValue)> {
        // "on the 22nd", and "on 22nd" in digits: "she finished 22nd" is a rank.
        let on = i > 0 && self.is_word(i - 1, "on") && self.is_num(i);
        if !(self.is_word(i, "the") || i > 0 && self.is_word(i - 1, "the") || on) {
            return None;
        }
        let j = if self.is_word(i, "the") { i + 1 } else { i };
        // "the twenty second", "the thirty-first": a compound ordinal word with nothing after it.
        if let Some((end, day)) = self.word_day_at(j).filter(|(e, _)| *e >= j + 2) {
            if self.kind(end) == Some(Tok::Word) && !lexicon::is_stop_word(self.low(end)) {
                return None;
            }
            let point = DatePoint { year: None, month: None, day: Some(day) };
            return Some((end, DateValue::point(point)));
        }
        let (end, day) = self.day_at(j)?;
        // It needs its ordinal suffix, and no noun after it ("the 20th Congress" is an ordinal), nor
        // another century it is joined to ("the 12th and 13th centuries").
        if end == j + 1 || self.second_century_at(end).is_some() {
            return None;
        }
        if self.kind(end) == Some(Tok::Word) && self.gap(end) != Gap::Wide && !lexicon::is_stop_word(self.low(end)) {
            return None;
        }
        // Nor a word joined to it by a hyphen: "the 18th-century town" is of a century.
        if self.is_dash(end) && self.gap(end) == Gap::None && self.kind(end + 1) == Some(Tok::Word) {
            return None;
        }
        let point = DatePoint { year: None, month: None, day: Some(day) };
        Some((end, DateValue::point(point)))
    }

    /// Years, year ranges, decades and centuries: "1956", "1943–1944", "1789 to 1790", "c1935-c1937",
    /// "(1879-1953)", "the late 1930s", "the '50s", "the 19th century", "the 1800s".
    fn year_like_at(&self, i: usize) -> Option<(usize, DateValue)> {
        if let Some(found) = self.part_of_period_at(i).or_else(|| self.decade_or_century_at(i)) {
            return Some(found);
        }
        // "nineteen seventy-eight"; capitalised in mid-sentence or word by word it is a title
        // ("Nineteen Eighty-Four"). After the word "year" any number in words is one ("the year two
        // thousand").
        if !self.is_capitalized(i) || self.sentence_start[i] && !self.is_capitalized(i + 1) {
            let after_year = i > 0 && self.is_word(i - 1, "year");
            // "in two thousand and fifteen", "since seventeen hundred and ninety": after a word that
            // places something in time, a number in words that is no round hundred is a year. "one
            // in two thousand" is odds, not the year 2000.
            let placed = i > 0 && matches!(self.low(i - 1), "in" | "since" | "until" | "till");
            let year =
                self.spoken_year_at(i, after_year || placed).filter(|(_, y)| after_year || !placed || y % 100 != 0);
            if let Some((end, year)) = year {
                return Some((end, DateValue::years(year, year)));
            }
        }
        if let Some(found) = self.era_first_at(i).or_else(|| self.era_range_at(i)) {
            return Some(found);
        }
        if let Some(found) = self.named_year_at(i) {
            return Some(found);
        }
        // "c1935": a circa mark glued to the year.
        let (circa, start) = if self.is_word(i, "c") && self.gap(i + 1) == Gap::None && self.is_num(i + 1) {
            (true, i + 1)
        } else {
            (false, i)
        };
        let (end, year) = self.year_at(start)?;
        if !self.plausible_year(start, end) {
            return None;
        }
        // "138-2010-2015": digit groups tied by hyphens are a telephone number or a code.
        let tied = |dash: usize, num: usize| {
            self.is_dash(dash) && self.is_num(num) && self.gap(dash) == Gap::None && self.gap(dash + 1) == Gap::None
        };
        if start >= 2 && tied(start - 1, start - 2) {
            return None;
        }
        let mut value = DateValue::years(year, year);
        value.approx = circa;
        // A range after it.
        if let Some((range_end, last)) = self.year_range_end(end, year) {
            // "1500-1600 people", "1500-1600 dollars": what follows the second figure makes both
            // counts or amounts, unless a circa mark or a word of time before them says they are
            // years ("c1935-c1937", "in 1914-1918").
            let marked = circa
                || self.is_word(range_end.saturating_sub(2), "c")
                || start > 0 && matches!(self.low(start - 1), "in" | "during" | "from");
            // "in 1928 and 1929–30": the second year starts a range of its own, and the first
            // stands alone.
            let joined = self.is_word(end, "and") || self.is_word(end, "or");
            if joined && tied(range_end, range_end + 1) {
                return Some((end, value));
            }
            // "the 1216 and 1217 versions": two consecutive figures joined by "and" count nothing
            // together; they are years that name what follows. "1500 or 1501 men" is a count.
            let marked = marked || self.is_word(end, "and");
            if tied(range_end, range_end + 1) || !marked && !self.plausible_year(range_end - 1, range_end) {
                return None;
            }
            value.end = Some(DatePoint { year: Some(YearSpan::single(last)), ..DatePoint::default() });
            return Some((range_end, value));
        }
        // "1000-5000" and "1000 - 5000" are ranges of numbers, not a year followed by a count.
        if self.is_dash(end) && self.gap(end + 1) != Gap::Wide && self.is_num(end + 1) {
            return None;
        }
        Some((end, value))
    }

    /// The end of a year range starting after the first year: "–1944", "-53", " to 1790", " through 1918",
    /// " and 1944" (consecutive years only), "-c1937".
    fn year_range_end(&self, j: usize, first: i32) -> Option<(usize, i32)> {
        let to = self.is_range_word(j);
        // "1939~1945": a tilde between two years, touching both, joins them as a dash does; before a
        // figure alone it means "about".
        let tilde = self.is_punct(j, "~") && self.gap(j) == Gap::None && self.gap(j + 1) == Gap::None;
        // "the winter of 1941/42", "1999/2000": a slash between two years, touching both, joins a
        // year to the next one.
        let slash = self.is_punct(j, "/") && self.gap(j) == Gap::None && self.gap(j + 1) == Gap::None;
        if slash {
            let (end, last) = match self.raw(j + 1).len() {
                2 => (j + 2, first - first.rem_euclid(100) + self.num_value(j + 1)? as i32),
                4 => (j + 2, self.num_value(j + 1)? as i32),
                _ => return None,
            };
            let last = if last < first && self.raw(j + 1).len() == 2 { last + 100 } else { last };
            return (last == first + 1 && !self.is_punct(end, "/")).then_some((end, last));
        }
        let (k, and) = if self.is_dash(j) || to || tilde {
            (j + 1, false)
        } else if self.is_word(j, "and") && !(j >= 2 && self.is_word(j.saturating_sub(2), "between"))
            // "born in 1809 or 1810": one of two years.
            || self.is_word(j, "or")
        {
            (j + 1, true)
        } else {
            return None;
        };
        let k = if self.is_word(k, "c") && self.gap(k + 1) == Gap::None { k + 1 } else { k };
        // "early 1941 to late 1942": the part of the year is read as the year.
        let k = match self.early_mid_late_at(k) {
            (Some(_), after) if to && self.is_num(after) => after,
            _ => k,
        };
        // "27 BC to AD 14": the second year may name its era first.
        let era_first = || self.era_first_at(k).and_then(|(end, d)| Some((end, d.start.year?.lo)));
        if let Some((end, last)) = self.year_at(k).or_else(era_first) {
            // A dynasty's or an empire's years may span centuries: "1368–1644".
            let ok = if and { last == first + 1 } else { last > first && last - first < 700 };
            return ok.then_some((end, last));
        }
        // "1914–18": a two-digit end in the same century.
        if self.is_dash(j) && self.gap(k) == Gap::None && self.raw(k).len() == 2 {
            let two = self.num_value(k)? as i32;
            let last = first - first.rem_euclid(100) + two;
            if last > first {
                return Some((k + 1, last));
            }
        }
        None
    }

    /// A four-digit number is a year unless a unit or a counted noun follows it.
    fn plausible_year(&self, start: usize, end: usize) -> bool {
        if start > 0 && matches!(self.raw(start - 1), "$" | "£" | "€") {
            return false;
        }
        // "1841:23" is no year; "1841: 8.2 million", a label, is one.
        let ratio = self.is_punct(end, ":") && self.is_num(end + 1) && self.gap(end + 1) == Gap::None;
        if self.is_punct(end, "%") || ratio || self.meridiem(end).is_some() {
            return false;
        }
        // "fiscal 1989 sales", "post-1959 politics": a word that only qualifies years makes one.
        let tied_before =
            start > 1 && self.is_dash(start - 1) && self.gap(start) == Gap::None && self.gap(start - 1) == Gap::None;
        if start > 0 && self.is_word(start - 1, "fiscal")
            || tied_before && matches!(self.low(start - 2), "pre" | "post")
        {
            return true;
        }
        if self.kind(end) == Some(Tok::Word) && self.gap(end) != Gap::Wide {
            let w = self.low(end);
            if lexicon::time_unit(w).is_some()
                || lexicon::measure_unit(w).is_some() && !matches!(w, "in" | "m" | "t" | "g" | "l")
            {
                return false;
            }
            // "In 2018 archaeologists found", "since 1990 prices rose": after a word that places
            // something in time, a plural noun starts the clause the year dates.
            let placed = start > 0
                && self.is_num(start)
                && matches!(self.low(start - 1), "in" | "since" | "until" | "till" | "during");
            if lexicon::is_plural_noun(w)
                && !lexicon::is_stop_word(w)
                && self.raw(end).chars().next().is_some_and(char::is_lowercase)
                && !placed
            {
                return false;
            }
        }
        // "-year-old" and "-mile": a hyphenated unit makes it a quantity.
        if self.is_dash(end) && self.gap(end) == Gap::None && self.kind(end + 1) == Some(Tok::Word) {
            let w = self.low(end + 1);
            if lexicon::time_unit(w).is_some() || lexicon::measure_unit(w).is_some() {
                return false;
            }
        }
        true
    }

    fn decade_or_century_at(&self, i: usize) -> Option<(usize, DateValue)> {
        let (part, j) = self.early_mid_late_at(i);
        let j = if part.is_some() && self.is_word(j, "the") { j + 1 } else { j };
        // A decade without its century needs "the" or a word of time right before it ("in 70's",
        // "during the eighties"): "in his 70s" is an age. "The mid-70s" is as often a temperature.
        let the_before = i > 0
            && matches!(self.low(i - 1), "the" | "in" | "during" | "since" | "until")
            && self.kind(i - 1) == Some(Tok::Word);
        let (end, lo, hi) = self
            .decade_at(j, the_before && part != Some(1))
            .or_else(|| self.word_decade_at(j, the_before))
            .or_else(|| self.century_at(j))?;
        // Only a decade written with its century lends it: "the 60s and the 70's" are two.
        let (end, hi) = match part {
            None if self.raw(j).len() == 4 => {
                self.second_decade_at(end, lo, hi, self.follows_between(i)).unwrap_or((end, hi))
            }
            _ => (end, hi),
        };
        let (lo, hi) = part.map_or((lo, hi), |p| early_mid_late(lo, hi, p));
        Some((end, DateValue::years(lo, hi)))
    }

    /// "early", "mid" or "late" at `i`, with a hyphen after it ("mid-1950s"): which of the three
    /// parts of a decade or century it names (0, 1 or 2), and the token after it.
    fn early_mid_late_at(&self, i: usize) -> (Option<usize>, usize) {
        let part = match self.low(i) {
            "early" => 0,
            "mid" | "middle" => 1,
            "late" => 2,
            _ => return (None, i),
        };
        if self.kind(i) != Some(Tok::Word) {
            return (None, i);
        }
        (Some(part), if self.is_dash(i + 1) { i + 2 } else { i + 1 })
    }

    /// A part of a year, a decade or a century named by its place: "the first half of 1942", "the
    /// latter half of the 1930s", "the last quarter of the 19th century", "the first decade of the
    /// twentieth century". A year's parts are months; a decade's and a century's are whole years,
    /// the last part taking what is left over ("the last third of the 19th century" is 1866 to 1899).
    pub(super) fn part_of_period_at(&self, i: usize) -> Option<(usize, DateValue)> {
        // The place of the part: its number, or none for the last.
        let (k, place) = match self.low(i) {
            "last" | "final" | "latter" if self.kind(i) == Some(Tok::Word) => (i + 1, None),
            _ => {
                // An ordinal in digits or words, as a century's number is written.
                let (k, n) = self.century_number_at(i).filter(|&(_, n)| n >= 1)?;
                (k, Some(n))
            }
        };
        // How many parts: 0 for a decade, whose count depends on the period.
        let parts = match self.low(k) {
            "half" => 2,
            "third" => 3,
            "quarter" => 4,
            "decade" => 0,
            _ => return None,
        };
        // "the latter half", but not "the latter quarter".
        if self.low(i) == "latter" && parts != 2 || !self.is_word(k + 1, "of") {
            return None;
        }
        let the = self.is_word(k + 2, "the");
        let p = if the { k + 3 } else { k + 2 };
        if !the && parts > 0 {
            if let Some((end, year)) = self.year_at(p).filter(|&(end, _)| self.plausible_year(p, end)) {
                let size = 12 / parts;
                let n = place.unwrap_or(parts);
                if n > parts {
                    return None;
                }
                let first = u8::try_from((n - 1) * size + 1).ok()?;
                let last = u8::try_from(n * size).ok()?;
                return Some((end, DateValue::months(Some(year), first, last)));
            }
        }
        let (end, lo, hi) =
            self.decade_at(p, the).or_else(|| self.word_decade_at(p, the)).or_else(|| self.century_at(p))?;
        let width = hi - lo + 1;
        let size = if parts == 0 { 10 } else { width / parts };
        let count = if size > 0 { width / size } else { 0 };
        // "the first decade of the 1930s" names no part of it.
        if count < 2 {
            return None;
        }
        let n = place.unwrap_or(count);
        if n > count {
            return None;
        }
        let first = lo + (n - 1) * size;
        let last = if n == count { hi } else { first + size - 1 };
        Some((end, DateValue::years(first, last)))
    }

    /// "1930s", "1950's", "'50s", "the 1800s" (a century) and, when `bare` allows a decade written
    /// without its century, "the 70s" and "the 70's", which are the 1930s to the 1990s.
    fn decade_at(&self, i: usize, bare: bool) -> Option<(usize, i32, i32)> {
        let (num_at, short) = if matches!(self.raw(i), "'" | "’") && self.is_num(i + 1) && self.gap(i + 1) == Gap::None
        {
            (i + 1, true)
        } else {
            (i, false)
        };
        let v = self.num_value(num_at)? as i32;
        let digits = self.raw(num_at).len();
        let mut k = num_at + 1;
        if matches!(self.raw(k), "'" | "’") && self.gap(k) == Gap::None {
            k += 1;
        }
        if !(self.is_word(k, "s") && self.gap(k) == Gap::None) {
            return None;
        }
        let end = k + 1;
        if short {
            if digits != 2 || v % 10 != 0 {
                return None;
            }
            return Some((end, 1900 + v, 1900 + v + 9));
        }
        if digits == 2 && bare && v % 10 == 0 && (30..=90).contains(&v) {
            // "the 70s" is no decade in "the 70s degrees" or "the 70s mph".
            let unit_after = self.is_punct(end, "°")
                || self.is_punct(end, "%")
                || self
                    .word_at_gap(end)
                    .is_some_and(|w| matches!(w, "degrees" | "percent" | "mph") || lexicon::measure_unit(w).is_some());
            return (!unit_after).then_some((end, 1900 + v, 1900 + v + 9));
        }
        if digits != 4 || v % 10 != 0 || !(100..=2200).contains(&v) {
            return None;
        }
        if v % 100 == 0 {
            return Some((end, v, v + 99));
        }
        Some((end, v, v + 9))
    }

    /// What joins two decades or two centuries at `k`: "and" or "or" lists them, "to", "through"
    /// or a dash makes them the ends of a range. Gives the token where the second begins, past a
    /// "the", and whether the two are a range.
    fn period_joint_at(&self, k: usize) -> Option<(usize, bool)> {
        let through = match self.low(k) {
            "and" | "or" if self.kind(k) == Some(Tok::Word) => false,
            "to" | "through" if self.kind(k) == Some(Tok::Word) => true,
            _ if self.is_dash(k) => true,
            _ => return None,
        };
        Some((if self.is_word(k + 1, "the") { k + 2 } else { k + 1 }, through))
    }

    /// A decade joined to a decade with its century ending at `k`: "the 1950s and 60s", "the 1920s
    /// to '40s", "from the 1790s to the 1830s". Without its own century the second takes the
    /// first's; the two are read as one span when they are the ends of a range (after "between" too:
    /// `between`) or touch. Gives the end of the phrase and the span's last year.
    fn second_decade_at(&self, k: usize, lo: i32, hi: i32, between: bool) -> Option<(usize, i32)> {
        if hi - lo != 9 {
            return None;
        }
        let (j, through) = self.period_joint_at(k)?;
        let through = through || between && self.is_word(k, "and");
        let (end, second, _) = self.decade_at(j, true)?;
        let second = if self.raw(j).len() == 4 { second } else { lo - lo.rem_euclid(100) + second.rem_euclid(100) };
        (second > lo && (through || second == lo + 10)).then_some((end, second + 9))
    }

    /// A decade in words after "the" (`the_before`): "the seventies", "the nineteen-sixties", "the
    /// eighteen nineties", "the noughties", "the twenty-tens", "the two thousands". Without a century
    /// it is the twentieth's, the noughties the 2000s. "The sixteen hundreds" are a century.
    fn word_decade_at(&self, i: usize, the_before: bool) -> Option<(usize, i32, i32)> {
        if !the_before || self.kind(i) != Some(Tok::Word) {
            return None;
        }
        if let Some(found) = self.millennium_decade_at(i) {
            return Some(found);
        }
        let century = lexicon::small_number(self.low(i)).filter(|c| (10..=20).contains(c));
        let k = match century {
            Some(_) if self.is_dash(i + 1) && self.gap(i + 1) == Gap::None && self.gap(i + 2) == Gap::None => i + 2,
            Some(_) if self.gap(i + 1) == Gap::Space => i + 1,
            Some(_) => return None,
            None => i,
        };
        if self.kind(k) != Some(Tok::Word) {
            return None;
        }
        // "the sixteen hundreds": a century, the 1600s; not "the sixteen hundreds of prisoners".
        if let Some(c) = century.filter(|_| self.is_word(k, "hundreds") && !self.is_word(k + 1, "of")) {
            let lo = c as i32 * 100;
            return Some((k + 1, lo, lo + 99));
        }
        // "Tens" alone is "tens of thousands"; after a century it is a decade: "the nineteen-tens".
        let decade = match self.low(k) {
            "tens" if century.is_some() => 10,
            w => lexicon::decade_word(w)? as i32,
        };
        let lo = match century {
            Some(c) if decade > 0 => c as i32 * 100 + decade,
            Some(_) => return None,
            None if decade == 0 => 2000,
            None => 1900 + decade,
        };
        Some((k + 1, lo, lo + 9))
    }

    /// "two thousands" (the 2000s) and "two thousand and tens" (the 2010s), after "the".
    fn millennium_decade_at(&self, i: usize) -> Option<(usize, i32, i32)> {
        if self.low(i) != "two" {
            return None;
        }
        match (self.low(i + 1), self.low(i + 2), self.low(i + 3)) {
            // Not "the two thousands of refugees".
            ("thousands", next, _) if next != "of" => Some((i + 2, 2000, 2009)),
            ("thousand", "and", w) => {
                let decade = match w {
                    "tens" => 10,
                    w => lexicon::decade_word(w).filter(|d| *d > 0)? as i32,
                };
                Some((i + 4, 2000 + decade, 2000 + decade + 9))
            }
            _ => None,
        }
    }

    /// "the 19th century", "the nineteenth century", "14th-century".
    fn century_at(&self, i: usize) -> Option<(usize, i32, i32)> {
        let (k, n) = self.century_number_at(i)?;
        // "the 12th and 13th centuries", "the 12th to the 14th century": two centuries joined.
        if let Some((end, m, through)) = self.second_century_at(k) {
            if (1..=22).contains(&n) && (1..=22).contains(&m) && m != n {
                let bc = self.era_after(end).filter(|(_, bc, _)| *bc);
                // A range runs forward in its era; "and" joins two centuries only when they touch,
                // and otherwise the first is read alone, the second after it.
                let forward = if bc.is_some() { m < n } else { m > n };
                if forward && (through || m.abs_diff(n) == 1) {
                    let (first, last) = (n.min(m), n.max(m));
                    return Some(match bc {
                        Some((e, _, _)) => (e, 1 - last * 100, -(first - 1) * 100),
                        None => (end, (first - 1) * 100, last * 100 - 1),
                    });
                }
                if !through && bc.is_none() {
                    return Some((k, (n - 1) * 100, (n - 1) * 100 + 99));
                }
            }
            return None;
        }
        let k = if self.is_dash(k) && self.gap(k) == Gap::None { k + 1 } else { k };
        if !matches!(self.low(k), "century" | "centuries") || self.kind(k) != Some(Tok::Word) || !(1..=22).contains(&n)
        {
            return None;
        }
        // "the 5th century BC" runs from 500 BC to 401 BC, the years -499 to -400 counted with a
        // year 0; "the 1st century AD" is read as any other.
        match self.era_after(k + 1) {
            Some((end, true, _)) => Some((end, 1 - n * 100, -(n - 1) * 100)),
            Some((end, false, _)) => Some((end, (n - 1) * 100, (n - 1) * 100 + 99)),
            None => Some((k + 1, (n - 1) * 100, (n - 1) * 100 + 99)),
        }
    }

    /// The number of a century in ordinal digits or words at `i` ("19th", "nineteenth") and the
    /// token after it.
    fn century_number_at(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(n) = self.num_value(i) {
            let suffix = i + 1;
            if self.gap(suffix) != Gap::None || !matches!(self.low(suffix), "st" | "nd" | "rd" | "th") {
                return None;
            }
            return i32::try_from(n).ok().map(|n| (suffix + 1, n));
        }
        Some((i + 1, lexicon::ordinal_word(self.low(i))? as i32))
    }

    /// The second of two centuries joined at `k`: "and 13th centuries", "to the 14th century",
    /// "–14th centuries". Gives the token after "century", the second number and whether the
    /// two are the ends of a range rather than two of a list.
    fn second_century_at(&self, k: usize) -> Option<(usize, i32, bool)> {
        let (j, through) = self.period_joint_at(k)?;
        let (e, m) = self.century_number_at(j)?;
        let e = if self.is_dash(e) && self.gap(e) == Gap::None { e + 1 } else { e };
        (matches!(self.low(e), "century" | "centuries") && self.kind(e) == Some(Tok::Word)).then_some((
            e + 1,
            m,
            through,
        ))
    }

    /// A time of day: "23:40", "11:40 p.m.", "2.20am", "8 p.m.", "five in the afternoon",
    /// "half past eleven", "midnight".
    fn time_at(&self, i: usize) -> Option<TimeFound> {
        // A date is tried with a time before it and then a time alone, both at the same token: the
        // answer depends on the tokens only, so the last one is kept.
        if let Some((at, found)) = self.last_time.get() {
            if at == i {
                return found;
            }
        }
        let found = self.read_time_at(i);
        self.last_time.set(Some((i, found)));
        found
    }

    /// [`Scanner::time_at`], read from the tokens.
    fn read_time_at(&self, i: usize) -> Option<TimeFound> {
        let tight = |k: usize| self.gap(k) == Gap::None;
        let at = |end: usize, h: u64, m: u64| {
            (h < 24 && m < 60).then_some((end, TimeOfDay { minutes: (h * 60 + m) as u16, approx: false }))
        };
        match self.low(i) {
            // "in the evening at seven", "afternoon at 7": the part of the day marks the hour.
            "morning" | "afternoon" | "evening" if self.is_word(i + 1, "at") => {
                let (end, h) = self.hour_at(i + 2)?;
                if self.kind(end) == Some(Tok::Word) && !lexicon::is_stop_word(self.low(end))
                    || self.is_punct(end, ":")
                    || self.is_punct(end, ".") && self.is_num(end + 1)
                {
                    return None;
                }
                let h = match (self.low(i), h) {
                    ("morning", 12) => 0,
                    ("morning", h) => h,
                    (_, 12) => 12,
                    (_, h) => h + 12,
                };
                return at(end, h, 0);
            }
            "midnight" => return at(i + 1, 0, 0),
            "noon" | "midday" => return at(i + 1, 12, 0),
            // "half past two", "a quarter to three"; "half to two-thirds" and "a quarter to three
            // quarters" are shares.
            "half" | "quarter"
                if self.is_word(i + 1, "past") || self.is_word(i + 1, "to") && self.low(i) == "quarter" =>
            {
                let (end, h) = self.hour_at(i + 2)?;
                if self.hyphen_fraction_at(i + 2).is_some() || lexicon::fraction_part(self.low(end)).is_some() {
                    return None;
                }
                let (end, h) = match self.meridiem(end) {
                    Some((e, pm)) => (e, to_24(h, pm)?),
                    None => self.hour_in_day(i, end, h),
                };
                let past = self.is_word(i + 1, "past");
                let minutes = if self.low(i) == "half" {
                    30
                } else if past {
                    15
                } else {
                    45
                };
                let (h, m) = if past || self.low(i) == "half" { (h, minutes) } else { ((h + 23) % 24, minutes) };
                return at(end, h, m);
            }
            _ => {}
        }
        if self.is_num(i) && self.raw(i).len() <= 2 {
            let h = self.num_value(i)?;
            // "23:40", "11:40 p.m."
            if self.is_punct(i + 1, ":")
                && tight(i + 1)
                && tight(i + 2)
                && self.is_num(i + 2)
                && self.raw(i + 2).len() == 2
            {
                let m = self.num_value(i + 2)?;
                // A third group is a clock time with seconds only in tables; "1:20:35" reads as a time too.
                let mut end = i + 3;
                if self.is_punct(end, ":") && tight(end) && self.is_num(end + 1) && tight(end + 1) {
                    end += 2;
                }
                let (end, h) = match self.meridiem(end) {
                    Some((e, pm)) => (e, to_24(h, pm)?),
                    // "09:30" is written on a 24-hour clock; "9:30" may be either, and the part of
                    // the day after it or before it in its sentence says which ("1:23 in the
                    // morning").
                    None if !self.raw(i).starts_with('0') && h <= 12 => self.hour_in_day(i, end, h),
                    None => (end, h),
                };
                return at(end, h, m);
            }
            // "2.20am": a dotted time needs its a.m. or p.m.
            if self.is_punct(i + 1, ".")
                && tight(i + 1)
                && tight(i + 2)
                && self.is_num(i + 2)
                && self.raw(i + 2).len() == 2
            {
                let m = self.num_value(i + 2)?;
                // Seconds may follow the same way, as a camera names its pictures ("11.40.34 AM").
                let seconds = self.is_punct(i + 3, ".")
                    && tight(i + 3)
                    && tight(i + 4)
                    && self.is_num(i + 4)
                    && self.raw(i + 4).len() == 2;
                let (end, pm) = self.meridiem(if seconds { i + 5 } else { i + 3 })?;
                return at(end, to_24(h, pm)?, m);
            }
        }
        // "340pm", "1140 a.m.": hours and minutes run together before a.m. or p.m.
        if self.is_num(i) && matches!(self.raw(i).len(), 3 | 4) {
            let v = self.num_value(i)?;
            if let Some((e, pm)) = self.meridiem(i + 1) {
                return at(e, to_24(v / 100, pm)?, v % 100);
            }
            // "0735 GMT": four digits before a time zone are hours and minutes.
            if self.raw(i).len() == 4 && self.is_time_zone(i + 1) {
                return at(i + 1, v / 100, v % 100);
            }
        }
        // "10 past 9", "twenty minutes past five": minutes past an hour.
        if let Some(found) = self.minutes_past_at(i) {
            return Some(found);
        }
        // "8 p.m.", "five in the afternoon", "six o'clock".
        let (end, h) = self.hour_at(i)?;
        // "seven thirty pm", "eight forty a.m.": an hour and minutes in words need a.m. or p.m.
        if self.kind(i) == Some(Tok::Word) {
            if let Some(m) =
                self.number_word_at(end).filter(|m| m.value >= 10.0 && m.value < 60.0 && m.value.fract() == 0.0)
            {
                let (e, pm) = self.meridiem(m.end)?;
                return at(e, to_24(h, pm)?, m.value as u64);
            }
        }
        if let Some((e, pm)) = self.meridiem(end) {
            return at(self.after_same_part_of_day(e, pm), to_24(h, pm)?, 0);
        }
        if matches!(self.low(end), "o'clock" | "o’clock" | "oclock") {
            let (e, h) = self.hour_in_day(i, end + 1, h);
            return at(e, h, 0);
        }
        let (e, h2) = self.day_part(end, h);
        if e > end {
            return at(e, h2, 0);
        }
        None
    }

    /// Minutes past an hour: "10 past 9", "20 min past eight in the evening", "fifteen past eight". The
    /// minutes are one to fifty-nine, in digits or words, with an optional "minutes".
    fn minutes_past_at(&self, i: usize) -> Option<(usize, TimeOfDay)> {
        // "past" comes after the minutes.
        if self.closers().past.is_none_or(|k| k <= i) {
            return None;
        }
        let m = self.digits_at(i).or_else(|| self.number_word_at(i))?;
        if m.value < 1.0 || m.value >= 60.0 || m.value.fract() != 0.0 || m.high.is_some() || m.article {
            return None;
        }
        let mut k = m.end;
        if matches!(self.low(k), "minutes" | "minute" | "mins" | "min") {
            k += 1;
        }
        if !self.is_word(k, "past") {
            return None;
        }
        let (end, h) = self.hour_at(k + 1)?;
        let (end, h) = match self.meridiem(end) {
            Some((e, pm)) => (e, to_24(h, pm)?),
            None if matches!(self.low(end), "o'clock" | "o’clock" | "oclock") => self.hour_in_day(i, end + 1, h),
            None => self.hour_in_day(i, end, h),
        };
        (h < 24).then_some((end, TimeOfDay { minutes: (h * 60 + m.value as u64) as u16, approx: false }))
    }

    /// An hour from 1 to 12 in digits or words.
    fn hour_at(&self, i: usize) -> Option<(usize, u64)> {
        let h = if self.is_num(i) && self.raw(i).len() <= 2 {
            self.num_value(i)?
        } else if self.kind(i) == Some(Tok::Word) {
            u64::from(lexicon::small_number(self.low(i))?)
        } else {
            return None;
        };
        (1..=12).contains(&h).then_some((i + 1, h))
    }

    /// "in the morning", "in the afternoon", "in the evening", "at night" after an hour.
    fn day_part(&self, i: usize, h: u64) -> (usize, u64) {
        if self.is_word(i, "in") && self.is_word(i + 1, "the") {
            match self.low(i + 2) {
                "morning" => return (i + 3, if h == 12 { 0 } else { h }),
                "afternoon" | "evening" => return (i + 3, if h < 12 { h + 12 } else { h }),
                _ => {}
            }
        }
        let night = if self.is_word(i, "at") && self.is_word(i + 1, "night") {
            Some(i + 2)
        } else if self.is_word(i, "in") && self.is_word(i + 1, "the") && self.is_word(i + 2, "night") {
            Some(i + 3)
        } else {
            None
        };
        if let Some(end) = night {
            return (
                end,
                if (6..12).contains(&h) {
                    h + 12
                } else if h == 12 {
                    0
                } else {
                    h
                },
            );
        }
        (i, h)
    }

    /// An hour of the twelve-hour clock without a.m. or p.m. (the time starting at `first`, its
    /// hour ending at `end`), read in the part of the day named after it ("in the evening") or else
    /// earlier in its sentence ("on the night it opened he crossed at half past eleven").
    fn hour_in_day(&self, first: usize, end: usize, h: u64) -> (usize, u64) {
        let (e, h2) = self.day_part(end, h);
        if e > end {
            return (e, h2);
        }
        (end, self.hour_in_sentence(first, end, h))
    }

    /// An hour (1 to 12) moved into the afternoon or the night when a word before the time, in its
    /// sentence, names that part of the day and no nearer word names the morning: "that evening at
    /// 7.30" is 19:30, "the night of 14 April, at 11:40" is 23:40, but "the night before, at 7:30 the
    /// next morning" stays 7:30. Only a bounded stretch of the sentence is read.
    fn hour_in_sentence(&self, first: usize, end: usize, h: u64) -> u64 {
        let same_sentence = |k: usize| self.sentence_start.get(k).is_some_and(|start| !start);
        if (end..end + 4).take_while(|&k| same_sentence(k)).any(|k| self.is_word(k, "morning")) {
            return h;
        }
        let mut k = first;
        for _ in 0..TIME_CONTEXT {
            if k == 0 || self.sentence_start[k] {
                break;
            }
            k -= 1;
            let pm = match self.low(k) {
                "morning" | "dawn" | "daybreak" => return h,
                "afternoon" => (1..=7).contains(&h),
                "evening" => (5..=11).contains(&h),
                "night" | "tonight" => (6..=11).contains(&h) || h == 12,
                _ => continue,
            };
            return match (pm, h) {
                (false, _) => h,
                (true, 12) => 0,
                (true, _) => h + 12,
            };
        }
        h
    }

    /// True for a time zone written as capitals after a time of day: "EST", "GMT", "UTC". The zone
    /// is not part of the value; it only stands between a time and its day.
    fn is_time_zone(&self, i: usize) -> bool {
        self.kind(i) == Some(Tok::Word)
            && self.gap(i) != Gap::Wide
            && self.raw(i).bytes().all(|b| b.is_ascii_uppercase())
            && lexicon::is_time_zone(self.low(i))
    }

    /// The end of a time after a part of the day that only repeats its a.m. or p.m. ("8 p.m. in the
    /// evening", "6 a.m. in the morning"), so that a date after it still joins the time.
    fn after_same_part_of_day(&self, e: usize, pm: bool) -> usize {
        if !(self.is_word(e, "in") && self.is_word(e + 1, "the")) {
            return e;
        }
        match self.low(e + 2) {
            "morning" if !pm => e + 3,
            "afternoon" | "evening" if pm => e + 3,
            _ => e,
        }
    }

    /// "am", "pm", "a.m.", "p.m.", "AM": returns the end and whether it is p.m.
    fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
        if self.kind(i) != Some(Tok::Word) || self.gap(i) == Gap::Wide {
            return None;
        }
        match self.low(i) {
            "am" => Some((i + 1, false)),
            "pm" => Some((i + 1, true)),
            "a" | "p" if self.is_punct(i + 1, ".") && self.is_word(i + 2, "m") && self.gap(i + 2) != Gap::Wide => {
                Some((self.after_dot(i + 2), self.low(i) == "p"))
            }
            // "7 p m": the letters apart, the "m" a word of its own.
            "p" if self.is_word(i + 1, "m") && self.gap(i + 1) == Gap::Space && self.kind(i + 2) != Some(Tok::Word) => {
                Some((self.after_dot(i + 1), true))
            }
            _ => None,
        }
    }

    /// "(approx.)", "or so", "-ish" after a value.
    fn trailing_approx(&self, end: usize) -> Option<usize> {
        if self.is_punct(end, "(") && matches!(self.low(end + 1), "approx" | "approximately" | "ca" | "c" | "est") {
            let mut k = end + 2;
            if self.is_punct(k, ".") {
                k += 1;
            }
            if self.is_punct(k, ")") {
                return Some(k + 1);
            }
        }
        if self.is_word(end, "or") && self.is_word(end + 1, "so") {
            return Some(end + 2);
        }
        self.ish_after(end)
    }

    /// "50ish", "300-ish": about the number before.
    fn ish_after(&self, end: usize) -> Option<usize> {
        let tight = |k: usize| self.gap(k) == Gap::None;
        if self.is_word(end, "ish") && tight(end) {
            return Some(end + 1);
        }
        (self.is_dash(end) && tight(end) && tight(end + 1) && self.is_word(end + 1, "ish")).then_some(end + 2)
    }

    // ------------------------------------------------------------------------------ numbers

    /// An age told by its decade after "in his", "in her" or "in their": "in his 70s", "in her early
    /// twenties", "in his mid-40s". The parts of the decade are read as a decade's years are: early
    /// 0–3, mid 3–6, late 7–9.
    fn age_decade_at(&self, i: usize, bound: Option<Bound>) -> Option<Found> {
        if bound.is_some() || i < 2 || !self.is_word(i - 2, "in") {
            return None;
        }
        if !matches!(self.low(i - 1), "his" | "her" | "their" | "my" | "your" | "our") {
            return None;
        }
        let (part, j) = self.early_mid_late_at(i);
        let (end, decade) = if self.is_num(j) {
            // "70s", "70's".
            let apostrophe = matches!(self.raw(j + 1), "'" | "’") && self.gap(j + 1) == Gap::None;
            let s = if apostrophe { j + 2 } else { j + 1 };
            if self.raw(j).len() != 2 || !self.is_word(s, "s") || self.gap(s) != Gap::None {
                return None;
            }
            (s + 1, self.num_value(j)? as i32)
        } else {
            (j + 1, lexicon::decade_word(self.low(j))? as i32)
        };
        if !(20..=90).contains(&decade) || decade % 10 != 0 {
            return None;
        }
        let (lo, hi) = part.map_or((decade, decade + 9), |p| early_mid_late(decade, decade + 9, p));
        let mut n = Number::exact(f64::from(lo), "", lexicon::time_unit("years")?);
        n.high = Some(f64::from(hi));
        n.bound = Bound::Range;
        Some(Found { first: i, end, kind: Kind::Duration, value: Value::Number(n), noun: Some("age".into()) })
    }

    /// An age told without a unit: a whole number set off by commas after a name ("Captain Edward
    /// Smith, 62, went down", "Lovell, then 42, flew"), after "died at" ("she died at 37 in 1852"),
    /// or closing "he was", "she is" or "who was" in digits or words ("he was only 18", "when she
    /// was eight").
    fn bare_age_at(&self, i: usize, bound: Option<Bound>) -> Option<Found> {
        // Digits, or a number word ("when she was eight").
        let years = self
            .num_value(i)
            .or_else(|| lexicon::small_number(self.low(i)).map(u64::from))
            .filter(|v| (1..=120).contains(v))?;
        let digits = self.is_num(i);
        // "Everest is 29,029 metres high": the first group of a number is no age.
        if digits && self.digit_group_after(i) {
            return None;
        }
        let appositive = i >= 2
            && self.is_punct(i - 1, ",")
            && self.is_capitalized(i - 2)
            && !self.sentence_start[i - 2]
            && self.is_punct(i + 1, ",");
        let verb = if i >= 1 && matches!(self.low(i - 1), "only" | "just" | "barely" | "already" | "still") {
            i - 1
        } else {
            i
        };
        // A sign after the number makes it something else: "80%", "12°". An age closes its clause,
        // or a word of time follows it: "when she was eight", "he was 18 then", "at the time", "in 1921".
        let closes = self.kind(i + 1).is_none()
            || matches!(self.raw(i + 1), "," | "." | ";" | ":" | ")" | "!" | "?")
            || self.is_word(i + 1, "when")
            || self.is_word(i + 1, "then")
            || self.is_word(i + 1, "at") && matches!(self.low(i + 2), "the" | "that") && self.is_word(i + 3, "time")
            || self.is_word(i + 1, "in") && self.is_num(i + 2) && self.raw(i + 2).len() == 4;
        // "he was 33", "Tenzing was 39 and Hillary was 33": a person told to be a number of years.
        // A capitalised word that opens its sentence may be any noun ("Turnout was 62."), so it
        // needs another person told the same way after it.
        let told_of = |k: usize, opening: bool| {
            // A verb with a capital is a title's: "Tatiana Was Only Thirteen?".
            k >= 2 && matches!(self.low(k - 1), "was" | "is") && !matches!(self.raw(k - 1), "Was" | "Is") && {
                let name = k - 2;
                self.is_word(name, "he")
                    || self.is_word(name, "she")
                    // "Henry, who was just twelve": "who" stands for a person.
                    || self.is_word(name, "who")
                    || self.is_capitalized(name)
                        && (opening || !self.sentence_start[name])
                        && !lexicon::is_stop_word(self.low(name))
                        && lexicon::month(self.low(name)).is_none()
                        && !lexicon::is_weekday(self.low(name))
            }
        };
        let parallel = self.is_word(i + 1, "and") && self.is_num(i + 4) && told_of(i + 4, false);
        // "Shackleton was 40 when Endurance sailed": "when" after the number tells of a life.
        let when = self.is_word(i + 1, "when");
        let told = (told_of(verb, when) || parallel && told_of(verb, true))
            && (closes || self.is_word(i + 1, "and") && !self.is_value_token(i + 2));
        // "Tenzing, at 39, was the elder", "Lovell, then 42, flew": an age set off after a name.
        let aside = i >= 3
            && (self.is_word(i - 1, "at") || self.is_word(i - 1, "then"))
            && self.is_punct(i - 2, ",")
            && self.is_capitalized(i - 3)
            && !self.sentence_start[i - 3]
            && self.is_punct(i + 1, ",");
        // "died at 37", "dies at 36 in 1852": the age of a death. A clock time is read before this,
        // and "at 3 in the morning" is one.
        let at_death = i >= 2
            && self.is_word(i - 1, "at")
            && matches!(self.low(i - 2), "died" | "dies")
            && (closes
                || matches!(self.low(i + 1), "of" | "on" | "after" | "and")
                || self.is_word(i + 1, "in") && !matches!(self.low(i + 2), "the" | "a"));
        if !(told || (appositive || at_death || aside || self.after_age_label(i)) && digits) {
            return None;
        }
        let unit = lexicon::time_unit("years")?;
        let mut n = Number::exact(years as f64, self.raw(i), unit);
        n.bound = bound.unwrap_or(Bound::Exact);
        Some(Found { first: i, end: i + 1, kind: Kind::Duration, value: Value::Number(n), noun: Some("age".into()) })
    }

    /// A number at `i` with whatever follows it: a unit, a percent sign, a counted noun, an ordinal
    /// suffix.
    /// "and over", "and more", "and above", "and under" at `k`, after a figure: the end of the phrase
    /// and the bound it makes. A word after it that a preposition would take ("30 and over the
    /// season", "and more than 40") leaves it alone.
    fn open_end_after(&self, k: usize) -> Option<(usize, Bound)> {
        if !self.is_word(k, "and") {
            return None;
        }
        let open = match self.low(k + 1) {
            "more" | "above" | "over" | "upwards" => Bound::AtLeast,
            "under" | "below" | "younger" => Bound::AtMost,
            _ => return None,
        };
        let next = self.low(k + 2);
        let taken = self.kind(k + 2) == Some(Tok::Word)
            && (!lexicon::is_stop_word(next)
                || matches!(
                    next,
                    "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "my"
                        | "your"
                        | "than"
                        | "of"
                        | "and"
                        | "or"
                ));
        (!taken).then_some((k + 2, open))
    }

    /// A unit of length at `j` with the unit of time it is covered in: "miles an hour", "km per
    /// hour", "m/s", "feet per second". Gives the speed and the token after it; `None` for a pair
    /// with no symbol of its own ("metres a day"), which is a rate concord does not compare.
    fn speed_at(&self, j: usize) -> Option<(Unit, usize)> {
        let tight = |k: usize| self.gap(k) == Gap::None;
        let (time, end) = match self.word_at_gap(j + 1) {
            Some("an" | "a" | "per") => (self.word_at_gap(j + 2)?, j + 3),
            _ if self.is_punct(j + 1, "/") && tight(j + 1) && tight(j + 2) => (self.low(j + 2), j + 3),
            _ => return None,
        };
        let length = lexicon::measure_unit(self.low(j)).filter(|u| u.dimension == Dimension::Length)?;
        let seconds = match time {
            "second" | "sec" | "s" => 1,
            "minute" | "min" => 60,
            "hour" | "hr" | "h" => 3600,
            _ => return None,
        };
        // A symbol alone is a unit of time only after a slash: "50 m a s" is no speed.
        if time.len() == 1 && !self.is_punct(j + 1, "/") {
            return None;
        }
        Some((lexicon::speed(length.symbol, seconds)?, end))
    }

    fn number_claim_at(&self, i: usize, bound: Option<Bound>) -> Option<Found> {
        // "aged 74", "at the age of 74": an age.
        let age_of = self.is_word(i, "age")
            && i > 0
            && self.is_word(i - 1, "the")
            && self.is_word(i + 1, "of")
            && !self.is_capitalized(i)
            && (self.is_value_token(i + 2)
                || self.qualifier_at(i + 2).is_some_and(|(len, _)| self.is_value_token(i + 2 + len)));
        if self.is_word(i, "aged") || self.is_word(i, "age") && self.is_num(i + 1) || age_of {
            let at = if age_of { i + 2 } else { i + 1 };
            // "aged about 60": the qualifier may follow the word of age.
            let (at, bound) = match self.qualifier_at(at).filter(|_| bound.is_none()) {
                Some((len, b)) => (at + len, Some(b)),
                None => (at, bound),
            };
            // "aged 80 or 81": either age, a range (see `number_at`).
            let p = self.number_at(at)?;
            if age_of && (p.value.fract() != 0.0 || p.value > 130.0 || p.high.is_some()) {
                return None;
            }
            let unit = lexicon::time_unit("years")?;
            let mut n = Number::exact(p.value, &p.written, unit);
            n.bound = bound.unwrap_or(Bound::Exact);
            if let Some(high) = p.high {
                n.high = Some(high);
                n.bound = Bound::Range;
            }
            let mut end = if self.is_word(p.end, "years") || self.is_word(p.end, "year") { p.end + 1 } else { p.end };
            // "aged 65 and over", "aged 5 and under".
            if let Some((e, open)) = self.open_end_after(end).filter(|_| bound.is_none()) {
                n.bound = open;
                end = e;
            }
            return Some(Found {
                first: i,
                end,
                kind: Kind::Duration,
                value: Value::Number(n),
                noun: Some("age".into()),
            });
        }
        if let Some(found) = self.bare_age_at(i, bound).or_else(|| self.age_decade_at(i, bound)) {
            return Some(found);
        }
        // A currency symbol before the number, a country's mark before the dollar sign ("C$", "HK $",
        // "A$"), or an ISO code ("USD 200", "EUR125").
        let symbol = if self.kind(i) == Some(Tok::Punct) { lexicon::currency_symbol(self.raw(i)) } else { None };
        let (currency, start) = match symbol {
            Some(u) => (Some(u), i + 1),
            None => match self.currency_prefix_at(i) {
                Some((u, start)) => (Some(u), start),
                None => (None, i),
            },
        };
        if let Some(found) = self.ordinal_at(start, bound) {
            return Some(found);
        }
        if let Some(found) = self.fraction_at(start, bound) {
            return Some(found);
        }
        if let Some(found) = self.ratio_at(start, bound).filter(|_| currency.is_none()) {
            return Some(found);
        }
        let mut p = self.number_at(start)?;
        // "a ten-fold rise", "grew 3-fold": a multiple, which counts nothing.
        if self.is_dash(p.end) && self.gap(p.end + 1) == Gap::None && self.is_word(p.end + 1, "fold") {
            return None;
        }
        // A number word capitalised in mid-sentence is part of a name: "the Two Plus Four Treaty"; so
        // is one followed by another capitalised number word anywhere ("Nineteen Eighty-Four").
        let titled = self.is_capitalized(p.end) && lexicon::small_number(self.low(p.end)).is_some();
        if p.written.is_empty() && self.is_capitalized(start) && (!self.sentence_start[start] || titled) && start == i {
            return None;
        }
        // The rest of such a name: "five" in "the Ninety-five Theses".
        let compound_rest = start > 1
            && self.is_dash(start - 1)
            && self.gap(start - 1) == Gap::None
            && self.gap(start) == Gap::None
            && lexicon::small_number(self.low(start - 2)).is_some();
        if p.written.is_empty() && compound_rest {
            return None;
        }
        let mut bound = bound.or(p.implied);
        let mut end = p.end;
        if let Some(e) = self.ish_after(end) {
            bound = bound.or(Some(Bound::Approx));
            end = e;
        }
        // "2,000.45±0.01 pounds": the figure and how far it may be off, before the unit.
        let tolerance = if self.is_punct(end, "±") && p.high.is_none() {
            self.digits_at(end + 1).filter(|q| q.high.is_none() && q.implied.is_none())
        } else {
            None
        };
        if let Some(q) = &tolerance {
            end = q.end;
        }
        let sign_before = currency.is_some();
        let (mut unit, noun, unit_end, mut multiple) = match currency {
            Some(u) => (u, None, end, 1.0),
            None => self.unit_after(end, &p)?,
        };
        // "45 and 50 mg", "3 or 4 km": figures joined before one unit share it.
        if unit.dimension == Dimension::Count && noun.is_none() {
            if let Some(shared) = self.shared_unit_after(unit_end, &p) {
                (unit, multiple) = shared;
            }
        }
        // "an hour" needs a qualifier before it ("nearly an hour") or a unit that is itself a number
        // ("a decade"); "a year later" is no claim about a length of time.
        if p.article && (unit.dimension != Dimension::Time || (bound.is_none() && multiple == 1.0)) {
            // Half of a unit states a length ("half an hour"), and so does a unit after "for" ("for an
            // hour") or a verb of lasting ("the strike lasted a month", "it took a week") or one with a
            // half added ("an hour and a half"); "for a second" and "took a minute" are idioms of a
            // moment.
            let half_added = self.is_word(unit_end, "and")
                && (self.is_word(unit_end + 1, "half")
                    || self.and_a_part(unit_end).is_some_and(|(_, part)| part == 0.5));
            let after_for = start > 0
                && (self.is_word(start - 1, "for") || lexicon::is_verb_of_duration(self.low(start - 1)))
                && !matches!(self.low(unit_end - 1), "second" | "minute" | "moment");
            if unit.dimension != Dimension::Time || !(p.value == 0.5 || after_for || half_added) {
                return None;
            }
        }
        end = unit_end;
        if let Some((e, other)) = self.unit_range_end(start, end, &p, &unit, multiple) {
            p.high = Some(p.value.max(other));
            p.value = p.value.min(other);
            end = e;
        }
        // "3 dollars 50 cents", "thirteen euros and forty-five cents": the hundredths join the amount.
        let mut cents = 0.0;
        if matches!(unit.dimension, Dimension::Currency(_)) && !sign_before && p.high.is_none() {
            let j = if self.is_word(end, "and") { end + 1 } else { end };
            if let Some(q) = self.number_at(j) {
                if matches!(self.low(q.end), "cents" | "cent") && q.value < 100.0 && q.high.is_none() {
                    cents = q.value / 100.0;
                    end = q.end + 1;
                } else if self.gap(j) != Gap::Wide && self.bare_hundredths(start, &p, &q, &unit) {
                    cents = q.value / 100.0;
                    end = q.end;
                }
            }
        }
        if let Some(e) = self.trailing_approx(end) {
            bound = Some(Bound::Approx);
            end = e;
        } else if let Some((e, open)) = self.open_end_after(end) {
            // "500 and more", "18 and over": an open upper end.
            bound = Some(open);
            end = e;
        } else if bound.is_none()
            && self.is_dash(p.end)
            && self.gap(p.end) == Gap::None
            && self.is_word(p.end + 1, "odd")
        {
            // "20-odd survivors", "twenty-odd ships": twenty and some more.
            bound = Some(Bound::AtLeast);
        } else if self.is_word(end, "or") && !self.is_word(end + 2, "than") {
            // "200 or more", "50 or fewer"; "less than 2 or more than 4" is two bounds.
            match self.low(end + 1) {
                "more" | "greater" | "above" | "higher" | "over" | "longer" => {
                    bound = Some(Bound::AtLeast);
                    end += 2;
                }
                "less" | "fewer" | "below" | "lower" | "under" | "shorter" => {
                    bound = Some(Bound::AtMost);
                    end += 2;
                }
                _ => {}
            }
        }
        // "no one", "not one man", "each one", "any one", "every one": a pronoun or a none, not a
        // count of one; nor is "at one time" or "at one point", which mean once.
        let before = if start > 0 { self.low(start - 1) } else { "" };
        if p.single_word
            && p.value == 1.0
            && !p.article
            && (matches!(before, "no" | "not" | "each" | "any" | "every")
                || before == "at" && matches!(self.low(p.end), "time" | "point" | "stage"))
        {
            return None;
        }
        // A lone number word with nothing to count is usually an idiom ("one of the", "at once").
        if p.single_word
            && bound.is_none()
            && unit.dimension == Dimension::Count
            && noun.is_none()
            && !self.word_number_stands(&p)
        {
            return None;
        }
        let mut number = Number::exact(p.value * multiple + cents, &p.written, unit.clone());
        number.rounding *= multiple;
        if let Some(q) = tolerance {
            number.rounding = q.value * multiple;
        }
        if cents > 0.0 {
            number.rounding = 0.0;
        }
        if let Some(high) = p.high {
            number.high = Some(high);
            number.bound = Bound::Range;
        }
        // "about 40,000–50,000", "nearly 40–50": a range already says how far the figure may be from
        // either end. An open bound takes the end it opens from: "over 40–50" is more than 40, "up
        // to 40–50" at most 50.
        match bound {
            Some(Bound::Approx | Bound::Nearly) if p.high.is_some() => {}
            Some(Bound::AtMost) if p.high.is_some() => {
                number.value = number.high.take().unwrap_or(number.value);
                number.bound = Bound::AtMost;
            }
            Some(b) => {
                number.high = None;
                number.bound = b;
            }
            None => {}
        }
        if unit.dimension == Dimension::Time {
            number = smaller_unit_for_fraction(number);
            number = self.compound_duration(number, &mut end);
            // "within", "up to" a duration: at most that long.
        } else if p.high.is_none() {
            number = self.compound_measure(number, &mut end);
        }
        // "fell by 1.2 °F", "a rise of 2 °C", "3 °F warmer": a difference of temperatures, whose degrees
        // convert without the offset of the scales' zeros (1.2 °F of change is 0.67 °C of change).
        if unit.dimension == Dimension::Temperature && self.temperature_change(i, end) {
            number.unit.offset = 0.0;
        }
        let kind = match unit.dimension {
            Dimension::Count => Kind::Count,
            Dimension::Percent => Kind::Percent,
            Dimension::Ordinal => Kind::Ordinal,
            Dimension::Time => Kind::Duration,
            _ => Kind::Quantity,
        };
        // Scale the time value for multi-unit words ("a decade" is ten years, "a fortnight" 14 days).
        Some(Found { first: i, end, kind, value: Value::Number(number), noun })
    }

    /// Whether the number at `i` is one of a list of ages after "ages:" or "age:": "ages: H. 33, T.
    /// 39". Only names, initials and other such numbers may stand between.
    fn after_age_label(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..10 {
            if k < 2 {
                return false;
            }
            k -= 1;
            if self.is_punct(k, ":") {
                return matches!(self.low(k - 1), "age" | "ages");
            }
            let between = self.is_capitalized(k)
                || matches!(self.raw(k), "," | "." | "&")
                || self.is_word(k, "and")
                || self.num_value(k).is_some_and(|v| (1..=120).contains(&v));
            if !between {
                return false;
            }
        }
        false
    }

    /// The unit that a figure in digits `p` shares with the next when "and" or "or" at `k` joins
    /// them and only the second names it: "45 and 50 mg", "3 or 4 hours".
    fn shared_unit_after(&self, k: usize, p: &Parsed) -> Option<(Unit, f64)> {
        if !matches!(self.low(k), "and" | "or") || p.written.is_empty() || p.high.is_some() {
            return None;
        }
        let q = self.digits_at(k + 1).filter(|q| q.high.is_none() && q.implied.is_none())?;
        let (unit, _, _, multiple) = self.unit_after(q.end, &q)?;
        (!matches!(unit.dimension, Dimension::Count | Dimension::Ordinal)).then_some((unit, multiple))
    }

    /// True when a whole number `q` under a hundred after an amount `p` in `unit` is its hundredths
    /// without their name: "15 dollars 50", "thirteen euros and forty-five". Nothing may follow that
    /// it could count ("15 dollars and 50 people"), and the currency must have hundredths: pounds
    /// were long told in shillings and pence, and yen have none.
    /// A text that writes a currency before its amounts ("rmb 10 usd 20") has no such hundredths.
    fn bare_hundredths(&self, start: usize, p: &Parsed, q: &Parsed, unit: &Unit) -> bool {
        let Dimension::Currency(code) = &unit.dimension else { return false };
        let currency_before = start > 0
            && (lexicon::iso_currency(self.raw(start - 1)).is_some()
                || lexicon::measure_unit(self.low(start - 1))
                    .is_some_and(|u| matches!(u.dimension, Dimension::Currency(_))));
        if currency_before {
            return false;
        }
        if matches!(code.as_str(), "GBP" | "JPY" | "KRW" | "livres" | "BTC" | "IDR")
            || p.value.fract() != 0.0
            || p.value >= 1e6
            || q.value.fract() != 0.0
            || !(1.0..100.0).contains(&q.value)
            || q.high.is_some()
            || q.implied.is_some()
            || q.article
            || q.written.contains('.')
        {
            return false;
        }
        let after = q.end;
        self.kind(after).is_none()
            || self.kind(after) == Some(Tok::Punct) && matches!(self.raw(after), "." | "," | ";" | "!" | "?" | ")")
            || self.is_word(after, "and")
            || self.is_word(after, "or")
    }

    /// The other end of a range whose unit is written twice: "44 mg to 50 mg", "from -18 °C to -34
    /// °C", "between 5 km and 8 km". The number starts at `start`, its unit ends at `end`. Counts,
    /// lengths of time and money are left to their own readings.
    fn unit_range_end(&self, start: usize, end: usize, p: &Parsed, unit: &Unit, multiple: f64) -> Option<(usize, f64)> {
        if p.high.is_some()
            || p.implied.is_some()
            || matches!(unit.dimension, Dimension::Count | Dimension::Time | Dimension::Currency(_))
        {
            return None;
        }
        let between = start > 0 && self.is_word(start - 1, "between");
        let connector = self.is_word(end, "to")
            || self.is_dash(end) && self.gap(end + 1) != Gap::Wide
            || between && self.is_word(end, "and");
        if !connector || self.gap(end) == Gap::Wide {
            return None;
        }
        let q = self.digits_at(end + 1).filter(|q| q.high.is_none() && q.implied.is_none())?;
        let (other, _, e, m) = self.unit_after(q.end, &q)?;
        (other.symbol == unit.symbol && m == multiple && q.value != p.value && e > q.end).then_some((e, q.value))
    }

    /// A currency written before a number with letters: a country's mark glued or spaced before the
    /// dollar sign ("C$", "HK $", "AUD$", "Mex$") or an upper-case ISO code ("USD 200", "EUR125").
    /// Returns the currency and where the number starts.
    fn currency_prefix_at(&self, i: usize) -> Option<(Unit, usize)> {
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        let code =
            |c: &'static str| Unit { dimension: Dimension::Currency(c.into()), factor: 1.0, offset: 0.0, symbol: c };
        if self.is_punct(i + 1, "$") && self.gap(i + 1) != Gap::Wide && self.is_num_after_sign(i + 2) {
            let c = match self.low(i) {
                "us" | "usd" => "USD",
                "c" | "ca" | "can" | "cad" => "CAD",
                "a" | "au" | "aud" => "AUD",
                "nz" | "nzd" => "NZD",
                "hk" | "hkd" => "HKD",
                "sg" | "sgd" => "SGD",
                "mex" | "mxn" => "MXN",
                "nt" | "twd" => "TWD",
                _ => return None,
            };
            // A lone lower-case letter spaced from the sign may be a word of the sentence ("a $5 bill").
            if self.raw(i) == "a" && self.gap(i + 1) != Gap::None {
                return None;
            }
            return Some((code(c), i + 2));
        }
        // ISO codes are written in capitals; in lower case "eur" or "usd" could be anything.
        if self.is_num_after_sign(i + 1) {
            return lexicon::iso_currency(self.raw(i)).map(|unit| (unit, i + 1));
        }
        None
    }

    /// True when digits start at `i`, not separated from what came before by a line break.
    fn is_num_after_sign(&self, i: usize) -> bool {
        self.is_num(i) && self.gap(i) != Gap::Wide
    }

    /// When a lone number word stands as a claim: something counted after it, or a subject before a
    /// verb ("Ninety-eight died"). "one" needs a noun after it.
    fn word_number_stands(&self, p: &Parsed) -> bool {
        if p.value == 1.0 {
            return false;
        }
        // "the two of them", "two of the boats": a count of something named later.
        let next = self.low(p.end);
        if next == "of" {
            return !self.is_word(p.end + 1, "the") || p.value > 1.0;
        }
        self.kind(p.end) == Some(Tok::Word)
            || self.kind(p.end).is_none()
            || (self.kind(p.end) == Some(Tok::Punct)
                && matches!(self.raw(p.end), "," | "." | ";" | ":" | "!" | "?" | ")" | "(" | "\"" | "“" | "”"))
    }

    /// "2 h 40 min", "two hours and forty minutes": adds the smaller parts.
    fn compound_duration(&self, mut number: Number, end: &mut usize) -> Number {
        // "one hour and a half", "an hour and half".
        if self.is_word(*end, "and") && self.is_word(*end + 1, "a") && self.is_word(*end + 2, "half") {
            *end += 3;
            return smaller_unit_for_fraction(Number { value: number.value + 0.5, ..number });
        }
        if self.is_word(*end, "and") && self.is_word(*end + 1, "half") {
            *end += 2;
            return smaller_unit_for_fraction(Number { value: number.value + 0.5, ..number });
        }
        // "2 years 1 month 21 days": each smaller part adds to the whole, up to three of them.
        let mut smallest = number.unit.factor;
        for _ in 0..3 {
            let mut j = self.skip_comma(*end);
            if self.is_word(j, "and") {
                j += 1;
            }
            let Some(p) = self.number_at(j) else { break };
            // "6 min 51 s": after minutes, a letter "s" is seconds.
            let seconds = |w: &str| (w == "s" && smallest == 60.0).then(|| lexicon::time_unit("seconds")).flatten();
            let Some(unit) = self.word_at_gap(p.end).and_then(|w| lexicon::time_unit(w).or_else(|| seconds(w))) else {
                break;
            };
            if unit.factor >= smallest || p.high.is_some() || p.article {
                break;
            }
            number.extra_seconds += p.value * unit.factor * lexicon::time_unit_multiple(self.low(p.end));
            number.rounding = 0.5 * unit.factor / number.unit.factor;
            smallest = unit.factor;
            *end = p.end + 1;
        }
        number
    }

    /// "5 feet 2 inches", "6 ft 1 in", "7 pounds and 4 ounces": an imperial measure told in two units
    /// is one measure, stated in the smaller unit.
    fn compound_measure(&self, number: Number, end: &mut usize) -> Number {
        let (smaller, per) = match number.unit.symbol {
            "ft" => ("in", 12.0),
            "lb" => ("oz", 16.0),
            _ => return number,
        };
        // "5 ft. 10 in.": the larger unit may keep its abbreviation's dot.
        let k = if self.is_punct(*end, ".") && self.gap(*end) == Gap::None { *end + 1 } else { *end };
        let j = if self.is_word(k, "and") { k + 1 } else { k };
        let Some(p) = self.digits_at(j).or_else(|| self.number_word_at(j)) else { return number };
        let Some(unit) = self.word_at_gap(p.end).and_then(lexicon::measure_unit) else { return number };
        // "2 in" is an inch unless a noun phrase follows it, opened by a determiner or a name ("6 ft 2
        // in tall", "12 ft 2 in more or less", not "6 ft 2 in the shade" or "5 ft 2 in Paris").
        let word_after = self.kind(p.end + 1) == Some(Tok::Word)
            && (self.is_capitalized(p.end + 1)
                || matches!(
                    self.low(p.end + 1),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "my"
                        | "our"
                        | "your"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "which"
                        | "whose"
                        | "each"
                        | "every"
                        | "all"
                        | "some"
                        | "any"
                        | "one"
                ));
        if unit.symbol != smaller
            || p.value >= per
            || p.article
            || p.high.is_some()
            || self.low(p.end) == "in" && word_after
        {
            return number;
        }
        *end = p.end + 1;
        Number { value: number.value * per + p.value, rounding: 0.5, unit, ..number }
    }

    /// Whether the temperature from `first` to `end` is a change: after "by" or "a rise of", before
    /// "warmer" or "colder".
    fn temperature_change(&self, first: usize, end: usize) -> bool {
        let before = |k: usize| first.checked_sub(k).map_or("", |j| self.low(j));
        let of_change = before(1) == "of"
            && matches!(
                before(2),
                "rise" | "increase" | "drop" | "fall" | "decrease" | "decline" | "change" | "difference"
            );
        before(1) == "by"
            || of_change
            || matches!(self.low(end), "warmer" | "cooler" | "colder" | "hotter") && self.kind(end) == Some(Tok::Word)
    }

    fn word_at_gap(&self, i: usize) -> Option<&str> {
        (self.kind(i) == Some(Tok::Word) && self.gap(i) != Gap::Wide).then(|| self.low(i))
    }

    /// What follows a number: returns its unit, its counted noun and where the claim ends. `None` when
    /// what follows shows the number is no claim (a page, a label).
    fn unit_after(&self, end: usize, p: &Parsed) -> Option<(Unit, Option<String>, usize, f64)> {
        // "90%", "88 %", "32 per cent", "12 percent".
        if self.is_punct(end, "%") && self.gap(end) != Gap::Wide {
            return Some((Unit::percent(), None, end + 1, 1.0));
        }
        if matches!(self.word_at_gap(end), Some("percent" | "pc" | "percentage" | "percents")) {
            return Some((Unit::percent(), None, end + 1, 1.0));
        }
        if self.is_word(end, "per") && self.is_word(end + 1, "cent") {
            return Some((Unit::percent(), None, end + 2, 1.0));
        }
        // "°C", "° F", "℃".
        if self.is_punct(end, "°") {
            let u = match self.low(end + 1) {
                "c" => Some(lexicon::celsius()),
                "f" => Some(lexicon::fahrenheit()),
                _ => None,
            };
            if let Some(u) = u {
                return Some((u, None, end + 2, 1.0));
            }
        }
        if self.is_punct(end, "℃") {
            return Some((lexicon::celsius(), None, end + 1, 1.0));
        }
        // "passed the 100,000 mark": a figure reached, not a sum in marks, which are plural.
        if self.raw(end) == "mark" && p.value != 1.0 {
            return Some((Unit::count(), None, end, 1.0));
        }
        // "20 (kg)", "20 [kg]": a unit symbol in brackets, as a table heading writes it. A single
        // letter in brackets is as often a note or a plural ("(s)"), so the symbol needs two.
        let close = match self.raw(end) {
            "(" => ")",
            "[" => "]",
            "{" => "}",
            "<" => ">",
            _ => "",
        };
        if !close.is_empty()
            && self.gap(end) != Gap::Wide
            && self.gap(end + 1) == Gap::None
            && self.gap(end + 2) == Gap::None
            && self.kind(end + 1) == Some(Tok::Word)
            && self.raw(end + 2) == close
        {
            let w = self.low(end + 1);
            if let Some(unit) = lexicon::measure_unit(w).filter(|_| w.chars().count() >= 2 && w != "in") {
                return Some((unit, Some(w.to_string()), end + 3, 1.0));
            }
        }
        // 9″, 8" and 10 " long: a double quote after a number is inches where it closes no
        // quotation: glued to the number or before a word of dimension, outside quotation marks.
        if matches!(self.raw(end), "\"" | "″") && self.gap(end) != Gap::Wide {
            let dimension = lexicon::is_extent_word(self.low(end + 1));
            let inches =
                self.raw(end) == "″" || (self.gap(end) == Gap::None || dimension) && !self.inside_quotation(end);
            if inches {
                return Some((lexicon::measure_unit("in")?, None, end + 1, 1.0));
            }
        }
        // "10 €", "25 $": a currency sign after the number, unless it begins the next amount ("10 $30").
        if self.kind(end) == Some(Tok::Punct) && self.gap(end) != Gap::Wide {
            if let Some(u) = lexicon::currency_symbol(self.raw(end)) {
                if !(self.is_num(end + 1) && self.gap(end + 1) == Gap::None) {
                    return Some((u, None, end + 1, 1.0));
                }
            }
        }
        // A hyphenated unit: "155-mile", "26,000-word", "59-year-old", "two-hour".
        let (j, hyphenated) = if self.is_dash(end) && self.gap(end) == Gap::None && self.gap(end + 1) == Gap::None {
            (end + 1, true)
        } else {
            (end, false)
        };
        if let Some(w) = self.word_at_gap(j) {
            // "5 d 22 h 54 min": a letter "d" is days only before hours, as alone it is as often pence.
            let days = || {
                (w == "d"
                    && !hyphenated
                    && self.is_num(j + 1)
                    && matches!(self.word_at_gap(j + 2), Some("h" | "hr" | "hrs")))
                .then(|| lexicon::time_unit("days"))
                .flatten()
            };
            if let Some(unit) = lexicon::time_unit(w).or_else(days) {
                // "four hours"; an age is "59-year-old" or "74 years old".
                let mut e = j + 1;
                let mut noun = None;
                if hyphenated && self.is_dash(e) && self.is_word(e + 1, "old") {
                    e += 2;
                    noun = Some("age".to_string());
                } else if self.is_word(e, "old") {
                    e += 1;
                    noun = Some("age".to_string());
                }
                // "two decades" is twenty years: the value is scaled into the designator's unit.
                return Some((unit, noun, e, lexicon::time_unit_multiple(w)));
            }
            // "three long years", "ten more years", "six working days": a length of time with a word
            // between the number and its unit, which is spelt out.
            if !hyphenated && lexicon::period_adjective(w).is_some() {
                let unit_word = self.word_at_gap(j + 1).filter(|u| u.len() > 3);
                if let Some((u, unit)) = unit_word.and_then(|u| Some((u, lexicon::time_unit(u)?))) {
                    return Some((unit, None, j + 2, lexicon::time_unit_multiple(u)));
                }
            }
            if let Some(next) = self.word_at_gap(j + 1) {
                if let Some(unit) = lexicon::measure_unit_pair(w, next) {
                    return Some((unit, None, j + 2, 1.0));
                }
            }
            // "188 miles an hour", "90 km per hour", "50 m/s": a length in a unit of time is a speed.
            if let Some(found) = self.speed_at(j) {
                return Some((found.0, None, found.1, 1.0));
            }
            // "30 MUSD", "120 MEUR": a capital M before an ISO code is millions of that currency, and a
            // scale word after a code scales the amount ("75 USD million").
            if !hyphenated && self.raw(j).len() == 4 && self.raw(j).starts_with('M') {
                if let Some(code) = lexicon::iso_currency(&self.raw(j)[1..]) {
                    return Some((code, None, j + 1, 1e6));
                }
            }
            if let Some(code) = lexicon::iso_currency(self.raw(j)).filter(|_| !hyphenated) {
                if let Some(scale) = self.word_at_gap(j + 1).and_then(lexicon::scale).filter(|s| *s >= 1e6) {
                    return Some((code, None, j + 2, scale));
                }
            }
            // "87 yo": an age.
            if w == "yo" && !hyphenated {
                return Some((lexicon::time_unit("years")?, Some("age".to_string()), j + 1, 1.0));
            }
            // "190 km2", "12 m3", "4 km squared": a length with its power is an area or a volume.
            if let Some(length) = lexicon::measure_unit(w).filter(|u| u.dimension == Dimension::Length) {
                let glued_power = self.gap(j + 1) == Gap::None && matches!(self.raw(j + 1), "2" | "²" | "3" | "³");
                let word_power = matches!(self.word_at_gap(j + 1), Some("squared" | "cubed"));
                if glued_power || word_power {
                    let cube = matches!(self.raw(j + 1), "3" | "³" | "cubed");
                    let (dimension, factor) = if cube {
                        (Dimension::Volume, length.factor.powi(3) * 1000.0)
                    } else {
                        (Dimension::Area, length.factor.powi(2))
                    };
                    let symbol = if cube && length.symbol == "km" {
                        "km3"
                    } else if cube {
                        "m3"
                    } else if length.symbol == "km" {
                        "km2"
                    } else {
                        "m2"
                    };
                    return Some((Unit { dimension, factor, offset: 0.0, symbol }, None, j + 2, 1.0));
                }
            }
            // "for four million pounds": a sum that large in pounds is sterling unless weight is
            // spoken of.
            let sterling = |money: Option<bool>| money.unwrap_or(p.value >= 1e6);
            let of_weight = self.is_word(j + 1, "of") || self.is_word(j + 1, "in") && self.is_word(j + 2, "weight");
            if matches!(w, "pound" | "pounds") && !of_weight && sterling(self.money_before(end, p.value >= 1e3)) {
                return Some((lexicon::measure_unit("gbp")?, Some(w.to_string()), j + 1, 1.0));
            }
            // "(1 mark)", "10 marks", "a two-mark question": a few marks are a test's score; sums
            // in marks run larger, or name their kind ("gold marks").
            let score = matches!(w, "mark" | "marks") && p.value <= 20.0;
            if let Some(unit) = lexicon::measure_unit(w).filter(|_| !score) {
                // One-letter units ("m", "t", "g", "l") and "in" need the number to touch them or a
                // single space, and must not be a word of the sentence ("5 in the morning").
                let risky = w.len() <= 2
                    && !matches!(
                        w,
                        "km" | "ft" | "mi" | "kg" | "cm" | "mm" | "kn" | "ha" | "lb" | "mg" | "oz" | "ml" | "cl"
                    );
                // "3.6 m high" is a length; "5 m people" is not. A word saying where the measured
                // thing lies ("42 m down", "30 m below the surface"), what it measures ("2 m in
                // diameter") or what it is a measure of ("200 g of flour") makes it a unit too: a
                // scale letter ("5 m" for five million) stands before the noun it counts.
                // A preposition or conjunction after the letter leaves nothing for a scale to count:
                // "reached 8,600 m on 28 May".
                let dimension_word = lexicon::is_extent_word(self.low(j + 1))
                    || matches!(self.low(j + 1), "away" | "apart")
                    || matches!(
                        self.low(j + 1),
                        "on" | "at"
                            | "by"
                            | "before"
                            | "after"
                            | "until"
                            | "till"
                            | "when"
                            | "while"
                            | "during"
                            | "and"
                            | "but"
                            | "or"
                            | "then"
                            | "which"
                            | "where"
                            | "over"
                            | "across"
                            | "along"
                            | "near"
                            | "from"
                            | "into"
                            | "off"
                            | "with"
                            | "without"
                    )
                    // "300 m to the roof": to where a thing measures that much, not a figure to come.
                    || self.is_word(j + 1, "to") && !self.is_num(j + 2)
                    // "reached 40 m in places", "312 m in all": where along its length a thing
                    // measures that much, or that it is the whole.
                    || self.is_word(j + 1, "in")
                        && matches!(self.low(j + 2), "places" | "parts" | "some" | "all" | "total")
                    || matches!(self.raw(j + 1), "x" | "×") && self.is_num(j + 2)
                    || unit.dimension != Dimension::Temperature
                        && (self.is_position_word(j + 1)
                            || self.is_word(j + 1, "of")
                            || self.is_word(j + 1, "in")
                                && matches!(
                                    self.low(j + 2),
                                    "diameter"
                                        | "length"
                                        | "height"
                                        | "depth"
                                        | "width"
                                        | "thickness"
                                        | "circumference"
                                ));
                // Digits glued after the unit make it a code: "24703m212", "24703 L202", "24703 L-202".
                if self.is_num(j + 1) && self.gap(j + 1) == Gap::None {
                    return None;
                }
                if self.is_dash(j + 1)
                    && self.gap(j + 1) == Gap::None
                    && self.is_num(j + 2)
                    && self.gap(j + 2) == Gap::None
                    && self.raw(j).chars().any(char::is_uppercase)
                {
                    return None;
                }
                let glued = self.gap(j) == Gap::None && !hyphenated;
                let ok = !risky
                    || glued
                    || ((self.raw(j) != "in" || self.is_inch(j))
                        && (self.kind(j + 1) != Some(Tok::Word) || dimension_word));
                if ok && !(hyphenated && w == "in") {
                    return Some((unit, Some(w.to_string()), j + 1, 1.0));
                }
            }
        }
        // A counted noun: "51,439 prisoners", "16 watertight compartments", "a 26,000 word speech",
        // "hundreds of prisoners".
        let noun = self.counted_noun(end, p);
        let claim_end = if hyphenated && noun.is_some() { end + 2 } else { end };
        Some((Unit::count(), noun, claim_end, 1.0))
    }

    /// Whether the few words before token `end` speak of money ("spent 20 million pounds", "a
    /// profit of 361 million pounds"): `Some(true)`, then pounds are sterling; of weight: `Some(false)`,
    /// whatever else they say; of neither: `None`. A sum of a `large` number of pounds is money
    /// beside words that are more often said of money than of weight: "lost some twenty thousand
    /// pounds", "a fortune of 40,000 pounds" (but "he lost 30 pounds").
    fn money_before(&self, end: usize, large: bool) -> Option<bool> {
        let mut money = None;
        for k in end.saturating_sub(8)..end {
            match self.low(k) {
                "lost" | "lose" | "losing" | "loss" | "losses" | "fortune" | "inherited" | "inheritance" | "dowry"
                | "wealth"
                    if large =>
                {
                    money = Some(true)
                }
                "spent" | "spend" | "spending" | "cost" | "costs" | "costing" | "paid" | "pay" | "price" | "priced"
                | "profit" | "profits" | "revenue" | "revenues" | "budget" | "worth" | "loan" | "loans" | "debt"
                | "debts" | "fined" | "earned" | "earnings" | "invested" | "investment" | "tax" | "taxes"
                | "income" | "salary" | "wages" | "funding" | "grant" | "deficit" | "donated" | "ransom"
                | "compensation" | "fee" | "fees" | "subsidy" | "lent" | "owed" | "bribe" | "raised" | "reward"
                | "sum" => money = Some(true),
                "weighed" | "weighing" | "weighs" | "weigh" | "weight" | "heavy" | "load" | "cargo" | "bombs" => {
                    return Some(false);
                }
                _ => {}
            }
        }
        money
    }

    /// True when token `k` says where a measured thing lies from a point: "down", "below",
    /// "underground", "offshore", "deeper", "from".
    fn is_position_word(&self, k: usize) -> bool {
        self.kind(k) == Some(Tok::Word)
            && matches!(
                self.low(k),
                "down"
                    | "up"
                    | "below"
                    | "above"
                    | "under"
                    | "beneath"
                    | "underground"
                    | "underwater"
                    | "overhead"
                    | "offshore"
                    | "inland"
                    | "upstream"
                    | "downstream"
                    | "uphill"
                    | "downhill"
                    | "ahead"
                    | "behind"
                    | "beyond"
                    | "short"
                    | "higher"
                    | "lower"
                    | "deeper"
                    | "further"
                    | "farther"
                    | "closer"
                    | "nearer"
                    | "from"
                    | "off"
            )
    }

    /// The noun a count counts: the first plural content word among the next three words, or a
    /// word right after the number.
    fn counted_noun(&self, end: usize, p: &Parsed) -> Option<String> {
        let mut j = end;
        if self.is_dash(j) && self.gap(j) == Gap::None {
            j += 1;
        }
        if self.is_word(j, "of") && (p.implied.is_some() || self.is_word(j + 1, "the")) {
            j += if self.is_word(j + 1, "the") { 2 } else { 1 };
        }
        // A word opening the next line before a figure of its own labels that one: in "passengers
        // 1,316" then "crew 908", the crew are not what 1,316 counts.
        if matches!(self.gap(j), Gap::Line | Gap::Wide) && self.is_num(j + 1) && self.gap(j + 1) == Gap::Space {
            return None;
        }
        let mut first = None;
        for k in j..(j + 3).min(self.toks.len()) {
            if self.kind(k) != Some(Tok::Word) || self.gap(k) == Gap::Wide && k > j {
                break;
            }
            let w = self.low(k);
            // Another number starts another figure: "4.9 million two years later".
            if lexicon::is_stop_word(w)
                || lexicon::month(w).is_some() && self.is_capitalized(k)
                || lexicon::small_number(w).is_some()
            {
                break;
            }
            if first.is_none() {
                first = Some((k, w));
            }
            if p.value != 1.0 && lexicon::is_plural_noun(w) {
                return Some(w.to_string());
            }
        }
        // A singular word right after the number is its noun only where it must be one: joined by a
        // hyphen ("26,000-word"), counting one ("one defender"), a name ("32 Swiss"), or modifying the
        // next word ("a 26,000 word speech"). Otherwise it is as likely a verb ("9 sank and").
        let (k, w) = first?;
        let adjacent = j == end || j == end + 1;
        let modifies_next = self.kind(k + 1) == Some(Tok::Word)
            && self.gap(k + 1) != Gap::Wide
            && !lexicon::is_stop_word(self.low(k + 1));
        let must_be_noun = j == end + 1 || p.value == 1.0 || self.is_capitalized(k) || modifies_next;
        (adjacent && must_be_noun).then(|| w.to_string())
    }

    /// A fraction of one unit at `i`: "a quarter of an hour", "three quarters of a mile", "a third
    /// of a mile". Returns where the unit stands and the fraction.
    fn part_of_unit(&self, i: usize) -> Option<(usize, f64)> {
        let count = match self.low(i) {
            "a" | "one" => 1.0,
            w => f64::from(lexicon::small_number(w).filter(|n| (2..=3).contains(n))?),
        };
        let per = lexicon::fraction_part(self.low(i + 1))?;
        if count >= per || !self.is_word(i + 2, "of") || !matches!(self.low(i + 3), "a" | "an") {
            return None;
        }
        let w = self.low(i + 4);
        let unit = lexicon::time_unit(w).is_some() || w.len() > 2 && lexicon::measure_unit(w).is_some();
        unit.then_some((i + 4, count / per))
    }

    /// A fraction of a scale at `i`: "a quarter of a million", "three-quarters of a million", "a
    /// third of a billion". Returns where it ends and the number it makes.
    fn part_of_scale(&self, i: usize) -> Option<(usize, f64)> {
        // Most words start no fraction: look for the "of" it needs first.
        if !(i + 1..i + 4).any(|k| self.is_word(k, "of")) {
            return None;
        }
        let (k, share) = self.fraction_words_at(i)?;
        if share >= 1.0 || !self.is_word(k, "of") || !matches!(self.low(k + 1), "a" | "an") {
            return None;
        }
        let scale = lexicon::scale(self.low(k + 2)).filter(|s| *s >= 1e3)?;
        Some((k + 3, (share * scale).round()))
    }

    /// A fraction of a whole, as a percentage: "about a third of those on board", "two thirds of the
    /// crew", "a two-thirds majority". Without a hyphen it needs a qualifier before it or "of" after
    /// it: "a third lifeboat" is a rank.
    fn fraction_at(&self, i: usize, bound: Option<Bound>) -> Option<Found> {
        if let Some(found) = self.fraction_range_at(i, bound) {
            return Some(found);
        }
        // "⅔ of the votes": a fraction sign before "of" is a share as "two-thirds of" is.
        let sign = lexicon::vulgar_fraction(self.raw(i)).filter(|_| self.whole_after(i + 1));
        let (end, count, per) = match self.hyphen_fraction_at(i) {
            // Joined by a hyphen the words are a fraction wherever they stand ("won two-thirds"), but
            // "two-thirds mile" measures (see `number_word_at`).
            Some(_) if self.number_word_at(i).is_some() => return None,
            Some(found) => found,
            None if self.halved_at(i) => (i + 1, 1.0, 2.0),
            None if sign.is_some() => (i + 1, sign?, 1.0),
            None => {
                let (count, per) = self.spelled_fraction_at(i)?;
                if bound.is_none() && !self.is_word(i + 2, "of") {
                    return None;
                }
                (i + 2, count, per)
            }
        };
        let share = count / per;
        if share > 1.0 {
            return None;
        }
        // "a quarter of an hour" is a length of time and "a quarter of a million" a number (see
        // `number_word_at`), not shares.
        if self.part_of_unit(i).is_some() || self.part_of_scale(i).is_some() {
            return None;
        }
        Some(share_found(i, end, share, bound))
    }

    /// Two fractions that bound a share: "a quarter to a third of the town", "between one-quarter
    /// and one-third of", "two-thirds or three-quarters of the vote".
    fn fraction_range_at(&self, i: usize, bound: Option<Bound>) -> Option<Found> {
        let (k, low) = self.fraction_words_at(i)?;
        let joined = match self.low(k) {
            "to" | "or" => true,
            "and" => i > 0 && self.is_word(i - 1, "between"),
            _ => false,
        };
        if !joined || self.kind(k) != Some(Tok::Word) {
            return None;
        }
        let (end, high) = self.fraction_words_at(k + 1)?;
        // "a quarter to three quarters of an hour" is a length of time.
        let whole = self.is_word(end, "of") && self.part_of_unit(k + 1).is_none();
        if low >= high || high > 1.0 || !(whole || bound.is_some()) {
            return None;
        }
        // Whole percents, each end widened by half a percent to hold the share it rounds: a third
        // is 33.3%.
        let mut number = Number::exact((low * 100.0).round(), "", Unit::percent());
        number.high = Some((high * 100.0).round());
        number.bound = Bound::Range;
        number.rounding = 0.5;
        Some(Found { first: i, end, kind: Kind::Percent, value: Value::Number(number), noun: None })
    }

    /// A fraction in words or a sign at `i`, whatever follows it: "two-thirds", "a quarter", "one
    /// half", "half", "½". Returns where it ends and the share it is.
    fn fraction_words_at(&self, i: usize) -> Option<(usize, f64)> {
        if let Some((end, count, per)) = self.hyphen_fraction_at(i) {
            return Some((end, count / per));
        }
        if let Some(share) = lexicon::vulgar_fraction(self.raw(i)) {
            return Some((i + 1, share));
        }
        if self.is_word(i, "half") {
            return Some((i + 1, 0.5));
        }
        if matches!(self.low(i), "a" | "one") && self.is_word(i + 1, "half") {
            return Some((i + 2, 0.5));
        }
        let (count, per) = self.spelled_fraction_at(i)?;
        Some((i + 2, count / per))
    }

    /// A fraction in two words at `i`, a count and a part: "a third", "one quarter", "three
    /// fifths". Returns the count and how many parts make the whole.
    fn spelled_fraction_at(&self, i: usize) -> Option<(f64, f64)> {
        let count = match self.low(i) {
            "a" | "one" => 1.0,
            w => f64::from(lexicon::small_number(w).filter(|n| (2..=9).contains(n))?),
        };
        Some((count, lexicon::fraction_part(self.low(i + 1))?))
    }

    /// A share told as odds: "one in eight", "roughly 1 in 3 soldiers", "one in a hundred", "nine
    /// out of ten", "two out of every three". The second figure counts a whole, so it is no year ("1
    /// in 1945") and no measure ("2 in 10 minutes").
    fn ratio_at(&self, i: usize, bound: Option<Bound>) -> Option<Found> {
        let plain = |p: &Parsed| p.high.is_none() && p.implied.is_none() && p.value.fract() == 0.0;
        let part = self.digits_at(i).or_else(|| self.number_word_at(i)).filter(plain)?;
        let k = if self.is_word(part.end, "in") {
            part.end + 1
        } else if self.is_word(part.end, "out") && self.is_word(part.end + 1, "of") {
            part.end + 2
        } else {
            return None;
        };
        if part.value < 1.0 {
            return None;
        }
        let k = if self.is_word(k, "every") { k + 1 } else { k };
        let whole = self.digits_at(k).or_else(|| self.number_word_at(k)).filter(plain)?;
        let year = self.is_num(k) && self.raw(k).len() == 4 && !self.digit_group_after(k);
        let measured =
            lexicon::time_unit(self.low(whole.end)).is_some() || lexicon::measure_unit(self.low(whole.end)).is_some();
        if year || measured || whole.value <= part.value || whole.value >= 1e6 {
            return None;
        }
        Some(share_found(i, whole.end, part.value / whole.value, bound))
    }

    /// Whether "half" at `i` is half of a whole the sentence names: "half of the crew", "nearly half
    /// of them", "half of its people". The halves of a period ("the first half of 1956", "the 2nd
    /// half of the game", "the latter half of the war") and "half of" before a number ("half of
    /// 26,000") are not shares.
    fn halved_at(&self, i: usize) -> bool {
        // "the 2nd half": an ordinal in digits, read as a century's number is.
        let suffixed = i > 1 && self.is_num(i - 2) && self.century_number_at(i - 2).is_some_and(|(k, _)| k == i);
        let period = i > 0
            && (lexicon::ordinal_word(self.low(i - 1)).is_some()
                || suffixed
                || matches!(self.low(i - 1), "latter" | "other" | "better" | "last" | "final" | "a" | "one"));
        // "half the population", "half their ships": the whole may follow without "of", but not
        // in the idioms "half the time" and "half the battle".
        let whole = self.whole_after(i + 1)
            || matches!(
                self.low(i + 1),
                "the" | "its" | "their" | "his" | "her" | "our" | "my" | "your" | "these" | "those"
            ) && self.kind(i + 1) == Some(Tok::Word)
                && !matches!(self.low(i + 2), "time" | "battle" | "fun");
        self.is_word(i, "half") && whole && !period
    }

    /// Whether "of" at `i` opens a whole that the words after it name: "of the crew", "of them", "of
    /// their votes"; not "of it" alone, nor "of 26,000".
    fn whole_after(&self, i: usize) -> bool {
        self.is_word(i, "of")
            && matches!(
                self.low(i + 1),
                "the"
                    | "them"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "all"
                    | "those"
                    | "these"
                    | "this"
                    | "that"
                    | "us"
                    | "whom"
                    | "which"
                    | "our"
                    | "my"
                    | "your"
            )
    }

    /// An ordinal: "20th Congress", "the Twentieth Party Congress", "the first lifeboat".
    fn ordinal_at(&self, i: usize, bound: Option<Bound>) -> Option<Found> {
        if bound.is_some() {
            return None;
        }
        let ordinal = |end: usize, n: u32, noun: Option<String>| {
            let number = Number::exact(f64::from(n), "", Unit::ordinal());
            Some(Found {
                first: i,
                end,
                kind: Kind::Ordinal,
                value: Value::Number(Number { rounding: 0.0, ..number }),
                noun,
            })
        };
        if self.is_num(i) {
            let suffix = i + 1;
            if self.gap(suffix) != Gap::None || !matches!(self.low(suffix), "st" | "nd" | "rd" | "th") {
                return None;
            }
            let n = self.num_value(i)?;
            if n > 10_000 {
                return None;
            }
            // "the 24th" without a noun is a day of the month, handled by the date recognizers.
            if let Some((end, noun)) = self.series_noun_after(suffix + 1) {
                return ordinal(end, n as u32, Some(noun));
            }
            // "the 2nd half" is a part of something, not a rank in a series.
            if let Some(noun) = self.word_at_gap(suffix + 1).filter(|w| !lexicon::is_stop_word(w) && *w != "half") {
                return ordinal(suffix + 1, n as u32, Some(noun.to_string()));
            }
            // A rank on its own: "she finished 11th", "ranked 21st in the world".
            return self.bare_rank_before(i).then(|| ordinal(suffix + 1, n as u32, None))?;
        }
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        let (end, n) = self.word_ordinal(i)?;
        // A rank in words that fills its block is a rank: a table cell "eleventh", "twenty-first".
        if i == 0 && self.block_ends_at(end) {
            return ordinal(end, n, None);
        }
        // A rank in words after a verb of placing: "she finished second", "ranked fourth in the
        // league". Elsewhere "second" and "first" without a noun are as often adverbs.
        if i > 0
            && self.gap(i) != Gap::Wide
            && matches!(
                self.low(i - 1),
                "finished" | "finishes" | "finishing" | "placed" | "ranked" | "ranks" | "ranking"
            )
            && self.word_at_gap(end).is_none_or(lexicon::is_stop_word)
            && !self.is_dash(end)
        {
            return ordinal(end, n, None);
        }
        if self.is_capitalized(i) {
            // "Twentieth Party Congress" is a claim; "Second World War" and "First Officer" are names.
            let (end, noun) = self.series_noun_after(end)?;
            return ordinal(end, n, Some(noun));
        }
        // "the first lifeboat": a rank, when "the" comes before and a lower-case noun after.
        if i == 0 || !self.is_word(i - 1, "the") {
            return None;
        }
        let next = self.word_at_gap(end)?;
        // A capitalised word after a lower-case rank is named, and still ranked: "the first International
        // Convention". After a capitalised rank it would be a name ("the First World War").
        // "the first nine months" picks out a stretch of time: the rank counts nothing.
        let stretch = lexicon::small_number(next).is_some() && lexicon::time_unit(self.low(end + 1)).is_some();
        if lexicon::is_stop_word(next)
            || stretch
            || (self.is_capitalized(end) && self.is_capitalized(i))
            || matches!(next, "class" | "time" | "world" | "place" | "half")
        {
            return None;
        }
        if self.is_dash(end) {
            return None;
        }
        ordinal(end, n, Some(next.to_string()))
    }

    /// True when a digit ordinal at `i` with no noun after it is a rank, not a day: it opens the
    /// text or follows a word that no date follows ("finished 11th"), not "the", a preposition
    /// ("on 22nd", "by the 5th") or a month or weekday ("May 5th", "Tuesday 4th").
    fn bare_rank_before(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        if self.kind(i - 1) != Some(Tok::Word) || self.gap(i) == Gap::None {
            return false;
        }
        let w = self.low(i - 1);
        !(lexicon::is_stop_word(w) || lexicon::month(w).is_some() || lexicon::is_weekday(w))
    }

    /// True when nothing but a closing mark of a sentence follows token `end - 1` in the block.
    fn block_ends_at(&self, end: usize) -> bool {
        end == self.toks.len()
            || end + 1 == self.toks.len()
                && self.kind(end) == Some(Tok::Punct)
                && matches!(self.raw(end), "." | "!" | "?")
    }

    /// True when token `i` stands inside a quotation opened by a straight double quote earlier in
    /// its block, looking back a bounded number of tokens.
    fn inside_quotation(&self, i: usize) -> bool {
        let from = i.saturating_sub(40);
        (from..i).filter(|&k| self.is_punct(k, "\"")).count() % 2 == 1
    }

    /// An ordinal in words at `i`: "twentieth", "twenty-first", and with hundreds before it: "two
    /// hundredth", "one hundred and fiftieth", "one hundred twenty-fifth".
    fn word_ordinal(&self, i: usize) -> Option<(usize, u32)> {
        let mut k = i;
        let mut hundreds = 0;
        if let Some(h) = lexicon::small_number(self.low(i)).filter(|h| (1..10).contains(h)) {
            match self.word_at_gap(i + 1) {
                Some("hundredth") => return Some((i + 2, h * 100)),
                Some("hundred") => {
                    hundreds = h * 100;
                    k = if self.is_word(i + 2, "and") { i + 3 } else { i + 2 };
                    if self.gap(k) == Gap::Wide {
                        return None;
                    }
                }
                _ => {}
            }
        }
        let w = self.low(k);
        if let Some(n) = lexicon::ordinal_word(w).filter(|n| hundreds == 0 || *n < 100) {
            return Some((k + 1, hundreds + n));
        }
        let tens = lexicon::small_number(w).filter(|v| *v >= 20 && v % 10 == 0)?;
        if self.is_dash(k + 1) && self.gap(k + 1) == Gap::None {
            let unit = lexicon::ordinal_word(self.low(k + 2)).filter(|v| *v < 10)?;
            return Some((k + 3, hundreds + tens + unit));
        }
        // "one hundred twenty fifth": after hundreds the tens and units may stand apart, except
        // "second", which after a number is as often the unit of time.
        if hundreds > 0 && self.gap(k + 1) != Gap::Wide {
            let unit = lexicon::ordinal_word(self.low(k + 1)).filter(|v| *v < 10 && *v != 2)?;
            return Some((k + 2, hundreds + tens + unit));
        }
        None
    }

    /// A series noun within the next three capitalised words ("Party Congress", "Congress").
    fn series_noun_after(&self, i: usize) -> Option<(usize, String)> {
        for k in i..(i + 3).min(self.toks.len()) {
            let w = self.word_at_gap(k)?;
            if lexicon::is_series_noun(w) {
                return Some((k + 1, w.to_string()));
            }
            if !self.is_capitalized(k) {
                return None;
            }
        }
        None
    }

    /// A number in digits or words at `i`, with a range after it.
    fn number_at(&self, i: usize) -> Option<Parsed> {
        let signed = self.signed_word_number_at(i);
        let mut p = match signed.clone() {
            Some(p) => p,
            None => self.digits_at(i).or_else(|| self.number_word_at(i))?,
        };
        // A range: "50,000–60,000", "20 to 25", "20~100".
        // "between 20 and 30" is one range (years stay apart: "between 1949 and 1961" states two).
        let between = i > 0 && self.is_word(i - 1, "between") && self.is_word(p.end, "and");
        let tilde = self.is_punct(p.end, "~") && self.gap(p.end) == Gap::None && self.gap(p.end + 1) == Gap::None;
        // "two or three thousand men", "three or four days": the writer gives the figure within one.
        let ranged = (self.is_dash(p.end) && self.gap(p.end + 1) != Gap::Wide)
            || self.is_word(p.end, "to")
            || self.is_word(p.end, "or")
            || self.is_word(p.end, "through")
            || between
            || tilde;
        // "8- to 16-meter": the first figure's hyphen waits for the unit after the second.
        let suspended = self.is_dash(p.end)
            && self.gap(p.end) == Gap::None
            && self.is_word(p.end + 1, "to")
            && self.is_dash(p.end + 3)
            && self.gap(p.end + 3) == Gap::None;
        let k = if suspended { p.end + 2 } else { p.end + 1 };
        if ranged && p.implied.is_none() {
            let q = match signed {
                // "between negative ten and fifteen", "from minus 10 to minus 5".
                Some(_) => self.signed_word_number_at(k).or_else(|| {
                    self.digits_at(k).or_else(|| self.number_word_at(k)).map(|q| Parsed { single_word: false, ..q })
                }),
                None => self.digits_at(k).or_else(|| self.number_word_at(k)),
            };
            if let Some(q) = q {
                // "between 75 and 200 million", "2–3 million", "2–3 dozen": a scale after the second
                // figure only is the scale of both, when the first is smaller than the second without
                // it.
                let scale = |end: usize| match end.checked_sub(1).map(|k| self.low(k)) {
                    Some("dozen" | "dozens") => Some(12.0),
                    Some(w) => lexicon::scale(w),
                    None => None,
                };
                let shared = match (scale(p.end), scale(q.end).filter(|_| q.end > k + 1)) {
                    (None, Some(s)) if p.value * s < q.value => Some(s),
                    (None, None) if self.lends_thousands(i, &p, &q) => Some(1e3),
                    _ => None,
                };
                // "two to three million": a word and a scale after a word.
                let words_alike = p.single_word == q.single_word || p.single_word && shared.is_some() && q.end == k + 2;
                if q.value > p.value && q.implied.is_none() && words_alike {
                    if let Some(s) = shared {
                        p.value *= s;
                        if !p.written.is_empty() {
                            p.written = format_scaled(&p.written, s);
                        }
                    }
                    p.high = Some(q.value);
                    p.end = q.end;
                }
            }
        }
        Some(p)
    }

    /// Whether the second figure `q` of a range starting at `i` lends its thousands to the first,
    /// `p`: "5–7,000", "20-25,000". The first is a small whole number in digits before a dash, the
    /// second a figure grouped in thousands that stays above it.
    fn lends_thousands(&self, i: usize, p: &Parsed, q: &Parsed) -> bool {
        self.is_num(i)
            && p.end == i + 1
            && self.is_dash(p.end)
            && (1.0..1000.0).contains(&p.value)
            && p.value.fract() == 0.0
            && q.end > p.end + 2
            && self.raw(q.end - 1) == "000"
            && self.is_num(q.end - 1)
            && p.value * 1e3 < q.value
            && q.value < 1e6
    }

    /// Whether the word at `k`, after a letter "m", is a plural noun that makes the letter "million":
    /// "people" or "tonnes", but not a length ("metres") or an extent ("2 m tall").
    fn counts_millions_of(&self, k: usize) -> bool {
        let Some(w) = self.word_at_gap(k) else { return false };
        lexicon::is_plural_noun(w)
            && !lexicon::is_extent_word(w)
            && self.raw(k).chars().next().is_some_and(char::is_lowercase)
            && lexicon::measure_unit(w).is_none_or(|u| u.dimension != Dimension::Length)
    }

    /// "minus 5", "negative ten": a number with its sign written as a word.
    fn signed_word_number_at(&self, i: usize) -> Option<Parsed> {
        if self.kind(i) != Some(Tok::Word) || !matches!(self.low(i), "minus" | "negative") {
            return None;
        }
        let mut p = self.digits_at(i + 1).or_else(|| self.number_word_at(i + 1))?;
        if p.value <= 0.0 || p.implied.is_some() {
            return None;
        }
        p.value = -p.value;
        if p.written.is_empty() {
            p.single_word = false;
        } else {
            p.written.insert(0, '-');
        }
        Some(p)
    }

    /// True when the digits at `i` are one group of a run of digit groups glued by hyphens, slashes
    /// or points that is a phone number or a code: one that opens with a plus sign ("+1-222-2222")
    /// or has four groups or more ("192.168.0.1"). Dates have three.
    fn in_digit_chain(&self, i: usize) -> bool {
        let joins = |k: usize| {
            self.gap(k) == Gap::None
                && self.gap(k + 1) == Gap::None
                && (self.is_dash(k) || self.is_punct(k, "/") || self.is_punct(k, "."))
                && self.is_num(k + 1)
        };
        let mut first = i;
        while first >= 2 && first + 8 > i && self.is_num(first - 2) && joins(first - 1) {
            first -= 2;
        }
        let mut last = i;
        while last < i + 8 && joins(last + 1) {
            last += 2;
        }
        let groups = (last - first) / 2 + 1;
        let plus = first > 0
            && self.is_punct(first - 1, "+")
            && self.gap(first) == Gap::None
            && (first == 1 || self.gap(first - 1) != Gap::None)
            && (first + 1..last).step_by(2).any(|k| !self.is_punct(k, "."));
        // A range of decimals ("0.01–0.03") mixes its marks; an address or a code repeats one.
        let one_mark = (first + 1..last).step_by(2).all(|k| self.raw(k) == self.raw(first + 1));
        groups >= 4 && one_mark || plus && groups >= 2
    }

    /// Digits with separators and decimals: "51,439", "1 500", "3,6", "31.7", "1.5 million", "116k",
    /// "21½", "−2".
    fn digits_at(&self, i: usize) -> Option<Parsed> {
        let tight = |k: usize| self.gap(k) == Gap::None;
        // A minus sign before digits: "−2 °C", or a hyphen that stands apart from anything before it
        // ("-5") but a currency sign ("$-99.99").
        // A hyphen before a year that a month follows ("-2020-07-01-" in a name) joins the chain, it is
        // no sign.
        let dated =
            self.raw(i + 1).len() == 4 && self.is_dash(i + 2) && tight(i + 2) && self.is_num(i + 3) && tight(i + 3);
        let sign = self.is_dash(i) && self.is_num(i + 1) && tight(i + 1) && !dated;
        let apart = i == 0
            || self.gap(i) != Gap::None && !self.is_num(i - 1)
            || self.kind(i - 1) == Some(Tok::Punct) && lexicon::currency_symbol(self.raw(i - 1)).is_some();
        let (negative, i) =
            if sign && (self.raw(i) == "−" || self.raw(i) == "-" && apart) { (true, i + 1) } else { (false, i) };
        // ".08": a decimal with no leading zero.
        if self.is_punct(i, ".") && self.is_num(i + 1) && tight(i + 1) {
            let written = format!("0.{}", self.raw(i + 1));
            let value: f64 = written.parse().ok()?;
            let value = if negative { -value } else { value };
            return Some(Parsed {
                end: i + 2,
                value,
                written,
                high: None,
                implied: None,
                single_word: false,
                article: false,
            });
        }
        // "½ hour", "¾ mile": a fraction sign on its own counts the unit after it.
        if let Some(f) = lexicon::vulgar_fraction(self.raw(i)).filter(|_| !negative && self.is_unit_word(i + 1)) {
            return Some(Parsed {
                end: i + 1,
                value: f,
                written: format!("{f}"),
                high: None,
                implied: None,
                single_word: false,
                article: false,
            });
        }
        if !self.is_num(i) {
            return None;
        }
        let mut written = self.raw(i).to_string();
        let mut end = i + 1;
        // Digits without group separators: only they may take a decimal comma ("3,6").
        let mut plain = true;
        let first_len = written.len();
        // Indian grouping: "12,34,567", "1,00,000": groups of two before a last group of three.
        if first_len <= 2 {
            let group = |k: usize, len: usize| {
                self.is_punct(k, ",") && tight(k) && tight(k + 1) && self.is_num(k + 1) && self.raw(k + 1).len() == len
            };
            let mut k = end;
            while k < end + 12 && group(k, 2) {
                k += 2;
            }
            if k > end && group(k, 3) {
                while end <= k {
                    written.push_str(self.raw(end + 1));
                    end += 2;
                }
                plain = false;
            }
        }
        // Thousands groups: "51,439", "1 500" (one space-like separator, three digits).
        loop {
            let comma_group = self.is_punct(end, ",")
                && tight(end)
                && tight(end + 1)
                && self.is_num(end + 1)
                && self.raw(end + 1).len() == 3;
            let space_group = first_len <= 3
                && self.is_num(end)
                && self.gap(end) == Gap::Space
                && self.raw(end).len() == 3
                && self.space_before_is_group_separator(end)
                && self.space_groups_end(end).is_some();
            if comma_group {
                written.push_str(self.raw(end + 1));
                end += 2;
                plain = false;
            } else if space_group {
                written.push_str(self.raw(end));
                end += 1;
                plain = false;
            } else {
                break;
            }
        }
        // Decimals: "31.7", and a decimal comma "3,6" (one or two digits, no group).
        let decimal_point = self.is_punct(end, ".") && tight(end) && tight(end + 1) && self.is_num(end + 1);
        let decimal_comma = self.is_punct(end, ",")
            && tight(end)
            && tight(end + 1)
            && self.is_num(end + 1)
            && self.raw(end + 1).len() <= 2
            && plain;
        if (decimal_point || decimal_comma) && !(self.is_punct(end + 2, ".") && self.is_num(end + 3)) {
            written.push('.');
            written.push_str(self.raw(end + 1));
            end += 2;
        }
        let mut value: f64 = written.parse().ok()?;
        // "21½", "3¾".
        if let Some(f) = lexicon::vulgar_fraction(self.raw(end)).filter(|_| tight(end) && !written.contains('.')) {
            value += f;
            written = format!("{value}");
            end += 1;
        }
        // "1/4 mile", "10 1/2 miles": a fraction of a unit. A fraction with nothing measured after it
        // is left alone.
        if !written.contains('.') && !negative {
            let part = |k: usize| {
                let (n, d) = (self.num_value(k)?, self.num_value(k + 2)?);
                let fraction = self.is_punct(k + 1, "/")
                    && tight(k + 1)
                    && tight(k + 2)
                    && matches!(d, 2 | 3 | 4 | 8)
                    && n > 0
                    && n < d
                    && self.is_unit_word(k + 3);
                fraction.then(|| n as f64 / d as f64)
            };
            if let Some(f) = part(i) {
                value = f;
                written = format!("{value}");
                end = i + 3;
            } else if self.gap(end) == Gap::Space && end == i + 1 {
                if let Some(f) = part(end) {
                    value += f;
                    written = format!("{value}");
                    end += 3;
                }
            }
        }
        // Scale words: "1.5 million", "26 thousand", "116k"; joined by a hyphen in "a 100-billion-dollar
        // deal".
        if self.is_dash(end)
            && tight(end)
            && tight(end + 1)
            && lexicon::scale(self.low(end + 1)).is_some_and(|s| s > 100.0)
        {
            end += 1;
        }
        if let Some(w) = self.word_at_gap(end) {
            if let Some(s) = lexicon::scale(w).filter(|_| w != "hundred" || !written.contains('.')) {
                value *= s;
                written = format_scaled(&written, s);
                end += 1;
            } else if w == "k" && tight(end) {
                value *= 1e3;
                written = format_scaled(&written, 1e3);
                end += 1;
            } else if w == "m" && self.counts_millions_of(end + 1) {
                // "1.5m people", "5 m refugees", "3m tonnes of grain": before a plural noun the
                // letter is a scale, and the noun what it counts or the unit it measures in.
                value *= 1e6;
                written = format_scaled(&written, 1e6);
                end += 1;
            } else if matches!(self.raw(end), "M" | "m" | "B" | "T") && tight(end) && self.is_money_around(i, end + 1) {
                // "$1.8M", "£1.5m", "2B euros", "$2.1T": a letter glued to an amount of money is its
                // scale, not metres, bytes or tonnes.
                let s = match self.raw(end) {
                    "M" | "m" => 1e6,
                    "B" => 1e9,
                    _ => 1e12,
                };
                value *= s;
                written = format_scaled(&written, s);
                end += 1;
            } else if matches!(w, "dozen" | "dozens") && !written.contains('.') {
                value *= 12.0;
                written = format!("{value}");
                end += 1;
            }
            // "3 million and a half": half of the scale more.
            if let Some(s) = lexicon::scale(self.low(end - 1)).filter(|_| end > i + 1) {
                if let Some((e, part)) = self.and_a_part(end) {
                    value += part * s;
                    written = format!("{value}");
                    end = e;
                } else if let Some((e, rest)) = self.smaller_part_after(end, s) {
                    // "3 hundred and 21", "4 thousand 3 hundred".
                    value += rest;
                    written = format!("{value}");
                    end = e;
                }
            }
        }
        if negative {
            value = -value;
        }
        Some(Parsed { end, value, written, high: None, implied: None, single_word: false, article: false })
    }

    /// The rest of a number in digits and scale words after a scale `s`: "and 21" after "3 hundred",
    /// "3 hundred and 21" after "4 thousand". Returns where it ends and its value.
    fn smaller_part_after(&self, k: usize, s: f64) -> Option<(usize, f64)> {
        let short = |j: usize| self.is_num(j) && self.raw(j).len() <= 3 && self.gap(j) == Gap::Space;
        if s == 100.0 {
            // Not "3 hundred and 2 hundred", two numbers.
            let alone = self.word_at_gap(k + 2).and_then(lexicon::scale).is_none();
            // Nor "and 0" or "and 2.12": nothing, or a decimal, is no part of a whole hundred.
            let decimal = self.is_punct(k + 2, ".") && self.gap(k + 2) == Gap::None && self.is_num(k + 3);
            let v = self.num_value(k + 1).filter(|v| {
                *v > 0 && self.is_word(k, "and") && short(k + 1) && self.raw(k + 1).len() <= 2 && alone && !decimal
            })?;
            return Some((k + 2, v as f64));
        }
        if short(k) && self.is_word(k + 1, "hundred") {
            let p = self.digits_at(k)?;
            return (p.value < s).then_some((p.end, p.value));
        }
        None
    }

    /// True when token `k` is a unit of measure or time that cannot be an ordinary word ("mile",
    /// "kg", "hours"; not "in", "m" or "t").
    fn is_unit_word(&self, k: usize) -> bool {
        self.word_at_gap(k).is_some_and(|w| {
            lexicon::time_unit(w).is_some()
                || lexicon::measure_unit(w).is_some() && !matches!(w, "in" | "m" | "t" | "g" | "l")
                || w == "in" && self.is_inch(k)
        })
    }

    /// Whether "in" at `k` is an inch: where it can be no preposition, at the end of its block ("2
    /// in."), or before a word of dimension that no noun follows ("2 in thick", not "30 in deep
    /// water").
    fn is_inch(&self, k: usize) -> bool {
        self.block_ends_at(k + 1)
            || lexicon::is_extent_word(self.low(k + 1)) && self.word_at_gap(k + 2).is_none_or(lexicon::is_stop_word)
    }

    /// True when the number starting at `start` and ending before `after` is an amount of money: a
    /// currency sign before it ("$1.8M") or a currency word after it ("1.8M dollars").
    fn is_money_around(&self, start: usize, after: usize) -> bool {
        let sign_before = start > 0 && lexicon::currency_symbol(self.raw(start - 1)).is_some();
        let word_after = self
            .word_at_gap(after)
            .and_then(lexicon::measure_unit)
            .is_some_and(|u| matches!(u.dimension, Dimension::Currency(_)));
        sign_before || word_after
    }

    /// Where a run of space-separated three-digit groups starting at `i` ends ("1 234 567"), or `None`
    /// when the run is followed by a number that is no group (then the spaces separate numbers).
    fn space_groups_end(&self, i: usize) -> Option<usize> {
        let mut k = i;
        // A bounded run: a number has at most five groups after its first.
        for _ in 0..5 {
            if !(self.is_num(k)
                && self.raw(k).len() == 3
                && self.gap(k) == Gap::Space
                && self.space_before_is_group_separator(k))
            {
                break;
            }
            k += 1;
        }
        if k == i || self.is_num(k) || self.is_punct(k, ",") && self.is_num(k + 1) && self.gap(k + 1) == Gap::Space {
            return None;
        }
        Some(k)
    }

    /// True when the single white-space character before token `i` can separate digit groups (a space,
    /// a no-break space, a thin or narrow no-break space).
    fn space_before_is_group_separator(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        let before = &self.text[..t.start];
        matches!(before.chars().next_back(), Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
    }

    /// Number words: "twenty-six thousand", "Ninety-eight", "a hundred", "two thousand two hundred",
    /// "half a million", "thousands", "hundreds of thousands", "a dozen", "two and a half".
    fn number_word_at(&self, i: usize) -> Option<Parsed> {
        if self.kind(i) != Some(Tok::Word) {
            return None;
        }
        // Vague plurals.
        let loose = |end: usize, v: f64, implied: Bound| {
            Some(Parsed {
                end,
                value: v,
                written: String::new(),
                high: None,
                implied: Some(implied),
                single_word: false,
                article: false,
            })
        };
        let vague = |end: usize, v: f64| loose(end, v, Bound::AtLeast);
        // "several hundred", "a few thousand": as many as the plural ("hundreds") says, at least.
        // "a couple of years", "a couple hundred": two, loosely.
        let (mut k, couple) = match self.low(i) {
            "several" => (i + 1, false),
            "a" if self.is_word(i + 1, "few") => (i + 2, false),
            "a" if self.is_word(i + 1, "couple") => (if self.is_word(i + 2, "of") { i + 3 } else { i + 2 }, true),
            _ => (i, false),
        };
        if k > i {
            // "a few hundred thousand": the scales multiply.
            let mut scale = 1.0;
            while let Some(s) = lexicon::scale(self.low(k)).filter(|_| self.kind(k) == Some(Tok::Word)) {
                scale *= s;
                k += 1;
            }
            let of_time = lexicon::time_unit(self.low(k)).is_some();
            // "several hundred years" is a vague amount of time, which concord leaves alone; a
            // couple of years is about two. Before anything but a scale or a unit of time ("a
            // couple of people", "a couple of times") a couple is left alone too.
            return match couple {
                true if scale > 1.0 || of_time => loose(k, 2.0 * scale, Bound::Approx),
                false if scale > 1.0 && !of_time => vague(k, scale),
                _ => None,
            };
        }
        match self.low(i) {
            "dozens" => return vague(i + 1, 12.0),
            "hundreds" | "thousands" | "millions" => {
                let base = match self.low(i) {
                    "hundreds" => 100.0,
                    "thousands" => 1000.0,
                    _ => 1e6,
                };
                if self.is_word(i + 1, "of") && matches!(self.low(i + 2), "thousands" | "millions") {
                    let scale = if self.low(i + 2) == "thousands" { 1e3 } else { 1e6 };
                    return vague(i + 3, base * scale);
                }
                return vague(i + 1, base);
            }
            "tens" if self.is_word(i + 1, "of") && matches!(self.low(i + 2), "thousands" | "millions") => {
                let scale = if self.low(i + 2) == "thousands" { 1e3 } else { 1e6 };
                return vague(i + 3, 10.0 * scale);
            }
            _ => {}
        }
        let mut total = 0.0;
        let mut current = 0.0;
        let mut j = i;
        let mut words = 0;
        let mut any = false;
        // "a quarter of a million", "three-quarters of a million".
        if let Some((end, value)) = self.part_of_scale(j) {
            return Some(self.word_parsed(end, value, 3));
        }
        // "a hundred", "a thousand", "a dozen", "half a million".
        if matches!(self.low(j), "a" | "an") {
            if lexicon::time_unit(self.low(j + 1)).is_some() {
                return Some(Parsed { article: true, ..self.word_parsed(j + 1, 1.0, 0) });
            }
            match self.low(j + 1) {
                "dozen" => return Some(self.word_parsed(j + 2, 12.0, 2)),
                // "a half hour", "a quarter million".
                "half" if lexicon::time_unit(self.low(j + 2)).is_some() => {
                    return Some(Parsed { article: true, ..self.word_parsed(j + 2, 0.5, 0) });
                }
                "half" | "quarter" if lexicon::scale(self.low(j + 2)).is_some() => {
                    let part = if self.low(j + 1) == "half" { 0.5 } else { 0.25 };
                    let s = lexicon::scale(self.low(j + 2))?;
                    return Some(self.word_parsed(j + 3, part * s, 3));
                }
                // "a quarter of an hour": the article belongs to the fraction, which states the
                // length itself.
                "third" | "quarter" => {
                    let (unit_at, part) = self.part_of_unit(j)?;
                    return Some(self.word_parsed(unit_at, part, 0));
                }
                w if lexicon::scale(w).is_some() => {
                    current = 1.0;
                    j += 1;
                }
                _ => return None,
            }
        } else if matches!(self.low(j), "half" | "quarter") && lexicon::scale(self.low(j + 1)).is_some() {
            // "half million", "quarter million": a part of the scale.
            let part = if self.low(j) == "half" { 0.5 } else { 0.25 };
            let s = lexicon::scale(self.low(j + 1))?;
            return Some(self.word_parsed(j + 2, part * s, 2));
        } else if self.is_word(j, "half") && lexicon::time_unit(self.low(j + 1)).is_some() {
            // "half hour", "half year".
            return Some(Parsed { article: true, ..self.word_parsed(j + 1, 0.5, 0) });
        } else if let Some((unit_at, part)) = self.part_of_unit(j) {
            // "three quarters of an hour", "two thirds of a mile".
            return Some(self.word_parsed(unit_at, part, 0));
        } else if let Some((after, count, per)) = self.hyphen_fraction_at(j).filter(|&(_, count, per)| count < per) {
            // "one-half mile", "three-quarters hour", "three-quarters of a century"; alone,
            // "two-thirds" is a share (see `fraction_at`), and "one-half" is not one.
            let of_a = self.is_word(after, "of") && matches!(self.low(after + 1), "a" | "an");
            let unit_at = if of_a { after + 2 } else { after };
            let w = self.low(unit_at);
            let unit = lexicon::time_unit(w).is_some() || w.len() > 2 && lexicon::measure_unit(w).is_some();
            return unit.then(|| self.word_parsed(unit_at, count / per, 0));
        } else if self.is_word(j, "half") && matches!(self.low(j + 1), "a" | "an") {
            // "half an hour".
            if lexicon::time_unit(self.low(j + 2)).is_some() {
                return Some(Parsed { article: true, ..self.word_parsed(j + 2, 0.5, 0) });
            }
            let s = lexicon::scale(self.low(j + 2))?;
            return Some(self.word_parsed(j + 3, 0.5 * s, 3));
        }
        // The last small number read: "twenty six" adds, "eight forty" and "nineteen seventy" do not.
        let mut last_small: Option<u32> = None;
        while j < self.toks.len() {
            // "two-million", "a hundred-billion": a scale joined by a hyphen.
            if (any || current > 0.0)
                && self.is_dash(j)
                && self.gap(j) == Gap::None
                && self.gap(j + 1) == Gap::None
                && lexicon::scale(self.low(j + 1)).is_some()
            {
                j += 1;
            }
            if self.kind(j) != Some(Tok::Word) || (j > i && self.gap(j) == Gap::Wide) {
                break;
            }
            let w = self.low(j);
            if let Some(v) = lexicon::small_number(w) {
                if let Some(prev) = last_small {
                    let adds = prev >= 20 && prev % 10 == 0 && v < 10;
                    if !adds {
                        break;
                    }
                }
                last_small = Some(v);
                // "twenty six" or "twenty-six" after a tens word.
                current += f64::from(v);
                any = true;
                words += 1;
                j += 1;
                if v >= 20 && v % 10 == 0 && self.is_dash(j) && self.gap(j) == Gap::None {
                    if let Some(u) = lexicon::small_number(self.low(j + 1)).filter(|u| *u < 10) {
                        current += f64::from(u);
                        last_small = Some(v + u);
                        j += 2;
                    } else if lexicon::ordinal_word(self.low(j + 1)).is_some() {
                        // "twenty-first" is a rank, not twenty.
                        return None;
                    }
                }
                continue;
            }
            if let Some(s) = lexicon::scale(w) {
                if !any && current == 0.0 {
                    break;
                }
                last_small = None;
                if s == 100.0 {
                    current *= 100.0;
                } else {
                    total += current * s;
                    current = 0.0;
                }
                any = true;
                words += 1;
                j += 1;
                continue;
            }
            // "two thousand and fifty", "two and a half", "one million and a half", "five and a half million".
            if w == "and" && any {
                if let Some((e, part)) = self.and_a_part(j) {
                    match lexicon::scale(self.low(j - 1)) {
                        Some(s) if current == 0.0 => total += part * s,
                        Some(s) if s == 100.0 => current += part * s,
                        _ if part == 0.5 => current += 0.5,
                        // "one and a quarter years": a quarter only of a unit, not of a count.
                        _ if self.is_unit_word(e) => current += part,
                        _ => break,
                    }
                    j = e;
                    words += 3;
                    if let Some(s) = lexicon::scale(self.low(j)).filter(|s| *s > 100.0 && total == 0.0) {
                        current *= s;
                        j += 1;
                    }
                    break;
                }
                if lexicon::small_number(self.low(j + 1)).is_some() && total + current >= 100.0 {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        if !any {
            return None;
        }
        // "two dozen", "three dozen eggs": dozens counted in words, as "4 dozen" is in digits.
        if self.is_word(j, "dozen") && total == 0.0 && current < 100.0 {
            return Some(self.word_parsed(j + 1, current * 12.0, words + 1));
        }
        Some(self.word_parsed(j, total + current, words))
    }

    /// A fraction written as two words joined by a hyphen ("one-half", "two-thirds",
    /// "three-quarters"): the token after it, how many parts it counts and into how many the whole
    /// is cut.
    fn hyphen_fraction_at(&self, i: usize) -> Option<(usize, f64, f64)> {
        let joined = self.is_dash(i + 1) && self.gap(i + 1) == Gap::None && self.gap(i + 2) == Gap::None;
        if !joined {
            return None;
        }
        let count = f64::from(lexicon::small_number(self.low(i)).filter(|n| (1..=9).contains(n))?);
        let per = match self.low(i + 2) {
            "half" => 2.0,
            w => lexicon::fraction_part(w)?,
        };
        Some((i + 3, count, per))
    }

    /// "and a half", "and a quarter" after a scale word: the part of the scale it adds.
    fn and_a_part(&self, i: usize) -> Option<(usize, f64)> {
        if !(self.is_word(i, "and") && self.is_word(i + 1, "a")) {
            return None;
        }
        match self.low(i + 2) {
            "half" => Some((i + 3, 0.5)),
            "quarter" => Some((i + 3, 0.25)),
            _ => None,
        }
    }

    fn word_parsed(&self, end: usize, value: f64, words: usize) -> Parsed {
        Parsed {
            end,
            value,
            written: String::new(),
            high: None,
            implied: None,
            single_word: words == 1,
            article: false,
        }
    }
}

/// States a fractional duration in the next smaller unit, as ISO 8601 prefers: half an hour is
/// `PT30M`, a day and a half `PT36H`. Years and months keep their fraction.
fn smaller_unit_for_fraction(number: Number) -> Number {
    if number.value.fract() == 0.0 {
        return number;
    }
    let smaller = match number.unit.symbol {
        "H" => lexicon::time_unit("minutes"),
        "MIN" => lexicon::time_unit("seconds"),
        "D" => lexicon::time_unit("hours"),
        _ => None,
    };
    let Some(unit) = smaller else { return number };
    let ratio = number.unit.factor / unit.factor;
    Number {
        value: number.value * ratio,
        high: number.high.map(|h| h * ratio),
        rounding: number.rounding * ratio,
        unit,
        ..number
    }
}

/// Converts a 12-hour clock hour to 24-hour.
fn to_24(h: u64, pm: bool) -> Option<u64> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

fn valid_point(y: u64, m: u64, d: u64) -> Option<DatePoint> {
    if !(1..=12).contains(&m) || !(100..=2200).contains(&y) {
        return None;
    }
    let (y, m) = (y as i32, m as u8);
    if d == 0 || d > u64::from(crate::value::days_in_month(y, m)) {
        return None;
    }
    Some(DatePoint { year: Some(YearSpan::single(y)), month: Some(m), day: Some(d as u8) })
}

/// The written digits of a scaled number, for its rounding: "1.5 million" is rounded like 1,500,000
/// written with two significant digits.
fn format_scaled(written: &str, scale: f64) -> String {
    let value: f64 = written.parse().unwrap_or(0.0) * scale;
    let significant = written.chars().filter(char::is_ascii_digit).count();
    let magnitude = if value > 0.0 { value.log10().floor() as i32 + 1 } else { 1 };
    let zeros = (magnitude - significant as i32).max(0) as usize;
    let mut digits: String = written.chars().filter(char::is_ascii_digit).collect();
    digits = digits.trim_start_matches('0').to_string();
    digits.push_str(&"0".repeat(zeros));
    digits
}

/// The years of the early (0), mid (1) or late (2) part of the years `lo` to `hi`: a decade's are its
/// years 0–3, 3–6 and 7–9, the design's reading; a longer span's are its thirds, the last taking
/// what is left over.
fn early_mid_late(lo: i32, hi: i32, part: usize) -> (i32, i32) {
    let width = hi - lo + 1;
    if width == 10 {
        [(lo, lo + 3), (lo + 3, lo + 6), (lo + 7, hi)][part]
    } else {
        let third = width / 3;
        [(lo, lo + third - 1), (lo + third, lo + 2 * third - 1), (lo + 2 * third, hi)][part]
    }
}

/// A share of a whole (`share` of 1) at tokens `first..end`, as a percentage claim. A third or an
/// eighth is not a whole percentage: it is stated to the nearest whole percent, approximately,
/// unless `bound` says otherwise; a share under one percent ("one in two thousand") keeps its figures.
fn share_found(first: usize, end: usize, share: f64, bound: Option<Bound>) -> Found {
    let percent = share * 100.0;
    let (value, whole) = if percent >= 1.0 { (percent.round(), percent.fract() == 0.0) } else { (percent, true) };
    let mut number = Number::exact(value, "", Unit::percent());
    number.bound = bound.unwrap_or(if whole { Bound::Exact } else { Bound::Approx });
    Found { first, end, kind: Kind::Percent, value: Value::Number(number), noun: None }
}

/// The groups of digits of a phone number read so far: how many, how many digits in all, and the
/// lengths of the last three.
#[derive(Default)]
struct DigitGroups {
    count: usize,
    digits: usize,
    last: [usize; 3],
}

impl DigitGroups {
    fn push(&mut self, len: usize) {
        self.count += 1;
        self.digits += len;
        self.last = [self.last[1], self.last[2], len];
    }
}
