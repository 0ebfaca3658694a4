//! Extraction: from one document's prose to its claims.
//!
//! For each prose block from [`crate::corpus`], the text is tokenized ([`lex`]), split into
//! sentences, and scanned by the recognizers ([`recognize`]). Each value found becomes a [`Claim`]
//! with its byte span, kind, typed value, counted noun and sentence context: the stemmed content words
//! of its sentence, weighted by nearness to the claim, plus the words of the heading it sits under.
//!
//! Invariants: extraction is a pure function of the document text and its prose map, independent of
//! every other document (so documents extract in parallel); it never fails and never panics on any
//! input; claims come out in document order and never overlap; blocks in references sections yield
//! no claims.

pub mod lex;
pub mod lexicon;
pub mod recognize;

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

use crate::corpus::{BlockKind, Prose};
use crate::value::{Kind, Value};
use lex::{Gap, Tok, Token};

/// One stated value at one place in a document.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Byte range of the claim's text (qualifier, number and unit) in the document.
    pub span: Range<usize>,
    /// The kind the claim is reported as.
    pub kind: Kind,
    /// The typed value.
    pub value: Value,
    /// The counted noun or unit word as written, lower-cased ("prisoners", "words").
    pub noun: Option<String>,
    /// The stem of the counted noun, used for linking ("prison", "word").
    pub noun_stem: Option<String>,
    /// Byte range of the sentence the claim stands in.
    pub sentence: Range<usize>,
    /// Index of the sentence within the document, for "same sentence" tests.
    pub sentence_index: usize,
    /// The context: stemmed content words with their weights, strongest first, each stem once.
    pub context: Vec<ContextWord>,
    /// Indices into [`Extraction::citations`] of the citations that support this claim.
    pub citations: Vec<usize>,
    /// For a length of time counted from an event ("six months of Stalin's death", "three years into
    /// his reign"), the stems of the words naming that event; empty otherwise.
    pub reference: Vec<String>,
}

/// An in-text citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// Byte range of the citation, brackets included.
    pub span: Range<usize>,
    /// The cited author's surname, or the label of a numeric citation ("[2]").
    pub author: String,
    /// The year given, if any.
    pub year: Option<String>,
    /// The page or page range, as written.
    pub page: Option<String>,
    /// True for numeric citations, whose labels are local to their document.
    pub numeric: bool,
}

/// A content word of a claim's context.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextWord {
    /// The lower-cased stem.
    pub stem: String,
    /// The word as written, lower-cased, for messages.
    pub word: String,
    /// How strongly the word belongs to the claim: 1 when it touches the claim, falling with
    /// distance; heading words weigh less.
    pub weight: f32,
    /// True when the word is capitalised in mid-sentence (a name).
    pub proper: bool,
    /// True when the word comes from the heading the claim sits under, not from its sentence.
    pub from_heading: bool,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// The claims, in document order.
    pub claims: Vec<Claim>,
    /// Byte ranges of the document's sentences, in order.
    pub sentences: Vec<Range<usize>>,
    /// Every content word of the document's prose, stemmed, with its count: what the document is
    /// about, for telling topics apart when linking.
    pub topic: Vec<(String, u32)>,
    /// The in-text citations, in order.
    pub citations: Vec<Citation>,
}

/// How to extract.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date the document was written (front matter `date`, or given by the caller): relative
    /// expressions ("the next day", "two years later", "last Tuesday") with no absolute date before
    /// them in their paragraph resolve against it.
    pub document_date: Option<crate::value::DatePoint>,
}

/// Extracts the claims of one document from its prose map, with default options.
pub fn extract(prose: &Prose) -> Extraction {
    extract_with(prose, &Options::default())
}

