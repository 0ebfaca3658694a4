//! The whole pipeline over a set of documents: corpus → extract → link → graph → check.
//!
//! [`analyze`] takes documents as (path, text) pairs, already read by the shell, and returns an
//! [`Analysis`]: the documents with their prose maps, every claim, the subjects, the graph and the
//! findings. Documents are extracted in parallel; everything after extraction sees the corpus whole.
//!
//! Invariants: no I/O; the same input always gives the same output, in the same order (documents are
//! sorted by path, claims by document then position, findings by document, position and rule).

use std::collections::{BTreeSet, HashMap};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::check;
use crate::config::Settings;
use crate::corpus::{self, Format, Prose};
use crate::extract::{self, Citation, Claim, Name};
use crate::finding::Finding;
use crate::graph::ClaimGraph;
use crate::id::{ClaimId, DocId, SourceId};
use crate::link::{self, LinkInput, Subject};
use crate::source::{self, Cited, Entry, Sources};
use crate::value::DatePoint;

/// A document as the shell hands it over.
#[derive(Debug, Clone)]
pub struct Input {
    /// The path as it should be shown (relative paths stay relative).
    pub path: String,
    /// The decoded text.
    pub text: String,
}

/// A document of the corpus.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as shown.
    pub path: String,
    /// The text.
    pub text: String,
    /// Markdown or plain text, from the path's extension.
    pub format: Format,
    /// Which bytes are prose, the blocks and the front matter.
    pub prose: Prose,
    /// The in-text citations, in order.
    pub citations: Vec<Citation>,
    /// The names the document mentions, in order.
    pub names: Vec<Name>,
    /// Byte offsets of line starts.
    line_starts: Vec<usize>,
    /// Every [`CHAR_MARK`] bytes or so, a byte offset on a character boundary and the characters
    /// before it, so that a column on a long line is counted from the nearest mark, not from the
    /// line's start: a document of one long line would otherwise cost each claim the whole line.
    /// Made when a column on a line longer than that is first asked for.
    char_marks: std::sync::OnceLock<Vec<(usize, usize)>>,
}

/// How far apart [`Document::char_marks`] are, in bytes.
const CHAR_MARK: usize = 4096;

impl Document {
    /// Reads one document's prose.
    pub fn new(path: String, text: String) -> Document {
        let prose = corpus::scan(&text, Format::from_path(&path));
        Document::with_prose(path, text, prose)
    }

    /// A document whose prose has been read already.
    fn with_prose(path: String, text: String, prose: Prose) -> Document {
        let format = Format::from_path(&path);
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let char_marks = std::sync::OnceLock::new();
        Document { path, text, format, prose, citations: Vec::new(), names: Vec::new(), line_starts, char_marks }
    }

    /// The byte offsets where the document's lines start: 0, then the byte after each "\n".
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    /// The date the document's front matter gives, when it names one day (`date: 2024-02-19`).
    pub fn date(&self) -> Option<DatePoint> {
        front_matter_date(&self.prose)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = if offset - start <= CHAR_MARK {
            self.text.get(start..offset).map_or(offset - start, |s| s.chars().count())
        } else {
            self.chars_before(offset) - self.chars_before(start)
        };
        (line + 1, column + 1)
    }

    /// How many characters of the text come before byte `offset`, counted from the nearest mark.
    fn chars_before(&self, offset: usize) -> usize {
        let marks = self.char_marks.get_or_init(|| char_marks(&self.text));
        let (mark, chars) = marks[marks.partition_point(|&(m, _)| m <= offset) - 1];
        chars + self.text.get(mark..offset).map_or(offset - mark, |s| s.chars().count())
    }
}

