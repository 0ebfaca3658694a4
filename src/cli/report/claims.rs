//! `concord claims`: every extracted claim, one per line, for checking the extractor.

use std::io::{self, Write};

use concord::id::ClaimId;
use concord::pipeline::Analysis;

/// Writes `path:line:col  kind  value  "text"  noun  subject` per claim.
pub fn write(out: &mut dyn Write, analysis: &Analysis) -> io::Result<()> {
    for (i, record) in analysis.claims.iter().enumerate() {
        let id = ClaimId::from_index(i);
        let doc = &analysis.documents[record.doc.index()];
        let (line, column) = doc.line_col(record.claim.span.start);
        let text: String = analysis.claim_text(id).split_whitespace().collect::<Vec<_>>().join(" ");
        let subject = analysis.graph.subject_of(id).map_or("-", |s| analysis.subjects[s.index()].id.as_str());
        writeln!(
            out,
            "{}:{line}:{column}\t{}\t{}\t{text:?}\t{}\t{subject}",
            doc.path,
            record.claim.kind,
            record.claim.value,
            record.claim.noun.as_deref().unwrap_or("-")
        )?;
    }
    Ok(())
}
