//! Long lines cut down to the part around a claim.
//!
//! Prose in Markdown often keeps a whole paragraph on one line. Shown whole, a line of four hundred
//! characters wraps across the terminal and the underline beneath it lands far from the claim. A
//! line longer than the terminal is shown as an excerpt around its labels instead, with "…" where
//! it was cut: `13 │ …the early hours of the next day.`. Line and column numbers stay those of
//! the document.

use std::ops::Range;
use std::sync::Arc;

use concord::pipeline::Document;
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// "…", marking where a line was cut.
const CUT: &str = "\u{2026}";

/// How far (in characters) a cut may move to fall between two words.
const WORD_SLACK: usize = 12;

/// A document's text with an index of its lines, shared by every diagnostic on the document, so
/// that finding a label's line costs a search, not a read of the text before it: a long document
/// with many findings would otherwise cost each of them the whole document.
#[derive(Debug)]
pub struct Lines<'a> {
    text: &'a str,
    /// Where each line starts, a line ending at "\n": the document's own line numbers.
    after_newline: &'a [usize],
    /// Where each line starts as the renderer counts lines, ending at "\n", "\r\n" or a lone "\r".
    after_break: Vec<usize>,
    /// Where each "\r" stands.
    returns: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// Indexes the lines of a document as the renderer counts them, beside the document's own, in one
    /// pass over its line breaks.
    pub fn new(document: &'a Document) -> Lines<'a> {
        let (text, after_newline) = (document.text.as_str(), document.line_starts());
        let bytes = text.as_bytes();
        let (mut after_break, mut returns) = (vec![0], Vec::new());
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[at] == b'\n' {
                // "\r\n" is one break, which its "\r" counted.
                if at == 0 || bytes[at - 1] != b'\r' {
                    after_break.push(at + 1);
                }
            } else {
                returns.push(at);
                let crlf = bytes.get(at + 1) == Some(&b'\n');
                after_break.push(if crlf { at + 2 } else { at + 1 });
            }
        }
        Lines { text, after_newline, after_break, returns }
    }

    /// The byte range of the line holding `span`, without its line break, as
    /// [`concord::corpus::line_around`] gives it.
    fn around(&self, span: Range<usize>) -> Range<usize> {
        let start = self.after_newline[self.after_newline.partition_point(|&s| s <= span.start) - 1];
        let newline = self.after_newline.get(self.after_newline.partition_point(|&s| s <= span.end)).map(|s| s - 1);
        let ret = self.returns.get(self.returns.partition_point(|&r| r < span.end)).copied();
        let end = newline.into_iter().chain(ret).min().unwrap_or(self.text.len());
        start..end
    }

    /// How many "\n" come before byte `at`.
    fn newlines_before(&self, at: usize) -> usize {
        self.after_newline.partition_point(|&s| s <= at) - 1
    }
}

/// A document's text, with an excerpt of each long line for the labels a diagnostic puts on it.
#[derive(Debug)]
pub struct Excerpted<'a> {
    name: String,
    lines: Arc<Lines<'a>>,
    /// For a label, or a run of labels of one line, the excerpt of its line that holds it: the
    /// range of the text the excerpt stands for (its "…" included), its line index, and its text.
    excerpts: Vec<(Range<usize>, Range<usize>, usize, String)>,
    /// The labels, and the lines longer than the limit that hold one.
    labels: Vec<Range<usize>>,
    long_lines: Vec<Range<usize>>,
}