/// The marks of [`Document::char_marks`]: the start of the text, then a character boundary every
/// [`CHAR_MARK`] bytes or so, each with the characters before it.
fn char_marks(text: &str) -> Vec<(usize, usize)> {
    let mut marks = vec![(0, 0)];
    let (mut at, mut chars) = (0, 0);
    while text.len() - at > CHAR_MARK {
        let mut next = at + CHAR_MARK;
        while !text.is_char_boundary(next) {
            next += 1;
        }
        chars += text[at..next].chars().count();
        marks.push((next, chars));
        at = next;
    }
    marks
}

pub use crate::source::Source;

/// A claim with the document it stands in.
#[derive(Debug, Clone)]
pub struct ClaimRecord {
    /// The document.
    pub doc: DocId,
    /// The claim.
    pub claim: Claim,
}

/// Everything concord knows about a corpus.
#[derive(Debug)]
pub struct Analysis {
    /// The documents, sorted by path.
    pub documents: Vec<Document>,
    /// Every claim, by document then position; `ClaimId(i)` is `claims[i]`.
    pub claims: Vec<ClaimRecord>,
    /// The subjects, declared first.
    pub subjects: Vec<Subject>,
    /// The cited sources: declared ones first, then those the documents list or cite.
    pub sources: Vec<Source>,
    /// Every bibliography entry, by document then position.
    pub entries: Vec<Entry>,
    /// Every in-text citation that cites, resolved, with the claims it supports.
    pub citations: Vec<Cited>,
    /// The claim graph.
    pub graph: ClaimGraph,
    /// The findings, sorted.
    pub findings: Vec<Finding>,
    /// For each subject, the claim that best represents what most documents say.
    pub consensus: Vec<Option<ClaimId>>,
}

impl Analysis {
    /// The text a claim covers.
    pub fn claim_text(&self, id: ClaimId) -> &str {
        let record = &self.claims[id.index()];
        let doc = &self.documents[record.doc.index()];
        doc.text.get(record.claim.span.clone()).unwrap_or("")
    }

    /// The document a claim stands in.
    pub fn document_of(&self, id: ClaimId) -> &Document {
        &self.documents[self.claims[id.index()].doc.index()]
    }
}

/// The date a front matter gives, when it names one day (`date: 2024-02-19`).
fn front_matter_date(prose: &Prose) -> Option<DatePoint> {
    let text = prose.meta.date.as_deref()?;
    // A front-matter date may carry a time ("2024-02-19T10:00") or a time zone; the day is enough.
    let day = text.get(..10)?;
    match crate::value::Value::parse(day)? {
        crate::value::Value::Date(d) if d.start.day.is_some() && d.end.is_none() => Some(d.start),
        _ => None,
    }
}

/// What the pipeline reads from one document alone: its prose map and its claims. It depends only on
/// the document's path (which gives its format), its text and the document date of the settings, so
/// a caller may keep it between runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Prepared {
    /// The prose map.
    pub prose: Prose,
    /// The extraction, with the footnote marks and links that cite a bibliography entry among its
    /// citations.
    pub extraction: extract::Extraction,
    /// The document's bibliography entries; their document is set when the corpus is sorted.
    pub entries: Vec<Entry>,
}

/// Reads and extracts one document. `document_date` is the settings' date, for documents whose front
/// matter gives none.
pub fn prepare(input: &Input, document_date: Option<DatePoint>) -> Prepared {
    let prose = corpus::scan(&input.text, Format::from_path(&input.path));
    let options = extract::Options { document_date: front_matter_date(&prose).or(document_date) };
    let mut extraction = extract::extract_with(&prose, &options);
    // The bibliography, and the footnote marks and links the prose map hides from extraction.
    let entries = source::bibliography(DocId::from_index(0), &input.text, &prose, &extraction.citations);
    add_marks(&mut extraction, source::marks(&input.text, &prose, &entries));
    Prepared { prose, extraction, entries }
}

/// Runs the pipeline.
pub fn analyze(inputs: Vec<Input>, settings: &Settings) -> Analysis {
    analyze_prepared(prepare_all(inputs, settings.document_date), settings, None)
}

