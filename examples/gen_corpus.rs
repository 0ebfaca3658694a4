//! Writes a deterministic corpus of notes for benchmarks and profiling.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --out DIR (--mb N | --notes N) [--seed S]
//! ```
//!
//! The corpus is organised in topic folders. Each topic is an invented event (a bridge, an expedition,
//! a dock strike, a town fire, a ship, a congress) with a fixed set of facts: dates, a birth year,
//! counts with their nouns, durations, quantities with units and percentages. Every note in a topic's
//! folder restates some of those facts in its own surface form and precision ("24 February 1956",
//! "Feb. 24–25, 1956", "February 1956"; "51,439 workers", "more than 51,000 workers"; "four hours",
//! "nearly four hours", "240 minutes"), mixed with filler prose, headings, bullet lists, the occasional
//! table, fenced code block or front matter, parenthetical citations and reference lists. About 3% of
//! the stated values are deliberately wrong, so the corpus contains planted conflicts. Notes run from
//! about 150 to 600 words; roughly one in twelve is a plain-text file.
//!
//! Everything derives from `--seed` through a small splitmix64 generator, so the same arguments always
//! give the same bytes. Each note depends only on the seed, its topic number and its number within the
//! topic, so a smaller corpus is a prefix of a larger one with the same seed.
//!
//! The benchmarks (`benches/extract.rs`) and the pathological timings (`examples/pathological.rs`)
//! compile this file as a module through `#[path]`, so that every measurement reads the same prose.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::time::Instant;

// ------------------------------------------------------------------------------------------ random

/// A splitmix64 pseudo-random generator: tiny, fast, and good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator whose whole sequence is fixed by `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (without the bias of a plain modulo); `n` must not be zero.
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.below(high - low + 1)
    }

    /// True with a probability of `p` percent.
    pub fn percent(&mut self, p: u64) -> bool {
        self.below(100) < p
    }

    /// One element of a non-empty slice.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// A seed for one part of the corpus, derived from the corpus seed and two coordinates.
fn derive(seed: u64, a: u64, b: u64) -> u64 {
    Rng::new(seed ^ a.wrapping_mul(0xA24B_AED4_963E_E407) ^ b.wrapping_mul(0x9FB2_1C65_1E98_DF25)).next_u64()
}

// ------------------------------------------------------------------------------------------ values

/// A fact's value, in the unit its topic states it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Date { year: u64, month: u64, day: u64 },
    Year(u64),
    Count(u64),
    Hours(u64),
    Days(u64),
    Months(u64),
    Metres(u64),
    Kilometres(u64),
    Tonnes(u64),
    Hectares(u64),
    Knots(u64),
    Percent(u64),
}

/// How a fact's value is drawn when its topic is created. Ranges are inclusive.
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// A day within a few years of the topic's era.
    Date,
    /// The birth year of the topic's main person, a few decades before the era.
    BirthYear,
    Count(u64, u64),
    Hours(u64, u64),
    Days(u64, u64),
    Months(u64, u64),
    Metres(u64, u64),
    Kilometres(u64, u64),
    Tonnes(u64, u64),
    Hectares(u64, u64),
    Knots(u64, u64),
    Percent(u64, u64),
}

/// One fact of a kind of topic: how its value is drawn, the noun it counts, its label in tables, and
/// sentence templates. In a template, `{N}` is the topic's name phrase ("the Varnholt Bridge"), `{n}`
/// its bare name, `{L}` its place, `{P}` its main person, `{S}` that person's surname, `{A}` a cited
/// author and `{V}` the value as stated (with its preposition for dates).
#[derive(Debug)]
struct Fact {
    shape: Shape,
    noun: &'static str,
    label: &'static str,
    templates: &'static [&'static str],
}

/// A kind of topic: how its name is written and the facts every topic of the kind has.
#[derive(Debug)]
struct Kind {
    slug: &'static str,
    /// The name phrase, with `{n}` for the invented name and `{L}` for the place.
    phrase: &'static str,
    facts: &'static [Fact],
    /// Sentences with no value that only this kind of topic uses.
    flavour: &'static [&'static str],
    headings: &'static [&'static str],
}

const BORN: Fact = Fact {
    shape: Shape::BirthYear,
    noun: "",
    label: "Birth of {S}",
    templates: &[
        "{P} was born {V}",
        "{S} had been born {V}, in a village a day's ride from {L}",
        "Born {V}, {P} was already a familiar figure in {L} by then",
        "The parish register gives {P} a birth {V}",
    ],
};

