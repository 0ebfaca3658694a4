//! Sources: the works a corpus cites, read from its bibliographies and `claims.toml`, and what each
//! in-text citation refers to.
//!
//! [`bibliography`] reads one document's reference list: the blocks of a references-style section,
//! paragraphs shaped like bibliography entries, footnote definitions, and a trailing block that
//! names an author the document cites ("Russia A History, Third Edition. Gregory L Freeze, Pg
//! 269-275."). Each entry gives what it can of author, title, year, edition, pages and address.
//! [`resolve`] then merges the declared sources and every document's entries into one list of
//! [`Source`]s (the same work listed by several documents becomes one source, matched on the
//! author's surname with a little tolerance for spelling, and on year and title when both sides give
//! them) and resolves every in-text citation: an author to the source of that author, a numeric
//! citation or footnote mark to the entry with that label in its own document.
//!
//! Invariants: no I/O, never panics on any text. Matching is near-linear: candidates come from an
//! index keyed by the first letters of a surname (or the first word of a title), never from all
//! pairs of sources. A name alone in parentheses ("(Siegelbaum)") cites only when it resolves to a
//! listed or declared source, so "(Politburo)" stays prose. Output order is deterministic:
//! declared sources first, then sources in the order documents first list or cite them.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::config::DeclaredSource;
use crate::corpus::{BlockKind, Prose};
use crate::extract::Citation;
use crate::id::{ClaimId, DocId, SourceId};

/// A page or an inclusive range of pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pages {
    /// The first page.
    pub first: u32,
    /// The last page (equal to `first` for a single page).
    pub last: u32,
}

impl Pages {
    /// Reads a page or range as written: "417", "269-275", "12–38", and abbreviated ends such as
    /// "270–72" (270 to 272) and "115–16". Anything else, such as roman numerals, gives `None`.
    pub fn parse(text: &str) -> Option<Pages> {
        let text = text.trim();
        let (a, b) = match text.find(|c: char| crate::extract::lex::is_dash(c)) {
            Some(i) => {
                let dash = text[i..].chars().next().map_or(1, char::len_utf8);
                (text[..i].trim(), Some(text[i + dash..].trim()))
            }
            None => (text, None),
        };
        let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(a) {
            return None;
        }
        let first: u32 = a.parse().ok()?;
        let last = match b {
            None => first,
            Some(b) if digits(b) && b.len() < a.len() => format!("{}{b}", &a[..a.len() - b.len()]).parse().ok()?,
            Some(b) if digits(b) => b.parse().ok()?,
            Some(_) => return None,
        };
        (last >= first).then_some(Pages { first, last })
    }

    /// True when every page of `other` lies within these pages.
    pub fn contains(&self, other: &Pages) -> bool {
        self.first <= other.first && other.last <= self.last
    }

    /// How many pages lie strictly between the two ranges: 0 when they overlap or touch.
    pub fn gap(&self, other: &Pages) -> u32 {
        if self.last < other.first {
            other.first - self.last - 1
        } else if other.last < self.first {
            self.first - other.last - 1
        } else {
            0
        }
    }
}

/// One entry of a document's bibliography.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    /// The document.
    pub doc: DocId,
    /// Byte range of the entry in the document's text.
    pub span: Range<usize>,
    /// The label numeric citations use: "1" for `[1] …` or a numbered list, "^1" for a footnote.
    pub label: Option<String>,
    /// The first author's surname, as written.
    pub author: Option<String>,
    /// The title, without emphasis marks or quotation marks.
    pub title: Option<String>,
    /// The year of publication.
    pub year: Option<String>,
    /// The edition ("Third", "2nd").
    pub edition: Option<String>,
    /// The pages, as written: the pages read when the entry has a title ("Pg 269-275"), the page
    /// cited when it is a short reference (`[1] Dubois 2004, p. 141.`).
    pub pages: Option<String>,
    /// A web address given in the entry.
    pub url: Option<String>,
}

impl Entry {
    /// True for an entry that points at a place in a work rather than describing the work: a
    /// short reference ("Dubois 2004, p. 141") or a footnote definition. Its pages are the page
    /// cited, not the pages of the work.
    pub fn is_short(&self) -> bool {
        self.title.is_none() && self.author.is_some() || self.label.as_deref().is_some_and(|l| l.starts_with('^'))
    }
}

