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
    /// One line break inside a paragraph, with the next line going on in lower case, digits or
    /// signs ("26,000\nwords", "11:40\np.m."): as joining as a space, but no digit-group separator.
    Line,
    /// More white space, a blank line, or a line break before a capital.
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
    /// True when the token has an upper-case letter.
    pub caps: bool,
}

/// Splits `text[range]` into tokens whose offsets refer to `text`.
///
/// ASCII, most of any English text, is read byte by byte; other characters are decoded and
/// classified by their Unicode properties.
pub fn tokenize(text: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(range.len() / 4);
    tokenize_into(text, range, &mut tokens);
    tokens
}

/// As [`tokenize`], into `tokens`, which is emptied first.
pub fn tokenize_into(text: &str, range: std::ops::Range<usize>, tokens: &mut Vec<Token>) {
    tokens.clear();
    let bytes = text.as_bytes();
    let end = range.end;
    let mut gap = Gap::None;
    let mut i = range.start;
    while i < end {
        // ASCII, most of any English text, takes the short way, by the class of its first byte.
        let b = bytes[i];
        match ASCII_CLASSES[usize::from(b)] {
            SPACE => {
                gap = space(gap);
                i += 1;
                continue;
            }
            BREAK => {
                gap = line_break(gap, b);
                i += 1;
                continue;
            }
            DIGIT => {
                let start = i;
                i += 1;
                while i < end && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                tokens.push(Token { tok: Tok::Num, start, end: i, gap, caps: false });
                gap = gap_after(bytes, &mut i, end);
                continue;
            }
            class @ (LOWER | UPPER) => {
                let start = i;
                let caps;
                (i, caps) = word_end(text, i + 1, end);
                let caps = caps || class == UPPER;
                tokens.push(Token { tok: Tok::Word, start, end: i, gap: before(gap, class == UPPER), caps });
                gap = gap_after(bytes, &mut i, end);
                continue;
            }
            MARK => {
                let start = i;
                i += 1;
                let tok = if b == b'-' { Tok::Dash } else { Tok::Punct };
                tokens.push(Token { tok, start, end: i, gap, caps: false });
                gap = gap_after(bytes, &mut i, end);
                continue;
            }
            _ => {}
        }
        let c = char_at(text, i);
        let width = c.len_utf8();
        if c.is_whitespace() {
            gap = space(gap);
            i += width;
            continue;
        }
        let start = i;
        let mut caps = false;
        let tok = if c.is_alphabetic() {
            (i, caps) = word_end(text, i + width, end);
            caps |= c.is_uppercase();
            Tok::Word
        } else {
            i += width;
            if is_dash(c) { Tok::Dash } else { Tok::Punct }
        };
        tokens.push(Token { tok, start, end: i, gap: before(gap, c.is_uppercase()), caps });
        gap = gap_after(bytes, &mut i, end);
    }
}

/// The gap after a space-like character, given the gap before it. Spaces after a line break (the
/// indent of a wrapped line) or before one leave it a wrapped line.
fn space(gap: Gap) -> Gap {
    match gap {
        Gap::None => Gap::Space,
        Gap::Line => Gap::Line,
        Gap::Space | Gap::Wide => Gap::Wide,
    }
}

/// The gap before a token: a wrapped line that opens with a capital may open an item or a sentence
/// of its own, and is read as a new line.
fn before(gap: Gap, capital: bool) -> Gap {
    if gap == Gap::Line && capital { Gap::Wide } else { gap }
}

/// The gap after a line-break byte, given the gap before it: a first line break (after no space or
/// trailing spaces) is a wrapped line, a second one a blank line. A carriage return changes nothing.
fn line_break(gap: Gap, byte: u8) -> Gap {
    match (byte, gap) {
        (b'\r', _) => gap,
        (_, Gap::None | Gap::Space) => Gap::Line,
        _ => Gap::Wide,
    }
}

/// The white space after a token that ends at byte `i`, so far: one ASCII space, the commonest, is
/// taken at once.
#[inline(always)]
fn gap_after(bytes: &[u8], i: &mut usize, end: usize) -> Gap {
    if *i < end && bytes[*i] == b' ' {
        *i += 1;
        Gap::Space
    } else {
        Gap::None
    }
}

