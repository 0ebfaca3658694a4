//! Word lists the recognizers share: months, number words, qualifiers, units and stop words.
//!
//! Every lookup takes a lower-cased word and answers in constant or near-constant time (a `match` on
//! string literals compiles to a jump on length and bytes), so the lexicon adds nothing that grows
//! with the text.

use crate::value::{Bound, Dimension, Unit};

/// The month a word names, for full names and their usual abbreviations (without the dot).
pub fn month(word: &str) -> Option<u8> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// True for a weekday name, which may precede a date ("Friday, 24 February").
pub fn is_weekday(word: &str) -> bool {
    matches!(word, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// True for the short form of a weekday ("Wed", "Tues"), which alone is as often a word ("sat",
/// "wed", "sun") and is read only before a date.
pub fn is_short_weekday(word: &str) -> bool {
    matches!(word, "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun")
}

/// True for the abbreviation of a time zone of Europe or North America, or of universal time.
pub fn is_time_zone(word: &str) -> bool {
    matches!(
        word,
        "gmt" | "utc" | "bst" | "cet" | "cest" | "est" | "edt" | "cst" | "cdt" | "mst" | "mdt" | "pst" | "pdt"
    )
}

/// True for a word that names a date or a calendar unit in the possessive ("Friday's", "March's",
/// "last year's", "this week's", "yesterday's"): a weekday, a month by its full name, a unit a
/// relative date counts in, or a day named from the document's date.
pub fn is_possessive_date_word(word: &str) -> bool {
    is_weekday(word)
        || month(word).is_some() && (word.len() > 4 || matches!(word, "may" | "june" | "july"))
        || matches!(
            word,
            "week"
                | "month"
                | "year"
                | "quarter"
                | "decade"
                | "century"
                | "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
        )
}

/// The months a season covers in the northern hemisphere.
pub fn season(word: &str) -> Option<(u8, u8)> {
    Some(match word {
        "spring" => (3, 5),
        "summer" => (6, 8),
        "autumn" | "fall" => (9, 11),
        _ => return None,
    })
}

/// How many parts of a whole a fraction word names: "third" 3, "quarters" 4, "tenths" 10.
pub fn fraction_part(word: &str) -> Option<f64> {
    match word {
        "third" | "thirds" => Some(3.0),
        "quarter" | "quarters" => Some(4.0),
        "fifth" | "fifths" => Some(5.0),
        "sixth" | "sixths" => Some(6.0),
        "eighth" | "eighths" => Some(8.0),
        "tenth" | "tenths" => Some(10.0),
        _ => None,
    }
}

/// The value of a fraction written as one sign: "½", "¾".
pub fn vulgar_fraction(sign: &str) -> Option<f64> {
    Some(match sign {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        _ => return None,
    })
}

/// The value of a cardinal number word below a hundred.
pub fn small_number(word: &str) -> Option<u32> {
    Some(match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// The value of an ordinal number word below a hundred ("twentieth" is 20, "first" is 1).
pub fn ordinal_word(word: &str) -> Option<u32> {
    Some(match word {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" | "nineth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        _ => return None,
    })
}

/// The decade a plural number word names within its century ("seventies" is 70); the noughties are
/// the 0s.
pub fn decade_word(word: &str) -> Option<u32> {
    Some(match word {
        "noughties" | "aughts" => 0,
        "twenties" => 20,
        "thirties" => 30,
        "forties" => 40,
        "fifties" => 50,
        "sixties" => 60,
        "seventies" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
}

/// The multiplier a scale word stands for ("thousand" is 1,000).
pub fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" | "mn" | "mln" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tln" => 1e12,
        _ => return None,
    })
}

/// A qualifier that can stand before a number, and the bound it sets. Multi-word qualifiers are
/// matched by [`qualifier_phrase`]; this handles the one-word ones.
pub fn qualifier(word: &str) -> Option<Bound> {
    Some(match word {
        "about" | "around" | "roughly" | "approximately" | "approx" | "circa" | "ca" | "some" | "estimated"
        | "reportedly" | "perhaps" | "possibly" | "probably" | "maybe" | "~" => Bound::Approx,
        "nearly" | "almost" => Bound::Nearly,
        "over" | "above" | "upwards" => Bound::AtLeast,
        // Verbs of passing a mark: "sales exceeded 3000" states a lower bound.
        "exceed" | "exceeds" | "exceeded" | "exceeding" | "surpass" | "surpasses" | "surpassed" | "surpassing" => {
            Bound::AtLeast
        }
        "under" | "below" | "within" | "max" | "maximum" => Bound::AtMost,
        _ => return None,
    })
}

/// Multi-word qualifiers, lower-case words in order, with their bound.
pub const QUALIFIER_PHRASES: &[(&[&str], Bound)] = &[
    // Longer phrases first: the first match wins.
    (&["less", "than", "or", "equal", "to"], Bound::AtMost),
    (&["greater", "than", "or", "equal", "to"], Bound::AtLeast),
    (&["more", "than", "or", "equal", "to"], Bound::AtLeast),
    (&["at", "least", "or", "equal", "to"], Bound::AtLeast),
    (&["bigger", "or", "equal", "than"], Bound::AtLeast),
    (&["greater", "or", "equal", "than"], Bound::AtLeast),
    (&["larger", "or", "equal", "than"], Bound::AtLeast),
    (&["smaller", "or", "equal", "than"], Bound::AtMost),
    (&["less", "or", "equal", "than"], Bound::AtMost),
    (&["more", "than"], Bound::AtLeast),
    (&["at", "least"], Bound::AtLeast),
    (&["just", "over"], Bound::AtLeast),
    (&["well", "over"], Bound::AtLeast),
    (&["upwards", "of"], Bound::AtLeast),
    (&["upward", "of"], Bound::AtLeast),
    (&["in", "excess", "of"], Bound::AtLeast),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["greater", "than"], Bound::AtLeast),
    (&["warmer", "than"], Bound::AtLeast),
    (&["less", "than"], Bound::AtMost),
    (&["fewer", "than"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["at", "most"], Bound::AtMost),
    (&["no", "more", "than"], Bound::AtMost),
    (&["colder", "than"], Bound::AtMost),
    (&["just", "under"], Bound::Nearly),
    (&["close", "to"], Bound::Nearly),
    (&["an", "estimated"], Bound::Approx),
    // "as many as 120,000 died": the most that is claimed, not a figure give or take.
    (&["as", "many", "as"], Bound::AtMost),
    (&["as", "much", "as"], Bound::AtMost),
    (&["some"], Bound::Approx),
];

/// Returns the qualifier phrase, if any, that the words starting the slice spell, with its length.
pub fn qualifier_phrase(words: &[&str]) -> Option<(usize, Bound)> {
    let first = words.first()?;
    // Most words open no phrase, which one match on the first word tells.
    if opens_qualifier_phrase(first) {
        for (phrase, bound) in QUALIFIER_PHRASES {
            if words.len() >= phrase.len() && words.iter().zip(phrase.iter()).all(|(w, p)| w == p) {
                return Some((phrase.len(), *bound));
            }
        }
    }
    qualifier(first).map(|b| (1, b))
}

/// True for the first word of a phrase in [`QUALIFIER_PHRASES`].
fn opens_qualifier_phrase(word: &str) -> bool {
    matches!(
        word,
        "less"
            | "greater"
            | "more"
            | "at"
            | "bigger"
            | "larger"
            | "smaller"
            | "just"
            | "well"
            | "upwards"
            | "upward"
            | "in"
            | "no"
            | "warmer"
            | "fewer"
            | "up"
            | "colder"
            | "close"
            | "an"
            | "as"
            | "some"
    )
}

/// A time unit by name or abbreviation, with its length in seconds and its ISO 8601 designator
/// (`MIN` stands for minutes, to tell them from months). Units that are multiples of a designator
/// (a fortnight, a decade, a century) return the designator; [`time_unit_multiple`] says how many.
pub fn time_unit(word: &str) -> Option<Unit> {
    const MINUTE: f64 = 60.0;
    const HOUR: f64 = 3600.0;
    const DAY: f64 = 86_400.0;
    const YEAR: f64 = 365.25 * DAY;
    Some(match word {
        "second" | "seconds" | "sec" | "secs" => Unit::time(1.0, "S"),
        "minute" | "minutes" | "min" | "mins" => Unit::time(MINUTE, "MIN"),
        "hour" | "hours" | "hr" | "hrs" | "h" => Unit::time(HOUR, "H"),
        "day" | "days" => Unit::time(DAY, "D"),
        "week" | "weeks" => Unit::time(7.0 * DAY, "W"),
        "fortnight" | "fortnights" => Unit::time(DAY, "D"),
        "month" | "months" => Unit::time(YEAR / 12.0, "M"),
        "year" | "years" | "yr" | "yrs" => Unit::time(YEAR, "Y"),
        "decade" | "decades" => Unit::time(YEAR, "Y"),
        "century" | "centuries" => Unit::time(YEAR, "Y"),
        _ => return None,
    })
}

/// How an adjective between a number and a unit of time describes the length: `Some(true)` for one
/// that adds it to another ("ten more years", "a further three days"), `Some(false)` for one that
/// only colours it ("three long years", "six working days", "four full hours"); `None` for any
/// other word. Abbreviated units do not take them: "two full yrs" is no way to write.
pub fn period_adjective(word: &str) -> Option<bool> {
    match word {
        "more" | "further" | "additional" | "extra" => Some(true),
        "long" | "short" | "full" | "whole" | "entire" | "working" | "trading" | "business" | "calendar"
        | "consecutive" | "straight" | "solid" | "hard" | "bitter" | "bloody" | "brutal" | "difficult" | "terrible"
        | "weary" | "lean" | "happy" | "peaceful" | "turbulent" | "eventful" | "anxious" | "tense" | "agonising"
        | "agonizing" | "fateful" | "harsh" | "miserable" | "glorious" => Some(false),
        _ => None,
    }
}

/// How many of its ISO designator a named time unit is: a fortnight is 14 days, a decade 10 years.
pub fn time_unit_multiple(word: &str) -> f64 {
    match word {
        "fortnight" | "fortnights" => 14.0,
        "decade" | "decades" => 10.0,
        "century" | "centuries" => 100.0,
        _ => 1.0,
    }
}

fn unit(dimension: Dimension, factor: f64, symbol: &'static str) -> Unit {
    Unit { dimension, factor, offset: 0.0, symbol }
}

/// The speeds concord writes with a symbol of their own: a unit of length's symbol, the seconds of
/// the unit of time it is covered in, and the speed's symbol.
const SPEEDS: &[(&str, u32, &str)] = &[
    ("km", 3600, "km/h"),
    ("mi", 3600, "mph"),
    ("m", 3600, "m/h"),
    ("m", 60, "m/min"),
    ("ft", 60, "ft/min"),
    ("m", 1, "m/s"),
    ("km", 1, "km/s"),
    ("ft", 1, "ft/s"),
    ("mi", 1, "mi/s"),
];

/// The speed of a unit of length, by its symbol, covered in `seconds`: "m" in 1 is `m/s`. `None`
/// for a pair [`SPEEDS`] does not name.
pub fn speed(length: &str, seconds: u32) -> Option<Unit> {
    let &(_, _, symbol) = SPEEDS.iter().find(|&&(l, s, _)| l == length && s == seconds)?;
    let length = measure_unit(length)?;
    Some(unit(Dimension::Speed, length.factor / f64::from(seconds), symbol))
}

/// The speed a symbol of [`SPEEDS`] names ("m/s"), for values read back.
pub fn speed_symbol(symbol: &str) -> Option<Unit> {
    let &(length, seconds, _) = SPEEDS.iter().find(|&&(_, _, s)| s == symbol)?;
    speed(length, seconds)
}

/// A unit of measurement written as one word or symbol after a number.
pub fn measure_unit(word: &str) -> Option<Unit> {
    use Dimension::*;
    Some(match word {
        "m" | "metre" | "metres" | "meter" | "meters" => unit(Length, 1.0, "m"),
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => unit(Length, 1000.0, "km"),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => unit(Length, 0.01, "cm"),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => unit(Length, 0.001, "mm"),
        "ft" | "foot" | "feet" => unit(Length, 0.3048, "ft"),
        "in" | "inch" | "inches" => unit(Length, 0.0254, "in"),
        "yd" | "yard" | "yards" => unit(Length, 0.9144, "yd"),
        "mi" | "mile" | "miles" => unit(Length, 1609.344, "mi"),
        "nmi" => unit(Length, 1852.0, "nmi"),
        "fathom" | "fathoms" => unit(Length, 1.8288, "fathom"),
        "furlong" | "furlongs" => unit(Length, 201.168, "furlong"),
        "kn" | "knot" | "knots" | "kt" | "kts" => unit(Speed, 1852.0 / 3600.0, "kn"),
        "celsius" | "celcius" | "centigrade" => celsius(),
        "fahrenheit" => fahrenheit(),
        "mph" => unit(Speed, 1609.344 / 3600.0, "mph"),
        "kph" => unit(Speed, 1000.0 / 3600.0, "km/h"),
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => unit(Mass, 1.0, "kg"),
        "g" | "gram" | "grams" => unit(Mass, 0.001, "g"),
        "t" | "tonne" | "tonnes" | "ton" | "tons" => unit(Mass, 1000.0, "t"),
        "lb" | "lbs" | "pound" | "pounds" => unit(Mass, 0.453_592_37, "lb"),
        "ha" | "hectare" | "hectares" => unit(Area, 10_000.0, "ha"),
        "acre" | "acres" => unit(Area, 4_046.856_422_4, "acre"),
        "l" | "litre" | "litres" | "liter" | "liters" => unit(Volume, 1.0, "l"),
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => unit(Volume, 0.001, "ml"),
        "cl" | "centilitre" | "centilitres" => unit(Volume, 0.01, "cl"),
        "gallon" | "gallons" => unit(Volume, 3.785_411_784, "gal"),
        "dollar" | "dollars" | "usd" => unit(Currency("USD".into()), 1.0, "USD"),
        "euro" | "euros" | "eur" => unit(Currency("EUR".into()), 1.0, "EUR"),
        "franc" | "francs" => unit(Currency("FRF".into()), 1.0, "francs"),
        "livre" | "livres" => unit(Currency("livres".into()), 1.0, "livres"),
        "rouble" | "roubles" | "ruble" | "rubles" => unit(Currency("RUB".into()), 1.0, "RUB"),
        "yen" => unit(Currency("JPY".into()), 1.0, "JPY"),
        "yuan" | "renminbi" | "rmb" => unit(Currency("CNY".into()), 1.0, "CNY"),
        "peseta" | "pesetas" => unit(Currency("ESP".into()), 1.0, "ESP"),
        "rupee" | "rupees" => unit(Currency("INR".into()), 1.0, "INR"),
        "mark" | "marks" | "deutschmark" | "deutschmarks" => unit(Currency("DEM".into()), 1.0, "DEM"),
        // Currencies whose names are no common English words after a number.
        "peso" | "pesos" => unit(Currency("MXN".into()), 1.0, "MXN"),
        "lira" | "liras" => unit(Currency("TRY".into()), 1.0, "TRY"),
        // "Lire" is the Italian plural; Turkish has "lira".
        "lire" => unit(Currency("ITL".into()), 1.0, "ITL"),
        "guilder" | "guilders" => unit(Currency("NLG".into()), 1.0, "NLG"),
        "markka" | "markkaa" => unit(Currency("FIM".into()), 1.0, "FIM"),
        "krona" | "kronor" => unit(Currency("SEK".into()), 1.0, "SEK"),
        "krone" | "kroner" => unit(Currency("NOK".into()), 1.0, "NOK"),
        "baht" => unit(Currency("THB".into()), 1.0, "THB"),
        "zloty" | "zlotys" | "zlotych" => unit(Currency("PLN".into()), 1.0, "PLN"),
        "shekel" | "shekels" => unit(Currency("ILS".into()), 1.0, "ILS"),
        "dinar" | "dinars" => unit(Currency("DIN".into()), 1.0, "dinars"),
        "dirham" | "dirhams" => unit(Currency("AED".into()), 1.0, "AED"),
        "ringgit" => unit(Currency("MYR".into()), 1.0, "MYR"),
        "rupiah" => unit(Currency("IDR".into()), 1.0, "IDR"),
        "forint" | "forints" => unit(Currency("HUF".into()), 1.0, "HUF"),
        "bitcoin" | "bitcoins" | "btc" => unit(Currency("BTC".into()), 1.0, "BTC"),
        "gbp" => unit(Currency("GBP".into()), 1.0, "GBP"),
        "元" => unit(Currency("CNY".into()), 1.0, "CNY"),
        "nanometre" | "nanometres" | "nanometer" | "nanometers" => unit(Length, 1e-9, "nm"),
        "μm" | "µm" | "micrometre" | "micrometres" | "micrometer" | "micrometers" | "micron" | "microns" => {
            unit(Length, 1e-6, "μm")
        }
        "picometre" | "picometres" | "picometer" | "picometers" => unit(Length, 1e-12, "pm"),
        "dm" | "decimetre" | "decimetres" | "decimeter" | "decimeters" => unit(Length, 0.1, "dm"),
        "oz" | "ounce" | "ounces" => unit(Mass, 0.028_349_523_125, "oz"),
        "mg" | "milligram" | "milligrams" => unit(Mass, 1e-6, "mg"),
        "μg" | "µg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => unit(Mass, 1e-9, "μg"),
        "barrel" | "barrels" | "bbl" => unit(Volume, 158.987_294_928, "bbl"),
        "kmph" | "kmh" => unit(Speed, 1000.0 / 3600.0, "km/h"),
        "farenheit" => fahrenheit(),
        _ => return None,
    })
}

/// Units written as two words ("nautical miles", "square kilometres", "degrees Celsius").
pub fn measure_unit_pair(first: &str, second: &str) -> Option<Unit> {
    use Dimension::*;
    Some(match (first, second) {
        ("nautical", "mile" | "miles") => unit(Length, 1852.0, "nmi"),
        ("square" | "sq", "kilometres" | "kilometers" | "kilometre" | "kilometer" | "km") => unit(Area, 1e6, "km2"),
        ("square" | "sq", "miles" | "mile" | "mi") => unit(Area, 2_589_988.110_336, "mi2"),
        ("square" | "sq", "metres" | "meters" | "metre" | "meter" | "m") => unit(Area, 1.0, "m2"),
        ("square" | "sq", "feet" | "foot" | "ft") => unit(Area, 0.092_903_04, "ft2"),
        ("degrees" | "degree" | "deg", "celsius" | "celcius" | "centigrade" | "c") => celsius(),
        ("degrees" | "degree" | "deg", "fahrenheit" | "f") => fahrenheit(),
        ("metric", "ton" | "tons" | "tonne" | "tonnes") => unit(Mass, 1000.0, "t"),
        ("swiss", "franc" | "francs") => unit(Currency("CHF".into()), 1.0, "CHF"),
        ("degrees" | "degree" | "deg", "farenheit") => fahrenheit(),
        ("cubic", "feet" | "foot" | "ft") => unit(Volume, 28.316_846_592, "ft3"),
        ("cubic", "metres" | "meters" | "metre" | "meter" | "m") => unit(Volume, 1000.0, "m3"),
        ("cubic", "kilometres" | "kilometers" | "kilometre" | "kilometer" | "km") => unit(Volume, 1e12, "km3"),
        ("fluid", "ounce" | "ounces" | "oz") => unit(Volume, 0.029_573_529_562_5, "floz"),
        // A nation's adjective before a currency names which dollar, pound or peso it is.
        ("us" | "u.s." | "american", "dollar" | "dollars") => unit(Currency("USD".into()), 1.0, "USD"),
        ("canadian", "dollar" | "dollars") => unit(Currency("CAD".into()), 1.0, "CAD"),
        ("australian", "dollar" | "dollars") => unit(Currency("AUD".into()), 1.0, "AUD"),
        ("singapore", "dollar" | "dollars") => unit(Currency("SGD".into()), 1.0, "SGD"),
        ("taiwan" | "taiwanese", "dollar" | "dollars") => unit(Currency("TWD".into()), 1.0, "TWD"),
        ("chinese", "yuan") => unit(Currency("CNY".into()), 1.0, "CNY"),
        ("japanese", "yen") => unit(Currency("JPY".into()), 1.0, "JPY"),
        ("turkish", "lira" | "liras" | "lire") => unit(Currency("TRY".into()), 1.0, "TRY"),
        ("italian", "lira" | "liras" | "lire") => unit(Currency("ITL".into()), 1.0, "ITL"),
        ("dutch", "guilder" | "guilders") => unit(Currency("NLG".into()), 1.0, "NLG"),
        ("finnish", "markka" | "markkaa" | "marks") => unit(Currency("FIM".into()), 1.0, "FIM"),
        ("mexican", "peso" | "pesos") => unit(Currency("MXN".into()), 1.0, "MXN"),
        ("indian", "rupee" | "rupees") => unit(Currency("INR".into()), 1.0, "INR"),
        ("british" | "sterling", "pound" | "pounds") => unit(Currency("GBP".into()), 1.0, "GBP"),
        ("pounds" | "pound", "sterling") => unit(Currency("GBP".into()), 1.0, "GBP"),
        ("swedish", "krona" | "kronor") => unit(Currency("SEK".into()), 1.0, "SEK"),
        _ => return None,
    })
}

/// A currency by its ISO code, written in capitals ("USD", "EUR"); in lower case "eur" or "usd"
/// could be anything.
pub fn iso_currency(code: &str) -> Option<Unit> {
    let code = match code {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "CHF" => "CHF",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "HKD" => "HKD",
        "INR" => "INR",
        "SEK" => "SEK",
        "MXN" => "MXN",
        "BRL" => "BRL",
        "ZAR" => "ZAR",
        "SGD" => "SGD",
        _ => return None,
    };
    Some(unit(Dimension::Currency(code.into()), 1.0, code))
}

/// Degrees Celsius, the base of the temperature dimension.
pub fn celsius() -> Unit {
    Unit { dimension: Dimension::Temperature, factor: 1.0, offset: 0.0, symbol: "°C" }
}

/// Degrees Fahrenheit, converted to Celsius by factor and offset.
pub fn fahrenheit() -> Unit {
    Unit { dimension: Dimension::Temperature, factor: 5.0 / 9.0, offset: -32.0 * 5.0 / 9.0, symbol: "°F" }
}

/// A currency symbol written before a number.
pub fn currency_symbol(c: &str) -> Option<Unit> {
    let code = match c {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₱" => "PHP",
        "₦" => "NGN",
        "₪" => "ILS",
        "฿" => "THB",
        "₫" => "VND",
        "₴" => "UAH",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₿" => "BTC",
        _ => return None,
    };
    Some(unit(Dimension::Currency(code.into()), 1.0, code))
}

/// A unit of time in the singular that an amount is told for: the "day" of "per day", "each day" and
/// "20 miles a day".
pub fn is_time_unit_of_rate(word: &str) -> bool {
    matches!(
        word,
        "millisecond"
            | "second"
            | "minute"
            | "hour"
            | "hr"
            | "day"
            | "night"
            | "week"
            | "month"
            | "year"
            | "yr"
            | "decade"
            | "annum"
    )
}

/// An adjective of extent after a measure: "3.6 m high", "10 in thick", "2 km across".
pub fn is_extent_word(word: &str) -> bool {
    matches!(word, "long" | "wide" | "high" | "tall" | "deep" | "thick" | "across")
}

/// Words that precede a number used as a page, a label or a position rather than a value.
pub fn is_label_word(word: &str) -> bool {
    matches!(
        word,
        "p" | "pp"
            | "pg"
            | "pgs"
            | "page"
            | "pages"
            | "s"
            | "no"
            | "nos"
            | "number"
            | "chapter"
            | "chapters"
            | "ch"
            | "chap"
            | "section"
            | "sections"
            | "sec"
            | "vol"
            | "volume"
            | "fig"
            | "figure"
            | "table"
            | "part"
            | "para"
            | "line"
            | "lines"
            | "item"
            | "step"
            | "episode"
            | "season"
            | "grade"
            | "year"
            | "room"
            | "platform"
            | "route"
            | "flight"
            | "article"
            | "verse"
            | "act"
            | "scene"
            | "level"
            | "version"
            | "unit"
            | "units"
            | "reactor"
            | "clause"
            | "clauses"
            | "lesson"
            | "lecture"
            | "question"
            | "exercise"
            | "tank"
            | "phase"
            | "module"
            | "paragraph"
            | "appendix"
            | "v"
    )
}

/// Nouns that name a numbered event in a series: an ordinal before them is a claim
/// ("the Twentieth Party Congress"), whereas other capitalised ordinals are names ("Second World War").
pub fn is_series_noun(word: &str) -> bool {
    matches!(
        word,
        "congress"
            | "conference"
            | "plenum"
            | "session"
            | "assembly"
            | "summit"
            | "meeting"
            | "amendment"
            | "anniversary"
            | "council"
            | "convention"
            | "crusade"
            | "olympiad"
            | "olympics"
            | "games"
            | "dynasty"
            | "century"
            | "millennium"
            | "birthday"
            | "edition"
    )
}

/// Irregular plurals and collective nouns that count people or things.
pub fn is_plural_noun(word: &str) -> bool {
    if matches!(
        word,
        "people"
            | "men"
            | "women"
            | "children"
            | "police"
            | "staff"
            | "personnel"
            | "crew"
            | "cattle"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "persons"
            | "folk"
            | "youth"
            | "sheep"
            | "troops"
            | "dead"
            | "wounded"
            | "survivors"
            | "passengers"
    ) {
        return true;
    }
    // A possessive ("city's") names an owner, not what is counted.
    let possessive = word.ends_with("'s") || word.ends_with("’s");
    // "from 1958 onwards", "1920 or thereabouts": adverbs that end like plurals.
    let adverb = matches!(
        word,
        "onwards"
            | "afterwards"
            | "towards"
            | "backwards"
            | "forwards"
            | "upwards"
            | "downwards"
            | "thereabouts"
            | "perhaps"
            | "always"
            | "sometimes"
            | "nowadays"
    );
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !possessive
        && !adverb
}

/// True for a word that can carry a value: the words that name numbers, ranks, months, days,
/// seasons, units of time and times of day, and the vague multiples ("hundreds", "dozens").
pub fn is_value_word(w: &str) -> bool {
    small_number(w).is_some()
        || decade_word(w).is_some()
        || ordinal_word(w).is_some()
        || scale(w).is_some()
        || month(w).is_some()
        || is_weekday(w)
        || season(w).is_some()
        || time_unit(w).is_some()
        || matches!(w, "christmas" | "easter" | "halloween" | "michaelmas" | "candlemas" | "whitsunday" | "pentecost")
        || matches!(
            w,
            "yesterday"
                | "today"
                | "tomorrow"
                | "tonight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "midnight"
                | "noon"
                | "midday"
                | "hundreds"
                | "thousands"
                | "millions"
                | "dozens"
                | "dozen"
                | "tens"
                | "half"
                | "quarter"
                | "quarters"
                | "thirds"
                | "week"
        )
}

/// True for a word that may begin a claim: a word that carries a value, a qualifier or the first
/// word of a qualifier phrase, or a word the recognizers look for by name ("the", "last", "c",
/// "mid", a currency code). The scanner tries no recognizer at any other word, since none could
/// match there; a test checks that every word the recognizers name is in [`CLAIM_WORDS`].
pub fn may_start_claim(w: &str) -> bool {
    is_value_word(w)
        || qualifier(w).is_some()
        || QUALIFIER_PHRASES.iter().any(|(phrase, _)| phrase.first() == Some(&w))
        || CLAIM_WORDS.binary_search(&w).is_ok()
}

/// The words, lower-cased, that the recognizers compare a claim's first token with, in byte order.
/// Words they look for only around a claim ("of", "to", "said") are left out.
pub const CLAIM_WORDS: &[&str] = &[
    "a",
    "above",
    "across",
    "act",
    "ad",
    "afternoon",
    "age",
    "aged",
    "ago",
    "al",
    "am",
    "an",
    "apart",
    "approx",
    "approximately",
    "armistice",
    "ash",
    "at",
    "au",
    "aud",
    "autumn",
    "away",
    "b",
    "bastille",
    "bc",
    "bce",
    "began",
    "begin",
    "below",
    "bonfire",
    "boxing",
    "brl",
    "c",
    "ca",
    "cad",
    "can",
    "ce",
    "cent",
    "cents",
    "century",
    "ch",
    "chf",
    "circa",
    "class",
    "cm",
    "cny",
    "coming",
    "current",
    "d",
    "day",
    "days",
    "decade",
    "decades",
    "deep",
    "dozen",
    "dozens",
    "earlier",
    "early",
    "ed",
    "est",
    "et",
    "eur",
    "evening",
    "expected",
    "f",
    "fall",
    "fewer",
    "ff",
    "final",
    "first",
    "fiscal",
    "following",
    "friday",
    "ft",
    "g",
    "gbp",
    "good",
    "grade",
    "greater",
    "guy",
    "h",
    "ha",
    "half",
    "high",
    "higher",
    "hk",
    "hkd",
    "holy",
    "hour",
    "hours",
    "hundred",
    "hundreds",
    "in",
    "inr",
    "international",
    "item",
    "jpy",
    "july",
    "june",
    "k",
    "kg",
    "km",
    "kn",
    "l",
    "lady",
    "last",
    "late",
    "later",
    "latter",
    "lb",
    "less",
    "level",
    "line",
    "ll",
    "long",
    "longer",
    "lower",
    "m",
    "march",
    "maundy",
    "may",
    "meet",
    "mex",
    "mg",
    "mi",
    "mid",
    "midday",
    "middle",
    "midnight",
    "midsummer",
    "millions",
    "min",
    "mins",
    "minus",
    "minute",
    "minutes",
    "mm",
    "moment",
    "monday",
    "month",
    "months",
    "more",
    "morning",
    "mph",
    "mxn",
    "n",
    "nd",
    "negative",
    "new",
    "next",
    "night",
    "no",
    "noon",
    "nt",
    "nz",
    "nzd",
    "o'clock",
    "oclock",
    "old",
    "one",
    "over",
    "oz",
    "o’clock",
    "p",
    "page",
    "pages",
    "palm",
    "part",
    "past",
    "pc",
    "percent",
    "percentage",
    "percents",
    "pg",
    "place",
    "plan",
    "plans",
    "pm",
    "pp",
    "preceding",
    "previous",
    "q",
    "quarter",
    "quarters",
    "rd",
    "remembrance",
    "rmb",
    "s",
    "saturday",
    "scene",
    "scheduled",
    "season",
    "second",
    "seconds",
    "sek",
    "several",
    "sg",
    "sgd",
    "shorter",
    "shrove",
    "spring",
    "st",
    "start",
    "step",
    "summer",
    "sunday",
    "t",
    "tall",
    "tens",
    "th",
    "the",
    "thick",
    "third",
    "thirds",
    "this",
    "thousands",
    "thru",
    "thursday",
    "time",
    "today",
    "tomorrow",
    "tonight",
    "tuesday",
    "twd",
    "under",
    "upcoming",
    "us",
    "usd",
    "v",
    "valentine's",
    "valentine’s",
    "vol",
    "vote",
    "wednesday",
    "week",
    "weeks",
    "whit",
    "wide",
    "winter",
    "world",
    "year",
    "years",
    "yesterday",
    "yo",
    "zar",
];

/// Function words that carry no subject: they neither name a counted noun nor link claims.
pub fn is_stop_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "without"
            | "into"
            | "onto"
            | "upon"
            | "about"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "till"
            | "than"
            | "then"
            | "that"
            | "this"
            | "these"
            | "those"
            | "there"
            | "their"
            | "they"
            | "them"
            | "he"
            | "she"
            | "it"
            | "its"
            | "his"
            | "her"
            | "hers"
            | "him"
            | "himself"
            | "herself"
            | "itself"
            | "themselves"
            | "ourselves"
            | "myself"
            | "yourself"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "i"
            | "me"
            | "my"
            | "mine"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "what"
            | "when"
            | "where"
            | "why"
            | "how"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "done"
            | "not"
            | "no"
            | "so"
            | "as"
            | "if"
            | "also"
            | "only"
            | "just"
            | "very"
            | "more"
            | "most"
            | "much"
            | "many"
            | "some"
            | "any"
            | "all"
            | "each"
            | "every"
            | "both"
            | "few"
            | "other"
            | "another"
            | "such"
            | "own"
            | "same"
            | "than."
            | "too"
            | "can"
            | "could"
            | "would"
            | "should"
            | "will"
            | "shall"
            | "may"
            | "might"
            | "must"
            | "up"
            | "down"
            | "out"
            | "over"
            | "under"
            | "again"
            | "further"
            | "once"
            | "here"
            | "now"
            | "still"
            | "yet"
            | "even"
            | "ever"
            | "never"
            | "already"
            | "almost"
            | "nearly"
            | "around"
            | "roughly"
            | "approximately"
            | "least"
            | "less"
            | "fewer"
            | "per"
            | "cent"
            | "percent"
            | "via"
            | "while"
            | "because"
            | "though"
            | "although"
            | "whether"
            | "within"
            | "between"
            | "among"
            | "across"
            | "through"
            | "throughout"
            | "against"
            | "toward"
            | "towards"
            | "s"
            | "t"
            | "d"
            | "ll"
            | "re"
            | "ve"
            | "m"
            | "like"
            | "lol"
            | "ok"
            | "okay"
            | "really"
            | "thats"
            | "it's"
            | "it’s"
            | "total"
            | "exactly"
            | "only."
    )
}

/// Adverbs and conjunctions, not ending in "-ly", that open a sentence before a figure ("Overall 12
/// died", "Whilst 10 species grew"): the capital they take there names nothing.
pub fn is_sentence_adverb(word: &str) -> bool {
    matches!(
        word,
        "overall"
            | "altogether"
            | "today"
            | "yesterday"
            | "tonight"
            | "thus"
            | "hence"
            | "therefore"
            | "meanwhile"
            | "later"
            | "earlier"
            | "soon"
            | "afterwards"
            | "instead"
            | "otherwise"
            | "besides"
            | "indeed"
            | "however"
            | "moreover"
            | "furthermore"
            | "nevertheless"
            | "finally"
            | "whilst"
            | "whereas"
            | "unless"
            | "despite"
            | "amid"
            | "including"
            | "plus"
            | "minus"
    )
}

/// Abbreviations whose dot does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "st"
            | "mt"
            | "ft"
            | "c"
            | "ca"
            | "cf"
            | "p"
            | "pp"
            | "pg"
            | "approx"
            | "e"
            | "i"
            | "g"
            | "vs"
            | "no"
            | "nos"
            | "vol"
            | "vols"
            | "ch"
            | "fig"
            | "ed"
            | "eds"
            | "jr"
            | "sr"
            | "gen"
            | "col"
            | "capt"
            | "lt"
            | "sgt"
            | "gov"
            | "govt"
            | "inc"
            | "ltd"
            | "co"
            | "corp"
            | "dept"
            | "est"
            | "etc"
            | "al"
            | "op"
            | "cit"
            | "ibid"
            | "u"
            | "s"
            | "b"
            | "a"
            | "d"
            | "n"
            | "km"
            | "mi"
    )
}

/// Verbs that state how long something went on, after which "a month" or "an hour" is a length of
/// time: "the strike lasted a month", "the crossing took a week", "they spent a year in exile".
pub fn is_verb_of_duration(word: &str) -> bool {
    matches!(
        word,
        "last" | "lasts" | "lasted" | "lasting" | "take" | "takes" | "took" | "taking" | "spend" | "spends" | "spent"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_qualifier_phrase_opens_with_a_word_that_opens_one() {
        for (phrase, _) in QUALIFIER_PHRASES {
            assert!(opens_qualifier_phrase(phrase[0]), "{phrase:?}");
        }
    }
}
