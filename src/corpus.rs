//! Finds the prose in a document so that the rest of the engine only ever reads sentences.
//!
//! The engine never does I/O: this module receives a document's text and returns a *masked
//! copy* of it together with the list of prose blocks. The masked copy has exactly the same
//! length as the source, every non-prose character is replaced by ASCII spaces (one per byte),
//! and every `'\n'` is kept. Because whole characters are replaced, the masked copy is always
//! valid UTF-8 and every byte offset in it is also the offset of the same byte in the original
//! file, so later stages can search the masked text and report positions in the source without
//! any translation. Blocks are listed in document order and never overlap. Scanning is linear
//! in the size of the input and never panics, whatever the input is.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

/// The markup language of a document, which decides how its prose is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// CommonMark with tables, footnotes, strikethrough and front matter.
    Markdown,
    /// Plain text, where blank lines separate paragraphs.
    Text,
}

impl Format {
    /// Picks the format from a file name: `.md`, `.markdown`, `.mdown` and `.mkd` (in any case)
    /// are Markdown, and everything else is treated as plain text.
    pub fn from_path(path: &str) -> Format {
        let extension = std::path::Path::new(path).extension().and_then(|extension| extension.to_str()).unwrap_or("");
        for markdown in ["md", "markdown", "mdown", "mkd"] {
            if extension.eq_ignore_ascii_case(markdown) {
                return Format::Markdown;
            }
        }
        Format::Text
    }
}

/// Document-level facts read from a Markdown front matter block.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// The `title` field, without surrounding quotes.
    pub title: Option<String>,
    /// The `author` field, without surrounding quotes.
    pub author: Option<String>,
    /// The `date` field, without surrounding quotes, exactly as written.
    pub date: Option<String>,
}

/// The structural role of a prose block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    /// A paragraph, including paragraphs inside block quotes and footnote definitions.
    Paragraph,
    /// A heading with its level, from 1 to 6.
    Heading(u8),
    /// The text of a list item, or one paragraph of a loose list item.
    ListItem,
    /// A single table cell.
    TableCell,
}

/// A run of prose that belongs together, such as one paragraph or one table cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Byte range from the first prose byte to the last prose byte of the block.
    pub range: Range<usize>,
    /// What kind of element the block is.
    pub kind: BlockKind,
    /// Whether the block sits inside a references-style section (References, Bibliography,
    /// Works Cited, Sources, Notes, Further reading and similar), whose values are citations
    /// rather than claims.
    pub in_references: bool,
}

/// The prose of one document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Prose {
    /// The source with every non-prose byte replaced by a space and every `'\n'` kept; it has
    /// the same length as the source and the same byte offsets.
    pub masked: String,
    /// The prose blocks, in document order and non-overlapping.
    pub blocks: Vec<Block>,
    /// Metadata read from the front matter, if the document has any.
    pub meta: Metadata,
    /// Byte ranges of HTML comments (`<!-- ... -->`) and, in plain text, of lines that hold a
    /// suppression directive alone, kept so that later stages can honour suppression comments even
    /// though the comments themselves are masked.
    pub comments: Vec<Range<usize>>,
}

/// Separates the prose of `source` from everything else, according to `format`.
pub fn scan(source: &str, format: Format) -> Prose {
    // Spaces everywhere but at line breaks, in one pass over the bytes.
    let mut buf: Vec<u8> = source.bytes().map(|byte| if byte == b'\n' { b'\n' } else { b' ' }).collect();
    let mut comments = Vec::new();
    let mut meta = Metadata::default();

    // A byte order mark is an encoding artefact, not text, so it stays masked in both formats.
    let start = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };

    let blocks = match format {
        Format::Markdown => {
            let mut body = start;
            if let Some(front) = front_matter(source, start) {
                body = front.end;
                meta = front.meta;
            }
            scan_markdown(source, body, &mut buf, &mut comments)
        }
        Format::Text => {
            let blocks = scan_text(source, start, &mut buf);
            // Plain-text notes may carry suppression comments too, so they are recorded and
            // masked the same way as in Markdown.
            collect_comments(source, start..source.len(), &mut comments);
            collect_directive_lines(source, start, &mut comments);
            for comment in &comments {
                blank(&mut buf, source, comment.clone());
            }
            blocks
        }
    };

    finish(source, buf, blocks, meta, comments)
}

/// Heading words (compared in lower case) that open a section of citations.
const REFERENCE_HEADINGS: [&str; 12] = [
    "references",
    "reference",
    "bibliography",
    "works cited",
    "sources",
    "source",
    "notes",
    "endnotes",
    "footnotes",
    "further reading",
    "citations",
    "literature",
];

/// Says whether a heading's text names a references-style section.
fn is_reference_heading(text: &str) -> bool {
    let trimmed = text.trim();
    let trimmed = trimmed.strip_suffix(':').unwrap_or(trimmed).trim_end();
    // Every accepted heading is short, so longer text is rejected before lowercasing it.
    if trimmed.len() > 32 {
        return false;
    }
    if trimmed.is_ascii() {
        return REFERENCE_HEADINGS.iter().any(|heading| heading.eq_ignore_ascii_case(trimmed));
    }
    let lower = trimmed.to_lowercase();
    REFERENCE_HEADINGS.contains(&lower.as_str())
}

/// Copies `range` of the source into the masked buffer, making it prose.
///
/// Ranges that do not fall on character boundaries are ignored, so the buffer stays valid
/// UTF-8 even if a parser reports an odd range.
fn keep(buf: &mut [u8], source: &str, range: Range<usize>) {
    let Some(text) = source.get(range.clone()) else {
        return;
    };
    let Some(target) = buf.get_mut(range) else {
        return;
    };
    target.copy_from_slice(text.as_bytes());
}

/// Masks `range` of the buffer, widening it to whole characters of the source so that no
/// character is ever half replaced.
fn blank(buf: &mut [u8], source: &str, range: Range<usize>) {
    let len = source.len().min(buf.len());
    let mut start = range.start.min(len);
    let mut end = range.end.min(len);
    while start > 0 && !source.is_char_boundary(start) {
        start -= 1;
    }
    while end < len && !source.is_char_boundary(end) {
        end += 1;
    }
    if start >= end {
        return;
    }
    for byte in &mut buf[start..end] {
        if *byte != b'\n' {
            *byte = b' ';
        }
    }
}

/// Records every `<!-- ... -->` comment that starts inside `range` of the source.
///
/// A comment left open runs to the end of the range, because that is how far the HTML it
/// belongs to extends.
fn collect_comments(source: &str, range: Range<usize>, comments: &mut Vec<Range<usize>>) {
    let Some(text) = source.get(range.clone()) else {
        return;
    };
    let mut from = 0;
    while let Some(found) = text[from..].find("<!--") {
        let open = from + found;
        // The search for the closer starts inside the opener so that `<!-->` and `<!--->`,
        // which HTML treats as complete empty comments, are closed where they stand.
        let close = match text[open + 2..].find("-->") {
            Some(offset) => open + 2 + offset + 3,
            None => text.len(),
        };
        comments.push(range.start + open..range.start + close);
        from = close;
    }
}

