//! Extraction: from one document's prose to its claims.
//!
//! For each prose block from [`crate::corpus`], the text is tokenized ([`lex`]), split into
//! sentences, and scanned by the recognizers ([`recognize`]). Each value found becomes a [`Claim`]
//! with its byte span, kind, typed value, counted noun and sentence context: the stemmed content words
//! of its sentence, weighted by nearness to the claim, what it borrows from the sentence before
//! (a question it answers, the names it goes on about), and the words of the heading it sits under.
//!
//! Invariants: extraction is a pure function of the document text and its prose map, independent of
//! every other document (so documents extract in parallel); it never fails and never panics on any
//! input; claims come out in document order and never overlap; blocks in references sections yield
//! no claims.

pub mod era;
pub mod lex;
pub mod lexicon;
pub mod recognize;

use std::ops::Range;

use std::borrow::Cow;
use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

use crate::corpus::{Block, BlockKind, Prose, line_around};
use crate::value::{Kind, Value, Verdict};
use lex::{Gap, Tok, Token};

/// One stated value at one place in a document.
#[derive(Debug, Clone, Serialize, Deserialize)]
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
    /// his reign"), the stems of the words naming that event; [`UNNAMED_EVENT`] alone for one
    /// counted from an event left unnamed ("four days later"); empty otherwise.
    pub reference: Vec<String>,
    /// True when the claim states a part of a whole: "43 km of it", "27 of them" (but not "all 16 of
    /// them"), a figure its sentence sums ("83 killed outright and 15 more, 98 in total"), a year or
    /// date that bounds a period ("between 1949 and 1961", "between September and December 1918"),
    /// which dates no event of its own, or where a change started ("rose from £100 to over £1,000").
    pub part: bool,
    /// True for a count of a breakdown that adds up exactly to another count of its sentence: the
    /// "260 civilians" of "485 dead (260 civilians, 126 soldiers, 82 rebels, 17 police)". It is a
    /// fact of its own, but not a count of everyone the total counts.
    pub summed: bool,
    /// For a count, quantity, percentage or rank, the time its own clause tells it as of: the years
    /// of the dates beside it ("in 1900 the town had 5,000 people") or a word of the past or the
    /// present ("then thought to be", "today"). Figures told as of different times state different
    /// facts.
    pub era: Option<era::Era>,
    /// For a year that a figure of its clause is told as of, the value of that figure: "in 1850 the
    /// town had a population of 2,000" pairs the year with the population. A day is more often the
    /// date of an event than the time of a figure ("on 14 July 1789 a crowd seized 30,000 muskets"),
    /// and is left unpaired.
    pub figure: Option<Value>,
    /// For a claim in a table cell, the table (counted from 0 in the document) and the byte offset
    /// of its row's line. One table does not state one fact in two rows: "South Col camp | 7,900
    /// m" and "Their highest point | 8,750 m" are two heights.
    pub row: Option<(u32, usize)>,
    /// For a claim after the label of a list item ("- Dead: 485", "- Population 1841: 8.2 million"),
    /// the label's words, hashed. One note's list of labelled figures gives one figure for each
    /// label: "Rebels: 1,600" and "Dead: 485" are two facts.
    pub label: Option<u64>,
    /// For a measure that gives the one before it in its sentence in other units, where that one
    /// starts (a byte offset): "436 acres, which works out at about 1,080 hectares", "155 km (96
    /// miles)". The two state one figure, whether the conversion is right or not.
    pub restates: Option<usize>,
    /// True for a figure told for each day, year or other unit of time: "two or three thousand
    /// died each day", "every year about 7 million people visit". A rate is not the total of the
    /// whole time.
    pub rate: bool,
    /// True for a claim in a heading, which names what a note is about ("The 1918 influenza
    /// pandemic") rather than telling when it began or ended.
    pub heading: bool,
    /// For one of several values of a kind that its sentence gives side by side, joined only by
    /// commas, "and" or "or" ("reissued in 1216, 1217 and 1225", "on August 24 or, more likely,
    /// late October"), where the first of them starts (a byte offset). The values are a set or a
    /// choice: another note's value that one of them gives does not disagree with the others.
    pub among: Option<usize>,
}

/// An in-text citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContextWord {
    /// The lower-cased stem.
    #[serde(deserialize_with = "shared_str")]
    pub stem: Arc<str>,
    /// The word as written, lower-cased, for messages.
    #[serde(deserialize_with = "shared_str")]
    pub word: Arc<str>,
    /// How strongly the word belongs to the claim: 1 when it touches the claim, falling with
    /// distance; heading words weigh less.
    pub weight: f32,
    /// True when the word is capitalised in mid-sentence (a name).
    pub proper: bool,
    /// True when the word comes from the heading the claim sits under, not from its sentence.
    pub from_heading: bool,
    /// True when the word is a name borrowed from the sentence before, for a sentence that names
    /// no one ("It was 11.40 pm"): it says whom the claim is about, but stands in no sentence of it.
    pub borrowed: bool,
}

/// Reads a string that many context words hold, sharing one allocation per thread for each distinct
/// string, as extraction does.
fn shared_str<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Arc<str>, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    Ok(share(&text))
}

/// A stretch of a document read as one topic. A file with two top-level headings or more ("# The
/// Broren Bridge" … "# The Hallow Strike") holds that many articles, and an article's figures are
/// not compared with another's unless their words say they are about one thing; the text before the
/// second such heading is the first article's.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Section {
    /// Where it starts: a byte offset into the document.
    pub start: usize,
    /// Every content word of its prose, stemmed, with its count: the stem as an index into the
    /// document's [`Extraction::stems`].
    pub topic: Vec<(u32, u32)>,
}

/// Reads a document's stems, shared as [`shared_str`] shares them.
fn shared_stems<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<Arc<str>>, D::Error> {
    let stems = <Vec<std::borrow::Cow<'de, str>>>::deserialize(deserializer)?;
    Ok(stems.iter().map(|stem| share(stem)).collect())
}

/// The thread's one shared copy of `text`.
fn share(text: &str) -> Arc<str> {
    thread_local! {
        static SHARED: std::cell::RefCell<foldhash::HashSet<Arc<str>>> = std::cell::RefCell::default();
    }
    SHARED.with(|shared| {
        let mut shared = shared.borrow_mut();
        if let Some(known) = shared.get(text) {
            return Arc::clone(known);
        }
        let new: Arc<str> = Arc::from(text);
        shared.insert(Arc::clone(&new));
        new
    })
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Extraction {
    /// The claims, in document order.
    pub claims: Vec<Claim>,
    /// Byte ranges of the document's sentences, in order.
    pub sentences: Vec<Range<usize>>,
    /// What the document is about, for telling topics apart when linking: one section, or one for
    /// each article of a file that holds several, each under a top-level heading of its own.
    pub sections: Vec<Section>,
    /// The stems of the content words of the document's prose, each once, in the order they first
    /// appear. They are shared with the thread's vocabulary, so the list allocates no string of its
    /// own.
    #[serde(deserialize_with = "shared_stems")]
    pub stems: Vec<Arc<str>>,
    /// The in-text citations, in order.
    pub citations: Vec<Citation>,
    /// Capitalised words in mid-sentence, in order: the names the document mentions, for spotting
    /// misspelt ones.
    pub names: Vec<Name>,
}

/// A capitalised word in mid-sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    Vocabulary::with(|vocabulary| extract_blocks(prose, options, vocabulary))
}

