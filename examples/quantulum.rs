//! Runs quantulum3's English quantity test sentences against concord's extractor.
//!
//! Run it with `cargo run --release --example quantulum`. The data is read from
//! `../shared/eval-data/quantulum3` beside the crate (`quantities.json` and
//! `quantities.ambiguity.json`); when that folder is absent the harness says so and exits
//! successfully.
//!
//! Each sentence lists the quantities quantulum3 should find, with their surface text, value and
//! unit. Every expected quantity is first judged in or out of concord's scope (see
//! `docs/extraction-scope.md`): units outside concord's dimensions (energy, power, data sizes,
//! angles, rates such as "per hour"), bare fractions, exponent notation, numbers that are parts of
//! names and the like are out. A sentence is in scope when one of its quantities is, or when it
//! expects none (a precision test). An in-scope sentence passes when every in-scope quantity has a
//! claim overlapping its surface with the same value (within 0.5%, units converted; a range "3 to 4
//! L" by both ends), and when no count, quantity, percentage or duration is claimed where nothing was
//! expected. The overall rate counts every sentence and asks for every quantity, in scope or not, by
//! its value alone.
//!
//! The harness prints the rates per file and together, the exclusions by reason, and the first
//! twenty failing in-scope sentences (`-- --failures N` prints N instead).

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use concord::extract::Claim;
use concord::value::{Dimension, Value};
use serde_json::Value as Json;

/// The relative tolerance of numeric comparisons.
const TOLERANCE: f64 = 0.005;

/// How many failing sentences are printed, unless `--failures N` says otherwise.
const SHOWN_FAILURES: usize = 20;

/// The test files, in the order they are reported.
const FILES: &[&str] = &["quantities.json", "quantities.ambiguity.json"];

/// The reasons an expected quantity is out of scope.
mod why {
    pub const OTHER_UNIT: &str = "unit outside concord's dimensions";
    pub const SUBUNIT: &str = "currency subunit";
    pub const KITCHEN: &str = "kitchen measure";
    pub const COUNTING_WORD: &str = "counting word as a unit ('a gross')";
    pub const EXPONENT: &str = "exponent notation";
    pub const FRACTION: &str = "bare fraction";
    pub const NAME: &str = "number in a name";
    pub const NAMED: &str = "named quantity ('absolute zero')";
    pub const NO_SCALE: &str = "degrees without a scale";
    pub const SCALE_LETTER: &str = "scale letter alone ('30 C')";
    pub const ACCOUNTING: &str = "accounting negative '($99.99)'";
}

/// How an expected unit compares with concord's values.
#[derive(Debug, Clone)]
enum UnitWant {
    /// A plain number, times a multiplier ("a dozen" is 12).
    Count(f64),
    /// A physical quantity: its dimension and the factor and offset to the base unit.
    Measure(Dimension, f64, f64),
    /// Money in a currency, by ISO code.
    Money(&'static str),
    /// A length of time: seconds per unit.
    Time(f64),
    Percent,
}

/// An expected quantity in scope: its unit and its value, or the two ends of a range, in that unit.
#[derive(Debug, Clone)]
struct Want {
    unit: UnitWant,
    lo: f64,
    hi: f64,
}

impl fmt::Display for Want {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.lo == self.hi {
            write!(f, "{}", self.lo)?;
        } else {
            write!(f, "{}..{}", self.lo, self.hi)?;
        }
        match &self.unit {
            UnitWant::Count(m) if *m == 1.0 => Ok(()),
            UnitWant::Count(m) => write!(f, " × {m}"),
            UnitWant::Measure(d, _, _) => write!(f, " ({d:?})"),
            UnitWant::Money(code) => write!(f, " {code}"),
            UnitWant::Time(s) => write!(f, " × {s} s"),
            UnitWant::Percent => f.write_str("%"),
        }
    }
}

/// One expected quantity: where its surface stands, its value, and what it asks for or why it is
/// out of scope.
struct Item {
    surface: String,
    unit: String,
    value: f64,
    span: Range<usize>,
    want: Result<Want, &'static str>,
}

/// One test sentence.
struct Sentence {
    text: String,
    items: Vec<Item>,
}