/// Records the lines of a plain-text note that hold a suppression directive on their own
/// (`concord-disable-next-line conflict`), outside any HTML comment, keeping `comments` in order.
fn collect_directive_lines(source: &str, start: usize, comments: &mut Vec<Range<usize>>) {
    let mut lines = Vec::new();
    // The comments are in order and apart, so one cursor finds the comment each line might fall in.
    let mut next = 0;
    let mut at = start;
    for line in source[start..].split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with("concord-disable") || trimmed.starts_with("concord-enable") {
            let begin = at + (line.len() - line.trim_start().len());
            let range = begin..begin + trimmed.len();
            while next < comments.len() && comments[next].end <= range.start {
                next += 1;
            }
            if comments.get(next).is_none_or(|c| c.start >= range.end) {
                lines.push(range);
            }
        }
        at += line.len();
    }
    if !lines.is_empty() {
        comments.extend(lines);
        comments.sort_by_key(|c| c.start);
    }
}

/// The extent of a front matter block and the fields read from it.
struct FrontMatter {
    /// Offset just past the closing delimiter line.
    end: usize,
    /// The fields found inside.
    meta: Metadata,
}

/// Finds a YAML (`---`) or TOML (`+++`) front matter block that begins at `start`, which is
/// the very start of the file apart from a byte order mark.
///
/// The block must be closed, and its first line must be neither blank nor the closer; the
/// same rule as pulldown-cmark's, it keeps a leading thematic break from being taken for
/// front matter.
fn front_matter(source: &str, start: usize) -> Option<FrontMatter> {
    let text = source.get(start..)?;
    let mut lines = split_lines(text);
    let (_, opener) = lines.next()?;
    let opener = opener.trim_end();
    let toml = match opener {
        "---" => false,
        "+++" => true,
        _ => return None,
    };

    let mut meta = Metadata::default();
    let mut first = true;
    let mut in_table = false;
    for (offset, line) in lines {
        let trimmed = line.trim_end();
        let closed = if toml { trimmed == "+++" } else { trimmed == "---" || trimmed == "..." };
        if first && (closed || trimmed.is_empty()) {
            return None;
        }
        first = false;
        if closed {
            let end = (start + offset + line.len() + 1).min(source.len());
            return Some(FrontMatter { end, meta });
        }
        // Keys under a TOML table header belong to that table, not to the document.
        if toml && trimmed.starts_with('[') {
            in_table = true;
        }
        if !in_table {
            read_field(trimmed, toml, &mut meta);
        }
    }
    None
}

/// Reads one `key: value` (YAML) or `key = "value"` (TOML) line into `meta`; the first
/// occurrence of a key wins.
fn read_field(line: &str, toml: bool, meta: &mut Metadata) {
    // Indented lines belong to nested YAML values, not to top-level keys.
    if line.starts_with(char::is_whitespace) {
        return;
    }
    let separator = if toml { '=' } else { ':' };
    let Some((key, value)) = line.split_once(separator) else {
        return;
    };
    let key = key.trim();
    let slot = if key.eq_ignore_ascii_case("title") {
        &mut meta.title
    } else if key.eq_ignore_ascii_case("author") {
        &mut meta.author
    } else if key.eq_ignore_ascii_case("date") {
        &mut meta.date
    } else {
        return;
    };
    if slot.is_some() {
        return;
    }
    let value = unquote(value.trim());
    if value.is_empty() {
        return;
    }
    *slot = Some(value.to_string());
}

/// Removes one pair of matching single or double quotes around a value.
fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(quote) && value.ends_with(quote) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

/// Iterates over the lines of `text` as `(offset, line)` pairs, without the `'\n'` but with
/// any `'\r'`.
fn split_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').map(move |line| {
        let start = offset;
        offset += line.len() + 1;
        (start, line)
    })
}

/// An open element of the Markdown tree, with the properties its text inherits.
struct Frame {
    /// The block kind that text inside this element belongs to, if any.
    block: Option<BlockKind>,
    /// Whether text inside this element is not prose (code, front matter, autolinks).
    skip: bool,
    /// Whether this element is a list item, so that its paragraphs become list item blocks.
    item: bool,
    /// Whether this element is block-level, so that its start and end close the running block.
    separates: bool,
}

/// The prose gathered so far for the block currently being read.
struct Segment {
    kind: BlockKind,
    range: Range<usize>,
}

/// The state of a walk over pulldown-cmark's events.
struct MarkdownScan<'a> {
    source: &'a str,
    buf: &'a mut [u8],
    comments: &'a mut Vec<Range<usize>>,
    blocks: Vec<Block>,
    stack: Vec<Frame>,
    segment: Option<Segment>,
    /// The text of the heading being read, used to recognise references sections.
    heading: Option<String>,
    /// The level of the heading that opened the current references section.
    references: Option<u8>,
}

/// Finds the prose of the Markdown that starts at `body`, writing it into `buf`.
///
/// The parser's metadata block options are deliberately left off: pulldown-cmark accepts a
/// `---` block anywhere in the document, which would hide the prose between two thematic
/// breaks, so front matter is recognised at the start of the file by [`front_matter`] instead.
fn scan_markdown(source: &str, body: usize, buf: &mut [u8], comments: &mut Vec<Range<usize>>) -> Vec<Block> {
    let Some(text) = source.get(body..) else {
        return Vec::new();
    };
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);

    let mut scan = MarkdownScan {
        source,
        buf,
        comments,
        blocks: Vec::new(),
        stack: Vec::new(),
        segment: None,
        heading: None,
        references: None,
    };
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let range = range.start + body..range.end + body;
        scan.event(event, range);
    }
    scan.flush();
    scan.blocks
}