fn extract_blocks(prose: &Prose, options: &Options, vocabulary: &mut Vocabulary) -> Extraction {
    let text = prose.masked.as_str();
    let mut out = Extraction::default();
    let mut heading: Vec<ContextWord> = Vec::new();
    // The per-block lists, kept between blocks so that a block allocates nothing it does not keep.
    let mut buffers = std::mem::take(&mut vocabulary.buffers);
    let mut lower_store: Vec<&str> = recycle(std::mem::take(&mut buffers.lower));
    // The tables met so far, and whether the last block was a cell of one.
    let (mut tables, mut in_table) = (0_u32, false);
    // The top-level headings met so far, and where the section being read starts.
    let (mut titles, mut section_start) = (0_u32, 0_usize);
    for block in prose.blocks.iter().flat_map(|b| pieces(text, b)) {
        let block = &block;
        if block.kind == BlockKind::Heading(1) {
            titles += 1;
            if titles > 1 {
                let section = end_section(section_start, &mut buffers, vocabulary, &mut out.stems);
                out.sections.push(section);
                section_start = block.range.start;
            }
        }
        let cell = block.kind == BlockKind::TableCell;
        if cell && !in_table {
            tables += 1;
        }
        in_table = cell;
        lex::tokenize_into(text, block.range.clone(), &mut buffers.tokens);
        let tokens = &buffers.tokens[..];
        buffers.lowered.fill(text, tokens);
        let mut lower = recycle(lower_store);
        // Every content word of the block, stemmed once: the topic, the heading and the claims'
        // contexts are all read from its list.
        read_tokens(vocabulary, text, tokens, &buffers.lowered, &mut lower, &mut buffers.read);
        let TokenFacts { lexemes, classes, words } = &buffers.read;
        let (lexemes, classes, words) = (&lexemes[..], &classes[..], &words[..]);
        // The topic counts each stem in a list indexed by stem id, noting the stems met.
        if buffers.topic_counts.len() < vocabulary.stems.len() {
            buffers.topic_counts.resize(vocabulary.stems.len(), 0);
            buffers.stem_slots.resize(vocabulary.stems.len(), NO_SLOT);
        }
        for w in words {
            let count = &mut buffers.topic_counts[w.stem as usize];
            if *count == 0 {
                buffers.topic_stems.push(w.stem);
            }
            *count += 1;
        }
        if let BlockKind::Heading(_) = block.kind {
            heading = words
                .iter()
                .map(|w| ContextWord {
                    stem: Arc::clone(vocabulary.stem(w.stem)),
                    word: Arc::clone(vocabulary.word(w.word)),
                    weight: 0.35,
                    proper: w.proper,
                    from_heading: true,
                    borrowed: false,
                })
                .collect();
        }
        if block.in_references || tokens.is_empty() {
            lower_store = recycle(lower);
            continue;
        }
        sentences_into(text, tokens, &lower, &mut buffers.starts, &mut buffers.sentences);
        let starts = &buffers.starts[..];
        collect_names(text, tokens, buffers.lowered.with_capitals(), starts, &mut out.names);
        let scanner = recognize::Scanner::with_spare(
            text,
            tokens,
            &lower,
            classes,
            starts,
            options.document_date,
            std::mem::take(&mut buffers.spare),
        );
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
        // A citation names a source, not what a claim states: its words are no claim's context.
        let words = if scanner.citations().is_empty() {
            words
        } else {
            let mut cited = scanner.citations().iter().map(|c| c.first..c.end).peekable();
            buffers.uncited.clear();
            buffers.uncited.extend(words.iter().copied().filter(|w| {
                while cited.next_if(|c| c.end <= w.index).is_some() {}
                !cited.peek().is_some_and(|c| c.contains(&w.index))
            }));
            &buffers.uncited[..]
        };
        buffers.spare = scanner.into_spare();
        let block_citations = first_citation..out.citations.len();
        let sentence_bounds = &buffers.sentences[..];
        let first_sentence = out.sentences.len();
        out.sentences.extend(sentence_bounds.iter().map(|r| tokens[r.start].start..tokens[r.end - 1].end));
        if found.is_empty() {
            lower_store = recycle(lower);
            continue;
        }
        inside_quotes(text, tokens, &mut buffers.quoted);
        let quoted = &buffers.quoted[..];
        // The phrasal verbs of the block, with what they mean, found once for all its claims.
        let phrasals = &mut buffers.phrasals;
        phrasals.clear();
        phrasals.extend(
            (0..lower.len()).filter_map(|i| phrasal(&lower[i..lower.len().min(i + 3)]).map(|means| (i, means))),
        );
        let phrasals = &phrasals[..];
        let heading_context = if matches!(block.kind, BlockKind::Heading(_)) { &[][..] } else { &heading[..] };
        let item_label = if block.kind == BlockKind::ListItem { list_label(tokens, &lower) } else { None };
        // A table cell says little on its own: the rest of its row, the line it stands on, is its
        // sentence.
        let row_line = cell.then(|| line_around(text, block.range.clone()));
        let table_row = row_line.as_ref().map(|line| (tables.saturating_sub(1), line.start));
        let (row, row_era) = if let Some(line) = row_line {
            // A cell with words of its own beside its figures ("begun 1671, by Wren") says what they
            // are; the row's label names the row's main figure.
            let own_words = words.iter().any(|w| !found.iter().any(|f| (f.first..f.end).contains(&w.index)));
            let label = if own_words {
                RowLabel::OwnWords
            } else {
                row_label(text, &prose.blocks, line.clone(), block.range.clone())
                    .map_or(RowLabel::Unknown, RowLabel::Cell)
            };
            row_words(text, line, block.range.clone(), label, vocabulary)
        } else {
            (Vec::new(), None)
        };
        // Claims come in order, so the sentence and the next citation of each are found by cursors.
        let mut s = 0;
        let mut next_citation = block_citations.start;
        let first_claim = out.claims.len();
        // The claims that sum their sentence's figures: "98 in total", "a total of 98".
        let totals = &mut buffers.totals;
        totals.clear();
        // Each claim's first token and the token after it, to find the years that bound a period.
        let token_spans = &mut buffers.token_spans;
        token_spans.clear();
        let mut found = found.into_iter().peekable();
        let mut previous: Option<Range<usize>> = None;
        while let Some(f) = found.next() {
            // The claims beside this one, whose clauses are not its own.
            let before = previous.replace(f.first..f.end);
            let after = found.peek().map(|n| n.first..n.end);
            while s < sentence_bounds.len() && sentence_bounds[s].end <= f.first {
                s += 1;
            }
            let Some(sentence_tokens) = sentence_bounds.get(s).cloned() else { continue };
            let span = tokens[f.first].start
                ..tokens[f.end - 1].end - possessive_len(text, &tokens[f.end - 1], lower[f.end - 1]);
            let clause = own_clause(tokens, &lower, &sentence_tokens, before.clone(), f.first..f.end, after);
            // In "only 706 of the 2,200 were saved" the rest of the sentence tells of the part, not of
            // the whole it is taken from: the whole keeps only the words before it. So too in "70,000
            // of the city's 80,000 lost their homes".
            let possessive = |w: &str| w.ends_with("'s") || w.ends_with("\u{2019}s");
            let whole = before.as_ref().is_some_and(|b| {
                b.start >= sentence_tokens.start
                    && match &lower[b.end.min(f.first)..f.first] {
                        ["of"] | ["of", "the"] => true,
                        ["of", owner] | ["of", "the", owner] => possessive(owner),
                        _ => false,
                    }
            });
            let reach = if whole { sentence_tokens.start..f.end } else { sentence_tokens.clone() };
            let anchor =
                if matches!(f.value, Value::Date(_)) { anchor_before(&lower, reach.start, f.first) } else { None };
            let place = Place { claim: f.first..f.end, clause, anchor };
            let mut context = claim_context(words, vocabulary, reach.clone(), &place, starts, heading_context);
            // Only the words the context reads: a sentence of thousands of figures costs each of them
            // no more than the window.
            let window = reach.start.max(f.first.saturating_sub(CONTEXT_WINDOW))..reach.end.min(f.end + CONTEXT_WINDOW);
            let from = phrasals.partition_point(|&(i, _)| i < window.start);
            for &(i, means) in phrasals[from..].iter().take_while(|&&(i, _)| i < window.end) {
                let lexeme = vocabulary.lexeme(means);
                // Messages show the phrase as written.
                if let Some(c) = context.iter_mut().find(|c| *c.word == *lower[i]) {
                    c.stem = Arc::clone(vocabulary.stem(lexeme.stem));
                    c.word = share(&format!("{} {}", lower[i], lower[i + 1]));
                }
            }
            if let Some(word) = measure_adjective(text, tokens, &lower, &f.value, f.first..f.end) {
                let lexeme = vocabulary.lexeme(word);
                if !context.iter().any(|c| Arc::ptr_eq(&c.stem, vocabulary.stem(lexeme.stem))) {
                    context.insert(
                        0,
                        ContextWord {
                            stem: Arc::clone(vocabulary.stem(lexeme.stem)),
                            word: Arc::clone(vocabulary.word(lexeme.word)),
                            weight: 1.0,
                            proper: false,
                            from_heading: false,
                            borrowed: false,
                        },
                    );
                }
            }
            if let Some(before) = s.checked_sub(1).map(|p| sentence_bounds[p].clone()) {
                // "the 19-year-old was shot", "the 59-year-old governor": a figure that stands for a
                // person or thing named before.
                let stands_for = f.first > sentence_tokens.start
                    && lower[f.first - 1] == "the"
                    && (f.noun.as_deref() == Some("age") || lower.get(f.end).is_none_or(|w| lexicon::is_stop_word(w)));
                let sentence = if stands_for { f.first..f.first } else { sentence_tokens.clone() };
                let question = text[tokens[before.start].start..tokens[before.end - 1].end].trim_end().ends_with('?');
                borrow_context(words, vocabulary, starts, before, question, sentence, &mut context);
            }
            if !row.is_empty() {
                for w in &row {
                    if !context.iter().any(|c| c.stem == w.stem) {
                        context.push(w.clone());
                    }
                }
                context.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.stem.cmp(&b.stem)));
            }
            let noun = f.noun.or_else(|| gathered_noun(&lower, f.first, f.end).map(str::to_string));
            let noun_stem = noun.as_deref().map(|n| {
                let id = vocabulary.lexeme(n).stem;
                vocabulary.stem_string(id)
            });
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
            let reference = if f.kind == Kind::Duration {
                reference_event(text, tokens, &lower, lexemes, f.end, vocabulary)
            } else {
                Vec::new()
            };
            let reported = quoted[f.first] == Quoted::Reported || negated(tokens, &lower, f.first);
            // "10,000 casualties, of whom about 4,400 were killed": a figure after "of whom" counts
            // some of those before it.
            let of_those = f.first >= 2
                && lower[f.first - 2] == "of"
                && matches!(lower[f.first - 1], "whom" | "which" | "them" | "these" | "those");
            // "about 56 hours into the flight": how much of it had passed, not how long it lasted.
            let into = f.kind == Kind::Duration && lower.get(f.end) == Some(&"into");
            let part = matches!(lower.get(f.end..f.end + 2), Some(&["of", "it" | "them" | "whom" | "which"]))
                && !matches!(f.first.checked_sub(1).map(|k| lower[k]), Some("all" | "both" | "each"))
                || of_those
                || into
                || added_time(&lower, f.kind, f.first, f.end);
            totals.push(
                matches!(lower.get(f.end..f.end + 2), Some(&["in", "total" | "all"]))
                    || lower.get(f.end) == Some(&"altogether")
                    || f.first >= 3 && lower[f.first - 3..f.first] == ["a", "total", "of"],
            );
            token_spans.push((f.first, f.end));
            let restates = out.claims[first_claim..]
                .last()
                .filter(|p| p.sentence_index == first_sentence + s && restated_in_other_units(&p.value, &f.value))
                .zip(before.clone())
                .filter(|(_, b)| {
                    let between = &lower[b.end.min(f.first)..f.first];
                    between.len() <= MAX_RESTATING
                        && between.iter().all(|w| joins_restatement(w))
                        && between.iter().any(|w| marks_restatement(w))
                })
                .map(|(p, _)| p.span.start)
                .or_else(|| {
                    // "31.7% made it, which fits with “about a third”": the writer's figure, agreed.
                    if quoted[f.first] != Quoted::Agreeing {
                        return None;
                    }
                    out.claims[first_claim..]
                        .iter()
                        .rev()
                        .take_while(|p| p.sentence_index == first_sentence + s)
                        .find(|p| p.kind == f.kind)
                        .map(|p| p.span.start)
                });
            let era = if holds_at_a_time(f.kind) {
                era::spoken_era(&lower, clause_around(tokens, &lower, &sentence_tokens, f.first..f.end))
                    .or(row_era)
                    .map(|e| e.dated(options.document_date))
            } else {
                None
            };
            let mut value = f.value;
            if let Some(restated) = out.claims[first_claim..].last().filter(|p| Some(p.span.start) == restates) {
                inherit_rounding(&restated.value, &mut value);
            }
            out.claims.push(Claim {
                reported,
                span,
                kind: f.kind,
                value,
                noun,
                noun_stem,
                sentence: sentence_bytes,
                sentence_index: first_sentence + s,
                context,
                citations: citation.into_iter().collect(),
                reference,
                part,
                summed: false,
                era,
                figure: None,
                row: table_row,
                label: item_label.filter(|&(colon, _)| f.first > colon).map(|(_, key)| key),
                restates,
                rate: holds_at_a_time(f.kind) && per_unit_of_time(tokens, &lower, &sentence_tokens, f.first..f.end),
                heading: matches!(block.kind, BlockKind::Heading(_)),
                among: None,
            });
        }
        // The figures a total sums are its parts: "83 were killed outright and 15 more died later, 98
        // in total".
        let block_claims = &mut out.claims[first_claim..];
        for i in 0..block_claims.len() {
            if !totals[i] {
                continue;
            }
            let (sentence, dimension) = (block_claims[i].sentence_index, dimension_of(&block_claims[i].value).cloned());
            let total = block_claims[i].value.clone();
            for (j, other) in block_claims.iter_mut().enumerate() {
                // "just under six days, around 142 hours in all" tells the total twice, in two units.
                let same = restated_in_other_units(&other.value, &total)
                    && matches!(other.value.compare(&total), Some(Verdict::Same | Verdict::Compatible));
                if j != i
                    && !totals[j]
                    && !same
                    && other.sentence_index == sentence
                    && dimension_of(&other.value) == dimension.as_ref()
                {
                    other.part = true;
                }
            }
        }
        // Counts that add up to a count of their sentence are its breakdown.
        mark_summed(block_claims);
        // The years and dates that bound a period: "between 1949 and 1961", "from 1949 to 1961",
        // "between May 1918 and June 1919", when they are read as two claims.
        let dated = |c: &Claim| matches!(c.kind, Kind::Year | Kind::Date);
        for i in 1..block_claims.len() {
            let ((first, end), (next, _)) = (token_spans[i - 1], token_spans[i]);
            let opens = first > 0
                && matches!(
                    (lower[first - 1], lower.get(end)),
                    ("between", Some(&"and")) | ("from", Some(&"to" | &"until"))
                );
            if opens && next == end + 1 && dated(&block_claims[i - 1]) && dated(&block_claims[i]) {
                block_claims[i - 1].part = true;
                block_claims[i].part = true;
            }
            // "rose from £100 to over £1,000": where a change started, no figure of its own when
            // the two are read as two claims.
            let start = first > 0 && lower[first - 1] == "from" && lower.get(end) == Some(&"to");
            if start && next == end + 1 && block_claims[i - 1].kind == block_claims[i].kind {
                block_claims[i - 1].part = true;
            }
        }
        // Values given side by side as a set or a choice: "in 1216, 1217 and 1225", "August 24 or,
        // more likely, late October". Bounds of a period ("between 1949 and 1961") are parts instead.
        for i in 1..block_claims.len() {
            let (a, b) = (&block_claims[i - 1], &block_claims[i]);
            let between = &lower[token_spans[i - 1].1..token_spans[i].0];
            let joined = between.iter().any(|w| matches!(*w, "," | "and" | "or"))
                && between.iter().all(|w| joins_alternatives(w));
            let alike = match (&a.value, &b.value) {
                (Value::Date(_), Value::Date(_)) => true,
                (Value::Number(x), Value::Number(y)) => a.kind == b.kind && x.unit.dimension == y.unit.dimension,
                _ => false,
            };
            if joined && alike && a.sentence_index == b.sentence_index && !a.part && !b.part {
                let first = a.among.unwrap_or(a.span.start);
                // "not 1790 or 1791": what rejects the first rejects the rest.
                let rejected = a.reported && quoted[token_spans[i].0] != Quoted::Agreeing;
                block_claims[i - 1].among = Some(first);
                block_claims[i].among = Some(first);
                block_claims[i].reported |= rejected;
            }
        }
        // The end of a period whose start is no claim of its own: "between September and December
        // 1918" dates nothing in December.
        for i in 0..block_claims.len() {
            let first = token_spans[i].0;
            let ends_between = first >= 3
                && lower[first - 1] == "and"
                && lower[first.saturating_sub(4)..first - 2].contains(&"between");
            let start_claimed = i > 0 && token_spans[i - 1].1 == first - 1;
            if ends_between && !start_claimed && dated(&block_claims[i]) {
                block_claims[i].part = true;
            }
        }
        // The years a figure is told as of: those of the dates in its own clause, looked for among
        // the few claims on either side of it with no clause break between.
        let open = &mut buffers.open_clauses;
        open.clear();
        open.extend((1..block_claims.len()).map(|i| {
            let (between, same) = (
                token_spans[i - 1].1..token_spans[i].0,
                block_claims[i - 1].sentence_index == block_claims[i].sentence_index,
            );
            // "between 1845 and 1855": the "and" joins the bounds of one period, not two clauses.
            let first = token_spans[i - 1].0;
            let bounds = first > 0 && lower[first - 1] == "between" && between.len() == 1;
            // "the tallest at 300 m until the Chrysler Building topped it in 1930": a date in a
            // clause of its own after "until" ends the time the figure held, and is not its time;
            // "5,000 people until 1850" is told as of 1850.
            let until = |k: usize| matches!(lower[k], "until" | "till") && k + 1 != token_spans[i].0;
            same && (bounds
                || !between
                    .into_iter()
                    .any(|k| is_clause_break(&tokens[k], lower[k]) || opens_subordinate(&lower, k) || until(k)))
        }));
        for i in 0..block_claims.len() {
            if !holds_at_a_time(block_claims[i].kind) {
                continue;
            }
            // "grew from 1 million in 1800 to 6.7 million in 1900": a year right after a figure,
            // "in" or "by" it, is that figure's alone.
            let own = (i + 1 < block_claims.len() && open[i]).then_some(i + 1).filter(|&j| {
                let between = lower.get(token_spans[i].1..token_spans[j].0).unwrap_or_default();
                between.len() <= 3 && matches!(between.last(), Some(&("in" | "by")))
            });
            let (left, right) = if own.is_some() { (0, 1) } else { (ERA_REACH, ERA_REACH) };
            let left = (i.saturating_sub(left)..i).rev().take_while(|&j| open[j]);
            let right = (i + 1..block_claims.len().min(i + 1 + right)).take_while(|&j| open[j - 1]);
            // "8.2 million in 1841, was 6.5 million ten years later": a figure told some years after
            // or before the dates ahead of it is told as of those years moved.
            let moved =
                [i.checked_sub(1).filter(|&j| open[j]), Some(i + 1).filter(|&j| j < block_claims.len() && open[i])]
                    .into_iter()
                    .flatten()
                    .find_map(|j| {
                        let years = era::whole_years(&block_claims[j].value)?;
                        let sign = match lower.get(token_spans[j].1).copied() {
                            Some("later" | "afterwards") => 1,
                            Some("earlier") => -1,
                            _ => return None,
                        };
                        Some((j, sign * years))
                    });
            let mut span: Option<(i32, i32)> = None;
            for j in left.chain(right) {
                let Some((lo, hi)) = era::years(&block_claims[j].value) else { continue };
                let (lo, hi, shifted) = match moved {
                    Some((d, by)) if j < d => (lo + by, hi + by, true),
                    _ => (lo, hi, false),
                };
                span = Some(span.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
                if !shifted && block_claims[j].kind == Kind::Year && block_claims[j].figure.is_none() {
                    block_claims[j].figure = Some(block_claims[i].value.clone());
                }
            }
            if let Some((lo, hi)) = span {
                block_claims[i].era = Some(era::Era::Years(lo, hi));
            }
        }
        lower_store = recycle(lower);
    }
    buffers.lower = recycle(lower_store);
    let section = end_section(section_start, &mut buffers, vocabulary, &mut out.stems);
    out.sections.push(section);
    for stem in buffers.slotted.drain(..) {
        buffers.stem_slots[stem as usize] = NO_SLOT;
    }
    vocabulary.buffers = buffers;
    out
}

