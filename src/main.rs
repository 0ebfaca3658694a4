//! The `concord` command: a thin shell around the engine. Argument parsing, reading files, printing
//! and exit codes live in [`cli`]; everything else is the library.

mod cli;

/// A run makes and drops many small strings and vectors on every thread: mimalloc's thread-local
/// heaps serve them faster than the system allocator, whose arenas grow a page at a time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