impl MarkdownScan<'_> {
    /// Handles one parser event whose range is already relative to the whole source.
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.open(&tag, range),
            Event::End(tag) => self.close(tag),
            Event::Text(text) => {
                if let Some(heading) = &mut self.heading {
                    heading.push_str(&text);
                }
                self.text(range);
            }
            Event::Code(text) => {
                // Inline code is masked, but it still names a heading such as "`Sources`".
                if let Some(heading) = &mut self.heading {
                    heading.push_str(&text);
                }
            }
            Event::InlineHtml(_) => collect_comments(self.source, range, self.comments),
            Event::Rule => self.flush(),
            _ => {}
        }
    }

    /// Opens an element, closing the running block if the element is block-level.
    fn open(&mut self, tag: &Tag<'_>, range: Range<usize>) {
        let parent_item = self.stack.last().is_some_and(|frame| frame.item);
        let mut frame = Frame { block: None, skip: false, item: false, separates: true };
        match tag {
            Tag::Paragraph => {
                frame.block = Some(if parent_item { BlockKind::ListItem } else { BlockKind::Paragraph });
            }
            Tag::Heading { level, .. } => frame.block = Some(BlockKind::Heading(*level as u8)),
            Tag::Item => {
                frame.block = Some(BlockKind::ListItem);
                frame.item = true;
            }
            Tag::TableCell => frame.block = Some(BlockKind::TableCell),
            Tag::CodeBlock(_) | Tag::MetadataBlock(_) => frame.skip = true,
            Tag::HtmlBlock => {
                frame.skip = true;
                // The block's own range is used because a comment may span several of the
                // per-line HTML events inside it.
                collect_comments(self.source, range, self.comments);
            }
            Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. } => {
                // The visible text of an autolink is the address itself, which is not prose.
                frame.skip = true;
                frame.separates = false;
            }
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. } => frame.separates = false,
            _ => {}
        }
        if frame.separates {
            self.flush();
        }
        if let Tag::Heading { level, .. } = tag {
            // A heading of the same or a higher rank ends the references section; the running
            // block was flushed above, so it keeps the flag it was written under.
            let level = *level as u8;
            if self.references.is_some_and(|open| level <= open) {
                self.references = None;
            }
            self.heading = Some(String::new());
        }
        if let Some(parent) = self.stack.last() {
            frame.block = frame.block.or(parent.block);
            frame.skip |= parent.skip;
        }
        self.stack.push(frame);
    }

    /// Closes the innermost element.
    fn close(&mut self, tag: TagEnd) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        if frame.separates {
            self.flush();
        }
        let TagEnd::Heading(level) = tag else {
            return;
        };
        let Some(text) = self.heading.take() else {
            return;
        };
        // A first-level heading before any prose is the note's title ("# Notes"), not a section of
        // citations at its end.
        let title = level == HeadingLevel::H1 && self.blocks.iter().all(|b| matches!(b.kind, BlockKind::Heading(_)));
        if self.references.is_none() && !title && is_reference_heading(&text) {
            self.references = Some(level as u8);
        }
    }

    /// Marks a text event as prose and adds it to the running block.
    fn text(&mut self, range: Range<usize>) {
        let (kind, skip) = match self.stack.last() {
            Some(frame) => (frame.block.unwrap_or(BlockKind::Paragraph), frame.skip),
            None => (BlockKind::Paragraph, false),
        };
        if skip || range.is_empty() {
            return;
        }
        // "**2. It grows in summer.**": a number heading a paragraph in bold is a list marker.
        // "| 2. When was he born? | 1809 |": so is one opening a table cell.
        let marker = match &self.segment {
            None if kind == BlockKind::TableCell => ordered_marker(&self.source[range.clone()]),
            None => emphasised_marker(self.source, &range),
            Some(_) => None,
        };
        let range = match marker {
            Some(len) if len == range.len() => return,
            Some(len) => range.start + len..range.end,
            None => range,
        };
        keep(self.buf, self.source, range.clone());
        if let Some(segment) = &mut self.segment {
            if segment.kind == kind {
                segment.range.end = segment.range.end.max(range.end);
                return;
            }
            self.flush();
        }
        self.segment = Some(Segment { kind, range });
    }

    /// Ends the running block, if any, and records it.
    fn flush(&mut self) {
        let Some(segment) = self.segment.take() else {
            return;
        };
        self.blocks.push(Block { range: segment.range, kind: segment.kind, in_references: self.references.is_some() });
    }
}

/// Finds the prose of a plain-text document from `start` on, writing it into `buf`.
fn scan_text(source: &str, start: usize, buf: &mut [u8]) -> Vec<Block> {
    let Some(text) = source.get(start..) else {
        return Vec::new();
    };
    let mut blocks = Vec::new();
    let mut open: Option<(BlockKind, Range<usize>)> = None;
    let mut in_references = false;

    for (offset, line) in split_lines(text) {
        let line_start = start + offset;
        let rest = line.trim_start();
        let content = rest.trim_end();
        if content.is_empty() {
            // Blank lines, including lines of pure indentation, end a paragraph and stay masked.
            push_block(&mut blocks, open.take(), in_references);
            continue;
        }
        let content_start = line_start + (line.len() - rest.len());
        let content_end = content_start + content.len();

        if let Some(marker) = list_marker_len(content) {
            push_block(&mut blocks, open.take(), in_references);
            let item = content_start + marker..content_end;
            keep(buf, source, item.clone());
            open = Some((BlockKind::ListItem, item));
            continue;
        }

        // A first line is the note's title ("Notes"), not a section of citations at its end.
        if (open.is_some() || !blocks.is_empty()) && is_reference_heading(content) {
            // The heading line is a block of its own so that the citations after it, even
            // without a blank line in between, are flagged and the heading is not.
            push_block(&mut blocks, open.take(), in_references);
            keep(buf, source, content_start..content_end);
            let heading = (BlockKind::Paragraph, content_start..content_end);
            push_block(&mut blocks, Some(heading), in_references);
            in_references = true;
            continue;
        }

        keep(buf, source, content_start..content_end);
        match &mut open {
            Some((_, range)) => range.end = content_end,
            None => open = Some((BlockKind::Paragraph, content_start..content_end)),
        }
    }
    push_block(&mut blocks, open, in_references);
    blocks
}

/// Records a finished plain-text block.
fn push_block(blocks: &mut Vec<Block>, open: Option<(BlockKind, Range<usize>)>, refs: bool) {
    let Some((kind, range)) = open else {
        return;
    };
    blocks.push(Block { range, kind, in_references: refs });
}

/// Returns the length of a list marker at the start of a trimmed line, if there is one.
///
/// Bullets are `•`, `-`, `*`, `·` and `–`; ordered markers are up to three digits or one
/// lower-case letter followed by `.` or `)`. Every marker must be followed by whitespace. The
/// limits keep a wrapped line that begins with a year ("1999. It…") or an initial ("J. Smith")
/// from being taken for a list item.
fn list_marker_len(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    if matches!(first, '•' | '-' | '*' | '·' | '–') {
        let len = first.len_utf8();
        return followed_by_space(line, len).then_some(len);
    }
    ordered_marker_len(line, true).filter(|&len| followed_by_space(line, len))
}

/// The length of an ordered marker that opens `text`, whatever follows it: up to three digits, or
/// one lower-case letter if `letters`, and a `.` or `)`.
fn ordered_marker_len(text: &str, letters: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut len = bytes.iter().take(3).take_while(|b| b.is_ascii_digit()).count();
    if len == 0 {
        if !(letters && bytes.first().is_some_and(u8::is_ascii_lowercase)) {
            return None;
        }
        len = 1;
    }
    matches!(bytes.get(len), Some(b'.' | b')')).then_some(len + 1)
}

/// The length of an ordered list marker of digits ("2.", "3)") that opens the text at `range` in
/// emphasis at the start of its line: "**2. It grows in summer.**", "*3)* It moves".
fn emphasised_marker(source: &str, range: &Range<usize>) -> Option<usize> {
    // Only emphasis marks and indentation stand between the line's start and the text.
    let bytes = source.as_bytes();
    let lead = bytes[..range.start].iter().rev().take_while(|b| matches!(b, b'*' | b'_' | b' ' | b'\t')).count();
    let line_start = range.start - lead;
    let at_line_start = line_start == 0 || bytes[line_start - 1] == b'\n';
    let marks = bytes[line_start..range.start].iter().any(|b| matches!(b, b'*' | b'_'));
    let opens = bytes[range.start.saturating_sub(1)..range.start].iter().all(|b| matches!(b, b'*' | b'_'));
    if !(at_line_start && marks && opens) {
        return None;
    }
    ordered_marker(&source[range.clone()])
}