/// A work that documents cite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The declared id, or the author's surname (or the title's first word) in lower case, made
    /// unique with the year or a number.
    pub id: String,
    /// How to name it in messages: "Freeze, Russia A History".
    pub label: String,
    /// The author's surname.
    pub author: Option<String>,
    /// The title.
    pub title: Option<String>,
    /// The year of publication.
    pub year: Option<String>,
    /// The edition.
    pub edition: Option<String>,
    /// The pages `claims.toml` declares for it.
    pub pages: Option<String>,
    /// A web address.
    pub url: Option<String>,
    /// True when `claims.toml` declares it.
    pub declared: bool,
    /// Indices into [`Sources::entries`] of the bibliography entries that list it.
    pub entries: Vec<usize>,
}

impl Source {
    /// A short name for messages: the author's surname, else the title, else the id.
    pub fn short(&self) -> &str {
        self.author.as_deref().or(self.title.as_deref()).unwrap_or(&self.id)
    }
}

/// An in-text citation and what it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    /// The document.
    pub doc: DocId,
    /// Index into the document's citations.
    pub index: usize,
    /// The source, or `None` when nothing in the corpus or `claims.toml` lists it.
    pub source: Option<SourceId>,
    /// The page cited: the citation's own, or that of the short reference its label points to.
    pub page: Option<String>,
    /// Index into [`Sources::entries`] of the entry of the citation's own document that lists its
    /// source (the one its label points to, for a numeric citation).
    pub entry: Option<usize>,
    /// The claims the citation supports, in id order (filled in once claims have ids).
    pub claims: Vec<ClaimId>,
}

/// The sources of a corpus and its resolved citations.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// The sources: declared ones first, then in the order the corpus lists or cites them.
    pub sources: Vec<Source>,
    /// Every bibliography entry, by document then position.
    pub entries: Vec<Entry>,
    /// Every in-text citation that cites (bare names that resolve to nothing are left out), by
    /// document then position.
    pub citations: Vec<Cited>,
}

/// Reads the bibliography of one document: its reference section, bibliography-shaped paragraphs,
/// footnote definitions and a trailing block naming an author it cites.
pub fn bibliography(doc: DocId, text: &str, prose: &Prose, citations: &[Citation]) -> Vec<Entry> {
    let mut out = Vec::new();
    let last_citation = citations.iter().filter(|c| !c.bare).map(|c| c.span.end).max();
    let cited: Vec<&str> = citations.iter().filter(|c| !c.numeric && !c.bare).map(|c| c.author.as_str()).collect();
    for block in &prose.blocks {
        if !matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem) {
            continue;
        }
        let after_last_citation = last_citation.is_some_and(|end| block.range.start >= end);
        if !block.in_references && !after_last_citation && !text[..block.range.start].trim_end().ends_with(':') {
            // Neither a reference, nor a trailing block, nor a footnote definition ("[^1]: …").
            continue;
        }
        // The block ends at its last prose byte; an address masked at the end of the line still
        // belongs to the entry.
        let line_end = text[block.range.end..].find('\n').map_or(text.len(), |i| block.range.end + i);
        let range = block.range.start..line_end;
        let Some(body) = text.get(range.clone()) else { continue };
        let line_start = text[..block.range.start].rfind('\n').map_or(0, |i| i + 1);
        let before = &text[line_start..block.range.start];
        let footnote = footnote_label(before);
        if block.in_references || footnote.is_some() {
            let label = footnote.or_else(|| list_label(before));
            for (range, label) in split_entries(body, range.start, label) {
                if let Some(entry) = parse_entry(doc, text, range, label, &cited) {
                    out.push(entry);
                }
            }
            continue;
        }
        // A trailing block after the last citation that names a cited author and gives pages, an
        // edition or an address is the document's bibliography even without a heading.
        let trailing = after_last_citation
            && body.len() <= 300
            && cited.iter().any(|a| contains_word(body, a))
            && reads_like_an_entry(body)
            && (pages_in(body).is_some() || edition_in(body).is_some() || url_in(body).is_some());
        if trailing {
            out.extend(parse_entry(doc, text, range, None, &cited));
        }
    }
    out
}

