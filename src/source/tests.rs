use super::*;
use crate::corpus::{Format, scan};
use crate::extract::extract;

/// The bibliography and citations of one document.
fn read(text: &str, format: Format) -> (Vec<Entry>, Vec<Citation>) {
    let prose = scan(text, format);
    let extraction = extract(&prose);
    let entries = bibliography(DocId(0), text, &prose, &extraction.citations);
    (entries, extraction.citations)
}

/// Resolves several Markdown documents together.
fn resolve_all(texts: &[&str]) -> Sources {
    let read: Vec<(Vec<Entry>, Vec<Citation>)> = texts
        .iter()
        .enumerate()
        .map(|(d, t)| {
            let prose = scan(t, Format::Markdown);
            let mut citations = extract(&prose).citations;
            let entries = bibliography(DocId::from_index(d), t, &prose, &citations);
            citations.extend(marks(t, &prose, &entries));
            (entries, citations)
        })
        .collect();
    let documents: Vec<(Vec<Entry>, &[Citation])> = read.iter().map(|(e, c)| (e.clone(), c.as_slice())).collect();
    resolve(&[], &documents)
}

#[test]
fn page_ranges_read_abbreviated_ends() {
    assert_eq!(Pages::parse("417"), Some(Pages { first: 417, last: 417 }));
    assert_eq!(Pages::parse("269-275"), Some(Pages { first: 269, last: 275 }));
    assert_eq!(Pages::parse("270–72"), Some(Pages { first: 270, last: 272 }));
    assert_eq!(Pages::parse("115–16"), Some(Pages { first: 115, last: 116 }));
    assert_eq!(Pages::parse("xii"), None);
    assert_eq!(Pages::parse("40-12"), None);
    assert_eq!(Pages::parse("99999999999"), None);
    let range = Pages::parse("269-275").unwrap();
    assert!(!range.contains(&Pages::parse("417").unwrap()));
    assert!(range.contains(&Pages::parse("270–72").unwrap()));
    assert_eq!(Pages::parse("37").unwrap().gap(&Pages::parse("73").unwrap()), 35);
    assert_eq!(Pages::parse("417").unwrap().gap(&Pages::parse("418").unwrap()), 0);
}

#[test]
fn a_references_section_gives_one_entry_per_work_with_its_parts() {
    let text = "# Notes\n\nThe mill burned in 1911 (Pryce 2004, p. 33).\n\n## Works Cited\n\n\
                Pryce, Alma. *Mill Towns of the North*. 2nd ed. Leeds: Dale, 2004. pp. 20–48.\n\n\
                Oduya, K. (1999). River trade. https://example.org/river\n";
    let (entries, _) = read(text, Format::Markdown);
    assert_eq!(entries.len(), 2, "{entries:#?}");
    let pryce = &entries[0];
    assert_eq!(pryce.author.as_deref(), Some("Pryce"));
    assert_eq!(pryce.title.as_deref(), Some("Mill Towns of the North"));
    assert_eq!(pryce.year.as_deref(), Some("2004"));
    assert_eq!(pryce.edition.as_deref(), Some("2nd"));
    assert_eq!(pryce.pages.as_deref(), Some("20–48"));
    assert_eq!(
        &text[pryce.span.clone()],
        "Pryce, Alma. *Mill Towns of the North*. 2nd ed. Leeds: Dale, 2004. pp. 20–48."
    );
    let oduya = &entries[1];
    assert_eq!(oduya.author.as_deref(), Some("Oduya"));
    assert_eq!(oduya.year.as_deref(), Some("1999"));
    assert_eq!(oduya.url.as_deref(), Some("https://example.org/river"));
}

#[test]
fn numbered_notes_are_split_and_labelled() {
    let text = "Grain rose 40% [1] and bread 12% [2].\n\n## Notes\n\n[1] Pryce 2004, p. 141.\n[2] Harbour Ledger (archive), accessed May 2020.\n";
    let (entries, _) = read(text, Format::Markdown);
    assert_eq!(entries.len(), 2, "{entries:#?}");
    assert_eq!(entries[0].label.as_deref(), Some("1"));
    assert!(entries[0].is_short());
    assert_eq!(entries[0].pages.as_deref(), Some("141"));
    assert_eq!(entries[1].label.as_deref(), Some("2"));
    assert_eq!(entries[1].title.as_deref(), Some("Harbour Ledger"));
    // An access date is not the year of the work.
    assert_eq!(entries[1].year, None);
}

#[test]
fn a_trailing_block_naming_a_cited_author_is_a_bibliography() {
    let text =
        "The strike lasted 19 days (Varga, 88).\n\nLabour in the Valleys, Second Edition. Ilona Varga, Pg 60-75.\n";
    let (entries, citations) = read(text, Format::Text);
    assert_eq!(citations.len(), 1);
    assert_eq!(entries.len(), 1, "{entries:#?}");
    assert_eq!(entries[0].author.as_deref(), Some("Varga"));
    assert_eq!(entries[0].title.as_deref(), Some("Labour in the Valleys"));
    assert_eq!(entries[0].edition.as_deref(), Some("Second"));
    assert_eq!(entries[0].pages.as_deref(), Some("60-75"));
}

#[test]
fn dont_read_a_closing_paragraph_of_prose_as_a_bibliography() {
    // It names the cited author but gives no pages, edition or address.
    let text = "The strike lasted 19 days (Varga, 88).\n\nVarga thinks the strike ended in 1926, a year early.\n";
    let (entries, _) = read(text, Format::Text);
    assert!(entries.is_empty(), "{entries:#?}");
}