/// The length of an ordered list marker of digits and a point or a bracket that opens `text`,
/// followed by a space or nothing: "2. Year of birth", "3)".
fn ordered_marker(text: &str) -> Option<usize> {
    ordered_marker_len(text, false).filter(|&len| len == text.len() || followed_by_space(text, len))
}

/// Says whether the character at byte `at` of `line` is whitespace.
fn followed_by_space(line: &str, at: usize) -> bool {
    line.get(at..).and_then(|rest| rest.chars().next()).is_some_and(char::is_whitespace)
}

/// Masks addresses and carriage returns, turns the buffer into the masked string, and tidies
/// the block list.
fn finish(source: &str, mut buf: Vec<u8>, blocks: Vec<Block>, meta: Metadata, comments: Vec<Range<usize>>) -> Prose {
    let mut from = 0;
    while let Some(offset) = memchr::memchr(b'\r', &buf[from..]) {
        buf[from + offset] = b' ';
        from += offset + 1;
    }

    // Addresses are found in the masked text rather than per text event, because the parser
    // splits a URL into several text events at characters such as `_` and `&`.
    let mut addresses = Vec::new();
    match std::str::from_utf8(&buf) {
        Ok(text) => find_addresses(text, &mut addresses),
        Err(_) => sanitize(&mut buf),
    }
    for address in addresses {
        blank(&mut buf, source, address);
    }

    let blocks = settle_blocks(&buf, blocks);
    let masked = match String::from_utf8(buf) {
        Ok(masked) => masked,
        Err(error) => {
            let mut bytes = error.into_bytes();
            sanitize(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    let mut blocks = split_labelled_lines(&masked, blocks);
    // A bibliography entry outside any references section ("Lord, Walter. *A Night to Remember*.
    // 1955.") is still a reference, not prose: its dates and numbers are no claims.
    for block in &mut blocks {
        if matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
            && looks_like_reference_entry(&masked[block.range.clone()])
        {
            block.in_references = true;
        }
    }
    Prose { masked, blocks, meta, comments }
}

/// Splits each paragraph whose lines all open with a label and a colon into one list item per
/// line: "Date of first flight: 17 December 1903\nWingspan: 12.3 m\nEngine: 12 hp" is a list of
/// facts written without bullets, and each line is a sentence of its own.
fn split_labelled_lines(masked: &str, blocks: Vec<Block>) -> Vec<Block> {
    let labelled = |block: &Block| {
        let text = &masked[block.range.clone()];
        block.kind == BlockKind::Paragraph && text.contains('\n') && text.split('\n').all(is_labelled_line)
    };
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        if !labelled(&block) {
            out.push(block);
            continue;
        }
        let mut start = block.range.start;
        for line in masked[block.range.clone()].split('\n') {
            let lead = line.len() - line.trim_start().len();
            let range = start + lead..start + line.trim_end().len();
            out.push(Block { range, kind: BlockKind::ListItem, in_references: block.in_references });
            start += line.len() + 1;
        }
    }
    out
}

/// The most words of a line's label: "Date of first flight:", "Ships sunk to block the canal:".
const MAX_LABEL_WORDS: usize = 8;

/// Whether a line opens with a label of a few words, bold or not, and a colon that ends it or is
/// followed by a space ("Deaths: 36", "**Facts:**"), but not with a time ("10:02 a.m.") or a sentence ("Then, at
/// last: peace").
fn is_labelled_line(line: &str) -> bool {
    let emphasis = ['*', '_'];
    let line = line.trim().trim_start_matches(emphasis);
    let Some(colon) = line.find(':') else {
        return false;
    };
    let (label, rest) = (line[..colon].trim_end_matches(emphasis), line[colon + 1..].trim_start_matches(emphasis));
    let words = label.split_whitespace().count();
    (rest.is_empty() || rest.starts_with(char::is_whitespace))
        && (1..=MAX_LABEL_WORDS).contains(&words)
        && label.chars().next().is_some_and(char::is_alphanumeric)
        && label.chars().any(char::is_alphabetic)
        && label.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\t' | '-' | '\'' | '’' | '(' | ')' | '/'))
}

/// True for a paragraph shaped like a bibliography entry: it opens with "Surname, Given." (given
/// names or initials, then a full stop or an opening parenthesis) and goes on to a quoted title or a
/// four-digit year, in at most a few hundred characters.
fn looks_like_reference_entry(text: &str) -> bool {
    // The surname opens the entry with a capital, which most paragraphs do too, but not all.
    if text.len() > 400 || !text.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let Some(comma) = memchr::memchr_iter(b',', text.as_bytes()).find(|&k| text.as_bytes().get(k + 1) == Some(&b' '))
    else {
        return false;
    };
    let (surname, rest) = (&text[..comma], &text[comma + 2..]);
    let is_name = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    if !is_name(surname) {
        return false;
    }
    // Given names: one to three capitalised words or initials, the last ending the name part.
    let mut words = rest.split(' ');
    let mut closed = false;
    for _ in 0..3 {
        let Some(word) = words.next() else { return false };
        let (name, end) = match word.strip_suffix('.') {
            Some(stem) => (stem, true),
            None => (word, false),
        };
        if !is_name(name) {
            return false;
        }
        if end || words.clone().next().is_some_and(|next| next.starts_with('(')) {
            closed = true;
            break;
        }
    }
    if !closed {
        return false;
    }
    let has_year = text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    has_year || text.contains(['“', '"'])
}

/// Replaces every non-ASCII byte with a space.
///
/// This is only a safety net that keeps the output valid UTF-8 with unchanged offsets; the
/// masking itself always replaces whole characters, so it is not expected to run.
fn sanitize(buf: &mut [u8]) {
    for byte in buf {
        if !byte.is_ascii() {
            *byte = b' ';
        }
    }
}