/// The citations the prose scan hides from extraction: Markdown footnote marks (`[^1]`) whose
/// definition is an entry of the document, and links used as citations, that is links set in
/// parentheses ("([the ministry's figures](https://…))") or pointing at an address the document's
/// bibliography lists. Returned in text order.
pub fn marks(text: &str, prose: &Prose, entries: &[Entry]) -> Vec<Citation> {
    let mut out = Vec::new();
    let labels: HashSet<&str> = entries.iter().filter_map(|e| e.label.as_deref()).collect();
    let urls: HashSet<&str> = entries.iter().filter_map(|e| e.url.as_deref()).collect();
    let in_prose = |offset: usize| {
        // The mark itself is masked; the prose just before it (the cited sentence) is not.
        let before = text[..offset].trim_end();
        let k = prose.blocks.partition_point(|b| b.range.start < before.len());
        k > 0 && prose.blocks[k - 1].range.end >= before.len() && !prose.blocks[k - 1].in_references
    };
    let mut from = 0;
    while let Some(found) = text[from..].find('[') {
        let open = from + found;
        from = open + 1;
        let rest = &text[open..];
        let Some(close) = find_within(rest, ']', 400) else { continue };
        let inner = &rest[1..close];
        let after = &rest[close + 1..];
        if let Some(label) = inner.strip_prefix('^') {
            let defined = labels.contains(format!("^{label}").as_str());
            if defined && !after.starts_with(':') && !inner.contains(char::is_whitespace) && in_prose(open) {
                out.push(mark(open..open + close + 1, format!("[{inner}]"), true, None));
            }
            continue;
        }
        let Some(target) = after.strip_prefix('(') else { continue };
        let Some(end) = find_within(target, ')', 2000) else { continue };
        let url = &target[..end];
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
            continue;
        }
        let span_end = open + close + 1 + 1 + end + 1;
        let parenthesised = text[..open].ends_with('(') && text[span_end..].starts_with(')');
        let listed = urls.contains(url);
        if (parenthesised || listed) && in_prose(open + 1) {
            out.push(mark(open..span_end, url.to_string(), false, Some(url.to_string())));
        }
        from = span_end;
    }
    out
}

/// The position of `wanted` within the first `limit` bytes of `text`, so that an unclosed bracket
/// costs a bounded search.
fn find_within(text: &str, wanted: char, limit: usize) -> Option<usize> {
    text.char_indices().take_while(|&(i, _)| i < limit).find(|&(_, c)| c == wanted).map(|(i, _)| i)
}

fn mark(span: Range<usize>, author: String, numeric: bool, link: Option<String>) -> Citation {
    Citation { span, author, year: None, page: None, numeric, bare: false, link }
}

/// Merges the declared sources and every document's bibliography entries into one list of sources,
/// and resolves every document's citations against it. `documents` gives each document's entries and
/// citations, in document order.
pub fn resolve(declared: &[DeclaredSource], documents: &[(Vec<Entry>, &[Citation])]) -> Sources {
    let mut index = Index::default();
    for d in declared {
        let author = d.cite_as.first().map(|a| title_case(a));
        let label = match (&author, &d.title) {
            (Some(a), Some(t)) => format!("{a}, {t}"),
            (None, Some(t)) => t.clone(),
            (Some(a), None) => a.clone(),
            (None, None) => d.id.clone(),
        };
        let id = index.push(Source {
            id: d.id.clone(),
            label,
            author,
            title: d.title.clone(),
            year: None,
            edition: None,
            pages: d.pages.clone(),
            url: None,
            declared: true,
            entries: Vec::new(),
        });
        for name in d.cite_as.iter().chain(std::iter::once(&d.id)) {
            index.add_author(name, id);
        }
        if let Some(title) = &d.title {
            index.add_title(title, id);
        }
    }
    let mut entries = Vec::new();
    let mut entry_source = Vec::new();
    for (doc_entries, _) in documents {
        for entry in doc_entries {
            let id = index.find_entry(entry).unwrap_or_else(|| index.create(entry));
            let e = entries.len();
            index.sources[id.index()].entries.push(e);
            index.fill(id, entry);
            entries.push(entry.clone());
            entry_source.push(id);
        }
    }
    let mut citations = Vec::new();
    let mut first_entry = 0;
    for (d, (doc_entries, doc_citations)) in documents.iter().enumerate() {
        let doc = DocId::from_index(d);
        let own = first_entry..first_entry + doc_entries.len();
        first_entry = own.end;
        let mut labelled: HashMap<&str, usize> = HashMap::new();
        for e in own.clone() {
            if let Some(label) = entries[e].label.as_deref() {
                labelled.entry(label).or_insert(e);
            }
        }
        for (i, c) in doc_citations.iter().enumerate() {
            let (source, page, entry) = if c.numeric {
                let label = c.author.trim_start_matches('[').trim_end_matches(']');
                match labelled.get(label).copied() {
                    Some(e) => {
                        let short = entries[e].is_short().then(|| entries[e].pages.clone()).flatten();
                        (Some(entry_source[e]), c.page.clone().or(short), Some(e))
                    }
                    None => (None, c.page.clone(), None),
                }
            } else if let Some(url) = &c.link {
                let id = index.by_url(url);
                let entry = own.clone().find(|e| entries[*e].url.as_deref() == Some(url.as_str()));
                (Some(id), None, entry)
            } else {
                let found = index.find_author(&c.author, c.year.as_deref(), &entries, &entry_source, own.clone());
                match found {
                    Some(s) => {
                        let entry = own.clone().find(|&e| entry_source[e] == s);
                        (Some(s), c.page.clone(), entry)
                    }
                    None if c.bare => continue,
                    None => (None, c.page.clone(), None),
                }
            };
            citations.push(Cited { doc, index: i, source, page, entry, claims: Vec::new() });
        }
    }
    // Citations that name a work no bibliography lists still get a source of their own, one per
    // author across the corpus, so that claims citing it can be compared.
    for cited in &mut citations {
        if cited.source.is_some() {
            continue;
        }
        let c = &documents[cited.doc.index()].1[cited.index];
        if c.numeric {
            continue;
        }
        let found = index.find_author(&c.author, c.year.as_deref(), &entries, &entry_source, 0..0);
        cited.source = Some(found.unwrap_or_else(|| {
            let id = index.push(Source {
                id: index.unique_id(&c.author.to_lowercase(), None),
                label: c.author.clone(),
                author: Some(c.author.clone()),
                title: None,
                year: c.year.clone(),
                edition: None,
                pages: None,
                url: None,
                declared: false,
                entries: Vec::new(),
            });
            index.add_author(&c.author, id);
            id
        }));
    }
    Sources { sources: index.sources, entries, citations }
}