/// The counts of one file.
#[derive(Default)]
struct Tally {
    sentences: usize,
    in_scope: usize,
    passed: usize,
    passed_overall: usize,
    items_in_scope: usize,
    items_found: usize,
    excluded: BTreeMap<&'static str, usize>,
    failures: Vec<String>,
    failure_count: usize,
}

fn main() {
    let Some(dir) = common::data_dir("quantulum3") else { return };
    let shown = common::failures_arg(SHOWN_FAILURES);
    let mut total = Tally::default();
    for file in FILES {
        let Some(sentences) = load(&dir.join(file)) else { continue };
        let tally = run(&sentences, shown);
        print_tally(file, &tally);
        total.sentences += tally.sentences;
        total.in_scope += tally.in_scope;
        total.passed += tally.passed;
        total.passed_overall += tally.passed_overall;
        total.items_in_scope += tally.items_in_scope;
        total.items_found += tally.items_found;
        for (reason, n) in tally.excluded {
            *total.excluded.entry(reason).or_default() += n;
        }
    }
    println!("== overall ==");
    print_rates(&total);
}

/// Prints one file's rates and failures.
fn print_tally(file: &str, tally: &Tally) {
    println!("== {file} ==");
    print_rates(tally);
    if tally.failure_count > 0 {
        println!("failures ({} shown of {}):", tally.failures.len(), tally.failure_count);
        for f in &tally.failures {
            println!("{f}");
        }
    }
    println!();
}

/// Prints the rates of a tally.
fn print_rates(tally: &Tally) {
    println!(
        "sentences {}, in scope {}, passed {} ({} of in scope); overall {} of {} ({})",
        tally.sentences,
        tally.in_scope,
        tally.passed,
        common::rate(tally.passed, tally.in_scope),
        tally.passed_overall,
        tally.sentences,
        common::rate(tally.passed_overall, tally.sentences)
    );
    println!(
        "in-scope quantities found with their value: {} of {} ({})",
        tally.items_found,
        tally.items_in_scope,
        common::rate(tally.items_found, tally.items_in_scope)
    );
    if !tally.excluded.is_empty() {
        let listed: Vec<String> = tally.excluded.iter().map(|(r, n)| format!("{r} {n}")).collect();
        println!("excluded quantities: {}", listed.join(", "));
    }
}

/// Reads a test file. A file that cannot be read or parsed is reported and skipped; a malformed
/// sentence or quantity is reported and left out.
fn load(path: &std::path::Path) -> Option<Vec<Sentence>> {
    let entries = common::read_json_array(path)?;
    let mut sentences = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let Some(req) = entry.get("req").and_then(Json::as_str) else {
            eprintln!("{}: entry {index} has no \"req\"; skipped", path.display());
            continue;
        };
        let mut items = Vec::new();
        let mut cursor = 0;
        for res in entry.get("res").and_then(Json::as_array).map(Vec::as_slice).unwrap_or(&[]) {
            let surface = res.get("surface").and_then(Json::as_str).unwrap_or("");
            let value = res.get("value").and_then(Json::as_f64);
            let unit = res.get("unit").and_then(Json::as_str).unwrap_or("");
            let span = common::find_from(req, surface, cursor).or_else(|| common::find_from(req, surface, 0));
            let (Some(value), Some(span)) = (value, span) else {
                eprintln!("{}: entry {index}: cannot place {res}; skipped", path.display());
                continue;
            };
            cursor = span.end;
            let uncertainty = res.get("uncertainty").and_then(Json::as_f64);
            let want = judge(req, &span, surface, unit, value, uncertainty);
            items.push(Item { surface: surface.to_string(), unit: unit.to_string(), value, span, want });
        }
        sentences.push(Sentence { text: req.to_string(), items });
    }
    Some(sentences)
}