#[test]
fn dont_read_a_trailing_comment_naming_the_author_and_pages_as_a_bibliography() {
    let text = "The strike lasted 19 days (Varga, 88).\n\n\
                1. Great post, I also liked reading Varga, pp. 60-75, for class.\n";
    let (entries, _) = read(text, Format::Text);
    assert!(entries.is_empty(), "{entries:#?}");
}

#[test]
fn dont_read_a_numbered_list_in_prose_as_references() {
    let text = "Facts I found:\n\n1. the mill burned in 1911\n2. 300 workers lost their jobs\n\nSee [2].\n";
    let (entries, citations) = read(text, Format::Markdown);
    assert!(entries.is_empty(), "{entries:#?}");
    let sources = resolve_all(&[text]);
    assert_eq!(citations.len(), 1);
    assert_eq!(sources.citations[0].source, None);
}

#[test]
fn footnote_definitions_are_entries_their_marks_point_to() {
    let text = "The dam is 96 metres high.[^h]\n\n[^h]: Ruiz, Pilar. *Concrete Giants*. 2011, p. 17.\n";
    let sources = resolve_all(&[text]);
    assert_eq!(sources.entries.len(), 1, "{:#?}", sources.entries);
    assert_eq!(sources.entries[0].label.as_deref(), Some("^h"));
    assert_eq!(sources.citations.len(), 1);
    let source = sources.citations[0].source.expect("resolves");
    assert_eq!(sources.sources[source.index()].author.as_deref(), Some("Ruiz"));
}

#[test]
fn one_work_listed_by_several_documents_is_one_source() {
    let a = "The bridge opened in 1932 (Quill 12).\n\n## References\n\nQuill, Tom. *Spans*. 2001.\n";
    let b = "It opened in 1932 (Quill, p. 14).\n\n## Bibliography\n\nQuill, Thomas. *Spans: A History*. Harbour Press, 2001.\n";
    let c = "The bridge was built fast (Quil).\n\nAnd it stood (Frobisher).\n";
    let sources = resolve_all(&[a, b, c]);
    assert_eq!(sources.sources.len(), 1, "{:#?}", sources.sources);
    assert_eq!(sources.sources[0].entries, vec![0, 1]);
    // "(Quil)" is a bare name close enough to the listed author; "(Frobisher)" names no source and
    // is not a citation at all.
    let cited: Vec<(DocId, Option<SourceId>)> = sources.citations.iter().map(|c| (c.doc, c.source)).collect();
    assert_eq!(
        cited,
        vec![(DocId(0), Some(SourceId(0))), (DocId(1), Some(SourceId(0))), (DocId(2), Some(SourceId(0)))]
    );
}

#[test]
fn two_works_by_one_author_stay_apart() {
    let a = "## References\n\nQuill, Tom. *Spans*. 2001.\n\nQuill, Tom. *Tunnels and Their Builders*. 2015.\n";
    let b = "It opened in 1932 (Quill 2015, p. 9).\n";
    let sources = resolve_all(&[a, b]);
    assert_eq!(sources.sources.len(), 2, "{:#?}", sources.sources);
    let cited = sources.citations[0].source.unwrap();
    assert_eq!(sources.sources[cited.index()].year.as_deref(), Some("2015"));
}

#[test]
fn a_citation_nothing_lists_gets_a_source_of_its_own() {
    let sources = resolve_all(&["It opened in 1932 (Marsh 44).\n", "Built in 1931 (Marsh, p. 40).\n"]);
    assert_eq!(sources.sources.len(), 1);
    assert!(sources.sources[0].entries.is_empty());
    assert!(sources.citations.iter().all(|c| c.source == Some(SourceId(0))));
}

#[test]
fn never_panics_on_odd_entries() {
    for text in [
        "## References\n\n[",
        "## Sources\n\n[^]: x",
        "## Notes\n\n1. \n2)",
        "## References\n\n“*”",
        "(A) [^x]\n\n[^x]:",
    ] {
        let _ = resolve_all(&[text]);
    }
}

#[test]
fn links_in_parentheses_or_to_listed_addresses_cite() {
    let text = "The canal is 44 km long ([survey](https://example.org/canal)). \
                It carried [much grain](https://example.org/grain) in 1850. \
                Locks: 12 ([1](https://example.org/locks)).\n\n\
                ## Sources\n\nHarbour Board. *Locks*. https://example.org/grain\n";
    let sources = resolve_all(&[text]);
    let links: Vec<&str> = sources.sources.iter().filter_map(|s| s.url.as_deref()).collect();
    assert_eq!(links, vec!["https://example.org/grain", "https://example.org/canal", "https://example.org/locks"]);
    assert_eq!(sources.citations.len(), 3);
    // The listed address belongs to the bibliography's source.
    let grain = sources.citations.iter().find(|c| c.source == Some(SourceId(0))).expect("cited");
    assert_eq!(grain.entry, Some(0));
}

#[test]
fn dont_read_a_plain_link_as_a_citation() {
    let text = "See [the museum](https://example.org/museum) for opening hours.\n";
    assert!(resolve_all(&[text]).citations.is_empty());
}

#[test]
fn a_claim_takes_the_citation_of_its_own_sentence_before_a_later_one() {
    let text = "In 1880 (Vane 1987, p. 64) the fort held 114 men. The chain was 310 metres long (Orme 12).\n";
    let claims = extract(&scan(text, Format::Markdown)).claims;
    let cited: Vec<(&str, Vec<usize>)> = claims.iter().map(|c| (&text[c.span.clone()], c.citations.clone())).collect();
    assert_eq!(cited, vec![("1880", vec![0]), ("114", vec![0]), ("310 metres", vec![1])]);
}
