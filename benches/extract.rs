//! Extraction, scanning and whole-pipeline benchmarks: `cargo bench --bench extract`.
//!
//! - `extract_example_notes`: scan and extract the six example notes (real prose, small).
//! - `extract_generated_1mb`: scan and extract about 1 MB of generated notes, as one document.
//! - `scan_generated_1mb`: the Markdown scan alone on the same text.
//! - `analyze_corpus`: the whole engine (`pipeline::analyze`: extraction in parallel, linking, the
//!   graph and the rules) on 20, 200 and 2,000 generated notes, to show how the corpus-wide stages
//!   scale; each step is ten times the previous one, so near-linear scaling means ratios near 10.
//! - `link_corpus`: linking alone on the claims of the same corpora, already extracted.
//! - `check_broad_subjects`: the whole engine on the same corpora with a claims.toml whose two cues
//!   take claims from nearly every note, so that one subject grows with the corpus: the rules must
//!   scale with the disjoint pairs, not with their square.
//!
//! The generated notes come from `examples/gen_corpus.rs`, compiled here as a module, with a fixed
//! seed, so every run measures the same bytes. Extraction benchmarks run on one thread; the pipeline
//! uses rayon's pool, whose size `RAYON_NUM_THREADS` sets. The whole run takes about a minute.

use concord::config::Settings;
use concord::corpus::{Format, scan};
use concord::extract::{Extraction, extract};
use concord::id::DocId;
use concord::link::{LinkInput, Topic, link};
use concord::pipeline::{Input, analyze};

// The generator's command-line entry point and the parts only it uses are dead code here.
#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

/// The seed of every generated text, so that runs compare.
const SEED: u64 = 42;

/// Corpus sizes for the scaling benchmarks: 1×, 10× and 100× a small corpus.
const NOTES: [usize; 3] = [20, 200, 2_000];

/// The allocator the `concord` binary uses, so that the figures are the command's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// The example notes, concatenated: realistic prose with dates, counts and citations.
fn sample() -> String {
    let notes = [
        include_str!("../docs/examples/secret-speech/amira.md"),
        include_str!("../docs/examples/secret-speech/ben.md"),
        include_str!("../docs/examples/secret-speech/chen-notes.md"),
        include_str!("../docs/examples/secret-speech/dara.md"),
        include_str!("../docs/examples/secret-speech/eli.md"),
        include_str!("../docs/examples/secret-speech/farah.md"),
    ];
    notes.join("\n\n")
}

/// About 1 MB of generated notes, concatenated into one Markdown document.
fn generated_mb() -> String {
    gen_corpus::text(SEED, 1 << 20)
}

/// The first `count` generated notes as pipeline inputs.
fn inputs(count: usize) -> Vec<Input> {
    gen_corpus::notes(SEED, count).into_iter().map(|note| Input { path: note.path, text: note.text }).collect()
}

#[divan::bench]
fn extract_example_notes(bencher: divan::Bencher) {
    let text = sample();
    bencher.counter(divan::counter::BytesCount::new(text.len())).bench(|| {
        let prose = scan(divan::black_box(&text), Format::Markdown);
        extract(&prose).claims.len()
    });
}

#[divan::bench(sample_count = 20)]
fn extract_generated_1mb(bencher: divan::Bencher) {
    let text = generated_mb();
    bencher.counter(divan::counter::BytesCount::new(text.len())).bench(|| {
        let prose = scan(divan::black_box(&text), Format::Markdown);
        extract(&prose).claims.len()
    });
}

#[divan::bench(sample_count = 20)]
fn scan_generated_1mb(bencher: divan::Bencher) {
    let text = generated_mb();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| scan(divan::black_box(&text), Format::Markdown).blocks.len());
}

#[divan::bench(args = NOTES, sample_count = 5, sample_size = 1)]
fn analyze_corpus(bencher: divan::Bencher, notes: usize) {
    let corpus = inputs(notes);
    let bytes: usize = corpus.iter().map(|input| input.text.len()).sum();
    let settings = Settings::default();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .with_inputs(|| corpus.clone())
        .bench_values(|corpus| analyze(corpus, &settings).findings.len());
}

/// Two declared subjects that nearly every generated note states.
const BROAD: &str = "[[claim]]\nid = \"workers\"\ncues = [\"workers\"]\nunit = \"workers\"\n\n\
                     [[claim]]\nid = \"opened\"\nkind = \"date\"\ncues = [\"opened\"]\n";

#[divan::bench(args = NOTES, sample_count = 5, sample_size = 1)]
fn check_broad_subjects(bencher: divan::Bencher, notes: usize) {
    let corpus = inputs(notes);
    let bytes: usize = corpus.iter().map(|input| input.text.len()).sum();
    let settings = Settings::from_toml(BROAD).expect("the benchmark's claims.toml parses");
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .with_inputs(|| corpus.clone())
        .bench_values(|corpus| analyze(corpus, &settings).findings.len());
}

#[divan::bench(args = NOTES, sample_count = 5, sample_size = 1)]
fn link_corpus(bencher: divan::Bencher, notes: usize) {
    let corpus = inputs(notes);
    let extractions: Vec<Extraction> =
        corpus.iter().map(|input| extract(&scan(&input.text, Format::from_path(&input.path)))).collect();
    let claims: Vec<LinkInput<'_>> = extractions
        .iter()
        .enumerate()
        .flat_map(|(d, extraction)| {
            extraction.claims.iter().map(move |claim| LinkInput { doc: DocId::from_index(d), claim })
        })
        .collect();
    let topics: Vec<Topic<'_>> = extractions.iter().map(|e| Topic { stems: &e.stems, sections: &e.sections }).collect();
    let settings = Settings::default();
    bencher.counter(divan::counter::ItemsCount::new(claims.len())).bench(|| link(&claims, &topics, &settings).len());
}