/// Sorts blocks, trims masked space from their ends, drops the empty ones and clips any
/// overlap, so that every block runs from a prose byte to a prose byte.
fn settle_blocks(buf: &[u8], mut blocks: Vec<Block>) -> Vec<Block> {
    blocks.sort_by_key(|block| block.range.start);
    let mut settled: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut floor = 0;
    for mut block in blocks {
        let mut start = block.range.start.max(floor);
        let mut end = block.range.end.min(buf.len());
        while start < end && buf[start].is_ascii_whitespace() {
            start += 1;
        }
        while end > start && buf[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        if start >= end {
            continue;
        }
        block.range = start..end;
        floor = end;
        settled.push(block);
    }
    settled
}

/// Collects the byte ranges of bare URLs and e-mail addresses in `text`.
///
/// An address needs a scheme's `:`, the `.` of `www.` or an `@`, so only the whitespace-delimited
/// words that hold one of those bytes are examined; each word is examined once, so the work stays
/// linear however long the words are.
fn find_addresses(text: &str, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    // Everything before `done` belongs to words already examined.
    let mut done = 0;
    for at in memchr::memchr3_iter(b':', b'.', b'@', bytes) {
        if at < done || !may_hold_address(bytes, at) {
            continue;
        }
        let start = word_start(text, done, at);
        let end = word_end(text, at);
        find_in_word(bytes, start..end, out);
        done = end;
    }
}

/// Whether the `:`, `.` or `@` at byte `at` can belong to an address: the `:` of `://`, the `.` of
/// `www.` or any `@`. Most are a sentence's full stop or a colon before a list, whose words need no
/// look.
fn may_hold_address(bytes: &[u8], at: usize) -> bool {
    match bytes[at] {
        b':' => bytes[at + 1..].starts_with(b"//"),
        b'.' => at >= 3 && bytes[at - 3..at].eq_ignore_ascii_case(b"www"),
        _ => true,
    }
}

/// Where the run of characters that are not white space and that ends at byte `at` of `text` begins,
/// looking no further back than `floor`.
fn word_start(text: &str, floor: usize, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = at;
    while start > floor {
        let byte = bytes[start - 1];
        // ASCII is decided by its byte; other characters are decoded.
        let (white, len) = if byte.is_ascii() {
            (is_ascii_space(byte), 1)
        } else {
            match text[floor..start].chars().next_back() {
                Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                None => break,
            }
        };
        if white {
            break;
        }
        start -= len;
    }
    start
}

/// Where the run of characters that are not white space and that starts at byte `at` of `text` ends.
fn word_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while end < bytes.len() {
        let byte = bytes[end];
        let (white, len) = if byte.is_ascii() {
            (is_ascii_space(byte), 1)
        } else {
            match text[end..].chars().next() {
                Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                None => break,
            }
        };
        if white {
            break;
        }
        end += len;
    }
    end
}

/// The byte range of the line of `text` holding `span`, without its line break.
pub fn line_around(text: &str, span: Range<usize>) -> Range<usize> {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..].find(['\n', '\r']).map_or(text.len(), |i| span.end + i);
    start..end
}

/// True for the ASCII characters that [`char::is_whitespace`] accepts.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// Collects the URL and e-mail addresses inside one whitespace-delimited word.
fn find_in_word(bytes: &[u8], word: Range<usize>, out: &mut Vec<Range<usize>>) {
    for at in word.clone() {
        // Every prefix begins with an `h` or a `w`.
        if !matches!(bytes[at], b'h' | b'H' | b'w' | b'W') {
            continue;
        }
        let boundary = at == word.start || !bytes[at - 1].is_ascii_alphanumeric();
        if !boundary {
            continue;
        }
        let Some(prefix) = url_prefix_len(&bytes[at..word.end]) else {
            continue;
        };
        let mut end = word.end;
        while end > at && is_trailing_punctuation(bytes[end - 1]) {
            end -= 1;
        }
        if end > at + prefix {
            out.push(at..end);
        }
        // Everything after the scheme up to the next whitespace is the URL, so the rest of the
        // word needs no further look.
        break;
    }
    find_emails(bytes, word, out);
}

/// Says whether a byte is punctuation that ends a sentence or closes a bracket or quote
/// around a URL, rather than being part of the URL.
fn is_trailing_punctuation(byte: u8) -> bool {
    matches!(byte, b'.' | b',' | b';' | b':' | b')' | b']' | b'"' | b'\'' | b'>' | b'!' | b'?')
}

/// Returns the length of the URL prefix (`http://`, `https://` or `www.`) at the start of
/// `bytes`, compared without regard to case.
fn url_prefix_len(bytes: &[u8]) -> Option<usize> {
    for prefix in [&b"http://"[..], b"https://", b"www."] {
        let Some(head) = bytes.get(..prefix.len()) else {
            continue;
        };
        if head.eq_ignore_ascii_case(prefix) {
            return Some(prefix.len());
        }
    }
    None
}