impl<'a> Excerpted<'a> {
    /// The document `lines`, named `name`, with excerpts for `labels` (byte ranges) on lines of more
    /// than `limit` characters.
    pub fn new(name: String, lines: Arc<Lines<'a>>, labels: &[Range<usize>], limit: usize) -> Excerpted<'a> {
        let text = lines.text;
        let mut labels: Vec<Range<usize>> = labels.iter().filter(|l| l.end <= text.len()).cloned().collect();
        labels.sort_by_key(|l| (l.start, l.end));
        let (mut excerpts, mut long_lines) = (Vec::new(), Vec::new());
        // A run of labels on one line may be shown in one excerpt, as the diagnostic renderer joins
        // the labels it can show together; each run from each label onward is offered.
        for (i, first) in labels.iter().enumerate() {
            let line = lines.around(first.clone());
            let short = text[line.clone()].chars().nth(limit).is_none();
            if short || text[first.clone()].contains('\n') {
                continue;
            }
            long_lines.push(line.clone());
            let index = lines.newlines_before(line.start);
            let mut end = first.end;
            for next in labels[i..].iter().take_while(|l| l.end <= line.end) {
                end = end.max(next.end);
                let focus = first.start..end;
                if let Some((covers, shown)) = window(text, line.clone(), focus.clone(), limit) {
                    excerpts.push((focus, covers, index, shown));
                }
            }
        }
        Excerpted { name, lines, excerpts, labels, long_lines }
    }
}

impl SourceCode for Excerpted<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let wanted = span.offset()..span.offset() + span.len();
        if context_lines_before + context_lines_after > 0 {
            if let Some((_, covers, line, shown)) = self.excerpts.iter().find(|(focus, ..)| *focus == wanted) {
                return Ok(Box::new(MietteSpanContents::new_named(
                    self.name.clone(),
                    shown.as_bytes(),
                    (covers.start, covers.len()).into(),
                    *line,
                    0,
                    1,
                )));
            }
            // Labels of a long line too far apart for one excerpt are refused together, and the
            // renderer shows them one by one.
            let on_long_line = self.long_lines.iter().any(|l| l.start <= wanted.end && wanted.start <= l.end);
            if on_long_line && !self.labels.contains(&wanted) {
                return Err(MietteError::OutOfBounds);
            }
        }
        // Otherwise the document's own lines, read by miette from the lines around the label only:
        // from the first line of context before it to a line past the context after it. Lines and
        // positions are then moved back to where they stand in the document; the lines before the
        // part read count as miette counts them, so its figures come out the same as from the whole
        // text.
        let breaks = &self.lines.after_break;
        let text = self.lines.text;
        let line_of = |at: usize| breaks.partition_point(|&s| s <= at) - 1;
        let first = line_of(wanted.start).saturating_sub(context_lines_before);
        let last = line_of(wanted.end.min(text.len())) + context_lines_after + 2;
        let part = breaks[first]..breaks.get(last).copied().unwrap_or(text.len());
        let local = SourceSpan::from((wanted.start.saturating_sub(part.start), span.len()));
        let contents = text[part.clone()].read_span(&local, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            contents.data(),
            (contents.span().offset() + part.start, contents.span().len()).into(),
            contents.line() + first,
            contents.column(),
            contents.line_count() + first,
        )))
    }
}

/// An excerpt of `line` of at most `limit` characters holding `focus`, cut between words where it
/// can be: the range of the text it stands for and the excerpt with its "…". The range keeps each
/// byte of the excerpt at its offset in the text, so that labels fall where they belong: a leading
/// "…" stands for the three bytes before the cut. `None` when `focus` is too wide to show.
fn window(text: &str, line: Range<usize>, focus: Range<usize>, limit: usize) -> Option<(Range<usize>, String)> {
    let room = limit.checked_sub(text[focus.clone()].chars().count() + 2)?;
    // Neither side can take more than the room, so neither is counted further: a line may be long.
    let before_max = text[line.start..focus.start].chars().rev().take(room).count();
    let after_max = text[focus.end..line.end].chars().take(room).count();
    // Two thirds of the room before the claim, where its subject usually stands.
    let mut before = (room * 2 / 3).min(before_max);
    let after = (room - before).min(after_max);
    before = (room - after).min(before_max);
    let mut start = nth_char_back(text, focus.start, before);
    let mut end = nth_char_forward(text, focus.end, after);
    if start > line.start {
        if let Some(space) = text[start..focus.start].char_indices().take(WORD_SLACK).find(|(_, c)| *c == ' ') {
            start += space.0 + 1;
        }
        // The "…" takes the place of the bytes before the cut, which must be on the line.
        if start - line.start < CUT.len() {
            start = line.start;
        }
    }
    if end < line.end {
        let tail = &text[focus.end..end];
        if let Some(space) = tail.char_indices().rev().take(WORD_SLACK).find(|(_, c)| *c == ' ') {
            end = focus.end + space.0;
        }
    }
    let (lead, trail) = (if start > line.start { CUT } else { "" }, if end < line.end { CUT } else { "" });
    let shown = format!("{lead}{}{trail}", &text[start..end]);
    let covers = start - lead.len()..end + trail.len();
    Some((covers, shown))
}