/// The sources found so far, with the indices candidates are drawn from.
#[derive(Default)]
struct Index {
    sources: Vec<Source>,
    /// First two letters of a lower-cased surname → sources with such an author name.
    authors: HashMap<String, Vec<(String, SourceId)>>,
    /// Lower-cased surname → the sources by that author, in id order.
    exact: HashMap<String, Vec<SourceId>>,
    /// First word of a lower-cased title → sources with such a title.
    titles: HashMap<String, Vec<(String, SourceId)>>,
    /// Web address → the source it belongs to.
    urls: HashMap<String, SourceId>,
    /// The ids taken.
    ids: HashSet<String>,
}

/// How alike two surnames must be (Jaro–Winkler) to be one author: "Siegelbaum" and "Seigelbaum"
/// are, "Freeze" and "Frieze" are not.
const AUTHOR_SIMILARITY: f64 = 0.93;

/// How alike two titles must be (normalised Levenshtein) to be one work.
const TITLE_SIMILARITY: f64 = 0.7;

impl Index {
    fn push(&mut self, source: Source) -> SourceId {
        self.ids.insert(source.id.clone());
        self.sources.push(source);
        SourceId::from_index(self.sources.len() - 1)
    }

    fn add_author(&mut self, name: &str, id: SourceId) {
        let key = name_key(name);
        if key.is_empty() {
            return;
        }
        let exact = self.exact.entry(key.clone()).or_default();
        if exact.contains(&id) {
            return;
        }
        exact.push(id);
        self.authors.entry(prefix(&key)).or_default().push((key, id));
    }

    fn add_title(&mut self, title: &str, id: SourceId) {
        let key = name_key(title);
        if let Some(first) = key.split(' ').next().filter(|w| !w.is_empty()) {
            self.titles.entry(first.to_string()).or_default().push((key.clone(), id));
        }
    }

    /// The sources whose author is spelled like `name`, best match first.
    fn by_author(&self, name: &str) -> Vec<SourceId> {
        let key = name_key(name);
        // The same spelling is the common case and costs one lookup; only an unknown spelling is
        // compared with the names of its block.
        if let Some(exact) = self.exact.get(&key) {
            return exact.clone();
        }
        let Some(slot) = self.authors.get(&prefix(&key)) else { return Vec::new() };
        let mut found: Vec<(u64, SourceId)> = slot
            .iter()
            .filter_map(|(k, s)| {
                let score = if *k == key { 1.0 } else { strsim::jaro_winkler(k, &key) };
                (score >= AUTHOR_SIMILARITY).then_some(((score * 1000.0) as u64, *s))
            })
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut out: Vec<SourceId> = found.into_iter().map(|(_, s)| s).collect();
        out.dedup();
        out
    }

