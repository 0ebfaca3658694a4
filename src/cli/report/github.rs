//! The GitHub Actions format: one workflow command per warning or error, which the runner turns into
//! an annotation on the pull request's diff.
//!
//! `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=concord(RULE)::MESSAGE`. Property
//! values and the message are escaped as the runner expects, so a comma or a newline in a path or a
//! message cannot end a field early.

use std::io::{self, Write};

use concord::finding::Severity;
use concord::pipeline::Analysis;

/// Writes one workflow command per finding at warning or above.
pub fn write(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    for f in super::shown(&analysis.findings) {
        let doc = &analysis.documents[f.primary.doc.index()];
        let (line, col) = doc.line_col(f.primary.span.start);
        let (end_line, end_col) = doc.line_col(f.primary.span.end);
        let command = if f.severity >= Severity::Error { "error" } else { "warning" };
        let mut message = f.message.clone();
        for label in &f.related {
            let other = &analysis.documents[label.doc.index()];
            let (l, c) = other.line_col(label.span.start);
            message.push_str(&format!("\n{}:{l}:{c}: {}", other.path, label.message));
        }
        if let Some(help) = &f.help {
            message.push_str(&format!("\nhelp: {help}"));
        }
        writeln!(
            out,
            "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            property(&doc.path),
            property(&format!("concord({})", f.rule)),
            data(&message)
        )?;
    }
    Ok(())
}

/// Escapes a message.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_in_values_are_escaped() {
        assert_eq!(property("a,b:c%.md"), "a%2Cb%3Ac%25.md");
        assert_eq!(data("50% of\nthem: 3,000"), "50%25 of%0Athem: 3,000");
    }
}