/// The place of a stem not yet in a document's list of stems.
const NO_SLOT: u32 = u32::MAX;

/// The section starting at `start` whose words `buffers` has counted, leaving the counts at zero and
/// adding the stems met for the first time to the document's `stems`.
fn end_section(start: usize, buffers: &mut Buffers, vocabulary: &Vocabulary, stems: &mut Vec<Arc<str>>) -> Section {
    // In the order the stems first appear in the section, which the text alone decides.
    let topic = buffers
        .topic_stems
        .drain(..)
        .map(|stem| {
            let slot = &mut buffers.stem_slots[stem as usize];
            if *slot == NO_SLOT {
                *slot = stems.len() as u32;
                stems.push(Arc::clone(vocabulary.stem(stem)));
                buffers.slotted.push(stem);
            }
            (*slot, std::mem::take(&mut buffers.topic_counts[stem as usize]))
        })
        .collect();
    Section { start, topic }
}

/// The plural noun a figure gathers from before it: "her lifeboats, all 16 of them" counts
/// lifeboats. `first..end` are the figure's tokens.
fn gathered_noun<'a>(lower: &[&'a str], first: usize, end: usize) -> Option<&'a str> {
    let gathers = first >= 3
        && lower[first - 2..first] == [",", "all"]
        && matches!(lower.get(end..end + 2), Some(&["of", "them"]));
    let noun = lower[first.checked_sub(3)?];
    let plural = noun.len() >= 4 && noun.ends_with('s') && noun.bytes().all(|b| b.is_ascii_lowercase());
    (gathers && plural && !lexicon::is_stop_word(noun)).then_some(noun)
}