/// Decides whether an expected quantity is in scope and, when it is, what it asks for.
fn judge(
    req: &str,
    span: &Range<usize>,
    surface: &str,
    unit: &str,
    value: f64,
    uncertainty: Option<f64>,
) -> Result<Want, &'static str> {
    let lower = surface.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let unit_want = unit_of(unit)?;
    if surface.trim_start().starts_with('(') {
        return Err(why::ACCOUNTING);
    }
    let exponent = lower.contains('^')
        || lower.contains("×10")
        || lower.contains("x10")
        || chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == 'e' && (w[2].is_ascii_digit() || w[2] == '-'));
    if exponent {
        return Err(why::EXPONENT);
    }
    let fraction_word = lower.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "half" | "halves" | "third" | "thirds" | "quarter" | "quarters" | "fifth" | "fifths" | "sixth" | "sixths"
        )
    });
    let vulgar = lower.chars().any(|c| matches!(c, '½' | '⅓' | '⅔' | '¼' | '¾' | '⅛' | '⅙' | '⅕'));
    if matches!(unit_want, UnitWant::Count(_)) && (lower.contains('/') || vulgar || fraction_word) {
        return Err(why::FRACTION);
    }
    if !lower.chars().any(|c| c.is_ascii_digit()) && lower.contains("zero") && unit != "dimensionless" {
        return Err(why::NAMED);
    }
    if matches!(unit_want, UnitWant::Count(_)) && part_of_name(req, span.start) {
        return Err(why::NAME);
    }
    if lower.trim_end().ends_with('°') {
        return Err(why::NO_SCALE);
    }
    // "30 C", "-10C", "573.15K": a letter alone names no temperature, as the scope page says; only a
    // degree sign or a word does.
    let temperature = matches!(unit, "degree Celsius" | "degree fahrenheit" | "degree Fahrenheit" | "kelvin");
    let named = ['°', '℃', '℉'].iter().any(|c| lower.contains(*c))
        || ["celsius", "fahrenheit", "centigrade", "kelvin", "degree"].iter().any(|w| lower.contains(w));
    if temperature && !named {
        return Err(why::SCALE_LETTER);
    }
    // quantulum3 gives a range as its middle and half its width; a tolerance ("±") is a point.
    let ranged = [" to ", "-", "–", "between"].iter().any(|m| lower.contains(m)) && !lower.contains('±');
    let (lo, hi) = match uncertainty {
        Some(u) if ranged && u > 0.0 => (value - u, value + u),
        _ => (value, value),
    };
    Ok(Want { unit: unit_want, lo, hi })
}

/// How a quantulum3 unit name compares with concord's values, or why it is out of scope.
fn unit_of(unit: &str) -> Result<UnitWant, &'static str> {
    use Dimension::{Area, Length, Mass, Speed, Temperature, Volume};
    const YEAR: f64 = 365.25 * 86_400.0;
    Ok(match unit {
        "dimensionless" => UnitWant::Count(1.0),
        "dozen" => UnitWant::Count(12.0),
        "baker's dozen" | "gross" => return Err(why::COUNTING_WORD),
        "percentage" => UnitWant::Percent,
        "metre" => UnitWant::Measure(Length, 1.0, 0.0),
        "kilometre" => UnitWant::Measure(Length, 1000.0, 0.0),
        "centimetre" => UnitWant::Measure(Length, 0.01, 0.0),
        "millimetre" => UnitWant::Measure(Length, 0.001, 0.0),
        "nanometre" => UnitWant::Measure(Length, 1e-9, 0.0),
        "mile" => UnitWant::Measure(Length, 1609.344, 0.0),
        "inch" => UnitWant::Measure(Length, 0.0254, 0.0),
        "foot" => UnitWant::Measure(Length, 0.3048, 0.0),
        "yard" => UnitWant::Measure(Length, 0.9144, 0.0),
        "square metre" => UnitWant::Measure(Area, 1.0, 0.0),
        "square kilometre" => UnitWant::Measure(Area, 1e6, 0.0),
        "square mile" => UnitWant::Measure(Area, 2_589_988.110_336, 0.0),
        "litre" => UnitWant::Measure(Volume, 1.0, 0.0),
        "centilitre" => UnitWant::Measure(Volume, 0.01, 0.0),
        "millilitre" | "cubic centimetre" => UnitWant::Measure(Volume, 0.001, 0.0),
        "cubic kilometre" => UnitWant::Measure(Volume, 1e12, 0.0),
        "gallon" => UnitWant::Measure(Volume, 3.785_411_784, 0.0),
        "kilogram" => UnitWant::Measure(Mass, 1.0, 0.0),
        "gram" => UnitWant::Measure(Mass, 0.001, 0.0),
        "milligram" => UnitWant::Measure(Mass, 1e-6, 0.0),
        "tonne" => UnitWant::Measure(Mass, 1000.0, 0.0),
        "pound-mass" => UnitWant::Measure(Mass, 0.453_592_37, 0.0),
        "kilometre per hour" => UnitWant::Measure(Speed, 1000.0 / 3600.0, 0.0),
        "mile per hour" => UnitWant::Measure(Speed, 1609.344 / 3600.0, 0.0),
        "degree Celsius" => UnitWant::Measure(Temperature, 1.0, 0.0),
        "degree fahrenheit" | "degree Fahrenheit" => UnitWant::Measure(Temperature, 5.0 / 9.0, -160.0 / 9.0),
        "kelvin" => UnitWant::Measure(Temperature, 1.0, -273.15),
        "second" => UnitWant::Time(1.0),
        "minute" => UnitWant::Time(60.0),
        "hour" => UnitWant::Time(3600.0),
        "day" => UnitWant::Time(86_400.0),
        "week" => UnitWant::Time(7.0 * 86_400.0),
        "month" => UnitWant::Time(YEAR / 12.0),
        "year" => UnitWant::Time(YEAR),
        "dollar" => UnitWant::Money("USD"),
        "euro" => UnitWant::Money("EUR"),
        "pound sterling" => UnitWant::Money("GBP"),
        "penny" | "cent" | "dime" => return Err(why::SUBUNIT),
        "cup" | "tablespoon" | "teaspoon" => return Err(why::KITCHEN),
        _ => return Err(why::OTHER_UNIT),
    })
}