/// Extracts the claims of one document from its prose map.
pub fn extract_with(prose: &Prose, options: &Options) -> Extraction {
    let stemmer = Stemmer::create(Algorithm::English);
    let text = prose.masked.as_str();
    let mut out = Extraction::default();
    let mut heading: Vec<ContextWord> = Vec::new();
    let mut topic: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    for block in &prose.blocks {
        let tokens = lex::tokenize(text, block.range.clone());
        for (stem, _, _, _) in content_words(text, &tokens, &stemmer) {
            *topic.entry(stem).or_default() += 1;
        }
        if let BlockKind::Heading(_) = block.kind {
            heading = content_words(text, &tokens, &stemmer)
                .into_iter()
                .map(|(stem, word, proper, _)| ContextWord { stem, word, weight: 0.35, proper, from_heading: true })
                .collect();
        }
        if block.in_references || tokens.is_empty() {
            continue;
        }
        let starts = sentence_starts(text, &tokens);
        let scanner = recognize::Scanner::new(text, &tokens, starts.clone(), options.document_date);
        let found = scanner.scan();
        let first_citation = out.citations.len();
        out.citations.extend(scanner.citations().iter().map(|c| Citation {
            span: tokens[c.first].start..tokens[c.end - 1].end,
            author: c.author.clone(),
            year: c.year.clone(),
            page: c.page.clone(),
            numeric: c.numeric,
        }));
        let block_citations = first_citation..out.citations.len();
        let sentence_bounds = sentence_ranges(&tokens, &starts);
        let first_sentence = out.sentences.len();
        out.sentences.extend(sentence_bounds.iter().map(|r| tokens[r.start].start..tokens[r.end - 1].end));
        let heading_context = if matches!(block.kind, BlockKind::Heading(_)) { &[][..] } else { &heading[..] };
        for f in found {
            let Some(s) = sentence_bounds.iter().position(|r| r.contains(&f.first)) else {
                continue;
            };
            let sentence_tokens = sentence_bounds[s].clone();
            let span = tokens[f.first].start..tokens[f.end - 1].end;
            let mut context = claim_context(
                text,
                &tokens,
                sentence_tokens.clone(),
                f.first..f.end,
                &starts,
                &stemmer,
                heading_context,
            );
            if block.kind == BlockKind::TableCell {
                // A table cell says little on its own: the rest of its row is its sentence.
                add_row_context(text, block.range.clone(), &stemmer, &mut context);
            }
            let noun_stem = f.noun.as_deref().map(|n| stem_word(&stemmer, n));
            // A citation supports the claims before it in its block, back to the previous citation:
            // the claim takes the first citation after it, or one earlier in its own sentence.
            let sentence_bytes = tokens[sentence_tokens.start].start..tokens[sentence_tokens.end - 1].end;
            let citations: Vec<usize> = block_citations
                .clone()
                .find(|&c| out.citations[c].span.start >= span.end)
                .or_else(|| {
                    block_citations.clone().rev().find(|&c| sentence_bytes.contains(&out.citations[c].span.start))
                })
                .into_iter()
                .collect();
            let reference =
                if f.kind == Kind::Duration { reference_event(text, &tokens, f.end, &stemmer) } else { Vec::new() };
            out.claims.push(Claim {
                span,
                kind: f.kind,
                value: f.value,
                noun: f.noun,
                noun_stem,
                sentence: tokens[sentence_tokens.start].start..tokens[sentence_tokens.end - 1].end,
                sentence_index: first_sentence + s,
                context,
                citations,
                reference,
            });
        }
    }
    out.topic = topic.into_iter().collect();
    out.topic.sort();
    out
}

/// Stems one lower-case word.
pub fn stem_word(stemmer: &Stemmer, word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches("'s").trim_end_matches("’s");
    stemmer.stem(lower).into_owned()
}

/// Marks the tokens that begin a sentence: the first token, and the first after a full stop,
/// question or exclamation mark (and any closing quotes or brackets) that is followed by white space
/// and a capital, digit or opening quote, unless the stop ends an abbreviation or an initial.
fn sentence_starts(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut starts = vec![false; tokens.len()];
    if let Some(first) = starts.first_mut() {
        *first = true;
    }
    let raw = |i: usize| &text[tokens[i].start..tokens[i].end];
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let mark = t.tok == Tok::Punct && matches!(raw(i), "." | "!" | "?" | ";" | ":");
        if !mark {
            i += 1;
            continue;
        }
        let soft = matches!(raw(i), ";" | ":");
        if raw(i) == "." && i > 0 && tokens[i].gap == Gap::None && tokens[i - 1].tok == Tok::Word {
            let word = raw(i - 1);
            let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if single_capital || lexicon::is_abbreviation(&word.to_lowercase()) {
                // "a.m." and "p.m." end a sentence when a capital follows; other abbreviations do not.
                let meridiem = matches!(word, "m" | "M") && i >= 3 && matches!(raw(i - 3), "a" | "p" | "A" | "P");
                if !meridiem {
                    i += 1;
                    continue;
                }
            }
        }
        let mut j = i + 1;
        while j < tokens.len()
            && tokens[j].gap == Gap::None
            && tokens[j].tok == Tok::Punct
            && matches!(raw(j), "\"" | "”" | "’" | "'" | ")" | "]" | "." | "!" | "?")
        {
            j += 1;
        }
        if j >= tokens.len() || tokens[j].gap == Gap::None {
            i = j.max(i + 1);
            continue;
        }
        let next = raw(j);
        let starts_sentence = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '['));
        // A colon or semicolon never ends a sentence: the clause after it still belongs to the claim.
        if starts_sentence && !soft {
            starts[j] = true;
        }
        i = j;
    }
    starts
}