/// The label a list item opens with, up to [`MAX_LABEL_TOKENS`] tokens before a colon with a word
/// among them ("Dead:", "On board:", "Population 1841:", "Revised date (likely):", "Clauses
/// (1225):"): where the colon stands and the label's words hashed, numbers left out.
fn list_label(tokens: &[Token], lower: &[&str]) -> Option<(usize, u64)> {
    let colon = (1..tokens.len().min(MAX_LABEL_TOKENS + 1)).find(|&k| lower[k] == ":")?;
    let words = || (0..colon).filter(|&k| tokens[k].tok == Tok::Word).map(|k| lower[k]);
    let label_token = |k: usize| {
        matches!(tokens[k].tok, Tok::Word | Tok::Num | Tok::Dash) || matches!(lower[k], "(" | ")" | "'" | "’" | "/")
    };
    if words().next().is_none() || !(0..colon).all(label_token) {
        return None;
    }
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut hasher = foldhash::fast::FixedState::with_seed(0).build_hasher();
    words().for_each(|w| w.hash(&mut hasher));
    Some((colon, hasher.finish()))
}

/// The most tokens of a list item's label: eight words and a parenthesis ("Date of the first
/// flight (local time):").
const MAX_LABEL_TOKENS: usize = 12;

/// The most counts read on either side of a total for the counts it sums.
const MAX_SUMMED: usize = 8;

/// Marks as [`Claim::summed`] the counts of one sentence that follow or precede a count and add up
/// to it exactly, two of them at least: "485 dead (260 civilians, 126 soldiers, 82 rebels, 17
/// police)", "1,316 passengers and 908 crew, 2,224 in all". Totals under 20 are left alone: small
/// counts add up by chance ("5 ships, 10 boats and 15 rafts").
fn mark_summed(claims: &mut [Claim]) {
    let exact_count = |c: &Claim| match &c.value {
        Value::Number(n) if n.unit.dimension == crate::value::Dimension::Count => {
            (n.bound == crate::value::Bound::Exact && n.high.is_none() && n.value.fract() == 0.0).then_some(n.value)
        }
        _ => None,
    };
    for i in 0..claims.len() {
        let Some(total) = exact_count(&claims[i]).filter(|&t| t >= 20.0) else { continue };
        let sentence = claims[i].sentence_index;
        // The last of the counts that sum to the total, read away from it one by one.
        let last = |side: &mut dyn Iterator<Item = usize>| {
            let mut sum = 0.0;
            for (n, j) in side.enumerate() {
                let v = exact_count(&claims[j]).filter(|_| claims[j].sentence_index == sentence)?;
                sum += v;
                if sum >= total {
                    return (sum == total && n >= 1).then_some(j);
                }
            }
            None
        };
        let after = last(&mut (i + 1..claims.len().min(i + 1 + MAX_SUMMED)));
        let before = last(&mut (i.saturating_sub(MAX_SUMMED)..i).rev());
        for k in after.map_or(0..0, |j| i + 1..j + 1).chain(before.map_or(0..0, |j| j..i)) {
            claims[k].summed = true;
        }
    }
}

/// The dimension of a number's unit; `None` for a date.
/// Whether a word may stand between values given as a set or a choice: "1216, 1217 and 1225",
/// "August 24 or, more likely, late October", "1,500 or perhaps 1,600".
fn joins_alternatives(word: &str) -> bool {
    matches!(
        word,
        "," | "and" | "or" | "more" | "most" | "likely" | "probably" | "possibly" | "perhaps" | "maybe" | "even"
    )
}

fn dimension_of(value: &Value) -> Option<&crate::value::Dimension> {
    match value {
        Value::Number(n) => Some(&n.unit.dimension),
        Value::Date(_) => None,
    }
}

/// The words a thread has met, each looked up in the lexicon and stemmed once, across documents:
/// after the first time, a word costs one hash lookup. The memory is bounded: past
/// [`VOCABULARY_LIMIT`] words it starts again, between documents.
struct Vocabulary {
    stemmer: Stemmer,
    /// The words of up to [`SHORT_WORD`] bytes, keyed by their bytes in place (see [`short_key`]),
    /// so that a lookup compares no string out of line.
    short_words: foldhash::HashMap<u128, Lexeme>,
    /// The short words met last, by a hash of their keys: most words of a text are a few common
    /// ones, which this finds without a search. An empty slot holds [`NO_KEY`].
    recent: Box<[(u128, Lexeme); RECENT_SLOTS]>,
    /// The longer words.
    words: foldhash::HashMap<Arc<str>, Lexeme>,
    /// The words met, by id.
    surfaces: Vec<Arc<str>>,
    /// The distinct stems, by id.
    stems: Vec<Arc<str>>,
    stem_ids: foldhash::HashMap<Arc<str>, u32>,
    /// The per-block lists of the last extraction, kept for the next.
    buffers: Buffers,
}

/// The lists extraction fills for each block, kept from block to block (and document to document)
/// so that their memory is allocated once.
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    lowered: Lowered,
    /// Always empty between blocks: [`recycle`] lends it to each block.
    lower: Vec<&'static str>,
    read: TokenFacts,
    starts: Vec<bool>,
    sentences: Vec<Range<usize>>,
    spare: recognize::Spare,
    /// Which tokens of the block stand inside quotation marks, and whose (see [`inside_quotes`]).
    quoted: Vec<Quoted>,
    /// Which claims of the block sum their sentence's figures.
    totals: Vec<bool>,
    /// The first token of each claim of the block and the token after it.
    token_spans: Vec<(usize, usize)>,
    /// Whether each claim of the block and the next share a clause (see `ERA_REACH`).
    open_clauses: Vec<bool>,
    /// Each stem's place in the document's list of stems, by stem id; [`NO_SLOT`] between documents.
    stem_slots: Vec<u32>,
    /// The stems given a place in the document being read.
    slotted: Vec<u32>,
    /// The content words of a block outside its citations, when it has any.
    uncited: Vec<Word>,
    /// The phrasal verbs of a block: each one's first token and the verb it means.
    phrasals: Vec<(usize, &'static str)>,
    /// The topic's count of each stem, by stem id: zero between documents.
    topic_counts: Vec<u32>,
    /// The stems counted so far in the document, in the order met.
    topic_stems: Vec<u32>,
}

/// What one pass over a block's tokens learns of them (see [`read_tokens`]).
#[derive(Default)]
struct TokenFacts {
    /// Each token's vocabulary entry; `None` for a token that is not a word.
    lexemes: Vec<Option<Lexeme>>,
    /// Each token's class, for the recognizers.
    classes: Vec<recognize::WordClass>,
    /// The block's content words, stemmed, in order.
    words: Vec<Word>,
}

/// Reads a block's tokens: each token lower-cased into `lower`, which must be empty (see
/// [`Lowered::words_into`]), and each word's vocabulary entry, its class and, for a content word, its
/// stem into `facts`. `lowered` holds the block's tokens lower-cased.
fn read_tokens<'t>(
    vocabulary: &mut Vocabulary,
    text: &str,
    tokens: &[Token],
    lowered: &'t Lowered,
    lower: &mut Vec<&'t str>,
    facts: &mut TokenFacts,
) {
    let TokenFacts { lexemes, classes, words } = facts;
    // Every token is first what it is lower-cased, with no entry and the class of no word; then the
    // words are looked up.
    lowered.words_into(tokens, lower);
    lexemes.clear();
    lexemes.resize(tokens.len(), None);
    classes.clear();
    classes.resize(tokens.len(), recognize::WordClass::OTHER);
    words.clear();
    let slots = lower.iter().zip(lexemes.iter_mut()).zip(classes.iter_mut());
    for (i, (t, ((word, entry), class))) in tokens.iter().zip(slots).enumerate() {
        if t.tok != Tok::Word {
            if t.tok == Tok::Punct && lexicon::vulgar_fraction(word).is_some() {
                *class = recognize::WordClass::FRACTION_SIGN;
            }
            continue;
        }
        let lexeme = vocabulary.lexeme(word);
        *entry = Some(lexeme);
        *class = lexeme.class;
        if lexeme.content && t.end - t.start > 2 {
            let (proper, owner) = capitals(text, t, i);
            words.push(Word { word: lexeme.word, stem: lexeme.stem, proper, owner, index: i });
        }
    }
}

/// The longest block read at once, in bytes. A paragraph of prose is a few kilobytes; a longer one
/// (a file of one line, an export without breaks) is read in pieces cut after a sentence, so that the
/// lists kept per token stay small however long the block.
const MAX_PIECE: usize = 1 << 16;

/// A block, or the pieces of a longer one than [`MAX_PIECE`]: each piece ends after the first ". ",
/// "? " or "! " within [`MAX_PIECE`] bytes past the limit, else at the first white space there.
/// Table cells stay whole, and so does the rest of a block with no white space where a cut is looked
/// for. The pieces are made as they are read, so a block of prose costs no list of them.
fn pieces<'b>(text: &'b str, block: &'b Block) -> impl Iterator<Item = Block> + 'b {
    let bytes = text.as_bytes();
    let range = block.range.clone();
    let whole = block.kind == BlockKind::TableCell;
    let mut next = Some(range.start);
    std::iter::from_fn(move || {
        let start = next?;
        let mut end = range.end;
        if !whole && range.end - start > MAX_PIECE {
            let from = start + MAX_PIECE;
            let reach = from..(from + MAX_PIECE).min(range.end - 1);
            let sentence = reach.clone().find(|&i| matches!(bytes[i], b'.' | b'?' | b'!') && bytes[i + 1] == b' ');
            let cut = sentence.map(|i| i + 1).or_else(|| reach.clone().find(|&i| bytes[i].is_ascii_whitespace()));
            end = cut.unwrap_or(range.end);
        }
        next = (end < range.end).then_some(end);
        Some(Block { range: start..end, ..block.clone() })
    })
}

