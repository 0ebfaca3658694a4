//! Opaque identifiers for the things concord's stages pass between them.
//!
//! Every stage speaks in these newtypes rather than in indices or graph handles, so that the graph
//! library stays an implementation detail of [`crate::graph`]. Each id is an index into the arena
//! that owns the thing (documents, claims, subjects, sources), assigned in a deterministic order.

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub struct $name(pub u32);

        impl $name {
            /// The index into the owning arena.
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// The id of the thing at `index` in its arena.
            pub fn from_index(index: usize) -> Self {
                Self(u32::try_from(index).unwrap_or(u32::MAX))
            }
        }
    };
}

id!(
    /// A document of the corpus, in path order.
    DocId
);
id!(
    /// A claim, in document order then byte order.
    ClaimId
);
id!(
    /// A subject: declared ones first, in `claims.toml` order, then discovered ones.
    SubjectId
);
id!(
    /// A cited source.
    SourceId
);
