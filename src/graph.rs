//! The claim graph: documents, claims, subjects and sources, and how they relate.
//!
//! Nodes are [`Node::Document`], [`Node::Claim`], [`Node::Subject`] and [`Node::Source`]; edges say a
//! document *contains* a claim, a claim is *about* a subject, a claim *cites* a source (with a page),
//! and a claim *agrees* or *conflicts* with another. Checks and views ask the graph questions ("the
//! claims of this subject", "the document of this claim") instead of keeping their own indices.
//!
//! Invariants: this is the only module that names petgraph; everything else speaks in the ids of
//! [`crate::id`]. Node and edge insertion order is deterministic, so exports are stable. Agreement edges
//! join each claim to its subject's consensus claim only (never all pairs), so the graph stays linear
//! in the number of claims plus the number of conflicting pairs.

use std::fmt::Write as _;

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::id::{ClaimId, DocId, SourceId, SubjectId};

/// A node of the claim graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    /// A document of the corpus.
    Document(DocId),
    /// A claim.
    Claim(ClaimId),
    /// A subject.
    Subject(SubjectId),
    /// A cited source.
    Source(SourceId),
}

/// An edge of the claim graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edge {
    /// Document → claim.
    Contains,
    /// Claim → subject.
    About,
    /// Claim → source, with the page cited.
    Cites {
        /// The page or page range, as written.
        page: Option<String>,
    },
    /// Claim → the claim it agrees with (its subject's consensus).
    Agrees,
    /// Claim → a claim whose value is disjoint from its own.
    Conflicts,
}

impl Edge {
    /// The name of the edge's kind: `contains`, `about`, `cites`, `agrees`, `conflicts`.
    pub fn label(&self) -> &'static str {
        match self {
            Edge::Contains => "contains",
            Edge::About => "about",
            Edge::Cites { .. } => "cites",
            Edge::Agrees => "agrees",
            Edge::Conflicts => "conflicts",
        }
    }
}

/// An edge as the graph stores it: a citation's page stands in a table beside the graph, so that
/// each of the millions of verdict edges a large subject can have takes a few bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stored {
    Contains,
    About,
    /// The index of the page in [`ClaimGraph::pages`].
    Cites(u32),
    Agrees,
    Conflicts,
}

/// The graph with an index from ids to nodes.
#[derive(Debug, Default)]
pub struct ClaimGraph {
    graph: DiGraph<Node, Stored>,
    /// The pages of the `cites` edges.
    pages: Vec<Option<String>>,
    documents: Vec<NodeIndex>,
    claims: Vec<NodeIndex>,
    subjects: Vec<NodeIndex>,
    sources: Vec<NodeIndex>,
    claim_doc: Vec<DocId>,
    claim_subject: Vec<Option<SubjectId>>,
    /// For each claim, the sources it cites with pages, sorted: the graph's `cites` edges, kept
    /// beside it because a claim of a large subject has thousands of verdict edges to walk past.
    claim_cites: Vec<Vec<(SourceId, Option<String>)>>,
}

impl ClaimGraph {
    /// Builds the graph of `documents` documents, the claims (each with its document, in id order),
    /// and the subjects (each with its claims).
    pub fn build(documents: usize, claim_docs: &[DocId], subjects: &[Vec<ClaimId>], sources: usize) -> ClaimGraph {
        let mut g = ClaimGraph::default();
        for d in 0..documents {
            let n = g.graph.add_node(Node::Document(DocId::from_index(d)));
            g.documents.push(n);
        }
        for s in 0..sources {
            let n = g.graph.add_node(Node::Source(SourceId::from_index(s)));
            g.sources.push(n);
        }
        for (c, doc) in claim_docs.iter().enumerate() {
            let n = g.graph.add_node(Node::Claim(ClaimId::from_index(c)));
            g.claims.push(n);
            if let Some(&d) = g.documents.get(doc.index()) {
                g.graph.add_edge(d, n, Stored::Contains);
            }
        }
        g.claim_doc = claim_docs.to_vec();
        g.claim_subject = vec![None; claim_docs.len()];
        g.claim_cites = vec![Vec::new(); claim_docs.len()];
        for (s, members) in subjects.iter().enumerate() {
            let id = SubjectId::from_index(s);
            let n = g.graph.add_node(Node::Subject(id));
            g.subjects.push(n);
            for c in members {
                if let Some(&cn) = g.claims.get(c.index()) {
                    g.graph.add_edge(cn, n, Stored::About);
                    g.claim_subject[c.index()] = Some(id);
                }
            }
        }
        g
    }