/// An empty vector of string slices with the memory of `v`, whatever the lifetime of either.
fn recycle<'b>(mut v: Vec<&str>) -> Vec<&'b str> {
    v.clear();
    // Collecting a vector's own iterator into elements of the same size reuses its memory.
    v.into_iter().map(|_| "").collect()
}

/// How many short words the vocabulary keeps at hand (see [`Vocabulary::recent`]): a power of two.
const RECENT_SLOTS: usize = 1 << 10;

/// The key of an empty slot of [`Vocabulary::recent`], which no word has: the top byte of a short
/// key is a length of at most [`SHORT_WORD`].
const NO_KEY: u128 = u128::MAX;

/// The slot of [`Vocabulary::recent`] that may hold the word with this short key.
#[inline(always)]
fn recent_slot(key: u128) -> usize {
    let folded = (key as u64) ^ (key >> 64) as u64;
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_SLOTS.trailing_zeros())) as usize
}

/// The longest word, in bytes, that the vocabulary keys in place.
const SHORT_WORD: usize = 15;

/// The in-place key of a word of at most [`SHORT_WORD`] bytes: its bytes, zero-padded, then its
/// length, as one number, so that two words share a key only when they are equal.
#[inline(always)]
fn short_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > SHORT_WORD {
        return None;
    }
    // Built in registers: a key written byte by byte to memory and read back whole would stall.
    let (head, tail) = bytes.split_at(bytes.len().min(8));
    let low = u128::from(little_endian(head));
    let high = u128::from(little_endian(tail)) | (bytes.len() as u128) << 56;
    Some(low | high << 64)
}

/// Up to eight bytes as a little-endian number, zero-padded.
fn little_endian(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 4 {
        // Two four-byte reads that overlap in the middle, where they agree.
        let first = u64::from(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]));
        let last = u64::from(u32::from_le_bytes([bytes[n - 4], bytes[n - 3], bytes[n - 2], bytes[n - 1]]));
        return first | last << (8 * (n - 4));
    }
    bytes.iter().rev().fold(0, |acc, &b| acc << 8 | u64::from(b))
}

/// What the vocabulary knows of a lower-cased word.
#[derive(Debug, Clone, Copy)]
struct Lexeme {
    /// The id of the word.
    word: u32,
    /// The id of its stem.
    stem: u32,
    /// True for a content word: one that can say what a claim is about.
    content: bool,
    /// Whether the word can carry a value or begin a claim.
    class: recognize::WordClass,
}

impl Lexeme {
    /// The entry of no word, for the empty slots of [`Vocabulary::recent`].
    const NONE: Lexeme = Lexeme { word: 0, stem: 0, content: false, class: recognize::WordClass::OTHER };
}

/// The most words a thread's vocabulary holds.
const VOCABULARY_LIMIT: usize = 200_000;

thread_local! {
    static VOCABULARY: std::cell::RefCell<Option<Vocabulary>> = const { std::cell::RefCell::new(None) };
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            stemmer: Stemmer::create(Algorithm::English),
            short_words: foldhash::HashMap::default(),
            recent: Box::new([(NO_KEY, Lexeme::NONE); RECENT_SLOTS]),
            words: foldhash::HashMap::default(),
            surfaces: Vec::new(),
            stems: Vec::new(),
            stem_ids: foldhash::HashMap::default(),
            buffers: Buffers::default(),
        }
    }
}

impl Vocabulary {
    /// The entry of a word, lower-cased here if it is not already.
    #[inline(always)]
    fn lexeme(&mut self, word: &str) -> Lexeme {
        let Some(key) = short_key(word) else {
            return match self.words.get(word) {
                Some(&lexeme) => lexeme,
                None => self.learn(word, None),
            };
        };
        let slot = recent_slot(key);
        let (recent, lexeme) = self.recent[slot];
        if recent == key {
            return lexeme;
        }
        let lexeme = match self.short_words.get(&key) {
            Some(&lexeme) => lexeme,
            None => self.learn(word, Some(key)),
        };
        self.recent[slot] = (key, lexeme);
        lexeme
    }

    /// Looks a word up in the lexicon, stems it and remembers it under `key`, its short key if it
    /// has one: what [`Vocabulary::lexeme`] does for a word met for the first time.
    #[cold]
    #[inline(never)]
    fn learn(&mut self, word: &str, key: Option<u128>) -> Lexeme {
        let lower = lower_case(word);
        let stem = stem_word(&self.stemmer, &lower);
        let stem = match self.stem_ids.get(stem.as_str()) {
            Some(&id) => id,
            None => {
                let id = self.stems.len() as u32;
                let stem: Arc<str> = stem.into();
                self.stems.push(Arc::clone(&stem));
                self.stem_ids.insert(stem, id);
                id
            }
        };
        let surface: Arc<str> = word.into();
        let lexeme = Lexeme {
            word: self.surfaces.len() as u32,
            stem,
            content: is_content_word(&lower),
            class: recognize::WordClass::of(&lower),
        };
        self.surfaces.push(Arc::clone(&surface));
        match key {
            Some(key) => {
                self.short_words.insert(key, lexeme);
            }
            None => {
                self.words.insert(surface, lexeme);
            }
        }
        lexeme
    }

    /// The entries of the words among `tokens`, whose lower-cased texts are `lower`.
    fn lexemes(&mut self, tokens: &[Token], lower: &[&str]) -> Vec<Option<Lexeme>> {
        let mut out = Vec::new();
        self.lexemes_into(tokens, lower, &mut out);
        out
    }

    /// As [`Vocabulary::lexemes`], into `out`.
    fn lexemes_into(&mut self, tokens: &[Token], lower: &[&str], out: &mut Vec<Option<Lexeme>>) {
        out.clear();
        out.extend(tokens.iter().zip(lower).map(|(t, w)| (t.tok == Tok::Word).then(|| self.lexeme(w))));
    }

    /// The stem with this id.
    fn stem(&self, id: u32) -> &Arc<str> {
        &self.stems[id as usize]
    }

    /// The stem with this id, copied into a string of its own: directly, where `to_string` on the
    /// shared stem would go through the formatting machinery.
    fn stem_string(&self, id: u32) -> String {
        String::from(&**self.stem(id))
    }

    /// The word with this id, as the vocabulary holds it.
    fn word(&self, id: u32) -> &Arc<str> {
        &self.surfaces[id as usize]
    }

    /// Runs `f` with this thread's vocabulary, emptied first if it has grown past its bound.
    fn with<T>(f: impl FnOnce(&mut Vocabulary) -> T) -> T {
        VOCABULARY.with(|cell| {
            let mut slot = cell.borrow_mut();
            let vocabulary = slot.get_or_insert_with(Vocabulary::default);
            if vocabulary.short_words.len() + vocabulary.words.len() >= VOCABULARY_LIMIT {
                *vocabulary = Vocabulary::default();
            }
            f(vocabulary)
        })
    }
}

/// A content word of a block, stemmed.
#[derive(Clone, Copy)]
struct Word {
    word: u32,
    stem: u32,
    /// Capitalised, and not the block's first token unless an owner: a name unless it opens a
    /// sentence.
    proper: bool,
    /// Capitalised and possessive ("Wellington's army"): a name even where it opens a sentence.
    owner: bool,
    /// The token's index in the block.
    index: usize,
}

/// The tokens of a block lower-cased: the text they span is copied once and its ASCII capitals
/// lowered, which lower-cases every token but those with capitals outside ASCII, which are written
/// after it.
#[derive(Default)]
struct Lowered {
    /// The text from `base` on, ASCII capitals lowered, then the tokens with other capitals.
    buf: String,
    /// The offset in the document of the first byte of `buf`.
    base: usize,
    /// The indices of the tokens with capitals, in order.
    capitals: Vec<usize>,
    /// (token index, range in `buf`) of each token with capitals outside ASCII.
    owned: Vec<(usize, Range<usize>)>,
}

impl Lowered {
    fn new(text: &str, tokens: &[Token]) -> Lowered {
        let mut lowered = Lowered::default();
        lowered.fill(text, tokens);
        lowered
    }

    /// Lower-cases the tokens, forgetting the previous block's.
    fn fill(&mut self, text: &str, tokens: &[Token]) {
        self.buf.clear();
        self.capitals.clear();
        self.owned.clear();
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return };
        self.base = first.start;
        self.buf.push_str(&text[first.start..last.end]);
        self.buf.make_ascii_lowercase();
        for (i, t) in tokens.iter().enumerate() {
            if !t.caps {
                continue;
            }
            self.capitals.push(i);
            let word = &text[t.start..t.end];
            if !word.is_ascii() {
                let begin = self.buf.len();
                self.buf.push_str(&word.to_lowercase());
                self.owned.push((i, begin..self.buf.len()));
            }
        }
    }

    /// The indices of the tokens with capitals, in order.
    fn with_capitals(&self) -> impl Iterator<Item = usize> + '_ {
        self.capitals.iter().copied()
    }

    /// Each token's lower-cased text.
    fn words(&self, tokens: &[Token]) -> Vec<&str> {
        let mut words = Vec::new();
        self.words_into(tokens, &mut words);
        words
    }

    /// As [`Lowered::words`], into `words`, which must be empty.
    ///
    /// A date word in the possessive ("Friday's vote", "last year's profit") names the date itself,
    /// so its "'s" is left out of its lower-cased form and the recognizers read it as the bare word;
    /// the token, and so a claim's span, keeps it.
    fn words_into<'t>(&'t self, tokens: &[Token], words: &mut Vec<&'t str>) {
        // The possessive is dropped as each word is taken, in the one pass over the tokens.
        let read = |t: &Token, word: &'t str| {
            if t.tok == Tok::Word && word.ends_with('s') { without_possessive_date(word) } else { word }
        };
        words.extend(tokens.iter().map(|t| read(t, &self.buf[t.start - self.base..t.end - self.base])));
        for (i, range) in &self.owned {
            words[*i] = read(&tokens[*i], &self.buf[range.clone()]);
        }
    }
}

