//! One file per rule. Each defines a unit struct named for the problem it flags, documented by the
//! Markdown file beside it (printed by `concord explain RULE`), and an `INFO` entry for the registry.

pub mod agreement;
pub mod conflict;
pub mod name_variant;
pub mod off_key;
pub mod unused_suppression;
