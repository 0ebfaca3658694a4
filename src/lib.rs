//! concord: cross-checks the facts in a collection of prose.
//!
//! The library is the engine: it never touches the file system or the terminal. The pipeline is
//! [`corpus`] (which bytes are prose) → [`extract`] (claims and their context) → [`link`] (claims to
//! subjects) → [`graph`] (one graph of documents, claims, subjects and sources) → [`check`] (rules that
//! produce [`finding`]s), run end to end by [`pipeline::analyze`]. [`value`] holds the typed values
//! and their comparison; [`config`] reads `claims.toml`; [`source`] reads bibliographies and resolves
//! citations to the works they cite. See ARCHITECTURE.md for the map and the
//! invariants.

pub mod baseline;
pub mod check;
pub mod config;
pub mod corpus;
pub mod extract;
pub mod finding;
pub mod graph;
pub mod id;
pub mod link;
pub mod pipeline;
pub mod source;
pub mod spelling;
pub mod suppress;
pub mod value;
