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

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

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
    /// True when the claim is quoted or negated ("“hundreds were freed”", "not 1790"): someone
    /// else's statement, or one the author rejects. It stays a claim but is linked to no subject.
    pub reported: bool,
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
    /// True for numeric citations and footnote marks (`[2]`, `[^1]`), whose labels are local to
    /// their document.
    pub numeric: bool,
    /// True for a name alone in parentheses ("(Siegelbaum)"), which cites only when the name is
    /// that of a known source.
    pub bare: bool,
    /// The address of a link used as a citation.
    pub link: Option<String>,
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
    /// Capitalised words in mid-sentence, in order: the names the document mentions, for spotting
    /// misspelt ones.
    pub names: Vec<Name>,
}

/// A capitalised word in mid-sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// Byte range of the word (a possessive ending excluded).
    pub span: Range<usize>,
    /// The word as written, without a possessive ending.
    pub text: String,
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
    Stems::with(|stems| extract_blocks(prose, options, stems))
}

fn extract_blocks(prose: &Prose, options: &Options, stems: &mut Stems) -> Extraction {
    let text = prose.masked.as_str();
    let mut out = Extraction::default();
    let mut heading: Vec<ContextWord> = Vec::new();
    let mut topic: HashMap<Rc<str>, u32> = HashMap::new();
    for block in &prose.blocks {
        let tokens = lex::tokenize(text, block.range.clone());
        // Every content word of the block, stemmed once: the topic, the heading and the claims'
        // contexts are all read from this list.
        let words = content_words(text, &tokens, stems);
        for w in &words {
            *topic.entry(Rc::clone(&w.stem)).or_default() += 1;
        }
        if let BlockKind::Heading(_) = block.kind {
            heading = words
                .iter()
                .map(|w| ContextWord {
                    stem: w.stem.to_string(),
                    word: w.lower.to_string(),
                    weight: 0.35,
                    proper: w.proper,
                    from_heading: true,
                })
                .collect();
        }
        if block.in_references || tokens.is_empty() {
            continue;
        }
        let starts = sentence_starts(text, &tokens);
        collect_names(text, &tokens, &starts, &mut out.names);
        let scanner = recognize::Scanner::new(text, &tokens, starts.clone(), options.document_date);
        let found = scanner.scan();
        let first_citation = out.citations.len();
        out.citations.extend(scanner.citations().iter().map(|c| Citation {
            span: tokens[c.first].start..tokens[c.end - 1].end,
            author: c.author.clone(),
            year: c.year.clone(),
            page: c.page.clone(),
            numeric: c.numeric,
            bare: c.bare,
            link: None,
        }));
        let block_citations = first_citation..out.citations.len();
        let sentence_bounds = sentence_ranges(&tokens, &starts);
        let quoted = inside_quotes(text, &tokens);
        let first_sentence = out.sentences.len();
        out.sentences.extend(sentence_bounds.iter().map(|r| tokens[r.start].start..tokens[r.end - 1].end));
        let heading_context = if matches!(block.kind, BlockKind::Heading(_)) { &[][..] } else { &heading[..] };
        // A table cell says little on its own: the rest of its row is its sentence.
        let row =
            if block.kind == BlockKind::TableCell { row_words(text, block.range.clone(), stems) } else { Vec::new() };
        // Claims come in order, so the sentence and the next citation of each are found by cursors.
        let mut s = 0;
        let mut next_citation = block_citations.start;
        for f in found {
            while s < sentence_bounds.len() && sentence_bounds[s].end <= f.first {
                s += 1;
            }
            let Some(sentence_tokens) = sentence_bounds.get(s).cloned() else { continue };
            let span = tokens[f.first].start..tokens[f.end - 1].end;
            let mut context = claim_context(&words, sentence_tokens.clone(), f.first..f.end, &starts, heading_context);
            if !row.is_empty() {
                for w in &row {
                    if !context.iter().any(|c| c.stem == w.stem) {
                        context.push(w.clone());
                    }
                }
                context.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.stem.cmp(&b.stem)));
            }
            let noun_stem = f.noun.as_deref().map(|n| stems.stem(n).to_string());
            // A citation supports the claims of its sentence and those before it in its block, back to
            // the previous citation: the claim takes the first citation after it, unless that one
            // stands in a later sentence and its own sentence has one before it.
            while next_citation < block_citations.end && out.citations[next_citation].span.start < span.end {
                next_citation += 1;
            }
            let sentence_bytes = tokens[sentence_tokens.start].start..tokens[sentence_tokens.end - 1].end;
            // A citation earlier in the claim's own sentence wins over one in a later sentence.
            let in_sentence = (block_citations.start..next_citation)
                .next_back()
                .filter(|&c| sentence_bytes.contains(&out.citations[c].span.start));
            let citation = match (next_citation < block_citations.end).then_some(next_citation) {
                Some(after) if in_sentence.is_none() || sentence_bytes.contains(&out.citations[after].span.start) => {
                    Some(after)
                }
                _ => in_sentence,
            };
            let reference =
                if f.kind == Kind::Duration { reference_event(text, &tokens, f.end, stems) } else { Vec::new() };
            let reported = quoted[f.first] || negated(text, &tokens, f.first);
            out.claims.push(Claim {
                reported,
                span,
                kind: f.kind,
                value: f.value,
                noun: f.noun,
                noun_stem,
                sentence: sentence_bytes,
                sentence_index: first_sentence + s,
                context,
                citations: citation.into_iter().collect(),
                reference,
            });
        }
    }
    out.topic = topic.into_iter().map(|(stem, count)| (stem.to_string(), count)).collect();
    out.topic.sort();
    out
}