/// Prepares documents in parallel.
pub fn prepare_all(inputs: Vec<Input>, document_date: Option<DatePoint>) -> Vec<(Input, Prepared)> {
    inputs
        .into_par_iter()
        .map(|input| {
            let prepared = prepare(&input, document_date);
            (input, prepared)
        })
        .collect()
}

/// Runs the pipeline on documents already prepared (by [`prepare`], with the settings' document
/// date). With a `focus` (paths as shown), subjects are discovered only where they can concern the
/// focus documents: their findings are the same as a whole run's, found in less time.
pub fn analyze_prepared(
    mut inputs: Vec<(Input, Prepared)>,
    settings: &Settings,
    focus: Option<&BTreeSet<String>>,
) -> Analysis {
    inputs.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    let mut documents = Vec::with_capacity(inputs.len());
    let mut extractions = Vec::with_capacity(inputs.len());
    let mut bibliographies: Vec<Vec<Entry>> = Vec::with_capacity(inputs.len());
    for (i, (input, mut prepared)) in inputs.into_iter().enumerate() {
        documents.push(Document::with_prose(input.path, input.text, prepared.prose));
        extractions.push(prepared.extraction);
        for entry in &mut prepared.entries {
            entry.doc = DocId::from_index(i);
        }
        bibliographies.push(prepared.entries);
    }
    let mut claims = Vec::new();
    let mut topics = Vec::with_capacity(extractions.len());
    for (d, extraction) in extractions.into_iter().enumerate() {
        for claim in extraction.claims {
            claims.push(ClaimRecord { doc: DocId::from_index(d), claim });
        }
        topics.push((extraction.stems, extraction.sections));
        documents[d].citations = extraction.citations;
        documents[d].names = extraction.names;
    }
    let listed: Vec<(Vec<Entry>, &[Citation])> =
        bibliographies.into_iter().zip(&documents).map(|(e, d)| (e, d.citations.as_slice())).collect();
    let Sources { sources, entries, mut citations } = source::resolve(&settings.sources, &listed);
    let cites = attach_citations(&documents, &claims, &mut citations);
    let inputs: Vec<LinkInput<'_>> = claims.iter().map(|r| LinkInput { doc: r.doc, claim: &r.claim }).collect();
    let topic_refs: Vec<link::Topic<'_>> =
        topics.iter().map(|(stems, sections)| link::Topic { stems, sections }).collect();
    let focus: Option<Vec<bool>> = focus.map(|f| documents.iter().map(|d| f.contains(&d.path)).collect());
    let subjects = link::link_focused(&inputs, &topic_refs, settings, focus.as_deref());
    let claim_docs: Vec<DocId> = claims.iter().map(|r| r.doc).collect();
    let members: Vec<Vec<ClaimId>> = subjects.iter().map(|s| s.claims.clone()).collect();
    let mut graph = ClaimGraph::build(documents.len(), &claim_docs, &members, sources.len());
    for (claim, source, page) in cites {
        graph.add_citation(claim, source, page);
    }
    let mut analysis = Analysis {
        documents,
        claims,
        subjects,
        sources,
        entries,
        citations,
        graph,
        findings: Vec::new(),
        consensus: Vec::new(),
    };
    analysis.findings = check::run(&mut analysis, settings);
    analysis
}

/// A claim citing a source at a page.
type Cites = (ClaimId, SourceId, Option<String>);