const KINDS: &[Kind] = &[
    Kind {
        slug: "bridge",
        phrase: "the {n} Bridge",
        facts: &[
            Fact {
                shape: Shape::Date,
                noun: "",
                label: "Bridge opened",
                templates: &[
                    "The {n} Bridge opened to traffic {V}",
                    "Carts and pedestrians first crossed the {n} Bridge {V}",
                    "{V} the {n} Bridge was finally opened to traffic",
                    "According to the town records of {L}, the new bridge opened to traffic {V}",
                ],
            },
            Fact {
                shape: Shape::Count(300, 4_800),
                noun: "workers",
                label: "Workers on site",
                templates: &[
                    "At the height of construction, {V} were employed on the {n} Bridge",
                    "The contractors kept {V} busy on the bridge site at {L}",
                    "Building the {n} Bridge took the labour of {V} at its peak",
                ],
            },
            Fact {
                shape: Shape::Metres(120, 1_400),
                noun: "",
                label: "Main span",
                templates: &[
                    "The main span of the {n} Bridge measures {V}",
                    "Its main span, {V} from pier to pier, was the longest in the region",
                    "Between the two great piers, the main span of the bridge stretches {V}",
                ],
            },
            Fact {
                shape: Shape::Months(14, 70),
                noun: "",
                label: "Construction time",
                templates: &[
                    "Construction of the {n} Bridge took {V}",
                    "The builders needed {V} to finish the construction of the bridge",
                    "From the first pile to the last rivet, construction of the bridge lasted {V}",
                ],
            },
            Fact {
                shape: Shape::Percent(8, 85),
                noun: "",
                label: "Cost overrun",
                templates: &[
                    "The final cost of the bridge came in {V} above the original estimate",
                    "The {n} Bridge ended up costing {V} more than its engineers had estimated",
                    "Overruns pushed the cost of the bridge {V} past the first estimate",
                ],
            },
            BORN,
        ],
        flavour: &[
            "The engineers had to sink the piers deep into the soft mud of the riverbed",
            "Before the bridge, a ferry carried everything across the river at {L}",
            "Rival engineers dismissed the design as far too ambitious for a provincial town",
            "Ice on the river caused repeated delays during the winter",
            "{P} inspected the ironwork personally and rejected whole batches of rivets",
            "The toll charged for crossing was resented by the farmers for decades",
            "Painters came from all over the country to sketch the new bridge",
        ],
        headings: &["The bridge", "Building the bridge", "Engineering"],
    },
    Kind {
        slug: "expedition",
        phrase: "the {n} expedition",
        facts: &[
            Fact {
                shape: Shape::Date,
                noun: "",
                label: "Departure",
                templates: &[
                    "The {n} expedition set out from {L} {V}",
                    "The party left {L} {V}, later than {S} had planned",
                    "{V} the expedition finally set out from {L}",
                ],
            },
            Fact {
                shape: Shape::Count(12, 95),
                noun: "men",
                label: "Party",
                templates: &[
                    "The roster of the {n} expedition listed {V}",
                    "{V} signed on for the expedition, most of them hired in {L}",
                    "When the roster was drawn up, the expedition counted {V}",
                ],
            },
            Fact {
                shape: Shape::Kilometres(300, 3_200),
                noun: "",
                label: "Distance covered",
                templates: &[
                    "On foot and by sledge, the {n} expedition covered {V}",
                    "By the end of the march the party had covered {V}",
                    "The route the expedition marched came to {V} in all",
                ],
            },
            Fact {
                shape: Shape::Days(9, 80),
                noun: "",
                label: "Crossing the ice",
                templates: &[
                    "The crossing of the ice sheet took {V}",
                    "The party spent {V} crossing the ice sheet",
                    "Crossing the ice sheet cost the expedition {V} of hard marching",
                ],
            },
            Fact {
                shape: Shape::Percent(10, 70),
                noun: "",
                label: "Supplies lost",
                templates: &[
                    "The expedition lost {V} of its supplies in the first storm",
                    "{V} of the supplies were ruined when the first storm struck the camp",
                ],
            },
            BORN,
        ],
        flavour: &[
            "The maps they carried turned out to be badly wrong",
            "Frostbite and hunger followed the party for most of the march",
            "The sledges were far heavier than anyone in {L} had planned for",
            "{P} kept a careful log of every camp, and it survives in the archive",
            "The dogs were bought cheaply and several were unfit for the work",
            "Their tents were made of a new waterproof cloth that failed in the first heavy rain",
            "The guides hired in {L} knew the coast but not the interior",
        ],
        headings: &["The march", "On the ice", "The party"],
    },
    Kind {
        slug: "strike",
        phrase: "the {L} dock strike",
        facts: &[
            Fact {
                shape: Shape::Date,
                noun: "",
                label: "Strike began",
                templates: &[
                    "The {L} dock strike began {V}",
                    "The dockers of {L} walked out {V}",
                    "{V} the first pickets of the dock strike appeared at the gates of the {L} docks",
                ],
            },
            Fact {
                shape: Shape::Count(900, 40_000),
                noun: "dockers",
                label: "Dockers on strike",
                templates: &[
                    "At its height the strike involved {V}",
                    "{V} stayed away from the quays at the height of the strike",
                    "The union counted {V} out on strike at its height",
                ],
            },
            Fact {
                shape: Shape::Days(5, 84),
                noun: "",
                label: "Length of the strike",
                templates: &[
                    "The strike at the {L} docks lasted {V}",
                    "The stoppage at the docks dragged on for {V}",
                    "The strike lasted {V} before the dockers went back to work",
                ],
            },
            Fact {
                shape: Shape::Percent(4, 30),
                noun: "",
                label: "Wage rise won",
                templates: &[
                    "The settlement raised the dockers' wages by {V}",
                    "In the end the dockers won a wage rise of {V}",
                ],
            },
            Fact {
                shape: Shape::Count(20, 400),
                noun: "ships",
                label: "Ships idle",
                templates: &[
                    "{V} lay idle in the harbour during the strike",
                    "The harbour master recorded {V} stuck idle at anchor during the strike",
                ],
            },
            BORN,
        ],
        flavour: &[
            "The employers refused at first to meet the union at all",
            "Soup kitchens were set up in the streets behind the harbour",
            "The city council of {L} tried to mediate and failed",
            "Newspapers in the capital followed the dispute closely",
            "{P} spoke to the crowds on the quay almost every morning",
            "Grain rotted in the warehouses while the ships waited",
            "The police were ordered to keep the gates open for strike breakers",
        ],
        headings: &["The dispute", "On the quays", "The settlement"],
    },
    Kind {
        slug: "fire",
        phrase: "the great fire of {L}",
        facts: &[
            Fact {
                shape: Shape::Date,
                noun: "",
                label: "Fire broke out",
                templates: &[
                    "The great fire of {L} broke out {V}",
                    "Fire broke out in a bakery near the market of {L} {V}",
                    "{V} a small blaze near the market grew into the great fire of {L}",
                ],
            },
            Fact {
                shape: Shape::Count(150, 9_000),
                noun: "houses",
                label: "Houses destroyed",
                templates: &[
                    "The great fire destroyed {V}",
                    "{V} were destroyed by the flames before the fire burned out",
                    "By the time it burned out, the fire had destroyed {V} in {L}",
                ],
            },
            Fact {
                shape: Shape::Hours(3, 40),
                noun: "",
                label: "Burning time",
                templates: &[
                    "The fire burned for {V} before it was under control",
                    "It took {V} to bring the blaze under control",
                    "The firefighters of {L} fought the blaze for {V} before it was under control",
                ],
            },
            Fact {
                shape: Shape::Percent(12, 80),
                noun: "",
                label: "Share of the town burned",
                templates: &[
                    "The fire left {V} of the old town of {L} in ruins",
                    "{V} of the old town was reduced to ruins",
                ],
            },
            Fact {
                shape: Shape::Hectares(20, 600),
                noun: "",
                label: "Area burned",
                templates: &[
                    "The burned district of {L} covered {V}",
                    "Flames swept across {V} of the town before the wind dropped",
                ],
            },
            BORN,
        ],
        flavour: &[
            "Timber houses packed close together let the flames jump from roof to roof",
            "The water pumps of the town were old and badly maintained",
            "Rebuilding in stone was made compulsory afterwards",
            "A strong wind from the east drove the fire towards the harbour",
            "{P} organised the bucket chains from the steps of the town hall",
            "Insurance companies refused many of the claims afterwards",
            "Whole families camped in the fields outside the walls for weeks",
        ],
        headings: &["The fire", "The blaze", "Rebuilding"],
    },
    Kind {
        slug: "ship",
        phrase: "the {n}",
        facts: &[
            Fact {
                shape: Shape::Date,
                noun: "",
                label: "Launched",
                templates: &[
                    "The {n} was launched at the yard in {L} {V}",
                    "The shipyard at {L} launched the {n} {V}",
                    "{V} the hull of the {n} slid into the water at {L}",
                ],
            },
            Fact {
                shape: Shape::Count(200, 2_600),
                noun: "passengers",
                label: "Passengers on the maiden voyage",
                templates: &[
                    "On her maiden voyage the {n} carried {V}",
                    "{V} sailed on the maiden voyage of the {n}",
                    "The passenger list of the maiden voyage names {V}",
                ],
            },
            Fact {
                shape: Shape::Days(5, 19),
                noun: "",
                label: "Maiden crossing",
                templates: &["The maiden crossing of the {n} took {V}", "The {n} made her maiden crossing in {V}"],
            },
            Fact {
                shape: Shape::Tonnes(2_000, 52_000),
                noun: "",
                label: "Displacement",
                templates: &[
                    "Fully laden, the {n} displaced {V}",
                    "The {n} had a displacement of {V} when fully laden",
                ],
            },
            Fact {
                shape: Shape::Knots(11, 29),
                noun: "",
                label: "Top speed",
                templates: &[
                    "On her trials the {n} reached a top speed of {V}",
                    "The {n} could make a top speed of {V} in calm water",
                ],
            },
            BORN,
        ],
        flavour: &[
            "The ship was the pride of the yard at {L}",
            "Her engines were the most modern of their day",
            "The crew were mostly recruited in the port towns of the north coast",
            "A storm on the second night tested the hull",
            "{P} supervised the fitting out and argued constantly with the owners",
            "The first-class saloon was panelled in oak carved by local craftsmen",
            "Critics said the hull had been built in too much of a hurry",
        ],
        headings: &["The ship", "The maiden voyage", "At the yard"],
    },
    Kind {
        slug: "congress",
        phrase: "the {L} congress",
        facts: &[
            Fact {
                shape: Shape::Date,
                noun: "",
                label: "Congress opened",
                templates: &[
                    "The {L} congress opened {V}",
                    "Delegates gathered in {L} for the opening session of the congress {V}",
                    "{V} the congress at {L} was called to order",
                ],
            },
            Fact {
                shape: Shape::Count(120, 3_000),
                noun: "delegates",
                label: "Delegates",
                templates: &[
                    "The {L} congress brought together {V}",
                    "{V} attended the congress in {L}",
                    "The credentials committee of the congress accepted {V}",
                ],
            },
            Fact {
                shape: Shape::Days(3, 16),
                noun: "",
                label: "Length of the congress",
                templates: &["The congress at {L} sat for {V}", "The sessions of the congress in {L} went on for {V}"],
            },
            Fact {
                shape: Shape::Percent(51, 96),
                noun: "",
                label: "Vote for the resolution",
                templates: &[
                    "The final resolution passed with {V} of the vote",
                    "{V} of the delegates voted for the final resolution",
                ],
            },
            Fact {
                shape: Shape::Hours(2, 7),
                noun: "",
                label: "Closing speech",
                templates: &[
                    "The closing speech of {P} lasted {V}",
                    "{P} spoke for {V} at the closing session",
                    "At the closing session, {S} held the floor for {V}",
                ],
            },
            BORN,
        ],
        flavour: &[
            "The delegates argued late into the night over the wording of the resolution",
            "Foreign observers were kept out of the closed sessions",
            "{P} chaired most of the sessions with a firm hand",
            "The minutes were published only years later, and heavily edited",
            "The hall in {L} was far too small for the crowds that came",
            "Reporters waited outside the hall for scraps of news",
            "Several delegations threatened to walk out before the final vote",
        ],
        headings: &["The sessions", "The resolution", "The delegates"],
    },
];