/// A lower-cased date word without its possessive "'s" ("friday's" is "friday"); any other word as
/// it is.
fn without_possessive_date(word: &str) -> &str {
    match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
        Some(bare) if lexicon::is_possessive_date_word(bare) => bare,
        _ => word,
    }
}

/// The length of the possessive "'s" the recognizers read a date word without ("Friday's"), which
/// a claim's span leaves out as the word's own tokens do; 0 for any other token.
fn possessive_len(text: &str, token: &Token, lower: &str) -> usize {
    let written = &text[token.start..token.end];
    if lower.ends_with('s') {
        return 0;
    }
    ["'s", "’s"].iter().find(|suffix| written.ends_with(*suffix)).map_or(0, |suffix| suffix.len())
}

/// True when a word has an upper-case letter.
fn has_capitals(s: &str) -> bool {
    if s.is_ascii() { s.bytes().any(|b| b.is_ascii_uppercase()) } else { s.chars().any(char::is_uppercase) }
}

/// A word lower-cased, borrowed when it has no capitals.
fn lower_case(s: &str) -> Cow<'_, str> {
    if has_capitals(s) { Cow::Owned(s.to_lowercase()) } else { Cow::Borrowed(s) }
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
/// `lower[i]` is token `i` lower-cased. The token ranges of the sentences go to `sentences`.
fn sentences_into(
    text: &str,
    tokens: &[Token],
    lower: &[&str],
    starts: &mut Vec<bool>,
    sentences: &mut Vec<Range<usize>>,
) {
    starts.clear();
    starts.resize(tokens.len(), false);
    sentences.clear();
    if let Some(first) = starts.first_mut() {
        *first = true;
    }
    // Sentences are marked in order, each after the last.
    let mut begin = 0;
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
        // After a unit of length after a figure, only a letter starts a sentence: "it covered 985
        // km. Seventy-eight men…", but "5 ft. 10 in.".
        let mut after_unit = false;
        if raw(i) == "." && i > 0 && tokens[i].gap == Gap::None && tokens[i - 1].tok == Tok::Word {
            let word = raw(i - 1);
            let mut chars = word.chars();
            let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
            // "a.m." and "p.m." end a sentence when a capital follows, unless it names the clock:
            // "9:32 a.m. EDT", "4:17 p.m. Eastern time".
            let meridiem = matches!(word, "m" | "M") && i >= 3 && matches!(raw(i - 3), "a" | "p" | "A" | "P");
            let zone_after = || {
                let (next, then) = (lower.get(i + 1).copied().unwrap_or(""), lower.get(i + 2).copied().unwrap_or(""));
                lexicon::is_time_zone(next)
                    || matches!(next, "eastern" | "central" | "pacific" | "mountain")
                        && matches!(then, "time" | "standard" | "daylight")
            };
            if meridiem && zone_after() {
                i += 1;
                continue;
            }
            if single_capital || lexicon::is_abbreviation(lower[i - 1]) {
                // Other abbreviations do not end a sentence.
                after_unit = matches!(word, "km" | "mi" | "ft") && i >= 2 && tokens[i - 2].tok == Tok::Num;
                if !meridiem && !after_unit {
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
        let starts_sentence = next.chars().next().is_some_and(|c| {
            c.is_uppercase() || !after_unit && (c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '['))
        });
        // A colon or semicolon never ends a sentence: the clause after it still belongs to the claim.
        if starts_sentence && !soft {
            starts[j] = true;
            sentences.push(begin..j);
            begin = j;
        }
        i = j;
    }
    if begin < tokens.len() {
        sentences.push(begin..tokens.len());
    }
}

/// How a content word, `token` of `text` and the `index`th of its block, is capitalised: as a name
/// may be (with a capital, and not the block's first token, where every word takes one), and as an
/// owner, a capitalised possessive, which names someone wherever it stands ("Napoleon's army:
/// 73,000 men"). The text of a token without capitals, most words, is not read: it cannot open
/// with one, and that test is inlined where words are read.
#[inline(always)]
fn capitals(text: &str, token: &Token, index: usize) -> (bool, bool) {
    if token.caps { capitalised(&text[token.start..token.end], index) } else { (false, false) }
}

/// [`capitals`] for a token with capitals, `raw`.
fn capitalised(raw: &str, index: usize) -> (bool, bool) {
    if !raw.chars().next().is_some_and(char::is_uppercase) {
        return (false, false);
    }
    let owner = raw.ends_with('s')
        && raw
            .strip_suffix("'s")
            .or_else(|| raw.strip_suffix("’s"))
            .is_some_and(|bare| bare.len() > 2 && !lexicon::is_sentence_adverb(&bare.to_lowercase()));
    (index > 0 || owner, owner)
}

/// Content words of a token run, stemmed: `lexemes` are the tokens' vocabulary entries.
fn content_words(text: &str, tokens: &[Token], lexemes: &[Option<Lexeme>]) -> Vec<Word> {
    let mut out = Vec::new();
    content_words_into(text, tokens, lexemes, &mut out);
    out
}

/// As [`content_words`], appended to `out`.
fn content_words_into(text: &str, tokens: &[Token], lexemes: &[Option<Lexeme>], out: &mut Vec<Word>) {
    for (i, t) in tokens.iter().enumerate() {
        let Some(lexeme) = lexemes[i].filter(|l| l.content) else { continue };
        if t.end - t.start <= 2 {
            continue;
        }
        let (proper, owner) = capitals(text, t, i);
        out.push(Word { word: lexeme.word, stem: lexeme.stem, proper, owner, index: i });
    }
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
        && !matches!(lower, "o'clock" | "o’clock" | "oclock" | "a.m" | "p.m" | "percent")
}

/// How far from a claim (in tokens) its context reaches. A word further away weighs less than a
/// sixth of a touching one, and the bound keeps the work per claim constant in a long sentence.
const CONTEXT_WINDOW: usize = 24;

/// How much a word in another claim's clause weighs, beside its weight by distance.
const OTHER_CLAUSE: f32 = 0.5;

/// Tokens that end a clause between two claims of one sentence: in "it closed in 1921 and reopened
/// in 1974", reopening is what 1974 dates, not 1921.
fn is_clause_break(token: &Token, lower: &str) -> bool {
    match token.tok {
        Tok::Punct => matches!(lower, ";"),
        Tok::Word => matches!(lower, "and" | "but" | "while" | "whereas" | "although" | "though"),
        _ => false,
    }
}

/// Whether the token at `k` is a comma that opens a clause of its own: "It was built in August
/// 1961, after nearly three million people had fled": the year dates the building, not the flight.
fn opens_subordinate(lower: &[&str], k: usize) -> bool {
    lower[k] == ","
        && lower
            .get(k + 1)
            .is_some_and(|w| matches!(*w, "after" | "before" | "when" | "since" | "until" | "which" | "who"))
}

/// How many claims on either side of a figure are looked at for the dates of its clause.
const ERA_REACH: usize = 4;

/// Whether figures of this kind can change with time and so be told as of one: counts, quantities,
/// percentages and ranks. A length of time is its own period, and a date is a time.
fn holds_at_a_time(kind: Kind) -> bool {
    matches!(kind, Kind::Count | Kind::Quantity | Kind::Percent | Kind::Ordinal)
}

/// The clause of its sentence that a claim at `claim` stands in, between the clause breaks around
/// it, and no further than the context window on either side: a sentence of thousands of figures
/// and no break is read in time linear in its length.
fn clause_around(tokens: &[Token], lower: &[&str], sentence: &Range<usize>, claim: Range<usize>) -> Range<usize> {
    let breaks = |range: Range<usize>| range.filter(|&i| is_clause_break(&tokens[i], lower[i]));
    let (first, last) =
        (sentence.start.max(claim.start.saturating_sub(CONTEXT_WINDOW)), sentence.end.min(claim.end + CONTEXT_WINDOW));
    let start = breaks(first..claim.start).next_back().map_or(first, |b| b + 1);
    let end = breaks(claim.end..last).next().unwrap_or(last);
    start..end
}

/// The tokens of the sentence that belong to the claim at `claim`, between the claims `before` and
/// `after` it in its block: from the last clause break between the claim before it in the sentence
/// and itself, to the first clause break between itself and the claim after it. Without a break
/// between two claims, each reaches over the other.
fn own_clause(
    tokens: &[Token],
    lower: &[&str],
    sentence: &Range<usize>,
    before: Option<Range<usize>>,
    claim: Range<usize>,
    after: Option<Range<usize>>,
) -> Range<usize> {
    let breaks = |range: Range<usize>| range.filter(|&i| is_clause_break(&tokens[i], lower[i]));
    let start = before
        .filter(|p| p.start >= sentence.start && p.end <= claim.start)
        .and_then(|p| breaks(p.end..claim.start).next_back().map(|b| b + 1))
        .unwrap_or(sentence.start);
    let end = after
        .filter(|n| n.end <= sentence.end && n.start >= claim.end)
        .and_then(|n| breaks(claim.end..n.start).next())
        .unwrap_or(sentence.end);
    start..end
}

/// Where a claim sits in its sentence, as token ranges: its own tokens, its clause, and the words of
/// an event it is placed after, if any ([`anchor_before`]).
struct Place {
    claim: Range<usize>,
    clause: Range<usize>,
    anchor: Option<Range<usize>>,
}

/// The weighted context of one claim: its sentence's content words outside the claim and its anchor,
/// within the window, weighted by token distance, and less outside the claim's own clause; then the
/// heading's words at a low weight.
fn claim_context(
    words: &[Word],
    vocabulary: &Vocabulary,
    sentence: Range<usize>,
    place: &Place,
    starts: &[bool],
    heading: &[ContextWord],
) -> Vec<ContextWord> {
    let Place { claim, clause, anchor } = place;
    let lo = sentence.start.max(claim.start.saturating_sub(CONTEXT_WINDOW));
    let hi = sentence.end.min(claim.end + CONTEXT_WINDOW);
    let first = words.partition_point(|w| w.index < lo);
    let window = &words[first..first + words[first..].partition_point(|w| w.index < hi)];
    let mut context: Vec<ContextWord> = Vec::with_capacity(window.len() + heading.len());
    for w in window {
        let i = w.index;
        // The clock a claim names inside it ("20:17 UTC on 20 July") is context like one beside it.
        let own_zone = claim.contains(&i) && lexicon::is_time_zone(vocabulary.stem(w.stem));
        if claim.contains(&i) && !own_zone || anchor.as_ref().is_some_and(|a| a.contains(&i)) {
            continue;
        }
        let distance = if own_zone {
            1
        } else if i < claim.start {
            claim.start - i
        } else {
            i - claim.end + 1
        };
        let weight = 1.0 / (1.0 + (distance.saturating_sub(1)) as f32 / 4.0);
        let weight = if clause.contains(&i) { weight } else { weight * OTHER_CLAUSE };
        let proper = w.proper && (!starts[i] || w.owner);
        let stem = vocabulary.stem(w.stem);
        // The vocabulary holds each stem once, so one stem is one allocation.
        match context.iter_mut().find(|c| Arc::ptr_eq(&c.stem, stem)) {
            Some(c) => c.weight = c.weight.max(weight),
            None => context.push(ContextWord {
                stem: Arc::clone(stem),
                word: Arc::clone(vocabulary.word(w.word)),
                weight,
                proper,
                from_heading: false,
                borrowed: false,
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

/// The most tokens between a figure and the unit of time it is told for: "two or three thousand
/// people died each day".
const RATE_REACH: usize = 8;

/// Whether the figure at `claim` is told for each unit of time, by words of its own clause after it
/// ("3,000 people died each day", "visited by 7 million a year", "died daily.") with no other
/// figure between, or by words that open its sentence ("Every year, about 7 million people visit").
fn per_unit_of_time(tokens: &[Token], lower: &[&str], sentence: &Range<usize>, claim: Range<usize>) -> bool {
    let after = (claim.end..sentence.end.min(claim.end + RATE_REACH))
        .take_while(|&k| tokens[k].tok != Tok::Num && !is_clause_break(&tokens[k], lower[k]) && lower[k] != ",")
        .any(|k| per_time_at(tokens, lower, sentence, k));
    let figures_between = |k: usize| (k..claim.start).any(|i| tokens[i].tok == Tok::Num);
    let opening = (sentence.start..claim.start.min(sentence.start + 2)).any(|k| {
        matches!(lower[k], "each" | "every") && per_time_at(tokens, lower, sentence, k) && !figures_between(k)
    });
    after || opening
}

/// Whether the words at `k` divide by a unit of time: "each day", "every year", "per week", "a
/// day" (but not "in a day", "a year later" or "twice a year"), or "annually", and "daily" or
/// "yearly" where no noun follows ("a labourer's daily wage" is the pay of a day).
fn per_time_at(tokens: &[Token], lower: &[&str], sentence: &Range<usize>, k: usize) -> bool {
    let word = |i: usize| (i < sentence.end && tokens[i].tok == Tok::Word).then(|| lower[i]);
    let unit = |i: usize| word(i).is_some_and(lexicon::is_time_unit_of_rate);
    match lower[k] {
        "each" | "every" | "per" => unit(k + 1) || word(k + 1) == Some("single") && unit(k + 2),
        "a" | "an" => {
            let before = k.checked_sub(1).filter(|&i| i >= sentence.start).map_or("", |i| lower[i]);
            let after = word(k + 2).unwrap_or("");
            unit(k + 1)
                && !matches!(
                    before,
                    "in" | "within" | "for" | "over" | "than" | "half" | "of" | "once" | "twice" | "thrice" | "times"
                )
                && !matches!(after, "ago" | "later" | "earlier" | "before" | "after" | "old" | "and" | "or" | "into")
        }
        "annually" => true,
        "daily" | "nightly" | "weekly" | "monthly" | "yearly" | "hourly" => word(k + 1).is_none(),
        _ => false,
    }
}

/// Whether a length of time at `first..end` is added to another: "another 20 years", "a further
/// three days", "ten more years" tell the rest of a longer stretch, not the whole of one.
fn added_time(lower: &[&str], kind: Kind, first: usize, end: usize) -> bool {
    let additive = |k: usize| lower[k] == "another" || lexicon::period_adjective(lower[k]) == Some(true);
    kind == Kind::Duration && (first > 0 && additive(first - 1) || end >= first + 3 && additive(end - 2))
}

/// The most words between a measure and its restatement in other units.
const MAX_RESTATING: usize = 5;

/// Whether two values are one measure's in different units of one dimension: a count has no units.
pub(crate) fn restated_in_other_units(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x.unit.dimension == y.unit.dimension
                && x.unit.dimension != crate::value::Dimension::Count
                && x.unit.symbol != y.unit.symbol
        }
        _ => false,
    }
}

/// Gives a restatement in other units at least the rounding of the measure it restates: "300
/// metres (984 ft)" converts a height known to some tens of metres, and the feet are no more precise
/// than that. The measure keeps its own: in "8,850 metres (about 29,000 feet)" the feet are rounder
/// than the metres, which stay as precise as written.
fn inherit_rounding(measure: &Value, restatement: &mut Value) {
    let (Value::Number(x), Value::Number(y)) = (measure, restatement) else { return };
    if x.unit.dimension != y.unit.dimension || y.unit.factor <= 0.0 {
        return;
    }
    let rounding = x.rounding * x.unit.factor / y.unit.factor;
    if rounding.is_finite() && rounding > y.rounding {
        y.rounding = rounding;
    }
}

/// Words that say a measure is the one before it in other units; a comma alone lists another ("a
/// depth of 3,800 metres, 600 km from the coast").
fn marks_restatement(word: &str) -> bool {
    matches!(word, "(" | "/" | "=" | "≈" | "or" | "which" | "i.e." | "equal" | "equivalent")
}

/// Words that join a measure to the same measure in other units: "155 km (96 miles)", "436 acres,
/// which works out at 176 hectares", "61 m, or 202 feet", "8,848 m / 29,029 ft".
fn joins_restatement(word: &str) -> bool {
    matches!(
        word,
        "(" | ","
            | "/"
            | "="
            | "≈"
            | "—"
            | "–"
            | "-"
            | "or"
            | "which"
            | "that"
            | "is"
            | "i.e."
            | "works"
            | "worked"
            | "comes"
            | "came"
            | "out"
            | "at"
            | "to"
            | "equal"
            | "equivalent"
    )
}

/// The verb a phrasal verb at the start of `words` means, so that it meets the notes that use that
/// verb: "he had given up" surrendered, "the wall went up" was built, "the ship went down" sank, "the
/// rescue ship got there" arrived, "the fort was torn down" demolished, and "only a third made it"
/// (with nothing after "it" but a stop or a word of where to) survived; "made it clear" is no
/// survival.
fn phrasal(words: &[&str]) -> Option<&'static str> {
    // Most words are followed by no particle: they are told apart by it first.
    if !matches!(words.get(1), Some(&("up" | "down" | "there" | "it"))) {
        return None;
    }
    match words {
        ["give" | "gives" | "gave" | "given" | "giving", "up", ..] => Some("surrendered"),
        ["go" | "goes" | "went" | "gone" | "going", "up", ..] => Some("built"),
        ["go" | "goes" | "went" | "gone" | "going", "down", ..] => Some("sank"),
        ["get" | "gets" | "got" | "gotten" | "getting", "there", ..] => Some("arrived"),
        [
            "tear" | "tears" | "tore" | "torn" | "tearing" | "pull" | "pulls" | "pulled" | "pulling" | "knock"
            | "knocks" | "knocked" | "knocking",
            "down",
            ..,
        ] => Some("demolished"),
        ["make" | "makes" | "made" | "making", "it"]
        | [
            "make" | "makes" | "made" | "making",
            "it",
            "," | "." | ";" | ":" | "!" | "out" | "through" | "ashore" | "home" | "back" | "alive",
        ] => Some("survived"),
        _ => None,
    }
}

/// The word a measure written as an adjective stands for: "the 155-mile wall" is a wall 155 miles
/// long, as "the wall was 155 miles long" says in words. The measure is hyphened to its unit and a
/// word follows it; "a 3-metre-high wall" names its dimension itself.
fn measure_adjective(
    text: &str,
    tokens: &[Token],
    lower: &[&str],
    value: &Value,
    claim: Range<usize>,
) -> Option<&'static str> {
    let Value::Number(n) = value else { return None };
    let word = match n.unit.dimension {
        crate::value::Dimension::Length => "long",
        _ => return None,
    };
    let hyphened = claim.len() >= 2 && text[tokens[claim.start].end..tokens[claim.end - 1].start].contains('-');
    let next = tokens.get(claim.end)?;
    (hyphened && next.tok == Tok::Word && next.gap != Gap::None && !lexicon::is_stop_word(lower[claim.end]))
        .then_some(word)
}

/// The words that name the event a date is placed after or before, not its own: in "the column
/// designed after the fire was begun in 1671", "fire". They are the object of "after", "before" or
/// "since" (up to two words, past an article or a possessive) earlier in the sentence, when a form of
/// "be" or "have" stands between them and the date; in "after the storming of the Bastille on 14 July"
/// the date is the storming's own.
fn anchor_before(lower: &[&str], sentence_start: usize, claim: usize) -> Option<Range<usize>> {
    let from = sentence_start.max(claim.saturating_sub(ANCHOR_REACH));
    let k = (from..claim).rev().find(|&k| matches!(lower[k], "after" | "before" | "since"))?;
    let mut first = k + 1;
    while first < claim && matches!(lower[first], "the" | "a" | "an" | "his" | "her" | "its" | "their") {
        first += 1;
    }
    let be = |j: usize| matches!(lower[j], "was" | "were" | "is" | "are" | "had" | "has" | "have" | "been");
    let end = (first + 2).min(claim);
    let last = (first..end).find(|&j| be(j)).unwrap_or(end);
    (first < last && (last..claim).any(be)).then_some(first..last)
}

/// How far before a date "after", "before" or "since" is looked for.
const ANCHOR_REACH: usize = 12;

/// How much a word borrowed from the sentence before weighs: as much as a word a few tokens from the
/// claim in its own sentence.
const BORROWED_WEIGHT: f32 = 0.5;

/// Adds to a claim's context what the sentence before it in its paragraph says of it. An answer takes
/// its `question`'s words: in "How many prisoners were inside? Just 7.", the 7 counts prisoners. A
/// sentence that names no one takes the names of the sentence before, which it goes on about, and so
/// does a figure that stands for someone (`sentence` is then empty): in "The best known is Peter
/// Fechter. On 17 August 1962 the 18-year-old was shot near Checkpoint Charlie", the age is his.
fn borrow_context(
    words: &[Word],
    vocabulary: &Vocabulary,
    starts: &[bool],
    before: Range<usize>,
    question: bool,
    sentence: Range<usize>,
    context: &mut Vec<ContextWord>,
) {
    let within = |range: &Range<usize>| {
        let first = words.partition_point(|w| w.index < range.start);
        &words[first..first + words[first..].partition_point(|w| w.index < range.end)]
    };
    let name = |w: &Word| w.proper && (!starts[w.index] || w.owner);
    let named = within(&sentence).iter().any(name);
    for w in within(&before).iter().filter(|w| question || (!named && name(w))) {
        let stem = vocabulary.stem(w.stem);
        if !context.iter().any(|c| c.stem == *stem) {
            context.push(ContextWord {
                stem: Arc::clone(stem),
                word: Arc::clone(vocabulary.word(w.word)),
                weight: BORROWED_WEIGHT,
                proper: name(w),
                from_heading: false,
                borrowed: true,
            });
        }
    }
    context.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.stem.cmp(&b.stem)));
}