/// The end of the word whose first letter ends at byte `from`, and whether a letter after that first
/// one is a capital.
///
/// A word runs over letters in any script, and over an apostrophe between letters ("didn’t",
/// "o'clock"). ASCII letters are read eight at a time where the text allows.
#[inline(always)]
fn word_end(text: &str, from: usize, end: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut caps = false;
    let mut i = from;
    loop {
        while i + 8 <= end {
            let Ok(chunk) = <[u8; 8]>::try_from(&bytes[i..i + 8]) else { break };
            let (letters, upper) = ascii_letters(chunk);
            caps |= upper;
            i += letters;
            if letters < 8 {
                break;
            }
        }
        while i < end {
            let class = ASCII_CLASSES[usize::from(bytes[i])];
            if class != LOWER && class != UPPER {
                break;
            }
            caps |= class == UPPER;
            i += 1;
        }
        if i >= end {
            break;
        }
        let b = bytes[i];
        if b.is_ascii() && b != b'\'' {
            break;
        }
        let d = char_at(text, i);
        if !d.is_ascii() && d.is_alphabetic() {
            caps |= d.is_uppercase();
            i += d.len_utf8();
            continue;
        }
        // An apostrophe joins letters on both sides: "didn’t", "o'clock".
        let after = i + d.len_utf8();
        if (d == '\'' || d == '’') && after < end && char_at(text, after).is_alphabetic() {
            i = after;
            continue;
        }
        break;
    }
    (i, caps)
}

/// How many of the first bytes of an eight-byte chunk are ASCII letters, and whether one of those is
/// a capital, worked out on all eight at once.
#[inline(always)]
fn ascii_letters(chunk: [u8; 8]) -> (usize, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = u64::from_le_bytes(chunk);
    // Upper case folded into lower case and the top bit cleared, so that no byte carries into the
    // next in the sums below.
    let folded = (x | (0x20 * ONES)) & (0x7F * ONES);
    // The top bit of each byte: at or past 'a', past 'z', and set in the text (not ASCII).
    let from_a = folded + u64::from(0x80 - b'a') * ONES;
    let past_z = folded + u64::from(0x80 - b'z' - 1) * ONES;
    let letters = from_a & !past_z & !x & HIGH;
    let others = !letters & HIGH;
    // The bits below the first byte that is no letter (all of them when every byte is one), and
    // among them the capitals: letters whose 0x20 bit is clear.
    let run = others.wrapping_sub(1) & !others;
    let upper = letters & !(x << 2) & run;
    ((others.trailing_zeros() / 8) as usize, upper != 0)
}

/// [`ASCII_CLASSES`] of white space within a line.
const SPACE: u8 = 1;
/// [`ASCII_CLASSES`] of a line break.
const BREAK: u8 = 2;
/// [`ASCII_CLASSES`] of a digit.
const DIGIT: u8 = 3;
/// [`ASCII_CLASSES`] of a lower-case letter.
const LOWER: u8 = 4;
/// [`ASCII_CLASSES`] of an upper-case letter.
const UPPER: u8 = 5;
/// [`ASCII_CLASSES`] of any other ASCII character: a mark, a token of its own.
const MARK: u8 = 6;

/// Each byte's class as an ASCII character; 0 for the bytes of other characters.
const ASCII_CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = match c {
            b' ' | b'\t' | 0x0B | 0x0C => SPACE,
            b'\n' | b'\r' => BREAK,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            _ => MARK,
        };
        b += 1;
    }
    table
};

/// The character that starts at byte `i` of `text`, a character boundary.
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b.is_ascii() { char::from(b) } else { text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER) }
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
    fn a_wrapped_line_is_a_line_gap_and_a_new_line_or_paragraph_a_wide_one() {
        let gap = |text: &str| kinds(text)[1].2;
        assert_eq!(gap("a\nb"), Gap::Line);
        assert_eq!(gap("a \r\n  b"), Gap::Line);
        assert_eq!(gap("a\n7"), Gap::Line);
        // A line opening with a capital may open an item or a sentence; a blank line ends a paragraph.
        assert_eq!(gap("a\nB"), Gap::Wide);
        assert_eq!(gap("a\nÉb"), Gap::Wide);
        assert_eq!(gap("a\n\nb"), Gap::Wide);
        assert_eq!(gap("a  b"), Gap::Wide);
    }

    #[test]
    fn capitals_are_flagged_in_any_script() {
        let text = "Élan mixedCase plain ÜBER 1956";
        let caps: Vec<bool> = tokenize(text, 0..text.len()).iter().map(|t| t.caps).collect();
        assert_eq!(caps, vec![true, true, false, true, false]);
    }

    #[test]
    fn letters_outside_ascii_join_words_and_a_range_is_respected() {
        assert_eq!(kinds("Khrushchëv’s naïve")[0], (Tok::Word, "Khrushchëv’s", Gap::None));
        let text = "xx words";
        let toks = tokenize(text, 3..text.len());
        assert_eq!((toks[0].start, toks[0].end), (3, 8));
    }
}