    /// The source at a web address: the one whose entry lists it, else a new one named for it.
    fn by_url(&mut self, url: &str) -> SourceId {
        if let Some(&id) = self.urls.get(url) {
            return id;
        }
        let id = self.push(Source {
            id: self.unique_id(&host(url).replace('.', "-"), None),
            label: url.to_string(),
            author: None,
            title: None,
            year: None,
            edition: None,
            pages: None,
            url: Some(url.to_string()),
            declared: false,
            entries: Vec::new(),
        });
        self.urls.insert(url.to_string(), id);
        id
    }

    /// The source an entry describes, if one is known already.
    fn find_entry(&self, entry: &Entry) -> Option<SourceId> {
        if let Some(author) = &entry.author {
            let title = entry.title.as_deref().map(name_key);
            return self
                .by_author(author)
                .into_iter()
                .find(|&s| self.same_work(s, entry.year.as_deref(), title.as_deref()));
        }
        if let Some(&id) = entry.url.as_ref().and_then(|u| self.urls.get(u)) {
            return Some(id);
        }
        let title = name_key(entry.title.as_deref()?);
        let first = title.split(' ').next()?;
        self.titles.get(first)?.iter().find(|(k, _)| titles_match(k, &title)).map(|(_, s)| *s)
    }

    /// True when an entry by the source's author, with this year and title key, describes the same
    /// work: years and titles agree where both are given.
    fn same_work(&self, id: SourceId, year: Option<&str>, title: Option<&str>) -> bool {
        let source = &self.sources[id.index()];
        if let (Some(a), Some(b)) = (source.year.as_deref(), year) {
            if a != b {
                return false;
            }
        }
        match (&source.title, title) {
            (Some(a), Some(b)) => titles_match(&name_key(a), b),
            _ => true,
        }
    }

    /// A new source for an entry that matches none.
    fn create(&mut self, entry: &Entry) -> SourceId {
        let base = entry
            .author
            .as_deref()
            .or_else(|| entry.title.as_deref().and_then(|t| t.split_whitespace().next()))
            .or_else(|| entry.url.as_deref().map(host))
            .unwrap_or("source")
            .to_lowercase();
        let label = match (&entry.author, &entry.title) {
            (Some(a), Some(t)) => format!("{a}, {t}"),
            (Some(a), None) => match &entry.year {
                Some(y) => format!("{a} {y}"),
                None => a.clone(),
            },
            (None, Some(t)) => t.clone(),
            (None, None) => entry.url.clone().unwrap_or_else(|| base.clone()),
        };
        let source = Source {
            id: self.unique_id(&base, entry.year.as_deref()),
            label,
            author: entry.author.clone(),
            title: entry.title.clone(),
            year: entry.year.clone(),
            edition: entry.edition.clone(),
            pages: None,
            url: entry.url.clone(),
            declared: false,
            entries: Vec::new(),
        };
        let id = self.push(source);
        if let Some(author) = &entry.author {
            self.add_author(author, id);
        }
        if let Some(title) = &entry.title {
            self.add_title(title, id);
        }
        if let Some(url) = &entry.url {
            self.urls.entry(url.clone()).or_insert(id);
        }
        id
    }

    /// Completes a source with what a further entry tells about it (a title where a short reference
    /// gave none, a year, an edition, an address).
    fn fill(&mut self, id: SourceId, entry: &Entry) {
        let had_title = self.sources[id.index()].title.is_some();
        let source = &mut self.sources[id.index()];
        if source.title.is_none() {
            source.title.clone_from(&entry.title);
        }
        if source.year.is_none() {
            source.year.clone_from(&entry.year);
        }
        if source.edition.is_none() {
            source.edition.clone_from(&entry.edition);
        }
        if source.url.is_none() {
            source.url.clone_from(&entry.url);
        }
        if let Some(url) = &entry.url {
            self.urls.entry(url.clone()).or_insert(id);
        }
        let source = &mut self.sources[id.index()];
        if !had_title && !source.declared {
            if let (Some(a), Some(t)) = (&source.author, &source.title) {
                source.label = format!("{a}, {t}");
            }
            if let Some(t) = entry.title.clone() {
                self.add_title(&t, id);
            }
        }
    }