/// Collects e-mail addresses inside one word.
///
/// Each `@` is examined once, and the scans to either side stop at the next `@`, so the work
/// stays linear in the length of the word.
fn find_emails(bytes: &[u8], word: Range<usize>, out: &mut Vec<Range<usize>>) {
    let is_local = |byte: u8| byte.is_ascii_alphanumeric() || b"._%+-".contains(&byte);
    let is_domain = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'.' || byte == b'-';
    let mut at = word.start;
    while at < word.end {
        // Words are short, too short for memchr to pay.
        let Some(offset) = bytes[at..word.end].iter().position(|&byte| byte == b'@') else { break };
        at += offset;
        let mut start = at;
        while start > word.start && is_local(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < word.end && is_domain(bytes[end]) {
            end += 1;
        }
        let next = end;
        while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let domain = &bytes[at + 1..end];
        let dotted = domain.iter().rposition(|&byte| byte == b'.').is_some_and(|dot| dot > 0 && dot + 1 < domain.len());
        if start < at && dotted {
            out.push(start..end);
        }
        at = next.max(at + 1);
    }
}

#[cfg(test)]
mod reference_entry_tests {
    use super::looks_like_reference_entry;

    #[test]
    fn bibliography_entries_are_recognised() {
        assert!(looks_like_reference_entry("Siegelbaum, Lewis. “The Secret Speech.” Online Notes, 28 Dec. 2015,"));
        assert!(looks_like_reference_entry("Lord, Walter.   A Night to Remember  . New York: Henry Holt, 1955."));
        assert!(looks_like_reference_entry("Hartmann, K. (2009). Die Toten an der Mauer."));
    }

    #[test]
    fn dont_flag_prose_that_opens_with_a_name_and_a_comma() {
        assert!(!looks_like_reference_entry("Finally, Khrushchev spoke for four hours in 1956."));
        assert!(!looks_like_reference_entry("Moscow, February 1956. The congress met."));
        assert!(!looks_like_reference_entry("In 1956, Khrushchev spoke."));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scans `source` and checks the invariants every result must hold.
    fn checked(source: &str, format: Format) -> Prose {
        let prose = scan(source, format);
        assert_eq!(prose.masked.len(), source.len());
        let masked = prose.masked.as_bytes();
        for (index, (&original, &kept)) in source.as_bytes().iter().zip(masked).enumerate() {
            if original == b'\n' {
                assert_eq!(kept, b'\n', "newline lost at {index}");
            } else {
                assert!(kept == original || kept == b' ', "byte {index} was altered");
            }
        }
        let mut floor = 0;
        for block in &prose.blocks {
            assert!(block.range.start >= floor, "blocks overlap or are out of order");
            assert!(block.range.start < block.range.end, "empty block");
            assert!(prose.masked.get(block.range.clone()).is_some());
            floor = block.range.end;
        }
        prose
    }

    /// Returns the masked text of a Markdown document.
    fn md(source: &str) -> String {
        checked(source, Format::Markdown).masked
    }

    /// Returns the masked text of a plain-text document.
    fn txt(source: &str) -> String {
        checked(source, Format::Text).masked
    }

    /// Returns each block's masked text and kind.
    fn blocks(source: &str, format: Format) -> Vec<(String, BlockKind)> {
        let prose = checked(source, format);
        prose.blocks.iter().map(|block| (prose.masked[block.range.clone()].to_string(), block.kind)).collect()
    }

    /// Returns each block's masked text and whether it is flagged as references.
    fn references(source: &str, format: Format) -> Vec<(String, bool)> {
        let prose = checked(source, format);
        prose
            .blocks
            .iter()
            .map(|block| {
                let text = prose.masked[block.range.clone()].to_string();
                (text, block.in_references)
            })
            .collect()
    }

    #[test]
    fn format_follows_the_extension() {
        assert_eq!(Format::from_path("notes/trip.md"), Format::Markdown);
        assert_eq!(Format::from_path("A.MARKDOWN"), Format::Markdown);
        assert_eq!(Format::from_path("x.mdown"), Format::Markdown);
        assert_eq!(Format::from_path("x.Mkd"), Format::Markdown);
        assert_eq!(Format::from_path("x.txt"), Format::Text);
        assert_eq!(Format::from_path("README"), Format::Text);
        assert_eq!(Format::from_path(""), Format::Text);
    }

    #[test]
    fn fenced_code_is_masked() {
        let source = "Before 3 May.\n\n```rust\nlet n = 42;\n```\n\nAfter.\n";
        let masked = md(source);
        assert!(!masked.contains("42"));
        assert!(!masked.contains("```"));
        assert!(masked.contains("Before 3 May."));
        assert!(masked.contains("After."));
        assert_eq!(blocks(source, Format::Markdown).len(), 2);
    }

    #[test]
    fn unterminated_fence_masks_to_the_end() {
        let masked = md("Intro.\n\n~~~\ncode 7\nmore 8\n");
        assert!(masked.contains("Intro."));
        assert!(!masked.contains('7'));
        assert!(!masked.contains('8'));
    }

    #[test]
    fn indented_code_is_masked() {
        let masked = md("A paragraph.\n\n    total = 99\n\nDone.\n");
        assert!(!masked.contains("99"));
        assert!(masked.contains("A paragraph."));
        assert!(masked.contains("Done."));
    }

    #[test]
    fn inline_code_is_masked() {
        let source = "Run `make 12` before noon.";
        assert_eq!(md(source), "Run           before noon.");
    }

    #[test]
    fn link_text_is_kept_and_destination_masked() {
        let source = "See [the 1990 report](https://example.org/r \"Report\") now.";
        let masked = md(source);
        assert!(masked.starts_with("See  the 1990 report"));
        assert!(!masked.contains("example"));
        assert!(!masked.contains("Report"));
        assert!(masked.ends_with(" now."));
    }

    #[test]
    fn images_keep_only_their_alt_text() {
        let masked = md("![a map of 1850](img/map.png \"Map\")");
        assert!(masked.contains("a map of 1850"));
        assert!(!masked.contains("png"));
    }

    #[test]
    fn autolinks_are_masked() {
        let masked = md("Mail <someone@example.org> or visit <https://example.org/a>.");
        assert!(!masked.contains("example"));
        assert!(masked.contains("Mail"));
        assert!(masked.contains("visit"));
    }

    #[test]
    fn bare_urls_and_emails_are_masked() {
        let source = "Read https://example.com/a_b?x=1, then www.test.org. Ask ann.lee@mail.example.net.";
        for masked in [md(source), txt(source)] {
            assert!(!masked.contains("example"), "{masked}");
            assert!(!masked.contains("test.org"), "{masked}");
            assert!(!masked.contains('@'), "{masked}");
            assert!(masked.contains("Read "));
            assert!(masked.contains(", then "));
            assert!(masked.contains(". Ask "));
            assert!(masked.ends_with('.'));
        }
    }

    #[test]
    fn url_lookalikes_are_prose() {
        let source = "The awww.cat site, 3@4 and user@host are fine.";
        assert_eq!(txt(source), source);
    }

    #[test]
    fn ordered_list_marker_is_masked() {
        let source = "1. it left on the 10th\n2. it came back\n";
        let masked = md(source);
        assert_eq!(masked, "   it left on the 10th\n   it came back\n");
        let found = blocks(source, Format::Markdown);
        assert_eq!(
            found,
            vec![
                ("it left on the 10th".to_string(), BlockKind::ListItem),
                ("it came back".to_string(), BlockKind::ListItem),
            ]
        );
    }

    #[test]
    fn bullets_and_nested_lists_are_separate_items() {
        let source = "- one\n  - two\n* three\n";
        let found = blocks(source, Format::Markdown);
        let texts: Vec<&str> = found.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(texts, ["one", "two", "three"]);
        assert!(found.iter().all(|(_, kind)| *kind == BlockKind::ListItem));
        assert!(!md(source).contains(['-', '*']));
    }

    #[test]
    fn lines_that_each_open_with_a_label_are_list_items() {
        let facts = "Date of first flight: 17 December 1903\nPlace: Kill Devil Hills\n**Engine:** 12 hp\nWitnesses:\n\
                     Ships sunk to block the canal: about 50\n";
        for format in [Format::Markdown, Format::Text] {
            let found = blocks(facts, format);
            // The words of each block, without the bold marks plain text keeps.
            let words = |text: &str| text.replace('*', " ").split_whitespace().collect::<Vec<_>>().join(" ");
            let texts: Vec<String> = found.iter().map(|(text, _)| words(text)).collect();
            assert_eq!(
                texts,
                [
                    "Date of first flight: 17 December 1903",
                    "Place: Kill Devil Hills",
                    "Engine: 12 hp",
                    "Witnesses:",
                    "Ships sunk to block the canal: about 50"
                ],
                "{format:?}"
            );
            assert!(found.iter().all(|(_, kind)| *kind == BlockKind::ListItem), "{found:?}");
        }
        // Wrapped prose with a colon or a time on some lines, and one labelled line, stay paragraphs.
        for prose in [
            "One blast came at 5:30\nand the last at 10:02, heard 4,800 km away.\n",
            "Two figures stand out: the toll of 36,417\nand the 80 km column of ash.\n",
            "Deaths: 36,417\n",
            "Note: the toll was 36,417.\nThen: silence, for days: 30 of them.\nIt was heard, at last, in 1883.\n",
        ] {
            assert!(blocks(prose, Format::Markdown).iter().all(|(_, kind)| *kind == BlockKind::Paragraph), "{prose}");
        }
    }

    #[test]
    fn loose_list_paragraphs_are_list_items() {
        let source = "- first part\n\n  second part\n\n- next\n";
        let found = blocks(source, Format::Markdown);
        assert_eq!(found.len(), 3);
        assert!(found.iter().all(|(_, kind)| *kind == BlockKind::ListItem));
        assert_eq!(found[1].0, "second part");
    }

    #[test]
    fn table_cells_are_separate_blocks() {
        let source = "| Day | Time |\n|-----|:----:|\n| 14 April | 23:40 |\n";
        let masked = md(source);
        assert!(!masked.contains('|'));
        assert!(!masked.contains('-'));
        assert!(!masked.contains(":-"));
        let found = blocks(source, Format::Markdown);
        let texts: Vec<&str> = found.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(texts, ["Day", "Time", "14 April", "23:40"]);
        assert!(found.iter().all(|(_, kind)| *kind == BlockKind::TableCell));
    }

    #[test]
    fn headings_carry_their_levels() {
        let source = "# Top\n\nText.\n\n### Third level ###\n\nSub\n---\n";
        let found = blocks(source, Format::Markdown);
        assert_eq!(
            found,
            vec![
                ("Top".to_string(), BlockKind::Heading(1)),
                ("Text.".to_string(), BlockKind::Paragraph),
                ("Third level".to_string(), BlockKind::Heading(3)),
                ("Sub".to_string(), BlockKind::Heading(2)),
            ]
        );
        assert!(!md(source).contains('#'));
    }

    #[test]
    fn emphasis_and_quote_markers_are_masked() {
        let source = "> It was **very** _late_ on ~~Monday~~ Tuesday.\n> Still 5 pm.\n";
        let masked = md(source);
        assert!(!masked.contains(['>', '*', '_', '~']));
        assert!(masked.contains("very"));
        assert!(masked.contains("Tuesday."));
        let found = blocks(source, Format::Markdown);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, BlockKind::Paragraph);
        assert!(found[0].0.ends_with("Still 5 pm."));
    }

    #[test]
    fn a_number_heading_a_paragraph_in_emphasis_is_a_marker() {
        let source =
            "**2. It grows in summer.** By 15 cm.\n\n*3)* It sways.\n\n**1956.** A year.\n\n**12 ships** sailed.\n";
        let masked = md(source);
        assert!(!masked.contains("2.") && !masked.contains("3)"), "{masked}");
        assert!(masked.contains("It grows in summer.") && masked.contains("By 15 cm."), "{masked}");
        assert!(masked.contains("1956.") && masked.contains("12 ships"), "{masked}");
        // A table's numbered questions too, but not a figure in a cell.
        let masked = md("| Question | Answer |\n|---|---|\n| 2. Year of birth | 1809 |\n| 3. Height | 1.93 m |\n");
        assert!(!masked.contains("2.") && !masked.contains("3."), "{masked}");
        assert!(masked.contains("1809") && masked.contains("1.93 m"), "{masked}");
    }

    #[test]
    fn footnote_labels_are_masked_but_definitions_are_prose() {
        let source = "A claim.[^n]\n\n[^n]: Counted on 2 June.\n";
        let masked = md(source);
        assert!(!masked.contains("[^n]"));
        assert!(masked.contains("Counted on 2 June."));
        let found = blocks(source, Format::Markdown);
        assert_eq!(found[1], ("Counted on 2 June.".to_string(), BlockKind::Paragraph));
    }

    #[test]
    fn escapes_and_entities_keep_source_offsets() {
        let source = "AT&amp;T paid \\$5 &copy; 2001.";
        let masked = md(source);
        assert_eq!(&masked[..8], "AT&amp;T");
        assert!(masked.contains("$5 &copy; 2001."));
        assert!(!masked.contains('\\'));
        assert_eq!(blocks(source, Format::Markdown).len(), 1);
    }

    #[test]
    fn yaml_front_matter_is_read_and_masked() {
        let source = "---\ntitle: \"Trip log\"\nauthor: 'R. Quill'\ndate: 2021-03-04\ntags:\n  - x\n---\nBody text.\n";
        let prose = checked(source, Format::Markdown);
        assert_eq!(prose.meta.title.as_deref(), Some("Trip log"));
        assert_eq!(prose.meta.author.as_deref(), Some("R. Quill"));
        assert_eq!(prose.meta.date.as_deref(), Some("2021-03-04"));
        assert_eq!(prose.masked.trim(), "Body text.");
        assert_eq!(prose.blocks.len(), 1);
    }

    #[test]
    fn toml_front_matter_is_read_and_masked() {
        let source = "+++\ntitle = \"Harbour\"\ndate = 1999-12-31\n[extra]\nauthor = \"nobody\"\n+++\n\n# Harbour\n";
        let prose = checked(source, Format::Markdown);
        assert_eq!(prose.meta.title.as_deref(), Some("Harbour"));
        assert_eq!(prose.meta.date.as_deref(), Some("1999-12-31"));
        assert_eq!(prose.meta.author, None);
        assert_eq!(prose.masked.trim(), "Harbour");
    }

    #[test]
    fn unterminated_front_matter_is_ordinary_markdown() {
        let source = "---\ntitle: Draft\n\nStill writing.\n";
        let prose = checked(source, Format::Markdown);
        assert_eq!(prose.meta, Metadata::default());
        assert!(prose.masked.contains("Still writing."));
    }

    #[test]
    fn dashes_mid_document_are_not_front_matter() {
        let source = "Intro.\n\n---\nMiddle on 3 May.\n\n---\n\nEnd.\n";
        let prose = checked(source, Format::Markdown);
        assert!(prose.masked.contains("Middle on 3 May."));
        assert_eq!(prose.meta, Metadata::default());
    }

    #[test]
    fn front_matter_is_ignored_in_plain_text() {
        let prose = checked("---\ntitle: x\n---\nhello\n", Format::Text);
        assert_eq!(prose.meta, Metadata::default());
    }

    #[test]
    fn markdown_references_section_is_flagged() {
        let source = "# Paper\n\nFound 12 birds.\n\n## References:\n\nSmith 2001.\n\n### Older\n\nJones 1980.\n\n## Appendix\n\nSeen 4 times.\n";
        let found = references(source, Format::Markdown);
        let expected = [
            ("Paper", false),
            ("Found 12 birds.", false),
            ("References:", false),
            ("Smith 2001.", true),
            ("Older", true),
            ("Jones 1980.", true),
            ("Appendix", false),
            ("Seen 4 times.", false),
        ];
        let expected: Vec<(String, bool)> = expected.iter().map(|(text, flag)| (text.to_string(), *flag)).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn text_references_section_is_flagged() {
        let source = "We counted 30 boats.\n\nWorks Cited\nDoe, J. 2010.\n\n- Roe 2012\n";
        let found = references(source, Format::Text);
        let expected =
            [("We counted 30 boats.", false), ("Works Cited", false), ("Doe, J. 2010.", true), ("Roe 2012", true)];
        let expected: Vec<(String, bool)> = expected.iter().map(|(text, flag)| (text.to_string(), *flag)).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_title_that_reads_like_a_references_heading_opens_no_references_section() {
        // A note titled "Notes" is prose; a "Sources" section under it still holds citations.
        let source = "# Notes\n\nThe speech lasted four hours.\n\n## Sources\n\nFreeze 1997.\n";
        let found = references(source, Format::Markdown);
        let expected =
            [("Notes", false), ("The speech lasted four hours.", false), ("Sources", false), ("Freeze 1997.", true)];
        let expected: Vec<(String, bool)> = expected.iter().map(|(text, flag)| (text.to_string(), *flag)).collect();
        assert_eq!(found, expected);
        let found = references("Notes\nThe speech lasted four hours.\n", Format::Text);
        assert_eq!(found, [("Notes\nThe speech lasted four hours.".to_string(), false)]);
    }

    #[test]
    fn html_comments_are_recorded_and_masked() {
        let source = "<!-- concord: ignore\nnext -->\n\nKept 9 <!-- inline 7 --> words.\n";
        let prose = checked(source, Format::Markdown);
        let comments: Vec<&str> = prose.comments.iter().map(|range| &source[range.clone()]).collect();
        assert_eq!(comments, ["<!-- concord: ignore\nnext -->", "<!-- inline 7 -->"]);
        assert!(!prose.masked.contains("concord"));
        assert!(!prose.masked.contains('7'));
        assert!(prose.masked.contains("Kept 9"));
        assert!(prose.masked.contains("words."));
    }

    #[test]
    fn html_is_masked() {
        let masked = md("<div>\n12 apples\n</div>\n\nText <b>bold</b> 5.\n");
        assert!(!masked.contains("12 apples"));
        assert!(!masked.contains('<'));
        assert!(masked.contains("bold"));
    }

    #[test]
    fn plain_text_comments_are_recorded_and_masked() {
        let source = "Line one. <!-- quiet -->\n";
        let prose = checked(source, Format::Text);
        assert_eq!(prose.comments, vec![10..24]);
        assert_eq!(prose.masked.trim_end(), "Line one.");
    }

    #[test]
    fn plain_text_bullets_become_list_items() {
        let source = "Intro line\ncontinues here.\n  • first item\n    wraps on\n  - second\n3) third\nb. fourth\n";
        let found = blocks(source, Format::Text);
        assert_eq!(
            found,
            vec![
                ("Intro line\ncontinues here.".to_string(), BlockKind::Paragraph),
                ("first item\n    wraps on".to_string(), BlockKind::ListItem),
                ("second".to_string(), BlockKind::ListItem),
                ("third".to_string(), BlockKind::ListItem),
                ("fourth".to_string(), BlockKind::ListItem),
            ]
        );
        let masked = txt(source);
        assert!(!masked.contains(['•', '-', ')']));
    }

    #[test]
    fn plain_text_years_and_initials_are_not_markers() {
        let source = "It rained in\n1999. Then\nJ. Smith left.\n";
        let found = blocks(source, Format::Text);
        assert_eq!(found.len(), 1);
        assert_eq!(txt(source), source);
    }

    #[test]
    fn plain_text_paragraphs_split_on_blank_lines() {
        let source = "First 1.\n   \t\nSecond 2.\n\n\nThird 3.";
        let found = blocks(source, Format::Text);
        let texts: Vec<&str> = found.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(texts, ["First 1.", "Second 2.", "Third 3."]);
        assert_eq!(txt(source), "First 1.\n    \nSecond 2.\n\n\nThird 3.");
    }

    #[test]
    fn multibyte_characters_are_masked_whole() {
        let source = "Don’t – `code’s – \u{a0}x` and [it’s](https://e.org/–) \u{a0}–\n\n```\n’’\u{a0}\n```\n";
        let prose = checked(source, Format::Markdown);
        assert!(prose.masked.contains("Don’t –"));
        assert!(prose.masked.contains("it’s"));
        assert!(!prose.masked.contains("code"));
        let text_source = "  • it’s 5\u{a0}km – www.e.org/’x\n\u{a0}\u{a0}\n";
        let prose = checked(text_source, Format::Text);
        assert!(prose.masked.contains("it’s 5\u{a0}km –"));
        assert!(!prose.masked.contains("e.org"));
    }

    #[test]
    fn crlf_input_keeps_offsets() {
        let source = "# Title\r\n\r\nLine one\r\nline two\r\n\r\n- item\r\n";
        let prose = checked(source, Format::Markdown);
        assert!(!prose.masked.contains('\r'));
        let found = blocks(source, Format::Markdown);
        assert_eq!(
            found,
            vec![
                ("Title".to_string(), BlockKind::Heading(1)),
                ("Line one \nline two".to_string(), BlockKind::Paragraph),
                ("item".to_string(), BlockKind::ListItem),
            ]
        );
        let text = blocks("One\r\ntwo\r\n\r\n• three\r\n", Format::Text);
        assert_eq!(
            text,
            vec![("One \ntwo".to_string(), BlockKind::Paragraph), ("three".to_string(), BlockKind::ListItem),]
        );
    }

    #[test]
    fn crlf_front_matter_is_read() {
        let prose = checked("---\r\ntitle: X\r\n---\r\nBody\r\n", Format::Markdown);
        assert_eq!(prose.meta.title.as_deref(), Some("X"));
        assert_eq!(prose.masked.trim(), "Body");
    }

    #[test]
    fn byte_order_mark_is_masked() {
        let source = "\u{feff}---\ntitle: T\n---\nHi\n";
        let prose = checked(source, Format::Markdown);
        assert_eq!(prose.meta.title.as_deref(), Some("T"));
        assert_eq!(prose.masked.trim(), "Hi");
        let prose = checked("\u{feff}- item\n", Format::Text);
        assert_eq!(prose.masked.trim(), "item");
    }

    #[test]
    fn empty_and_blank_inputs() {
        for format in [Format::Markdown, Format::Text] {
            for source in ["", " ", "\n", "\r\n\r\n", " \t \n  \n"] {
                let prose = checked(source, format);
                assert!(prose.blocks.is_empty());
                assert!(prose.masked.trim().is_empty());
            }
        }
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let mut nested_lists = String::new();
        let mut nested_quotes = String::new();
        for depth in 0..500 {
            nested_lists.push_str(&"  ".repeat(depth));
            nested_lists.push_str("- level\n");
            nested_quotes.push('>');
        }
        nested_quotes.push_str(" deep 1\n");
        let samples = [
            nested_lists,
            nested_quotes,
            "---".to_string(),
            "+++\n".to_string(),
            "---\n---\n".to_string(),
            "<!--".to_string(),
            "<!-->".to_string(),
            "a@".to_string(),
            "@b.c".to_string(),
            "http://".to_string(),
            "|".to_string(),
            "[^".to_string(),
            "\u{feff}".to_string(),
            "• ".to_string(),
            "1.".to_string(),
        ];
        for source in &samples {
            for format in [Format::Markdown, Format::Text] {
                checked(source, format);
            }
        }
    }

    #[test]
    fn long_single_line_is_handled() {
        let mut source = "word 12 ".repeat(250_000);
        source.push_str("https://");
        source.push_str(&"x".repeat(500_000));
        source.push_str(&"a@b.".repeat(100_000));
        for format in [Format::Markdown, Format::Text] {
            let prose = checked(&source, format);
            assert_eq!(prose.blocks.len(), 1);
            assert!(prose.masked.starts_with("word 12 word 12"));
        }
    }
}