/// Sentences with no value that any topic can use.
const FILLER: &[&str] = &[
    "Most of what we know about {N} comes from newspapers printed in {L} at the time",
    "{P} left a diary, but only a few pages of it have ever been published",
    "Historians still argue about how much of the story was embellished afterwards",
    "The local archive in {L} holds the original letters, which I have not seen yet",
    "{A} tells the story in a lively way, though the footnotes are thin",
    "My notes from the seminar are messy here, so this part needs checking",
    "It is worth remembering that the records were kept by people with an interest in the outcome",
    "Most of the photographs that survive were taken weeks later",
    "Nobody at the time seems to have thought the event would matter beyond {L}",
    "{S} is the name that comes up again and again in the accounts",
    "The figures most textbooks repeat do not always agree with each other",
    "Contemporary reports are vague about the details, and later writers filled the gaps",
    "I found another account in a collection of regional histories, which differs in small ways",
    "For the wider context, the chapter by {A} is the clearest summary I have read",
    "Several of the people involved wrote memoirs decades later, which makes them unreliable witnesses",
    "The event is still commemorated in {L} with a small ceremony",
    "What follows is a summary of the main facts as I understand them",
    "There is a plaque near the town hall in {L} that gives a slightly different version",
    "The reasons behind it were partly economic and partly political",
    "Our lecturer stressed that the official figures were collected in a hurry",
    "I want to come back to this when I have read the full report",
    "The newspapers of {L} covered the story for weeks, often on the front page",
    "Accounts written by outsiders tend to exaggerate, while local ones play things down",
    "{P} later claimed to have foreseen everything, which seems unlikely",
    "Much of the surviving correspondence is still held in private hands",
    "The episode changed how the people of {L} thought about their town",
    "Some details here come from a museum display rather than a book",
    "A good exam question would be why the authorities reacted so slowly",
    "Later writers often confuse {N} with an earlier episode",
    "The parish registers of {L} help to put the numbers in perspective",
    "Whether {S} deserves the credit is a matter of taste more than evidence",
    "It is striking how quickly the story turned into a local legend",
    "The official inquiry that followed was short and avoided most of the hard questions",
    "{A} relies heavily on a single witness, which weakens the argument",
    "A cousin of {S} wrote the only account from inside the family",
    "The traveller's guide to {L} printed a few years later mentions it only in passing",
    "Local schoolchildren still learn a simplified version of the story",
    "It is hard to tell which of the anecdotes are true and which were added for effect",
    "The town council minutes are dry, but they are the most reliable record we have",
    "A rival newspaper accused the organisers of hiding the truth",
    "The weather that season was unusually harsh, according to every account",
    "Church sermons in {L} referred to the event for years afterwards",
    "There is a fine engraving of the scene in the municipal library",
    "I still cannot find out who paid for most of it",
    "The story is told very differently by {A}, who was writing for a popular audience",
    "Many of the names in the records are misspelled, which makes them hard to trace",
    "Rumours spread faster than the facts, as they usually do",
    "The best modern account is a long article in a regional history journal",
    "It would be useful to compare this with similar events elsewhere",
    "People in {L} still argue about who was to blame",
    "A letter from {S} to a friend in the capital gives a vivid picture of the mood",
    "Some of the surviving accounts were clearly written to settle old scores",
];