    /// The source an author citation refers to: among the sources by that author, one whose year
    /// agrees, preferring one listed by the citing document itself (`own` entries).
    fn find_author(
        &self,
        author: &str,
        year: Option<&str>,
        entries: &[Entry],
        entry_source: &[SourceId],
        own: Range<usize>,
    ) -> Option<SourceId> {
        let candidates: Vec<SourceId> = self
            .by_author(author)
            .into_iter()
            .filter(|s| match (year, &self.sources[s.index()].year) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            })
            .collect();
        // Only the citing document's own entries are looked at, never all the entries of a source.
        let listed_here = |s: &SourceId| own.clone().any(|e| entry_source[e] == *s && !entries[e].is_short());
        candidates.iter().copied().find(listed_here).or_else(|| candidates.first().copied())
    }

    /// A source id not taken yet: `base`, else `base-year`, else `base-2`, `base-3`, ...
    fn unique_id(&self, base: &str, year: Option<&str>) -> String {
        let base: String = base.chars().filter(|c| c.is_alphanumeric() || *c == '-').collect();
        let base = if base.is_empty() { "source".to_string() } else { base };
        let taken = |id: &str| self.ids.contains(id);
        if !taken(&base) {
            return base;
        }
        if let Some(year) = year {
            let with_year = format!("{base}-{year}");
            if !taken(&with_year) {
                return with_year;
            }
        }
        (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or(base)
    }
}

/// A name or title reduced for comparison: lower case, letters and digits, single spaces.
fn name_key(text: &str) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The blocking key of a name key: its first two characters.
fn prefix(key: &str) -> String {
    key.chars().take(2).collect()
}

/// True when two title keys name one work: alike, or one the start of the other ("A Night to
/// Remember" and "A Night to Remember: The Sinking").
fn titles_match(a: &str, b: &str) -> bool {
    a == b
        || a.starts_with(b)
        || b.starts_with(a)
        || could_be_alike(a, b) && strsim::normalized_levenshtein(a, b) >= TITLE_SIMILARITY
}

/// False when two titles are surely too far apart to be alike, by a cheap lower bound on their edit
/// distance: the characters one has more of than the other (counted in 64 classes, which only lowers
/// the bound) must each be inserted, deleted or changed. A work cited across a large corpus meets the
/// titles of every other work by its author, so this spares most of the edit distances.
fn could_be_alike(a: &str, b: &str) -> bool {
    let mut counts = [0_i32; 64];
    let (mut la, mut lb) = (0_i32, 0_i32);
    for c in a.chars() {
        counts[c as usize % 64] += 1;
        la += 1;
    }
    for c in b.chars() {
        counts[c as usize % 64] -= 1;
        lb += 1;
    }
    let surplus: i32 = counts.iter().filter(|&&n| n > 0).sum();
    let deficit: i32 = -counts.iter().filter(|&&n| n < 0).sum::<i32>();
    let bound = surplus.max(deficit) as f64;
    let longest = la.max(lb).max(1) as f64;
    1.0 - bound / longest >= TITLE_SIMILARITY
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The host of a web address, for naming a source known only by its address.
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// The label of a footnote definition whose line starts with `before` (`[^1]: `), as "^1".
fn footnote_label(before: &str) -> Option<String> {
    let rest = before.trim_start().strip_prefix("[^")?;
    let (label, after) = rest.split_once("]:")?;
    (!label.is_empty() && after.trim().is_empty() && label.len() <= 32).then(|| format!("^{label}"))
}

/// The number of an ordered-list item whose line starts with `before` ("1. ", "2) ").
fn list_label(before: &str) -> Option<String> {
    let t = before.trim();
    let number = t.strip_suffix('.').or_else(|| t.strip_suffix(')'))?;
    (!number.is_empty() && number.len() <= 4 && number.bytes().all(|b| b.is_ascii_digit())).then(|| number.to_string())
}

/// The label at the start of a line: "[1]" or "1." gives "1".
fn line_label(line: &str) -> Option<(String, usize)> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if let Some(rest) = trimmed.strip_prefix('[') {
        let close = rest.find(']')?;
        let label = &rest[..close];
        if !label.is_empty() && label.len() <= 4 && label.bytes().all(|b| b.is_ascii_digit()) {
            return Some((label.to_string(), indent + close + 2));
        }
        return None;
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && trimmed[digits..].starts_with(". ") {
        return Some((trimmed[..digits].to_string(), indent + digits + 2));
    }
    None
}

/// Splits a references block into entries: a line starting with a label ("[1]", "1.") or a list
/// mark starts a new entry; other lines continue the one before (hard-wrapped entries).
fn split_entries(body: &str, offset: usize, label: Option<String>) -> Vec<(Range<usize>, Option<String>)> {
    let mut out: Vec<(Range<usize>, Option<String>)> = Vec::new();
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let start = offset + pos;
        let end = offset + pos + line.trim_end().len();
        pos += line.len();
        if end <= start {
            continue;
        }
        let starts_entry = line_label(line).is_some() || line.trim_start().starts_with(['-', '*', '•']);
        match out.last_mut() {
            Some(last) if !starts_entry => last.0.end = end,
            _ => {
                let own = line_label(line).map(|(l, _)| l);
                out.push((start..end, own.or_else(|| if out.is_empty() { label.clone() } else { None })));
            }
        }
    }
    out
}