    /// Records that claim `from` cites `source` at `page`.
    pub fn add_citation(&mut self, from: ClaimId, source: SourceId, page: Option<String>) {
        if let (Some(&a), Some(&b)) = (self.claims.get(from.index()), self.sources.get(source.index())) {
            self.graph.add_edge(a, b, Stored::Cites(self.pages.len() as u32));
            self.pages.push(page.clone());
            let cites = &mut self.claim_cites[from.index()];
            cites.push((source, page));
            cites.sort();
        }
    }

    /// Makes room for `additional` more edges between claims, so that recording the verdicts of a
    /// large subject grows the edge list once rather than by repeated copying.
    pub fn reserve_claim_edges(&mut self, additional: usize) {
        self.graph.reserve_edges(additional);
    }

    /// Records that `a` agrees with `b`.
    pub fn add_agreement(&mut self, a: ClaimId, b: ClaimId) {
        self.add_claim_edge(a, b, Stored::Agrees);
    }

    /// Records that `a` and `b` conflict.
    pub fn add_conflict(&mut self, a: ClaimId, b: ClaimId) {
        self.add_claim_edge(a, b, Stored::Conflicts);
    }

    fn add_claim_edge(&mut self, a: ClaimId, b: ClaimId, edge: Stored) {
        if let (Some(&x), Some(&y)) = (self.claims.get(a.index()), self.claims.get(b.index())) {
            self.graph.add_edge(x, y, edge);
        }
    }

    /// The document a claim stands in.
    pub fn document_of(&self, claim: ClaimId) -> DocId {
        self.claim_doc[claim.index()]
    }

    /// The subject a claim is about, if any.
    pub fn subject_of(&self, claim: ClaimId) -> Option<SubjectId> {
        self.claim_subject.get(claim.index()).copied().flatten()
    }

    /// The number of subjects.
    pub fn subject_count(&self) -> usize {
        self.subjects.len()
    }

    /// The claims about a subject, in id order.
    pub fn claims_of(&self, subject: SubjectId) -> Vec<ClaimId> {
        let Some(&n) = self.subjects.get(subject.index()) else {
            return Vec::new();
        };
        let mut out: Vec<ClaimId> = self
            .graph
            .edges_directed(n, Direction::Incoming)
            .filter(|e| *e.weight() == Stored::About)
            .filter_map(|e| match self.graph[e.source()] {
                Node::Claim(c) => Some(c),
                _ => None,
            })
            .collect();
        out.sort();
        out
    }

    /// The claims a document contains, in id order.
    pub fn claims_in(&self, doc: DocId) -> Vec<ClaimId> {
        let Some(&n) = self.documents.get(doc.index()) else {
            return Vec::new();
        };
        let mut out: Vec<ClaimId> = self
            .graph
            .edges_directed(n, Direction::Outgoing)
            .filter_map(|e| match self.graph[e.target()] {
                Node::Claim(c) => Some(c),
                _ => None,
            })
            .collect();
        out.sort();
        out
    }