const HEADINGS: &[&str] = &[
    "Background",
    "Timeline",
    "The numbers",
    "Aftermath",
    "Open questions",
    "Key facts",
    "Summary",
    "Details",
    "Consequences",
    "From the lecture",
    "People",
    "What the accounts disagree on",
];

const TITLES: &[&str] =
    &["Notes on {N}", "{N}: an overview", "{N}, a summary", "Reading notes: {N}", "What happened at {L}", "{N}"];

const AUTHORS: &[&str] = &[
    "Harrow",
    "Lindqvist",
    "Okafor",
    "Brandt",
    "Castell",
    "Moreau",
    "Petrescu",
    "Whitlock",
    "Fenwick",
    "Aldana",
    "Sorensen",
    "Kowalczyk",
    "Danforth",
    "Iverson",
    "Marchetti",
    "Quarles",
    "Tennant",
    "Abernathy",
    "Villiers",
    "Holloway",
    "Nakamura",
    "Esterhazy",
    "Gallagher",
    "Rasmussen",
    "Ostrander",
    "Pemberton",
    "Szabo",
    "Yardley",
    "Carrington",
    "Dufresne",
    "Blackwood",
    "Merriweather",
];

const FIRST_NAMES: &[&str] = &[
    "Ada", "Bram", "Clara", "Dmitri", "Edda", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Katya", "Lorenz", "Mira",
    "Niels", "Orla", "Pavel", "Rosa", "Stellan", "Tilde", "Ulric", "Vera", "Wendel", "Yara", "Zeno",
];

const PUBLISHERS: &[&str] =
    &["Northfield Press", "Harbour Books", "Grey Gull", "Meridian House", "Stonebridge University Press"];

