//! concord never panics on input: thousands of generated documents, dense in the characters and
//! words its recognizers react to, go through the whole pipeline. The generator is a fixed-seed
//! xorshift, so a failure is reproducible from its iteration number.

use concord::config::Settings;
use concord::pipeline::{Input, analyze};

/// Pieces that exercise the tokenizer, the recognizers and the Markdown scanner.
const PIECES: &[&str] = &[
    "0",
    "1",
    "12",
    "24",
    "1956",
    "2,224",
    "3,6",
    "1 500",
    ".5",
    "-5",
    "−2",
    "½",
    "%",
    "°C",
    "°F",
    "$",
    "£",
    "€",
    "-",
    "–",
    "—",
    "/",
    ":",
    ".",
    ",",
    ";",
    "(",
    ")",
    "[",
    "]",
    "^",
    "#",
    "*",
    "_",
    "`",
    "```",
    "~",
    "'",
    "’",
    "\"",
    "“",
    "”",
    "\n",
    "\n\n",
    " ",
    "\u{a0}",
    "\u{202f}",
    "\t",
    "|",
    "---",
    "+++",
    "<!--",
    "-->",
    "> ",
    "1. ",
    "- ",
    "http://x.y/1",
    "a@b.c",
    "February",
    "Feb",
    "May",
    "march",
    "the",
    "of",
    "24th",
    "st",
    "nd",
    "th",
    "s",
    "am",
    "p.m.",
    "a",
    "an",
    "half",
    "quarter",
    "third",
    "twenty",
    "six",
    "thousand",
    "million",
    "hundreds",
    "about",
    "over",
    "nearly",
    "less",
    "than",
    "or",
    "more",
    "between",
    "and",
    "to",
    "c",
    "ca.",
    "circa",
    "late",
    "mid",
    "early",
    "1930s",
    "'50s",
    "century",
    "hours",
    "minutes",
    "years",
    "days",
    "ago",
    "later",
    "earlier",
    "yesterday",
    "next",
    "last",
    "week",
    "Monday",
    "km",
    "miles",
    "metres",
    "percent",
    "per",
    "cent",
    "aged",
    "year-old",
    "Freeze",
    "p.",
    "pp.",
    "Lord",
    "et",
    "al.",
    "Khrushchev",
    "Khruschev",
    "Ü",
    "😀",
    "日本",
    "\u{301}",
    "\r\n",
    "\u{0}",
    "¹",
    "²",
    "\u{2028}",
    "(",
    ")",
    "[",
    "]",
    "[^1]",
    "\n[^1]: ",
    "\n\n## References\n\n",
    "\n1. ",
    "[2]",
    "(Siegelbaum)",
    "Siegelbaum, Lewis.",
    "*A Title*",
    "“",
    "”",
    "](https://x.org/a)",
    "Pg",
    "S.",
    "269-275",
    "Edition",
    "\n\n",
    "'",
    "’",
    "~",
    "the",
    "year",
    "of",
    "and",
    "to",
    "April",
    "june",
    "next",
    "present",
    "today",
    "two",
    "thousand",
    "tens",
    "third quarter",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn document(rng: &mut Rng) -> String {
    let len = 1 + rng.below(120);
    // Some documents are dated, for the recognizers that read from the document's date.
    let mut text = if rng.below(4) == 0 { "---\ndate: 2016-11-07\n---\n".to_string() } else { String::new() };
    for _ in 0..len {
        text.push_str(PIECES[rng.below(PIECES.len())]);
        if rng.below(3) == 0 {
            text.push(' ');
        }
    }
    text
}

#[test]
fn generated_documents_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let settings = Settings::default();
    for round in 0..2000 {
        let inputs: Vec<Input> = (0..5)
            .map(|d| Input {
                path: format!("r{round}/{d}.{}", if d % 2 == 0 { "md" } else { "txt" }),
                text: document(&mut rng),
            })
            .collect();
        let analysis = analyze(inputs, &settings);
        // Every span stays inside its document and on character boundaries.
        for record in &analysis.claims {
            let doc = &analysis.documents[record.doc.index()];
            assert!(doc.text.get(record.claim.span.clone()).is_some(), "round {round}: bad span");
        }
    }
}

#[test]
fn degenerate_documents_never_panic() {
    let nasty = [
        "1".repeat(100_000),
        "1,000,".repeat(10_000),
        "(".repeat(10_000),
        format!("{}x", "> ".repeat(5_000)),
        "- ".repeat(5_000),
        "|".repeat(10_000),
        "[^".repeat(5_000),
        "[".repeat(100_000),
        "[^1]:".repeat(5_000),
        "([a](http://x".repeat(5_000),
        format!("x (Lord 1955, p. 1).\n\n## References\n\n{}", "Lord, W. *A*. 1955. pp. 2-3.\n".repeat(5_000)),
        "```\n1956\n".to_string(),
        "---\ndate: 1956-02-30\ntitle: \"".to_string(),
        "+++\n".to_string(),
        "<!--".repeat(1_000),
        "http://".repeat(1_000),
        "Feb. ".repeat(5_000),
        "the 24th of ".repeat(2_000),
        "9.9.9.9.9.9".repeat(1_000),
        "\u{feff}24 February 1956".to_string(),
        String::new(),
    ];
    let inputs: Vec<Input> =
        nasty.iter().enumerate().map(|(i, text)| Input { path: format!("n{i}.md"), text: text.clone() }).collect();
    let analysis = analyze(inputs, &Settings::default());
    assert_eq!(analysis.documents.len(), nasty.len());
}
