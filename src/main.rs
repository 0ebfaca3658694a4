//! The `concord` command: a thin shell around the engine. Argument parsing, reading files, printing
//! and exit codes live in [`cli`]; everything else is the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