/// True when the number starting at byte `start` belongs to a name or a model code: the word
/// before it is capitalised inside the sentence ("Voyager 2", "English 101") or mixes letters and
/// digits ("i7 860").
fn part_of_name(req: &str, start: usize) -> bool {
    let before = req[..start].trim_end().trim_end_matches(['"', '\'', '“']);
    let word: String =
        before.chars().rev().take_while(|c| c.is_alphanumeric()).collect::<Vec<_>>().into_iter().rev().collect();
    if word.is_empty() {
        return false;
    }
    let rest = before[..before.len() - word.len()].trim_end();
    let sentence_start = rest.is_empty() || rest.ends_with(['.', '!', '?', ':']);
    let capitalised = word.chars().next().is_some_and(char::is_uppercase) && !sentence_start;
    let code = word.chars().any(|c| c.is_ascii_digit()) && word.chars().any(char::is_alphabetic);
    capitalised || code
}

/// Runs every sentence of a file.
fn run(sentences: &[Sentence], shown: usize) -> Tally {
    let mut tally = Tally { sentences: sentences.len(), ..Tally::default() };
    for sentence in sentences {
        let claims = common::extract(&sentence.text, None);
        let spurious: Vec<&Claim> = claims
            .iter()
            .filter(|c| {
                common::is_quantity_kind(c.kind) && !sentence.items.iter().any(|i| common::overlaps(&c.span, &i.span))
            })
            .collect();
        let found = |item: &Item| -> bool {
            claims.iter().any(|c| {
                common::overlaps(&c.span, &item.span)
                    && match &item.want {
                        Ok(want) => matches(want, c),
                        Err(_) => matches_value(item.value, c),
                    }
            })
        };
        let all_found = sentence.items.iter().all(&found);
        if all_found && spurious.is_empty() {
            tally.passed_overall += 1;
        }
        for item in &sentence.items {
            if let Err(reason) = &item.want {
                *tally.excluded.entry(reason).or_default() += 1;
            }
        }
        let in_scope = sentence.items.is_empty() || sentence.items.iter().any(|i| i.want.is_ok());
        if !in_scope {
            continue;
        }
        tally.in_scope += 1;
        let missing: Vec<&Item> = sentence.items.iter().filter(|i| i.want.is_ok() && !found(i)).collect();
        let in_scope_items = sentence.items.iter().filter(|i| i.want.is_ok()).count();
        tally.items_in_scope += in_scope_items;
        tally.items_found += in_scope_items - missing.len();
        if missing.is_empty() && spurious.is_empty() {
            tally.passed += 1;
            continue;
        }
        tally.failure_count += 1;
        if tally.failures.len() < shown {
            tally.failures.push(describe(sentence, &claims, &missing, &spurious));
        }
    }
    tally
}

