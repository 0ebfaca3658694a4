//! A tokenizer for prose: words, digit runs and single punctuation marks, each with its byte span and
//! the kind of white space before it.
//!
//! Tokens never span white space, and digits never join letters, so "1950s" is a digit run followed
//! by the word "s" with no gap: recognizers decide what adjacency means. Every Unicode space
//! separator (`\p{Zs}`: no-break, thin, narrow no-break spaces) counts as white space, and every
//! dash (`\p{Pd}`) is reported as [`Tok::Dash`], so "Feb. 24–25" and "Feb. 24-25" read alike.
//! One pass, linear in the input.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    /// A run of letters, with inner apostrophes ("didn’t", "o'clock").
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any dash or hyphen: `-`, `–`, `—`, `‐`, `−` (minus is a dash too; the number parser reads it
    /// as a sign where it stands before a digit).
    Dash,
    /// One other character that is not white space.
    Punct,
}

/// The white space before a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    /// The token touches the previous one.
    None,
    /// Exactly one space-like character (a digit-group separator may be one).
    Space,
    /// More white space, or a line break.
    Wide,
}

/// A token with its byte range in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub tok: Tok,
    /// Start byte offset in the document.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The white space before the token.
    pub gap: Gap,
}

/// Splits `text[range]` into tokens whose offsets refer to `text`.
pub fn tokenize(text: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let slice = &text[range.clone()];
    let base = range.start;
    let mut tokens = Vec::with_capacity(slice.len() / 4);
    let mut gap = Gap::None;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            gap = if gap == Gap::None && c != '\n' && c != '\r' { Gap::Space } else { Gap::Wide };
            continue;
        }
        let start = base + i;
        let (tok, end) = if c.is_ascii_digit() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + d.len_utf8();
                iter.next();
            }
            (Tok::Num, end)
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphabetic() {
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                // An apostrophe joins letters on both sides: "didn’t", "o'clock".
                if (d == '\'' || d == '’') && slice[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphabetic)
                {
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                break;
            }
            (Tok::Word, end)
        } else if is_dash(c) {
            (Tok::Dash, i + c.len_utf8())
        } else {
            (Tok::Punct, i + c.len_utf8())
        };
        tokens.push(Token { tok, start, end: base + end, gap });
        gap = Gap::None;
    }
    tokens
}

/// True for hyphens, dashes and the minus sign.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '⁻')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Tok, &str, Gap)> {
        tokenize(text, 0..text.len()).into_iter().map(|t| (t.tok, &text[t.start..t.end], t.gap)).collect()
    }

    #[test]
    fn digits_and_letters_split_without_gap() {
        assert_eq!(
            kinds("the 1950s"),
            vec![(Tok::Word, "the", Gap::None), (Tok::Num, "1950", Gap::Space), (Tok::Word, "s", Gap::None)]
        );
    }

    #[test]
    fn no_break_space_is_a_single_gap_and_en_dash_is_a_dash() {
        let toks = kinds("24\u{a0}Feb. 24–25");
        assert_eq!(toks[1], (Tok::Word, "Feb", Gap::Space));
        assert_eq!(toks[4], (Tok::Dash, "–", Gap::None));
    }

    #[test]
    fn apostrophes_join_words() {
        assert_eq!(kinds("o'clock didn’t")[0], (Tok::Word, "o'clock", Gap::None));
        assert_eq!(kinds("o'clock didn’t")[1], (Tok::Word, "didn’t", Gap::Space));
        assert_eq!(kinds("'50s")[0], (Tok::Punct, "'", Gap::None));
    }

    #[test]
    fn line_breaks_are_wide_gaps() {
        assert_eq!(kinds("a\nb")[1].2, Gap::Wide);
    }
}