/// Adds the footnote marks and link citations that the prose scan hides from extraction: each
/// supports the claims of the sentence it stands in or directly follows. The citations stay in
/// text order, and the claims' citation indices follow them.
fn add_marks(extraction: &mut extract::Extraction, marks: Vec<Citation>) {
    if marks.is_empty() {
        return;
    }
    let found = extraction.citations.len();
    // Where the last attached mark ended: a mark right after it ("high.[^1][^2]") joins its sentence.
    let mut previous_end = None;
    for (m, mark) in marks.iter().enumerate() {
        let claims = &mut extraction.claims;
        let k = claims.partition_point(|c| c.sentence.start <= mark.span.start);
        let Some(last) = k.checked_sub(1) else { continue };
        let sentence = claims[last].sentence.clone();
        let follows_mark = previous_end.is_some_and(|end: usize| extraction_gap(&(end..end), &mark.span));
        if mark.span.start < sentence.end || extraction_gap(&sentence, &mark.span) || follows_mark {
            previous_end = Some(mark.span.end);
            let citations = &extraction.citations;
            for claim in claims[..=last].iter_mut().rev().take_while(|c| c.sentence == sentence) {
                // The mark is the citation of the claim's own sentence: it wins over one the
                // extractor took from a later sentence.
                claim.citations.retain(|&c| {
                    citations.get(c).is_none_or(|x| x.span.start < sentence.end || extraction_gap(&sentence, &x.span))
                });
                claim.citations.push(found + m);
            }
        }
    }
    // Merge by position: `order[new] = old`, then `renumber[old] = new`.
    extraction.citations.extend(marks);
    let mut order: Vec<usize> = (0..extraction.citations.len()).collect();
    order.sort_by_key(|&i| (extraction.citations[i].span.start, i));
    let mut renumber = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        renumber[old] = new;
    }
    let mut citations: Vec<Option<Citation>> =
        std::mem::take(&mut extraction.citations).into_iter().map(Some).collect();
    extraction.citations = order.iter().filter_map(|&old| citations[old].take()).collect();
    for claim in &mut extraction.claims {
        for c in &mut claim.citations {
            *c = renumber[*c];
        }
        claim.citations.sort_unstable();
        claim.citations.dedup();
    }
}

/// True when a mark starts at most a few bytes after a sentence ends (`high.[^1]`, `high. [^1]`).
fn extraction_gap(sentence: &std::ops::Range<usize>, mark: &std::ops::Range<usize>) -> bool {
    mark.start >= sentence.end && mark.start - sentence.end <= 2
}

/// Joins each claim to the resolved citations that support it, recording the claims on each
/// citation. A claim in a table cell with no citation of its own takes those of the other cells of
/// its row, since a row is read as one statement. Returns each claim's (source, page) edges.
fn attach_citations(documents: &[Document], claims: &[ClaimRecord], citations: &mut [Cited]) -> Vec<Cites> {
    // Citations come by document then position, so each document's run starts at a known place.
    let mut first = vec![citations.len(); documents.len() + 1];
    for (i, c) in citations.iter().enumerate().rev() {
        first[c.doc.index()] = i;
    }
    for d in (0..documents.len()).rev() {
        first[d] = first[d].min(first[d + 1]);
    }
    // The citations standing in table cells, by document and line.
    let mut in_rows: HashMap<(DocId, usize), Vec<usize>> = HashMap::new();
    for (i, c) in citations.iter().enumerate() {
        let doc = &documents[c.doc.index()];
        let start = doc.citations[c.index].span.start;
        if in_table_cell(doc, start) {
            in_rows.entry((c.doc, doc.line_col(start).0)).or_default().push(i);
        }
    }
    let mut cites = Vec::new();
    for (i, record) in claims.iter().enumerate() {
        let d = record.doc.index();
        let run = first[d]..first[d + 1];
        let mut found: Vec<usize> = record
            .claim
            .citations
            .iter()
            .filter_map(|&c| citations[run.clone()].binary_search_by_key(&c, |x| x.index).ok())
            .map(|k| run.start + k)
            .collect();
        let doc = &documents[d];
        if found.is_empty() && record.claim.citations.is_empty() && in_table_cell(doc, record.claim.span.start) {
            let line = doc.line_col(record.claim.span.start).0;
            found = in_rows.get(&(record.doc, line)).cloned().unwrap_or_default();
        }
        // A name in parentheses that turned out to cite nothing ("(Moscow)") does not end the run of
        // claims the next citation of the paragraph supports.
        if let (true, Some(&last)) = (found.is_empty(), record.claim.citations.last()) {
            let next = run.start + citations[run.clone()].partition_point(|x| x.index <= last);
            let paragraph = block_of(doc, record.claim.span.start);
            if next < run.end && paragraph.is_some() {
                let start = doc.citations[citations[next].index].span.start;
                if block_of(doc, start) == paragraph && start > record.claim.span.end {
                    found.push(next);
                }
            }
        }
        for k in found {
            let cited = &mut citations[k];
            cited.claims.push(ClaimId::from_index(i));
            if let Some(source) = cited.source {
                cites.push((ClaimId::from_index(i), source, cited.page.clone()));
            }
        }
    }
    cites
}