/// The token ranges of the sentences marked by `starts`.
fn sentence_ranges(tokens: &[Token], starts: &[bool]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut begin = 0;
    for (i, _) in tokens.iter().enumerate().skip(1) {
        if starts[i] {
            out.push(begin..i);
            begin = i;
        }
    }
    if begin < tokens.len() {
        out.push(begin..tokens.len());
    }
    out
}

/// Content words of a token run: (stem, lower-case word, proper, token index).
fn content_words(text: &str, tokens: &[Token], stemmer: &Stemmer) -> Vec<(String, String, bool, usize)> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.tok != Tok::Word {
            continue;
        }
        let raw = &text[t.start..t.end];
        let lower = raw.to_lowercase();
        if !is_content_word(&lower) {
            continue;
        }
        let proper = i > 0 && raw.chars().next().is_some_and(char::is_uppercase);
        out.push((stem_word(stemmer, &lower), lower, proper, i));
    }
    out
}

/// True for words that can say what a claim is about: not function words, number words, month
/// names, units of time or one- and two-letter fragments.
fn is_content_word(lower: &str) -> bool {
    lower.chars().count() > 2
        && !lexicon::is_stop_word(lower)
        && lexicon::small_number(lower).is_none()
        && lexicon::ordinal_word(lower).is_none()
        && lexicon::scale(lower).is_none()
        && lexicon::month(lower).is_none()
        && lexicon::qualifier(lower).is_none()
        && !matches!(lower, "o'clock" | "o’clock" | "a.m" | "p.m" | "percent")
}

/// The weighted context of one claim: its sentence's content words outside the claim, weighted by
/// token distance, then the heading's words at a low weight.
fn claim_context(
    text: &str,
    tokens: &[Token],
    sentence: Range<usize>,
    claim: Range<usize>,
    starts: &[bool],
    stemmer: &Stemmer,
    heading: &[ContextWord],
) -> Vec<ContextWord> {
    let mut words: Vec<ContextWord> = Vec::new();
    let slice = &tokens[sentence.clone()];
    for (stem, word, proper, k) in content_words(text, slice, stemmer) {
        let i = sentence.start + k;
        if claim.contains(&i) {
            continue;
        }
        let distance = if i < claim.start { claim.start - i } else { i - claim.end + 1 };
        let weight = 1.0 / (1.0 + (distance.saturating_sub(1)) as f32 / 4.0);
        let proper = proper && !starts[i];
        match words.iter_mut().find(|w| w.stem == stem) {
            Some(w) => w.weight = w.weight.max(weight),
            None => words.push(ContextWord { stem, word, weight, proper, from_heading: false }),
        }
    }
    for h in heading {
        if !words.iter().any(|w| w.stem == h.stem) {
            words.push(h.clone());
        }
    }
    words.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.stem.cmp(&b.stem)));
    words
}

/// The event a length of time is counted from: the content words (up to three) after "of", "into",
/// "after", "before" or "since" directly following the claim.
fn reference_event(text: &str, tokens: &[Token], end: usize, stemmer: &Stemmer) -> Vec<String> {
    let Some(t) = tokens.get(end) else { return Vec::new() };
    let word = text[t.start..t.end].to_lowercase();
    if !matches!(word.as_str(), "of" | "into" | "after" | "before" | "since") {
        return Vec::new();
    }
    let following = &tokens[end + 1..tokens.len().min(end + 6)];
    let words: Vec<Token> = following
        .iter()
        .copied()
        .take_while(|t| t.tok == Tok::Word || t.tok == Tok::Punct && text[t.start..t.end] == *"’")
        .collect();
    content_words(text, &words, stemmer).into_iter().take(3).map(|(stem, _, _, _)| stem).collect()
}

/// Adds the words of a table cell's row (the other cells on its line) to the cell's context.
fn add_row_context(text: &str, cell: Range<usize>, stemmer: &Stemmer, context: &mut Vec<ContextWord>) {
    let line_start = text[..cell.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[cell.end..].find('\n').map_or(text.len(), |i| cell.end + i);
    let row = lex::tokenize(text, line_start..line_end);
    for (stem, word, proper, k) in content_words(text, &row, stemmer) {
        let t = row[k];
        if t.start >= cell.start && t.end <= cell.end {
            continue;
        }
        if !context.iter().any(|w| w.stem == stem) {
            context.push(ContextWord { stem, word, weight: 0.8, proper, from_heading: false });
        }
    }
    context.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.stem.cmp(&b.stem)));
}

#[cfg(test)]
mod tests;