/// The byte offset `n` characters before `at`.
fn nth_char_back(text: &str, at: usize, n: usize) -> usize {
    text[..at].char_indices().rev().take(n).last().map_or(at, |(i, _)| i)
}

/// The byte offset `n` characters after `at`.
fn nth_char_forward(text: &str, at: usize, n: usize) -> usize {
    text[at..].char_indices().nth(n).map_or(text.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use concord::corpus::line_around;

    use super::*;

    fn excerpt(text: &str, focus: &str, limit: usize) -> String {
        let start = text.find(focus).unwrap();
        let line = line_around(text, start..start + focus.len());
        let (covers, shown) = window(text, line, start..start + focus.len(), limit).unwrap();
        assert_eq!(covers.len(), shown.len(), "the excerpt keeps the text's offsets");
        assert_eq!(&shown[start - covers.start..][..focus.len()], focus);
        shown
    }

    #[test]
    fn a_long_line_is_cut_between_words_around_its_claim() {
        let line = "The station had four reactors running by the middle of the decade, with two more being built \
                    nearby. On 25 April 1986 its operators began to prepare a test that had been put off several \
                    times, and the delays pushed it into the early hours of the next day.";
        let shown = excerpt(line, "25 April 1986", 60);
        assert_eq!(shown, "…more being built nearby. On 25 April 1986 its operators…");
        assert!(shown.chars().count() <= 60);
    }

    #[test]
    fn a_claim_near_either_end_keeps_that_end() {
        let line = "In 1956 the congress heard a speech that went on for hours and hours, and the delegates left the hall \
                    in silence, as the notes of several of them record.";
        assert_eq!(excerpt(line, "1956", 50), "In 1956 the congress heard a speech that went…");
        assert_eq!(excerpt(line, "record", 40), "…the notes of several of them record.");
    }

    #[test]
    fn lines_are_found_as_the_document_and_the_renderer_count_them() {
        // Line breaks of every kind, blank lines, and a long line: each label's line and what the
        // renderer reads around it come out as from the whole text.
        let text = format!(
            "# Notes\r\n\r\nIn 1956 the speech came.\rIt ran 4 hours.\n\n{} and 26,000 words\r\nEnd 1957.\n",
            "more words ".repeat(50)
        );
        let document = Document::new("notes.md".into(), text.clone());
        let lines = Arc::new(Lines::new(&document));
        let starts = text.match_indices(|c: char| c.is_ascii_digit()).map(|(i, _)| i);
        for at in starts.chain([0, 9, text.len() - 1]) {
            let span = at..at + 1;
            assert_eq!(lines.around(span.clone()), line_around(&text, span.clone()), "at {at}");
            let source = Excerpted::new("notes.md".into(), Arc::clone(&lines), &[], 60);
            for context in [0, 1, 2] {
                let ours = source.read_span(&(at, 1).into(), context, context).unwrap();
                let whole = text.read_span(&(at, 1).into(), context, context).unwrap();
                let read =
                    |c: &dyn SpanContents<'_>| (c.data().to_vec(), *c.span(), c.line(), c.column(), c.line_count());
                assert_eq!(read(&*ours), read(&*whole), "at {at} with {context} lines of context");
            }
        }
    }

    #[test]
    fn the_renderer_sees_document_positions() {
        let text = format!("# Notes\n\n{} the speech lasted four hours {}\n", "word ".repeat(40), "word ".repeat(40));
        let at = text.find("four hours").unwrap();
        let label = at..at + 10;
        let document = Document::new("notes.md".into(), text.clone());
        let lines = Arc::new(Lines::new(&document));
        let source = Excerpted::new("notes.md".into(), lines, std::slice::from_ref(&label), 60);
        let header = source.read_span(&(at, 10).into(), 0, 0).unwrap();
        assert_eq!((header.line(), header.column()), (2, at - 9));
        let context = source.read_span(&(at, 10).into(), 1, 1).unwrap();
        let shown = std::str::from_utf8(context.data()).unwrap();
        assert!(shown.starts_with('…') && shown.ends_with('…') && shown.contains("four hours"), "{shown}");
        assert_eq!(&shown[at - context.span().offset()..][..10], "four hours");
    }
}