/// Reads one entry. Returns `None` for text that names neither an author, a title nor an address.
fn parse_entry(doc: DocId, text: &str, span: Range<usize>, label: Option<String>, cited: &[&str]) -> Option<Entry> {
    let raw = text.get(span.clone())?;
    let mut body = raw.trim();
    if let Some((_, skip)) = line_label(body) {
        body = body[skip..].trim_start();
    }
    if let Some(rest) = body.strip_prefix(['-', '*', '•']) {
        body = rest.trim_start();
    }
    if let Some(rest) = body.strip_prefix("[^").and_then(|r| r.split_once("]:")) {
        body = rest.1.trim_start();
    }
    let url = url_in(body);
    let title_span = emphasised(body);
    let author = leading_author(body).or_else(|| cited.iter().find(|a| contains_word(body, a)).map(|a| a.to_string()));
    let emphasis = title_span.is_some();
    let (title, outside_title) = match title_span {
        Some((t, r)) => (Some(t), format!("{} {}", &body[..r.start], &body[r.end..])),
        None => (plain_title(body, author.as_deref()), body.to_string()),
    };
    let year = year_in(&outside_title);
    let pages = pages_in(body);
    if author.is_none() && title.is_none() && url.is_none() {
        return None;
    }
    // A line with neither a label, a year, pages nor an address is a note, not an entry.
    if label.is_none() && year.is_none() && pages.is_none() && url.is_none() && !emphasis {
        return None;
    }
    Some(Entry { doc, span, label, author, title, year, edition: edition_in(body), pages, url })
}

/// The surname an entry starts with: "Lord, Walter." or "Hartmann, K. (2009)" give the name before
/// the comma; "Dubois 2004, p. 141" gives the name before the year.
fn leading_author(body: &str) -> Option<String> {
    let is_name = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    let first = body.split([',', ' ']).next()?;
    if !is_name(first) {
        return None;
    }
    let rest = &body[first.len()..];
    if let Some(after) = rest.strip_prefix(", ") {
        // "Surname, Given" or "Surname, I."
        let given = after.split([' ', '.', ',']).next().unwrap_or("");
        if is_name(given) || given.chars().count() == 1 && given.chars().all(char::is_uppercase) {
            return Some(first.to_string());
        }
    }
    let next = rest.trim_start().split([' ', ',', '.']).next().unwrap_or("");
    let year = next.len() == 4 && next.bytes().all(|b| b.is_ascii_digit());
    year.then(|| first.to_string())
}

/// A title set off by emphasis or quotation marks, with its byte range in `body` (marks included).
fn emphasised(body: &str) -> Option<(String, Range<usize>)> {
    let pairs: [(&str, &str); 5] = [("*", "*"), ("_", "_"), ("“", "”"), ("\"", "\""), ("‘", "’")];
    let mut best: Option<(String, Range<usize>)> = None;
    for (open, close) in pairs {
        let Some(a) = body.find(open) else { continue };
        let inner = a + open.len();
        let Some(len) = body[inner..].find(close) else { continue };
        let title = body[inner..inner + len].trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
        let title = title.trim_end_matches(['.', ',']).trim();
        if title.chars().count() < 3 {
            continue;
        }
        if best.as_ref().is_none_or(|(_, r)| a < r.start) {
            best = Some((title.to_string(), a..inner + len + close.len()));
        }
    }
    best
}

