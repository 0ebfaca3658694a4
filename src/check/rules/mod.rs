//! One file per rule. Each defines a unit struct named for the problem it flags, documented by the
//! Markdown file beside it (printed by `concord explain RULE`), and an `INFO` entry for the registry.

pub mod agreement;
pub mod citation_out_of_range;
pub mod conflict;
pub mod name_variant;
pub mod off_key;
pub mod page_mismatch;
pub mod source_disagreement;
pub mod uncited;
pub mod unknown_source;
pub mod unused_suppression;
pub mod vague_claim;