    /// The claims a claim conflicts with, either way round, in id order.
    pub fn conflicts_of(&self, claim: ClaimId) -> Vec<ClaimId> {
        let Some(&n) = self.claims.get(claim.index()) else {
            return Vec::new();
        };
        let mut out: Vec<ClaimId> = self
            .graph
            .edges_directed(n, Direction::Outgoing)
            .chain(self.graph.edges_directed(n, Direction::Incoming))
            .filter(|e| *e.weight() == Stored::Conflicts)
            .filter_map(|e| {
                let other = if e.source() == n { e.target() } else { e.source() };
                match self.graph[other] {
                    Node::Claim(c) => Some(c),
                    _ => None,
                }
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The sources a claim cites, with pages.
    pub fn citations_of(&self, claim: ClaimId) -> Vec<(SourceId, Option<String>)> {
        self.claim_cites.get(claim.index()).cloned().unwrap_or_default()
    }

    /// Every node, in insertion order.
    pub fn nodes(&self) -> Vec<Node> {
        self.graph.node_indices().map(|n| self.graph[n]).collect()
    }

    /// Every edge as (from, to, edge), in insertion order.
    pub fn edges(&self) -> Vec<(Node, Node, Edge)> {
        self.graph
            .edge_references()
            .map(|e| (self.graph[e.source()], self.graph[e.target()], self.edge(*e.weight())))
            .collect()
    }

    /// An edge as stored, with its page if it has one.
    fn edge(&self, stored: Stored) -> Edge {
        match stored {
            Stored::Contains => Edge::Contains,
            Stored::About => Edge::About,
            Stored::Cites(page) => Edge::Cites { page: self.pages.get(page as usize).cloned().flatten() },
            Stored::Agrees => Edge::Agrees,
            Stored::Conflicts => Edge::Conflicts,
        }
    }

    /// Renders the graph in Graphviz DOT, naming nodes with `name`.
    pub fn to_dot(&self, name: impl Fn(Node) -> String) -> String {
        let mut out = String::from("digraph concord {\n");
        for n in self.graph.node_indices() {
            let node = self.graph[n];
            let shape = match node {
                Node::Document(_) => "folder",
                Node::Claim(_) => "box",
                Node::Subject(_) => "ellipse",
                Node::Source(_) => "note",
            };
            let _ = writeln!(out, "  n{} [shape={shape}, label={:?}];", n.index(), name(node));
        }
        for e in self.graph.edge_references() {
            let label = match self.edge(*e.weight()) {
                Edge::Cites { page: Some(page) } => format!("cites p. {page}"),
                edge => edge.label().to_string(),
            };
            let _ = writeln!(out, "  n{} -> n{} [label={label:?}];", e.source().index(), e.target().index());
        }
        out.push_str("}\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_membership_questions() {
        let docs = [DocId(0), DocId(0), DocId(1)];
        let mut g = ClaimGraph::build(2, &docs, &[vec![ClaimId(0), ClaimId(2)]], 1);
        g.add_conflict(ClaimId(0), ClaimId(2));
        g.add_citation(ClaimId(1), SourceId(0), Some("12".into()));
        assert_eq!(g.citations_of(ClaimId(1)), vec![(SourceId(0), Some("12".to_string()))]);
        assert!(g.to_dot(|n| format!("{n:?}")).contains("[label=\"cites p. 12\"]"));
        let cites = Edge::Cites { page: Some("12".into()) };
        assert!(g.edges().contains(&(Node::Claim(ClaimId(1)), Node::Source(SourceId(0)), cites)));
        assert_eq!(g.claims_of(SubjectId(0)), vec![ClaimId(0), ClaimId(2)]);
        assert_eq!(g.subject_of(ClaimId(1)), None);
        assert_eq!(g.document_of(ClaimId(2)), DocId(1));
        assert_eq!(g.claims_in(DocId(0)), vec![ClaimId(0), ClaimId(1)]);
        assert_eq!(g.conflicts_of(ClaimId(2)), vec![ClaimId(0)]);
        assert!(g.to_dot(|n| format!("{n:?}")).contains("conflicts"));
    }
}
