//! The brief format: one line per warning or error, `path:line:col: severity[rule] message`.

use std::io::{self, Write};

use concord::pipeline::Analysis;

/// Writes one line per finding at warning or above.
pub fn write(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    for f in super::shown(&analysis.findings) {
        let doc = &analysis.documents[f.primary.doc.index()];
        let (line, column) = doc.line_col(f.primary.span.start);
        writeln!(out, "{}:{line}:{column}: {}[{}] {}", doc.path, f.severity.as_str(), f.rule, f.message)?;
    }
    Ok(())
}