/// Adds the block's names: words of five letters or more, capitalised, not all capitals, that do not
/// begin a sentence or follow an opening quotation mark.
/// A name opens with a capital, so only `capitalised`, the indices of the tokens with capitals in
/// order, are read.
fn collect_names(
    text: &str,
    tokens: &[Token],
    capitalised: impl Iterator<Item = usize>,
    starts: &[bool],
    names: &mut Vec<Name>,
) {
    for i in capitalised {
        let t = tokens[i];
        if t.tok != Tok::Word || !t.caps || starts[i] || i == 0 {
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
        if capitalised && bare.chars().nth(4).is_some() {
            names.push(Name { span: t.start..t.start + bare.len(), text: bare.to_string() });
        }
    }
}

/// Whose words a token of a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Quoted {
    /// The writer's own, quoted or not: outside quotation marks or inside an endorsed quotation.
    Own,
    /// Someone else's, inside quotation marks.
    Reported,
    /// A quotation the writer says their own figure agrees with ("31.7%, which fits with “about a
    /// third”"): the same fact told again.
    Agreeing,
}

/// Marks in `marks` the tokens that stand between an opening and a closing double quotation mark in
/// the block. Straight quotes open when no quote is open; an unclosed quote marks nothing, and a
/// quotation the writer endorses (see [`endorsed`]) is the writer's own.
fn inside_quotes(text: &str, tokens: &[Token], marks: &mut Vec<Quoted>) {
    marks.clear();
    marks.resize(tokens.len(), Quoted::Own);
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
                let whose = endorsed(text, tokens, o, i).unwrap_or(Quoted::Reported);
                for m in &mut marks[o + 1..i] {
                    *m = whose;
                }
                open = None;
            }
            (false, None) => {}
        }
    }
}