/// True when the byte at `offset` stands in a table cell of the document.
fn in_table_cell(doc: &Document, offset: usize) -> bool {
    block_of(doc, offset).is_some_and(|b| doc.prose.blocks[b].kind == corpus::BlockKind::TableCell)
}

/// The index of the prose block holding the byte at `offset`.
fn block_of(doc: &Document, offset: usize) -> Option<usize> {
    let blocks = &doc.prose.blocks;
    let k = blocks.partition_point(|b| b.range.start <= offset).checked_sub(1)?;
    blocks[k].range.contains(&offset).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnote_marks_take_their_place_among_the_citations() {
        let text = "The wall was 12 metres high.[^w][^x] The fort held 114 men (Vane 1987, p. 64).\n\n\
                    [^w]: Orme, Celia. *Walls*. 2001, p. 9.\n\n[^x]: Orme, Celia. *Walls*. 2001, p. 10.\n\n\
                    ## References\n\nVane, Ida. *Fort Calder*. 1987.\n";
        let analysis = analyze(vec![Input { path: "a.md".into(), text: text.into() }], &Settings::default());
        let doc = &analysis.documents[0];
        let cited: Vec<&str> = analysis.citations.iter().map(|c| &text[doc.citations[c.index].span.clone()]).collect();
        assert_eq!(cited, vec!["[^w]", "[^x]", "(Vane 1987, p. 64)"]);
        // Each claim with the sources it cites, as "text: source p. page".
        let supported: Vec<String> = (0..analysis.claims.len())
            .map(|i| {
                let id = ClaimId::from_index(i);
                let cites: Vec<String> = analysis
                    .graph
                    .citations_of(id)
                    .into_iter()
                    .map(|(s, p)| format!("{} p. {}", analysis.sources[s.index()].id, p.unwrap_or_default()))
                    .collect();
                format!("{}: {}", analysis.claim_text(id), cites.join(", "))
            })
            .collect();
        assert_eq!(supported, vec!["12 metres: orme p. 10, orme p. 9", "114: vane p. 64"]);
    }

    #[test]
    fn line_and_column_count_characters() {
        let doc = Document::new("a.txt".into(), "ab\n“c” 1956\n".into());
        assert_eq!(doc.line_col(0), (1, 1));
        let offset = doc.text.find("1956").unwrap();
        assert_eq!(doc.line_col(offset), (2, 5));
    }

    #[test]
    fn columns_on_a_long_line_count_characters_past_the_marks() {
        // Three-byte quotation marks put the marks inside characters; columns still count characters.
        let unit = "“Bridge” opened in 1956. ";
        let text = format!("# Title\n{}\n", unit.repeat(2_000));
        let doc = Document::new("a.md".into(), text.clone());
        for (k, (offset, _)) in text.match_indices("1956").enumerate().step_by(97) {
            let expected = text[text[..offset].rfind('\n').unwrap() + 1..offset].chars().count() + 1;
            assert_eq!(doc.line_col(offset), (2, expected), "the {k}th 1956");
            assert_eq!(expected, k * unit.chars().count() + 20);
        }
    }
}