/// A failing sentence as printed.
fn describe(sentence: &Sentence, claims: &[Claim], missing: &[&Item], spurious: &[&Claim]) -> String {
    let mut out = format!("  input:    {:?}", common::clip(&sentence.text, 200));
    let wanted: Vec<String> = sentence
        .items
        .iter()
        .map(|i| match &i.want {
            Ok(want) => {
                let mark = if missing.iter().any(|m| std::ptr::eq(*m, i)) { "MISSING " } else { "" };
                format!("{mark}{:?} → {want}", i.surface)
            }
            Err(reason) => format!("({:?} {} {}: excluded, {reason})", i.surface, i.value, i.unit),
        })
        .collect();
    let wanted = if wanted.is_empty() { "(nothing)".to_string() } else { wanted.join("; ") };
    out.push_str(&format!("\n  expected: {wanted}"));
    let got: Vec<String> = claims
        .iter()
        .map(|c| {
            let mark = if spurious.iter().any(|s| std::ptr::eq(*s, c)) { "SPURIOUS " } else { "" };
            format!("{mark}{}", common::show_claim(&sentence.text, c))
        })
        .collect();
    let got = if got.is_empty() { "(nothing)".to_string() } else { got.join("; ") };
    out.push_str(&format!("\n  got:      {got}"));
    out
}

/// Whether a claim has the expected value in the expected unit.
fn matches(want: &Want, claim: &Claim) -> bool {
    let near = |a: f64, b: f64| common::close(a, b, TOLERANCE);
    let n = match &claim.value {
        Value::Number(n) => n,
        Value::Date(d) => {
            // A year stated as a plain number ("in 1979", "the 1960s") is read by concord as a year.
            let Some(span) = d.start.year else { return false };
            return matches!(want.unit, UnitWant::Count(m) if m == 1.0)
                && want.lo == want.hi
                && d.start.month.is_none()
                && (f64::from(span.lo)..=f64::from(span.hi)).contains(&want.lo);
        }
    };
    // Both ends of a claimed range, or the number twice, in the expected unit's scale.
    let ends = |scale: &dyn Fn(f64) -> f64| -> (f64, f64) {
        let lo = scale(n.value);
        (lo, n.high.map_or(lo, scale))
    };
    let compare = |(a, b): (f64, f64), lo: f64, hi: f64| -> bool {
        if lo == hi { near(a, lo) || near(b, lo) } else { near(a, lo) && near(b, hi) }
    };
    match &want.unit {
        UnitWant::Count(multiplier) => {
            n.unit.dimension == Dimension::Count && compare(ends(&|x| x), want.lo * multiplier, want.hi * multiplier)
        }
        UnitWant::Percent => n.unit.dimension == Dimension::Percent && compare(ends(&|x| x), want.lo, want.hi),
        UnitWant::Measure(dimension, factor, offset) => {
            n.unit.dimension == *dimension
                && compare(
                    ends(&|x| x * n.unit.factor + n.unit.offset),
                    want.lo * factor + offset,
                    want.hi * factor + offset,
                )
        }
        UnitWant::Money(code) => {
            matches!(&n.unit.dimension, Dimension::Currency(c) if c == code)
                && compare(ends(&|x| x * n.unit.factor), want.lo, want.hi)
        }
        UnitWant::Time(seconds) => {
            // A compound duration ("twenty-one years and six months") answers for each of its parts.
            let leading = n.value * n.unit.factor;
            n.unit.dimension == Dimension::Time
                && (compare(ends(&|x| x * n.unit.factor), want.lo * seconds, want.hi * seconds)
                    || near(leading + n.extra_seconds, want.lo * seconds)
                    || (n.extra_seconds > 0.0 && near(n.extra_seconds, want.lo * seconds)))
        }
    }
}

/// Whether a claim states the expected number at all, whatever its unit: the test the overall rate
/// applies to quantities out of scope.
fn matches_value(value: f64, claim: &Claim) -> bool {
    let near = |a: f64, b: f64| common::close(a, b, TOLERANCE);
    match &claim.value {
        Value::Number(n) => near(n.value, value) || n.high.is_some_and(|h| near(h, value)),
        Value::Date(d) => d.start.year.is_some_and(|y| near(f64::from(y.lo), value)),
    }
}