/// How the writer vouches for the quotation between the quote marks at tokens `open` and `close`,
/// if they do: the first word after it calls it right ("“six towers” | correct", "“…”: true, but"),
/// or the words before it say the writer's own figure agrees with it ("which fits with “about a
/// third”"). A quotation the writer endorses states a fact of the document.
fn endorsed(text: &str, tokens: &[Token], open: usize, close: usize) -> Option<Quoted> {
    let word = |t: &Token| &text[t.start..t.end];
    // The first word after the quotation on its line, in the next table cell if the quotation
    // fills its own.
    let rest = &text[tokens[close].end..];
    let rest = rest[..rest.find('\n').unwrap_or(rest.len())].trim_start_matches(|c: char| !c.is_alphanumeric());
    let after = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    let vouched =
        ["correct", "true", "right", "accurate", "confirmed", "yes"].iter().any(|e| after.eq_ignore_ascii_case(e));
    let agreeing = |w: &str| {
        ["fits", "matches", "confirms", "agrees", "consistent", "confirming", "matching"]
            .iter()
            .any(|e| w.eq_ignore_ascii_case(e))
    };
    let mut before = tokens[..open].iter().rev().take(2).filter(|t| t.tok == Tok::Word).map(word);
    if before.any(agreeing) { Some(Quoted::Agreeing) } else { vouched.then_some(Quoted::Own) }
}

/// True when the claim at token `first` is negated: "not 1790", "never 500", "no more than" aside.
/// `lower[i]` is token `i` lower-cased.
fn negated(tokens: &[Token], lower: &[&str], first: usize) -> bool {
    let Some(prev) = first.checked_sub(1) else { return false };
    if tokens[prev].tok != Tok::Word {
        return false;
    }
    // "Do not accept 1968", "don't accept 1968", "Reject 1862.": an answer key's marking notes. A
    // reject that opens no sentence or clause is a verb of the story ("voters reject 3 bills").
    let before = prev.checked_sub(1);
    let refused = lower[prev] == "accept"
        && before.is_some_and(|k| matches!(lower[k], "not" | "never" | "don't" | "don’t" | "dont"));
    let rejected = lower[prev] == "reject" && before.is_none_or(|k| tokens[k].tok == Tok::Punct);
    matches!(lower[prev], "not" | "never") || refused || rejected
}

/// The reference of a length of time counted from an event the text leaves unnamed: "six and a
/// half hours later". It places something in time; it is no length of anything.
pub const UNNAMED_EVENT: &str = "later";

/// The event a length of time is counted from: the content words (up to three) after "of", "into",
/// "after", "before" or "since" directly following the claim, or [`UNNAMED_EVENT`] before "later",
/// "earlier" or "afterwards".
fn reference_event(
    text: &str,
    tokens: &[Token],
    lower: &[&str],
    lexemes: &[Option<Lexeme>],
    end: usize,
    vocabulary: &Vocabulary,
) -> Vec<String> {
    // "Four days later, the module landed": time since an event the text has just told.
    if matches!(lower.get(end), Some(&("later" | "earlier" | "afterwards" | "afterward")))
        && lower.get(end + 1) != Some(&"than")
    {
        return vec![UNNAMED_EVENT.to_string()];
    }
    if !matches!(lower.get(end), Some(&("of" | "into" | "after" | "before" | "since"))) {
        return Vec::new();
    }
    let following = end + 1..tokens.len().min(end + 6);
    let run = tokens[following.clone()]
        .iter()
        .take_while(|t| t.tok == Tok::Word || t.tok == Tok::Punct && text[t.start..t.end] == *"’")
        .count();
    let words = following.start..following.start + run;
    content_words(text, &tokens[words.clone()], &lexemes[words])
        .into_iter()
        .take(3)
        .map(|w| vocabulary.stem_string(w.stem))
        .collect()
}

/// The label of the table row on `line` that holds the cell at `cell`: the first other cell of the
/// line with no digit ("| How long it burned | four days | cellars smouldered for weeks |"; "| 10:40
/// | the ferry left |"), if any.
fn row_label(text: &str, blocks: &[Block], line: Range<usize>, cell: Range<usize>) -> Option<Range<usize>> {
    let first = blocks.partition_point(|b| b.range.start < line.start);
    blocks[first..]
        .iter()
        .take_while(|b| b.range.start < line.end)
        .map(|b| b.range.clone())
        .find(|r| *r != cell && !text[r.clone()].bytes().any(|b| b.is_ascii_digit()))
}

/// How much the words of a row's other cells weigh in a cell's context: its label's as much as
/// words right beside a claim, the rest (remarks, other figures) as words a few tokens off.
const LABEL_WEIGHT: f32 = 0.8;
const OTHER_CELL_WEIGHT: f32 = 0.4;

/// What labels a table cell's figure, for the weights of its row's words.
enum RowLabel {
    /// The cell has words of its own beside its figures: every other cell is a remark.
    OwnWords,
    /// The row's label cell.
    Cell(Range<usize>),
    /// No cell labels the row: every cell may.
    Unknown,
}

/// The words of the table row on `line` outside the cell at `cell`, as the cell's context, weighed
/// by `label`, and the past or present the row's words set it in ("| Height (old survey) | 29,002
/// ft | the figure used at the time |").
fn row_words(
    text: &str,
    line: Range<usize>,
    cell: Range<usize>,
    label: RowLabel,
    vocabulary: &mut Vocabulary,
) -> (Vec<ContextWord>, Option<era::Era>) {
    let row = lex::tokenize(text, line);
    let lowered = Lowered::new(text, &row);
    let lower = lowered.words(&row);
    let lexemes = vocabulary.lexemes(&row, &lower);
    let mut out: Vec<ContextWord> = Vec::new();
    let inside = |t: &Token, r: &Range<usize>| t.start >= r.start && t.end <= r.end;
    for w in content_words(text, &row, &lexemes) {
        let t = row[w.index];
        let stem = vocabulary.stem(w.stem);
        if inside(&t, &cell) || out.iter().any(|c| Arc::ptr_eq(&c.stem, stem)) {
            continue;
        }
        let labels = match &label {
            RowLabel::OwnWords => false,
            RowLabel::Cell(range) => inside(&t, range),
            RowLabel::Unknown => true,
        };
        out.push(ContextWord {
            stem: Arc::clone(stem),
            word: Arc::clone(vocabulary.word(w.word)),
            weight: if labels { LABEL_WEIGHT } else { OTHER_CELL_WEIGHT },
            proper: w.proper,
            from_heading: false,
            borrowed: false,
        });
    }
    (out, era::spoken_era(&lower, 0..lower.len()))
}

#[cfg(test)]
mod tests;
