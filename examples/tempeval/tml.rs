//! A small hand-written reader for TimeML documents (`.tml`), enough for TempEval-3 Task A.
//!
//! It reads the document creation time from `<DCT>` and the text of `<TEXT>` with every tag removed,
//! keeping the content of the tags, and decoding the XML entities. Each `<TIMEX3>` element inside
//! `<TEXT>` becomes a gold timex, with its span given as byte offsets into the plain text.

use std::ops::Range;

/// One gold TIMEX3 element inside `<TEXT>`.
#[derive(Debug, Clone)]
pub struct Timex {
    /// Byte range of the element's content in the plain text.
    pub span: Range<usize>,
    /// The `type` attribute: DATE, TIME, DURATION or SET.
    pub ttype: String,
    /// The `value` attribute: the normalised TIMEX3 value.
    pub value: String,
}

/// A TimeML document reduced to what the timex scorer needs.
#[derive(Debug, Clone)]
pub struct Document {
    /// The value of the document creation time, as written (`1998-01-08`, `1998-01-08T12:00`).
    pub dct: String,
    /// The content of `<TEXT>`, with tags removed and entities decoded.
    pub text: String,
    /// The gold timexes, in document order.
    pub timexes: Vec<Timex>,
}

/// Reads one TimeML document. Returns a message saying what is wrong when the markup cannot be read.
pub fn parse(source: &str) -> Result<Document, String> {
    let dct = parse_dct(source)?;
    let open = source.find("<TEXT>").ok_or("no <TEXT> element")?;
    let body_start = open + "<TEXT>".len();
    let close = source[body_start..].find("</TEXT>").ok_or("no </TEXT> closing tag")? + body_start;
    let (text, timexes) = strip_tags(&source[body_start..close])?;
    Ok(Document { dct, text, timexes })
}

/// Finds the `value` of the TIMEX3 inside `<DCT>`.
fn parse_dct(source: &str) -> Result<String, String> {
    let start = source.find("<DCT>").ok_or("no <DCT> element")?;
    let end = source[start..].find("</DCT>").ok_or("no </DCT> closing tag")? + start;
    let inner = &source[start..end];
    let tag_start = inner.find("<TIMEX3").ok_or("no TIMEX3 inside <DCT>")?;
    let tag_end = inner[tag_start..].find('>').ok_or("unterminated TIMEX3 tag inside <DCT>")? + tag_start;
    let attrs = attributes(&inner[tag_start + "<TIMEX3".len()..tag_end]);
    attribute(&attrs, "value").map(str::to_owned).ok_or_else(|| "the DCT TIMEX3 has no value".to_owned())
}

/// Removes the tags from the content of `<TEXT>`, collecting the TIMEX3 elements as it goes.
fn strip_tags(body: &str) -> Result<(String, Vec<Timex>), String> {
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    // Open TIMEX3 elements: where their content starts in the plain text, their type and value.
    let mut open: Vec<(usize, String, String)> = Vec::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        decode_into(&rest[..lt], &mut text);
        let gt = rest[lt..].find('>').ok_or("unterminated tag")? + lt;
        let tag = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if name.trim() == "TIMEX3" {
                let (start, ttype, value) = open.pop().ok_or("a </TIMEX3> closes nothing")?;
                timexes.push(Timex { span: start..text.len(), ttype, value });
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
        if &tag[..name_end] != "TIMEX3" {
            // EVENT, SIGNAL and any other markup: drop the tag, keep its content.
            continue;
        }
        let attrs = attributes(&tag[name_end..]);
        let ttype = attribute(&attrs, "type").unwrap_or("").to_owned();
        let value = attribute(&attrs, "value").unwrap_or("").to_owned();
        if self_closing {
            // A non-consuming timex has no text: nothing can match it, so it is not gold for Task A.
            continue;
        }
        open.push((text.len(), ttype, value));
    }
    decode_into(rest, &mut text);
    if !open.is_empty() {
        return Err("a <TIMEX3> is never closed".to_owned());
    }
    timexes.sort_by_key(|t| (t.span.start, t.span.end));
    Ok((text, timexes))
}

/// The `name="value"` pairs of a tag (single or double quotes), with entities decoded in the values.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim().to_owned();
        let after = rest[eq + 1..].trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(close) = after[1..].find(quote) else {
            break;
        };
        let mut value = String::new();
        decode_into(&after[1..1 + close], &mut value);
        out.push((name, value));
        rest = &after[close + 2..];
    }
    out
}

/// Looks up one attribute by name.
fn attribute<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

/// Appends `raw` to `out`, decoding the five XML entities and numeric character references. An
/// ampersand that starts no known entity is kept as written.
fn decode_into(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let decoded = tail.find(';').filter(|&semi| semi <= 10).and_then(|semi| {
            let entity = &tail[1..semi];
            let ch = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let code = if let Some(hex) = entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()
                    } else {
                        entity.strip_prefix('#').and_then(|dec| dec.parse::<u32>().ok())
                    };
                    code.and_then(char::from_u32)
                }
            };
            ch.map(|c| (c, semi + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_records_spans() {
        let src = r#"<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06">x</TIMEX3></DCT>
<TEXT>A &amp; B <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-05">yesterday</TIMEX3>.</TEXT>"#;
        let doc = parse(src).expect("well-formed");
        assert_eq!(doc.dct, "1998-02-06");
        assert_eq!(doc.text, "A & B met yesterday.");
        assert_eq!(&doc.text[doc.timexes[0].span.clone()], "yesterday");
    }
}