const NOTE_NAMES: &[&str] = &[
    "overview",
    "reading-notes",
    "summary",
    "lecture",
    "draft",
    "timeline",
    "questions",
    "essay",
    "seminar",
    "revision",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS_SHORT: &[&str] =
    &["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

const SMALL: &[&str] = &[
    "zero",
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
];

const TENS: &[&str] = &["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

// ------------------------------------------------------------------------------------------ text

/// Appends a number with thousands separators: "51,439".
fn push_grouped(out: &mut String, v: u64) {
    push_digits(out, v, true);
}

/// Appends a number without separators: "1956".
fn push_plain(out: &mut String, v: u64) {
    push_digits(out, v, false);
}

/// Appends a number's digits, with a comma before each group of three when `grouped`.
fn push_digits(out: &mut String, v: u64, grouped: bool) {
    let mut digits = [0u8; 20];
    let mut n = v;
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for k in (0..len).rev() {
        out.push(char::from(digits[k]));
        if grouped && k > 0 && k % 3 == 0 {
            out.push(',');
        }
    }
}

/// Appends a number below a hundred in words: "forty-two".
fn push_words(out: &mut String, v: u64) {
    debug_assert!(v < 100);
    if v < 20 {
        out.push_str(SMALL[v as usize]);
    } else {
        out.push_str(TENS[(v / 10) as usize]);
        if v % 10 != 0 {
            out.push('-');
            out.push_str(SMALL[(v % 10) as usize]);
        }
    }
}

/// The unit of the second significant digit of `v`: 100 for 51,439.
fn two_digit_unit(v: u64) -> u64 {
    let mut unit = 1;
    while v / unit >= 100 {
        unit *= 10;
    }
    unit
}

/// `v` rounded to two significant digits.
fn round2(v: u64) -> u64 {
    let unit = two_digit_unit(v);
    (v + unit / 2) / unit * unit
}

/// Appends the value as a note would state it, in one of its surface forms. A wrong value is only
/// written exactly or with "about", so that it always conflicts with the true one; bounded forms
/// ("more than 34,000") could still be true.
fn push_value(out: &mut String, value: Value, noun: &str, rng: &mut Rng, wrong: bool) {
    match value {
        Value::Date { year, month, day } => {
            let m = (month - 1) as usize;
            match rng.below(10) {
                0..=2 => {
                    out.push_str("on ");
                    push_plain(out, day);
                    out.push(' ');
                    out.push_str(MONTHS[m]);
                }
                3 | 4 => {
                    out.push_str("on ");
                    out.push_str(MONTHS[m]);
                    out.push(' ');
                    push_plain(out, day);
                    out.push(',');
                }
                5 => {
                    out.push_str("on ");
                    out.push_str(MONTHS_SHORT[m]);
                    out.push(' ');
                    push_plain(out, day);
                    out.push(',');
                }
                6 | 7 => {
                    out.push_str("in ");
                    out.push_str(MONTHS[m]);
                }
                8 => {
                    out.push_str("on ");
                    out.push_str(MONTHS_SHORT[m]);
                    out.push(' ');
                    push_plain(out, day);
                    out.push('–');
                    push_plain(out, day + 1);
                    out.push(',');
                }
                _ => {
                    out.push_str("on the night of ");
                    push_plain(out, day);
                    out.push('–');
                    push_plain(out, day + 1);
                    out.push(' ');
                    out.push_str(MONTHS[m]);
                }
            }
            out.push(' ');
            push_plain(out, year);
        }
        Value::Year(year) => {
            out.push_str("in ");
            push_plain(out, year);
        }
        Value::Count(v) => {
            push_count(out, v, rng, wrong);
            out.push(' ');
            out.push_str(noun);
        }
        Value::Hours(h) => push_duration(out, h, "hours", Some(("minutes", 60)), rng, wrong),
        Value::Days(d) => {
            if d % 7 == 0 && rng.percent(40) {
                push_duration(out, d / 7, "weeks", None, rng, wrong);
            } else {
                push_duration(out, d, "days", if d <= 4 { Some(("hours", 24)) } else { None }, rng, wrong);
            }
        }
        Value::Months(m) => {
            if m % 12 == 0 && rng.percent(50) {
                push_duration(out, m / 12, "years", None, rng, wrong);
            } else {
                push_duration(out, m, "months", None, rng, wrong);
            }
        }
        Value::Metres(v) => push_measure(out, v, &["metres", "m"], ("feet", 3.280_84), rng, wrong),
        Value::Kilometres(v) => push_measure(out, v, &["kilometres", "km"], ("miles", 0.621_371), rng, wrong),
        Value::Tonnes(v) => push_measure(out, v, &["tonnes"], ("tons", 1.0), rng, wrong),
        Value::Hectares(v) => push_measure(out, v, &["hectares", "ha"], ("acres", 2.471_05), rng, wrong),
        Value::Knots(v) => {
            if !wrong && rng.percent(30) {
                out.push_str(if rng.percent(50) { "nearly " } else { "close to " });
            } else if rng.percent(30) {
                out.push_str("about ");
            }
            push_plain(out, v);
            out.push_str(" knots");
        }
        Value::Percent(p) => {
            let up5 = p.div_ceil(5) * 5;
            let down5 = p / 5 * 5;
            match rng.below(8) {
                0 | 1 => {
                    push_plain(out, p);
                    out.push_str(" percent");
                }
                2 | 3 => {
                    push_plain(out, p);
                    out.push('%');
                }
                4 => {
                    push_plain(out, p);
                    out.push_str(" per cent");
                }
                5 if !wrong && up5 > p && p * 10 >= up5 * 9 => {
                    out.push_str("nearly ");
                    push_plain(out, up5);
                    out.push_str(" percent");
                }
                6 if !wrong && down5 >= 10 && down5 < p => {
                    out.push_str("more than ");
                    push_plain(out, down5);
                    out.push_str(" percent");
                }
                _ => {
                    out.push_str("about ");
                    push_plain(out, p);
                    out.push_str(" percent");
                }
            }
        }
    }
}

/// Appends a count in one of its forms: "51,439", "more than 51,000", "about 51,000", "nearly
/// 52,000", "some fifty-one thousand", "forty-two".
fn push_count(out: &mut String, v: u64, rng: &mut Rng, wrong: bool) {
    if v < 100 {
        match rng.below(4) {
            0 => push_plain(out, v),
            1 => {
                out.push_str("about ");
                push_words(out, v);
            }
            _ => push_words(out, v),
        }
        return;
    }
    let unit = two_digit_unit(v);
    let down = v / unit * unit;
    let up = v.div_ceil(unit) * unit;
    match rng.below(9) {
        0..=2 => push_grouped(out, v),
        3 if !wrong && down < v => {
            out.push_str(if rng.percent(50) { "more than " } else { "over " });
            push_grouped(out, down);
        }
        4 if !wrong && up > v && v * 100 >= up * 92 => {
            out.push_str(if rng.percent(50) { "nearly " } else { "almost " });
            push_grouped(out, up);
        }
        5 if round2(v) >= 1000 && round2(v) % 1000 == 0 && round2(v) < 100_000 => {
            out.push_str("some ");
            push_words(out, round2(v) / 1000);
            out.push_str(" thousand");
        }
        _ => {
            out.push_str(rng.pick(&["about ", "around ", "roughly ", "some "]));
            push_grouped(out, round2(v));
        }
    }
}

/// Appends a duration: "four hours", "4 hours", "nearly four hours", "about four hours", or the
/// same length in a smaller unit ("240 minutes").
fn push_duration(out: &mut String, v: u64, unit: &str, smaller: Option<(&str, u64)>, rng: &mut Rng, wrong: bool) {
    let words = v < 100;
    match rng.below(8) {
        0 | 1 if words => push_words(out, v),
        2 if !wrong && words => {
            out.push_str(if rng.percent(50) { "nearly " } else { "just under " });
            push_words(out, v);
        }
        3 if smaller.is_some() => {
            let (small, factor) = smaller.unwrap_or(("", 1));
            push_grouped(out, v * factor);
            out.push(' ');
            out.push_str(small);
            return;
        }
        4 | 5 if words => {
            out.push_str("about ");
            push_words(out, v);
        }
        _ => push_plain(out, v),
    }
    out.push(' ');
    out.push_str(if v == 1 { unit.trim_end_matches('s') } else { unit });
}

/// Appends a measurement: exact in one of the topic's unit spellings, rounded with "about", or
/// converted to another unit with "about" ("about 1,100 feet").
fn push_measure(out: &mut String, v: u64, units: &[&str], other: (&str, f64), rng: &mut Rng, wrong: bool) {
    match rng.below(7) {
        0..=2 => {
            push_grouped(out, v);
            out.push(' ');
            out.push_str(rng.pick(units));
        }
        3 | 4 => {
            out.push_str(rng.pick(&["about ", "roughly ", "some "]));
            push_grouped(out, round2(v));
            out.push(' ');
            out.push_str(units[0]);
        }
        5 if !wrong && v.div_ceil(two_digit_unit(v)) * two_digit_unit(v) * 92 <= v * 100 => {
            out.push_str("nearly ");
            push_grouped(out, v.div_ceil(two_digit_unit(v)) * two_digit_unit(v));
            out.push(' ');
            out.push_str(units[0]);
        }
        _ => {
            let converted = ((v as f64) * other.1).round() as u64;
            out.push_str("about ");
            push_grouped(out, round2(converted.max(1)));
            out.push(' ');
            out.push_str(other.0);
        }
    }
}

/// Appends the value in the short form of a table cell: no preposition, exact figures.
fn push_short(out: &mut String, value: Value, noun: &str) {
    match value {
        Value::Date { year, month, day } => {
            push_plain(out, day);
            out.push(' ');
            out.push_str(MONTHS[(month - 1) as usize]);
            out.push(' ');
            push_plain(out, year);
        }
        Value::Year(y) => push_plain(out, y),
        Value::Count(v) => {
            push_grouped(out, v);
            out.push(' ');
            out.push_str(noun);
        }
        Value::Hours(v) => push_unit(out, v, "hours"),
        Value::Days(v) => push_unit(out, v, "days"),
        Value::Months(v) => push_unit(out, v, "months"),
        Value::Metres(v) => push_unit(out, v, "m"),
        Value::Kilometres(v) => push_unit(out, v, "km"),
        Value::Tonnes(v) => push_unit(out, v, "tonnes"),
        Value::Hectares(v) => push_unit(out, v, "hectares"),
        Value::Knots(v) => push_unit(out, v, "knots"),
        Value::Percent(v) => {
            push_plain(out, v);
            out.push('%');
        }
    }
}

fn push_unit(out: &mut String, v: u64, unit: &str) {
    push_grouped(out, v);
    out.push(' ');
    out.push_str(unit);
}

/// A value that is clearly wrong: another year, a count off by a third or more, a much longer time.
fn falsify(value: Value, rng: &mut Rng) -> Value {
    let scale = |v: u64, rng: &mut Rng| {
        let w = if rng.percent(50) { v * rng.range(50, 64) / 100 } else { v * rng.range(150, 190) / 100 };
        if w == v || w == 0 { v * 2 + 1 } else { w }
    };
    match value {
        Value::Date { year, month, day } => Value::Date { year: year + rng.range(1, 3), month, day },
        Value::Year(y) => Value::Year(y + rng.range(3, 9)),
        Value::Count(v) => Value::Count(scale(v, rng)),
        Value::Hours(h) => Value::Hours(h * 2 + 3),
        Value::Days(d) => Value::Days(d * 2 + 3),
        Value::Months(m) => Value::Months(m * 2 + 5),
        Value::Metres(v) => Value::Metres(scale(v, rng)),
        Value::Kilometres(v) => Value::Kilometres(scale(v, rng)),
        Value::Tonnes(v) => Value::Tonnes(scale(v, rng)),
        Value::Hectares(v) => Value::Hectares(scale(v, rng)),
        Value::Knots(v) => Value::Knots(v * 2 + 3),
        Value::Percent(p) => Value::Percent(if p < 55 { p + rng.range(22, 40) } else { p - rng.range(22, 40) }),
    }
}

// ------------------------------------------------------------------------------------------ topics

/// One invented event with its facts.
#[derive(Debug, Clone)]
pub struct Topic {
    kind: &'static Kind,
    name: String,
    place: String,
    person: String,
    surname: String,
    phrase: String,
    authors: [&'static str; 3],
    values: Vec<Value>,
    /// How many notes the topic's folder holds.
    pub notes: u64,
    /// The folder the topic's notes are written to.
    pub folder: String,
}

/// Appends an invented proper name of two or three syllables: "Varnholt", "Calmere".
fn push_name(out: &mut String, rng: &mut Rng, suffixes: &[&str]) {
    const ONSETS: &[&str] =
        &["B", "Br", "C", "D", "Dr", "F", "G", "Gr", "H", "K", "L", "M", "N", "P", "R", "S", "St", "T", "Th", "V", "W"];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"];
    const MIDDLES: &[&str] = &["n", "r", "l", "s", "v", "d", "m", "rn", "ld", "st", "nd", "th"];
    out.push_str(rng.pick(ONSETS));
    out.push_str(rng.pick(VOWELS));
    for _ in 0..rng.range(0, 1) {
        out.push_str(rng.pick(MIDDLES));
        out.push_str(rng.pick(&VOWELS[..5]));
    }
    out.push_str(rng.pick(suffixes));
}

impl Topic {
    /// Topic number `t` of the corpus with this seed.
    pub fn new(seed: u64, t: u64) -> Topic {
        let mut rng = Rng::new(derive(seed, t, u64::MAX));
        let kind = &KINDS[rng.below(KINDS.len() as u64) as usize];
        let mut name = String::new();
        push_name(&mut name, &mut rng, &["", "n", "r", "ck", "rd", "th", "nt", "mar"]);
        let mut place = String::new();
        push_name(&mut place, &mut rng, &["holt", "mere", "by", "ford", "wick", "stad", "ton", "burg", "haven"]);
        let mut surname = String::new();
        push_name(&mut surname, &mut rng, &["son", "er", "ley", "ard", "ine", "ow"]);
        let person = format!("{} {}", rng.pick(FIRST_NAMES), surname);
        let phrase = kind.phrase.replace("{n}", &name).replace("{L}", &place);
        let authors = [rng.pick(AUTHORS), rng.pick(AUTHORS), rng.pick(AUTHORS)];
        let era = rng.range(1780, 1990);
        let values = kind
            .facts
            .iter()
            .map(|fact| match fact.shape {
                Shape::Date => {
                    Value::Date { year: era + rng.range(0, 2), month: rng.range(1, 12), day: rng.range(1, 27) }
                }
                Shape::BirthYear => Value::Year(era - rng.range(25, 60)),
                Shape::Count(lo, hi) => {
                    let v = rng.range(lo, hi);
                    // Some true figures are round already, as official figures often are.
                    Value::Count(if v >= 100 && rng.percent(25) { round2(v) } else { v })
                }
                Shape::Hours(lo, hi) => Value::Hours(rng.range(lo, hi)),
                Shape::Days(lo, hi) => Value::Days(rng.range(lo, hi)),
                Shape::Months(lo, hi) => Value::Months(rng.range(lo, hi)),
                Shape::Metres(lo, hi) => Value::Metres(rng.range(lo, hi)),
                Shape::Kilometres(lo, hi) => Value::Kilometres(rng.range(lo, hi)),
                Shape::Tonnes(lo, hi) => Value::Tonnes(rng.range(lo, hi)),
                Shape::Hectares(lo, hi) => Value::Hectares(rng.range(lo, hi)),
                Shape::Knots(lo, hi) => Value::Knots(rng.range(lo, hi)),
                Shape::Percent(lo, hi) => Value::Percent(rng.range(lo, hi)),
            })
            .collect();
        let notes = rng.range(6, 14);
        let folder = format!("{}-{}-{:04}", kind.slug, name.to_lowercase(), t);
        Topic { kind, name, place, person, surname, phrase, authors, values, notes, folder }
    }

    /// Appends `template` with its slots filled; `value` is the already written value for `{V}`.
    /// The first letter is capitalised, since a template may start with a slot.
    fn expand(&self, out: &mut String, template: &str, value: &str, rng: &mut Rng) {
        let start = out.len();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let code = rest.as_bytes().get(open + 1).copied().unwrap_or(b'?');
            match code {
                b'N' => out.push_str(&self.phrase),
                b'n' => out.push_str(&self.name),
                b'L' => out.push_str(&self.place),
                b'P' => out.push_str(&self.person),
                b'S' => out.push_str(&self.surname),
                b'A' => out.push_str(rng.pick(&self.authors)),
                b'V' => out.push_str(value),
                _ => {}
            }
            rest = &rest[(open + 3).min(rest.len())..];
        }
        out.push_str(rest);
        if let Some(first) = out[start..].chars().next().filter(char::is_ascii_lowercase) {
            out.replace_range(start..start + 1, &first.to_ascii_uppercase().to_string());
        }
    }
}

// ------------------------------------------------------------------------------------------ notes

/// Writes one note at a time, reusing its buffers.
struct NoteWriter<'a> {
    topic: &'a Topic,
    rng: Rng,
    out: &'a mut String,
    /// Scratch space for a value as written.
    value: String,
    /// Facts not yet stated in this note, in the order they will be.
    pending: Vec<usize>,
    plain: bool,
    /// Which filler sentences the note has used, as bits: flavour sentences first, then [`FILLER`].
    used: u128,
}

impl NoteWriter<'_> {
    /// Writes a fact's sentence, perhaps with a wrong value and a citation, ending with a full stop.
    fn fact_sentence(&mut self, f: usize) {
        let fact = &self.topic.kind.facts[f];
        let mut value = self.topic.values[f];
        // The planted error rate: about 3% of stated values are wrong.
        let wrong = self.rng.below(1000) < 30;
        if wrong {
            value = falsify(value, &mut self.rng);
        }
        self.value.clear();
        push_value(&mut self.value, value, fact.noun, &mut self.rng, wrong);
        let template = self.rng.pick(fact.templates);
        let value = std::mem::take(&mut self.value);
        self.topic.expand(self.out, template, &value, &mut self.rng);
        self.value = value;
        if self.rng.percent(35) {
            self.citation();
        }
        self.out.push('.');
    }

    /// Appends a parenthetical citation: "(Harrow 212)", "(Harrow 1987, p. 73)", "(Harrow, p. 45)".
    fn citation(&mut self) {
        let author = self.rng.pick(&self.topic.authors);
        self.out.push_str(" (");
        self.out.push_str(author);
        let page = self.rng.range(3, 640);
        match self.rng.below(3) {
            0 => {
                self.out.push(' ');
                push_plain(self.out, page);
            }
            1 => {
                self.out.push(' ');
                push_plain(self.out, self.rng.range(1950, 2023));
                self.out.push_str(", p. ");
                push_plain(self.out, page);
            }
            _ => {
                self.out.push_str(", p. ");
                push_plain(self.out, page);
            }
        }
        self.out.push(')');
    }

    /// A sentence without a value, not used before in this note while unused ones remain.
    fn filler_sentence(&mut self) {
        let flavour = self.topic.kind.flavour;
        let total = (flavour.len() + FILLER.len()) as u64;
        let mut k = if self.rng.percent(25) {
            self.rng.below(flavour.len() as u64)
        } else {
            flavour.len() as u64 + self.rng.below(FILLER.len() as u64)
        };
        if self.used.count_ones() < total as u32 {
            while self.used & (1 << k) != 0 {
                k = (k + 1) % total;
            }
        }
        self.used |= 1 << k;
        let k = k as usize;
        let template = if k < flavour.len() { flavour[k] } else { FILLER[k - flavour.len()] };
        self.topic.expand(self.out, template, "", &mut self.rng);
        self.out.push('.');
    }

    /// A paragraph of `n` sentences, some of them facts.
    fn paragraph(&mut self, n: u64) {
        for k in 0..n {
            if k > 0 {
                self.out.push(' ');
            }
            match self.pending.last().copied() {
                Some(f) if self.rng.percent(45) => {
                    self.pending.pop();
                    self.fact_sentence(f);
                }
                _ => self.filler_sentence(),
            }
        }
        self.out.push_str("\n\n");
    }

    fn heading(&mut self, level: &str) {
        let heading =
            if self.rng.percent(30) { self.rng.pick(self.topic.kind.headings) } else { self.rng.pick(HEADINGS) };
        if !self.plain {
            self.out.push_str(level);
        }
        self.out.push_str(heading);
        self.out.push_str("\n\n");
    }

    fn bullet_list(&mut self) {
        if self.rng.percent(40) {
            // A list of key figures, "Label: value".
            let facts = self.topic.kind.facts;
            let first = self.rng.below(facts.len() as u64) as usize;
            for k in 0..self.rng.range(2, 4) as usize {
                let f = (first + k) % facts.len();
                self.out.push_str("- ");
                self.topic.expand(self.out, facts[f].label, "", &mut self.rng);
                self.out.push_str(": ");
                let mut value = self.topic.values[f];
                if self.rng.below(1000) < 30 {
                    value = falsify(value, &mut self.rng);
                }
                push_short(self.out, value, facts[f].noun);
                self.out.push('\n');
            }
            self.out.push('\n');
            return;
        }
        for _ in 0..self.rng.range(3, 5) {
            self.out.push_str("- ");
            match self.pending.last().copied() {
                Some(f) if self.rng.percent(60) => {
                    self.pending.pop();
                    self.fact_sentence(f);
                }
                _ => self.filler_sentence(),
            }
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    /// A table of the topic's facts with their values, mostly right.
    fn table(&mut self) {
        self.out.push_str("| What | Figure |\n|---|---|\n");
        let facts = self.topic.kind.facts;
        let first = self.rng.below(facts.len() as u64) as usize;
        for k in 0..self.rng.range(3, facts.len() as u64) as usize {
            let f = (first + k) % facts.len();
            let mut value = self.topic.values[f];
            if self.rng.below(1000) < 30 {
                value = falsify(value, &mut self.rng);
            }
            self.out.push_str("| ");
            self.topic.expand(self.out, facts[f].label, "", &mut self.rng);
            self.out.push_str(" | ");
            push_short(self.out, value, facts[f].noun);
            self.out.push_str(" |\n");
        }
        self.out.push('\n');
    }

    /// A fenced code block with numbers that are not prose.
    fn code_block(&mut self) {
        if self.rng.percent(50) {
            self.out.push_str("```text\n$ grep -c \"");
            self.out.push_str(&self.topic.name);
            self.out.push_str("\" notes/*.md\n");
            for _ in 0..self.rng.range(2, 4) {
                self.out.push_str("notes/");
                self.out.push_str(self.rng.pick(NOTE_NAMES));
                self.out.push_str(".md:");
                push_plain(self.out, self.rng.range(1, 40));
                self.out.push('\n');
            }
        } else {
            self.out.push_str("```python\n# A quick check of the figures I copied.\nfigures = [");
            for k in 0..self.rng.range(3, 6) {
                if k > 0 {
                    self.out.push_str(", ");
                }
                push_plain(self.out, self.rng.range(100, 60_000));
            }
            self.out.push_str("]\nprint(sum(figures) / len(figures))\n");
        }
        self.out.push_str("```\n\n");
    }

    fn front_matter(&mut self, title: &str) {
        self.out.push_str("---\ntitle: ");
        self.out.push_str(title);
        self.out.push_str("\nauthor: ");
        self.out.push_str(self.rng.pick(FIRST_NAMES));
        self.out.push(' ');
        self.out.push(char::from(b'A' + self.rng.below(26) as u8));
        self.out.push_str(".\ndate: 2025-0");
        push_plain(self.out, self.rng.range(1, 9));
        self.out.push('-');
        push_plain(self.out, self.rng.range(10, 28));
        self.out.push_str("\n---\n\n");
    }

    fn references(&mut self) {
        self.out.push_str("## References\n\n");
        for k in 0..self.rng.range(1, 3) as usize {
            self.out.push_str("- ");
            self.out.push_str(self.topic.authors[k]);
            self.out.push_str(", ");
            self.out.push_str(self.rng.pick(FIRST_NAMES));
            self.out.push_str(". *");
            let title = self.rng.pick(&[
                "{N}: a history",
                "Life and work in {L}",
                "A town and its people: {L}",
                "{S} and the making of {L}",
                "Forgotten episodes of the north",
                "The long century of {L}",
            ]);
            self.topic.expand(self.out, title, "", &mut self.rng);
            self.out.push_str("*. ");
            self.out.push_str(self.rng.pick(PUBLISHERS));
            self.out.push_str(", ");
            push_plain(self.out, self.rng.range(1950, 2023));
            self.out.push_str(".\n");
        }
        self.out.push('\n');
    }

    fn write(&mut self) {
        let start = self.out.len();
        let target = self.rng.range(200, 600) as usize;
        let facts = self.topic.kind.facts.len();
        self.pending = (0..facts).collect();
        for k in (1..facts).rev() {
            let j = self.rng.below(k as u64 + 1) as usize;
            self.pending.swap(k, j);
        }
        self.pending.truncate(self.rng.range(3, facts as u64) as usize);

        let mut title = String::new();
        let template = self.rng.pick(TITLES);
        self.topic.expand(&mut title, template, "", &mut self.rng);
        if !self.plain && self.rng.percent(35) {
            self.front_matter(&title);
        }
        if !self.plain {
            self.out.push_str("# ");
        }
        self.out.push_str(&title);
        self.out.push_str("\n\n");
        let n = self.rng.range(2, 4);
        self.paragraph(n);
        let (mut table, mut code) = (false, false);
        // Sections are added while a whole one still fits under the note's target length.
        let (mut words, mut counted) = (0, start);
        loop {
            // Words are counted as the spaces before them, which is close enough and much cheaper.
            words += self.out.as_bytes()[counted..].iter().filter(|&&b| b == b' ').count();
            counted = self.out.len();
            if words + 60 > target {
                break;
            }
            let level = if self.rng.percent(80) { "## " } else { "### " };
            self.heading(level);
            let roll = self.rng.below(100);
            if self.plain || roll < 60 {
                // About fourteen words a sentence.
                let n = self.rng.range(2, 6).min(((target - words) / 14) as u64).max(2);
                self.paragraph(n);
            } else if roll < 82 {
                self.bullet_list();
            } else if roll < 91 && !table {
                table = true;
                self.table();
            } else if !code {
                code = true;
                self.code_block();
            } else {
                let n = self.rng.range(2, 5);
                self.paragraph(n);
            }
        }
        if !self.plain && self.rng.percent(30) {
            self.references();
        }
    }
}

/// One generated note.
#[derive(Debug, Clone)]
pub struct Note {
    /// The path relative to the corpus root: "bridge-varnholt-0003/lecture-02.md".
    pub path: String,
    /// The note's text.
    pub text: String,
}

/// Generates the notes of a corpus in order, topic after topic.
#[derive(Debug)]
pub struct Generator {
    seed: u64,
    topic: Topic,
    t: u64,
    j: u64,
}

impl Generator {
    /// The generator of the corpus with this seed.
    pub fn new(seed: u64) -> Generator {
        Generator { seed, topic: Topic::new(seed, 0), t: 0, j: 0 }
    }

    /// How many topics have been started.
    pub fn topics(&self) -> u64 {
        self.t + 1
    }

    /// Appends the next note's text to `out` and returns its path.
    pub fn next_into(&mut self, out: &mut String) -> String {
        if self.j == self.topic.notes {
            self.t += 1;
            self.j = 0;
            self.topic = Topic::new(self.seed, self.t);
        }
        let mut rng = Rng::new(derive(self.seed, self.t, self.j));
        let plain = rng.percent(8);
        let name = rng.pick(NOTE_NAMES);
        let path = format!("{}/{}-{:02}.{}", self.topic.folder, name, self.j, if plain { "txt" } else { "md" });
        let mut writer =
            NoteWriter { topic: &self.topic, rng, out, value: String::new(), pending: Vec::new(), plain, used: 0 };
        writer.write();
        self.j += 1;
        path
    }
}

impl Iterator for Generator {
    type Item = Note;

    fn next(&mut self) -> Option<Note> {
        let mut text = String::with_capacity(4096);
        let path = self.next_into(&mut text);
        Some(Note { path, text })
    }
}

/// The first `count` notes of the corpus with this seed.
pub fn notes(seed: u64, count: usize) -> Vec<Note> {
    Generator::new(seed).take(count).collect()
}

/// The notes of the corpus with this seed concatenated, blank line apart, until `bytes` is reached.
pub fn text(seed: u64, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 8192);
    let mut generator = Generator::new(seed);
    while out.len() < bytes {
        generator.next_into(&mut out);
        out.push('\n');
    }
    out
}

// ------------------------------------------------------------------------------------------ command

const USAGE: &str = "usage: gen_corpus (--out DIR | --dry-run) (--mb N | --notes N) [--seed S]";

fn main() {
    let mut out: Option<PathBuf> = None;
    let mut megabytes: Option<f64> = None;
    let mut count: Option<u64> = None;
    let mut seed = 1u64;
    let mut dry_run = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next().unwrap_or_else(|| {
                eprintln!("gen_corpus: {arg} needs a value\n{USAGE}");
                std::process::exit(2);
            })
        };
        let number = |text: String| -> f64 {
            text.parse().unwrap_or_else(|_| {
                eprintln!("gen_corpus: not a number: {text}\n{USAGE}");
                std::process::exit(2);
            })
        };
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(value())),
            "--mb" => megabytes = Some(number(value())),
            "--notes" => count = Some(number(value()) as u64),
            "--seed" => seed = number(value()) as u64,
            // Generates without writing, to measure the generator alone.
            "--dry-run" => dry_run = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ => {
                eprintln!("gen_corpus: unknown argument {arg}\n{USAGE}");
                std::process::exit(2);
            }
        }
    }
    let out = match out {
        Some(out) if megabytes.is_some() != count.is_some() && !dry_run => out,
        None if megabytes.is_some() != count.is_some() && dry_run => PathBuf::new(),
        _ => {
            eprintln!("{USAGE}");
            std::process::exit(2);
        }
    };
    let limit_bytes = megabytes.map_or(u64::MAX, |mb| (mb * 1_048_576.0) as u64);
    let limit_notes = count.unwrap_or(u64::MAX);

    let started = Instant::now();
    let mut generator = Generator::new(seed);
    let (mut written, mut bytes) = (0u64, 0u64);
    // File creation costs more than generation, so a second thread writes while this one generates.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<(String, String)>(256);
    let writer = std::thread::spawn(move || {
        let mut folder = String::new();
        for (path, text) in receiver {
            let parent = path.split('/').next().unwrap_or("");
            if parent != folder {
                folder = parent.to_string();
                if let Err(error) = std::fs::create_dir_all(out.join(parent)) {
                    eprintln!("gen_corpus: {}: {error}", out.join(parent).display());
                    std::process::exit(1);
                }
            }
            let file = out.join(&path);
            if let Err(error) = std::fs::write(&file, text) {
                eprintln!("gen_corpus: {}: {error}", file.display());
                std::process::exit(1);
            }
        }
        out
    });
    while written < limit_notes && bytes < limit_bytes {
        let mut text = String::with_capacity(4096);
        let path = generator.next_into(&mut text);
        written += 1;
        bytes += text.len() as u64;
        if !dry_run && sender.send((path, text)).is_err() {
            break;
        }
    }
    drop(sender);
    let out = writer.join().unwrap_or_default();
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "gen_corpus: {written} notes in {} topics, {:.1} MB, {seconds:.2} s ({:.0} MB/s) in {}",
        generator.topics(),
        bytes as f64 / 1_048_576.0,
        bytes as f64 / 1_048_576.0 / seconds.max(1e-9),
        out.display()
    );
}