/// A stemmer with a memory: each distinct word is stemmed once per thread, across documents. The
/// memory is bounded: past [`STEM_CACHE_LIMIT`] words it starts again.
struct Stems {
    stemmer: Stemmer,
    cache: HashMap<String, Rc<str>>,
}

/// The most words a thread's stem memory holds.
const STEM_CACHE_LIMIT: usize = 200_000;

thread_local! {
    static STEMS: std::cell::RefCell<Option<Stems>> = const { std::cell::RefCell::new(None) };
}

impl Default for Stems {
    fn default() -> Stems {
        Stems { stemmer: Stemmer::create(Algorithm::English), cache: HashMap::new() }
    }
}

impl Stems {
    /// The stem of a word (lower-cased here if it is not already), shared: a known word costs no
    /// allocation.
    fn stem(&mut self, word: &str) -> Rc<str> {
        if let Some(stem) = self.cache.get(word) {
            return Rc::clone(stem);
        }
        if self.cache.len() >= STEM_CACHE_LIMIT {
            self.cache.clear();
        }
        let stem: Rc<str> = stem_word(&self.stemmer, word).into();
        self.cache.insert(word.to_string(), Rc::clone(&stem));
        stem
    }

    /// Runs `f` with this thread's stemmer.
    fn with<T>(f: impl FnOnce(&mut Stems) -> T) -> T {
        STEMS.with(|cell| {
            let mut slot = cell.borrow_mut();
            f(slot.get_or_insert_with(Stems::default))
        })
    }
}

/// A content word of a block, stemmed.
struct Word<'a> {
    stem: Rc<str>,
    lower: Cow<'a, str>,
    proper: bool,
    /// The token's index in the block.
    index: usize,
}

/// Stems one word: lower-cased, a possessive "'s" dropped.
pub fn stem_word(stemmer: &Stemmer, word: &str) -> String {
    let lower = if word.chars().any(char::is_uppercase) { word.to_lowercase() } else { word.to_string() };
    let bare = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(&lower);
    stemmer.stem(bare).into_owned()
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

/// Content words of a token run, stemmed.
fn content_words<'a>(text: &'a str, tokens: &[Token], stems: &mut Stems) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.tok != Tok::Word {
            continue;
        }
        let raw = &text[t.start..t.end];
        if raw.len() <= 2 {
            continue;
        }
        // Most words are lower case already and are borrowed from the text.
        let lower: Cow<'a, str> =
            if raw.chars().any(char::is_uppercase) { Cow::Owned(raw.to_lowercase()) } else { Cow::Borrowed(raw) };
        if !is_content_word(&lower) {
            continue;
        }
        let proper = i > 0 && raw.chars().next().is_some_and(char::is_uppercase);
        out.push(Word { stem: stems.stem(&lower), lower, proper, index: i });
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

/// How far from a claim (in tokens) its context reaches. A word further away weighs less than a
/// sixth of a touching one, and the bound keeps the work per claim constant in a long sentence.
const CONTEXT_WINDOW: usize = 24;