/// The title of an entry that does not set it off: after "Surname, Given." the next sentence; with
/// no leading author, the text up to the first full stop or comma.
fn plain_title(body: &str, author: Option<&str>) -> Option<String> {
    let rest = match author {
        Some(a) if body.starts_with(a) => {
            let after = body.find(". ").map(|i| &body[i + 2..])?;
            // A short reference ("Dubois 2004, p. 141.") has no title.
            if leading_author(body).is_some() && !body[a.len()..].trim_start().starts_with(',') {
                return None;
            }
            after
        }
        _ => body,
    };
    let end = rest.find([',', '.', '(']).unwrap_or(rest.len());
    let title = rest[..end].trim();
    let words = title.split_whitespace().count();
    let capitalised = title.chars().next().is_some_and(char::is_uppercase);
    let has_digit = title.chars().any(|c| c.is_ascii_digit());
    (capitalised && (2..=16).contains(&words) && !has_digit && !title.contains("://")).then(|| title.to_string())
}

/// The year of an entry: one in parentheses ("(2009)") first, else the last four-digit year that is
/// neither part of a range nor an access date.
fn year_in(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut last = None;
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let boundary_before = i == 0 || !bytes[i - 1].is_ascii_digit();
        let four = bytes[i..i + 4].iter().all(u8::is_ascii_digit);
        let boundary_after = i + 4 == bytes.len() || !bytes[i + 4].is_ascii_digit();
        if boundary_before && four && boundary_after {
            let year = &text[i..i + 4];
            let value: u32 = year.parse().unwrap_or(0);
            let after = &text[i + 4..];
            let in_range = after.starts_with(|c: char| crate::extract::lex::is_dash(c))
                || text[..i].ends_with(|c: char| crate::extract::lex::is_dash(c));
            let accessed = text[..i].to_lowercase().rfind("accessed").is_some_and(|k| i - k < 24);
            if (1000..=2100).contains(&value) && !in_range && !accessed {
                if i > 0 && bytes[i - 1] == b'(' && after.starts_with(')') {
                    return Some(year.to_string());
                }
                last = Some(year.to_string());
            }
            i += 4;
            continue;
        }
        i += 1;
    }
    last
}

/// The pages an entry gives after a page word: "Pg 269-275", "pp. 269–275", "p. 141", "S. 12–38".
fn pages_in(text: &str) -> Option<String> {
    let words: Vec<(usize, &str)> =
        text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
    for pair in words.windows(2) {
        let word = pair[0].1.trim_start_matches(['(', ',']);
        if !matches!(
            word,
            "p." | "pp." | "Pg" | "pg" | "Pg." | "pg." | "Pp." | "P." | "S." | "pages" | "Pages" | "page"
        ) {
            continue;
        }
        let number = pair[1].1.trim_end_matches(['.', ',', ';', ')']);
        if Pages::parse(number).is_some() {
            return Some(number.to_string());
        }
    }
    None
}

/// The edition an entry names: "Third Edition" gives "Third", "2nd ed." gives "2nd".
fn edition_in(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for pair in words.windows(2) {
        let next = pair[1].trim_end_matches([',', '.', ';']).to_lowercase();
        if next == "edition" || next == "ed" && pair[1].starts_with("ed.") {
            let word = pair[0].trim_start_matches(['(', ',']);
            if !word.is_empty() {
                return Some(word.to_string());
            }
        }
    }
    None
}

/// True for text made of names, titles, numbers and the few small words of a bibliography entry
/// ("Russia A History, Third Edition. Gregory L Freeze, Pg 269-275."), as opposed to a sentence of
/// prose that happens to name an author and a page ("Great post, I liked Freeze, pp. 269-275.").
fn reads_like_an_entry(text: &str) -> bool {
    const SMALL: [&str; 18] = [
        "of", "and", "the", "a", "an", "in", "on", "to", "for", "at", "from", "by", "pp", "p", "pg", "ed", "vol",
        "accessed",
    ];
    let mut words = 0;
    let mut lower = 0;
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !bare.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        words += 1;
        if bare.chars().next().is_some_and(char::is_lowercase) && !SMALL.contains(&bare) && !bare.contains("://") {
            lower += 1;
        }
    }
    lower <= 2 && lower * 5 <= words
}

/// The first web address in the text.
fn url_in(text: &str) -> Option<String> {
    let start = text.find("https://").or_else(|| text.find("http://"))?;
    let rest = &text[start..];
    let end = rest.find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | ']' | '"')).unwrap_or(rest.len());
    Some(rest[..end].trim_end_matches(['.', ',', ';']).to_string())
}

/// True when `word` occurs in `text` as a whole word.
fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests;