/// The weighted context of one claim: its sentence's content words outside the claim, within the
/// window, weighted by token distance; then the heading's words at a low weight.
fn claim_context(
    words: &[Word],
    sentence: Range<usize>,
    claim: Range<usize>,
    starts: &[bool],
    heading: &[ContextWord],
) -> Vec<ContextWord> {
    let lo = sentence.start.max(claim.start.saturating_sub(CONTEXT_WINDOW));
    let hi = sentence.end.min(claim.end + CONTEXT_WINDOW);
    let first = words.partition_point(|w| w.index < lo);
    let mut context: Vec<ContextWord> = Vec::new();
    for w in words[first..].iter().take_while(|w| w.index < hi) {
        let i = w.index;
        if claim.contains(&i) {
            continue;
        }
        let distance = if i < claim.start { claim.start - i } else { i - claim.end + 1 };
        let weight = 1.0 / (1.0 + (distance.saturating_sub(1)) as f32 / 4.0);
        let proper = w.proper && !starts[i];
        match context.iter_mut().find(|c| *c.stem == *w.stem) {
            Some(c) => c.weight = c.weight.max(weight),
            None => context.push(ContextWord {
                stem: w.stem.to_string(),
                word: w.lower.to_string(),
                weight,
                proper,
                from_heading: false,
            }),
        }
    }
    for h in heading {
        if !context.iter().any(|w| w.stem == h.stem) {
            context.push(h.clone());
        }
    }
    context.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.stem.cmp(&b.stem)));
    context
}

/// Adds the block's names: words of five letters or more, capitalised, not all capitals, that do not
/// begin a sentence or follow an opening quotation mark.
fn collect_names(text: &str, tokens: &[Token], starts: &[bool], names: &mut Vec<Name>) {
    for (i, t) in tokens.iter().enumerate() {
        if t.tok != Tok::Word || starts[i] || i == 0 {
            continue;
        }
        let prev = tokens[i - 1];
        if prev.tok == Tok::Punct
            && matches!(&text[prev.start..prev.end], "\"" | "“" | "‘" | "(" | "[" | ":" | "-" | "*")
        {
            continue;
        }
        let raw = &text[t.start..t.end];
        let bare = raw.strip_suffix("’s").or_else(|| raw.strip_suffix("'s")).unwrap_or(raw);
        let mut chars = bare.chars();
        let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
        if capitalised && bare.chars().count() >= 5 {
            names.push(Name { span: t.start..t.start + bare.len(), text: bare.to_string() });
        }
    }
}

/// Marks the tokens that stand between an opening and a closing double quotation mark in the block.
/// Straight quotes open when no quote is open; an unclosed quote marks nothing.
fn inside_quotes(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut marks = vec![false; tokens.len()];
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.tok != Tok::Punct {
            continue;
        }
        let opening = match &text[t.start..t.end] {
            "“" => true,
            "”" => false,
            "\"" => open.is_none(),
            _ => continue,
        };
        match (opening, open) {
            (true, _) => open = Some(i),
            (false, Some(o)) => {
                for m in &mut marks[o + 1..i] {
                    *m = true;
                }
                open = None;
            }
            (false, None) => {}
        }
    }
    marks
}

/// True when the claim at token `first` is negated: "not 1790", "never 500", "no more than" aside.
fn negated(text: &str, tokens: &[Token], first: usize) -> bool {
    let Some(prev) = first.checked_sub(1).map(|k| tokens[k]) else { return false };
    prev.tok == Tok::Word && matches!(text[prev.start..prev.end].to_lowercase().as_str(), "not" | "never")
}

/// The event a length of time is counted from: the content words (up to three) after "of", "into",
/// "after", "before" or "since" directly following the claim.
fn reference_event(text: &str, tokens: &[Token], end: usize, stems: &mut Stems) -> Vec<String> {
    let Some(t) = tokens.get(end) else { return Vec::new() };
    if !matches!(text[t.start..t.end].to_lowercase().as_str(), "of" | "into" | "after" | "before" | "since") {
        return Vec::new();
    }
    let following = &tokens[end + 1..tokens.len().min(end + 6)];
    let words: Vec<Token> = following
        .iter()
        .copied()
        .take_while(|t| t.tok == Tok::Word || t.tok == Tok::Punct && text[t.start..t.end] == *"’")
        .collect();
    content_words(text, &words, stems).into_iter().take(3).map(|w| w.stem.to_string()).collect()
}

/// The words of a table cell's row (the other cells on its line), as context.
fn row_words(text: &str, cell: Range<usize>, stems: &mut Stems) -> Vec<ContextWord> {
    let line_start = text[..cell.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[cell.end..].find('\n').map_or(text.len(), |i| cell.end + i);
    let row = lex::tokenize(text, line_start..line_end);
    let mut out: Vec<ContextWord> = Vec::new();
    for w in content_words(text, &row, stems) {
        let t = row[w.index];
        if t.start >= cell.start && t.end <= cell.end || out.iter().any(|c| *c.stem == *w.stem) {
            continue;
        }
        out.push(ContextWord {
            stem: w.stem.to_string(),
            word: w.lower.into_owned(),
            weight: 0.8,
            proper: w.proper,
            from_heading: false,
        });
    }
    out
}

#[cfg(test)]
mod tests;
