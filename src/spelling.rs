//! Slips of the pen: whether one spelling is a one-letter slip for another.
//!
//! Used to flag misspelt names (the `name-variant` rule) and, in linking, to read a misspelt word as
//! the word it stands for ("governer" as "governor").

/// A word, lower-cased, and each of its one-letter deletions.
pub fn deletion_keys(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.to_lowercase().chars().collect();
    let mut keys = vec![chars.iter().collect::<String>()];
    for skip in 0..chars.len() {
        keys.push(chars.iter().enumerate().filter(|(k, _)| *k != skip).map(|(_, c)| c).collect());
    }
    keys
}

/// True when `variant` is one edit (a letter added, dropped, changed or two swapped) from `canonical`,
/// with the same first letter. Differences in the last
/// two letters (the words sharing at most their final letter) only count when a vowel stands for
/// another ("Schabowsky", "Launey"): letters added or changed at the end are as often another word
/// ("Titanica", "Stalinism" beside "Stalinist", "Germans" beside "Germany"), so such slips go
/// unflagged. A `z` for an `s` is a spelling convention ("Stalinization"), not a slip.
pub fn is_misspelling(variant: &str, canonical: &str) -> bool {
    let v: Vec<char> = variant.to_lowercase().chars().collect();
    let c: Vec<char> = canonical.to_lowercase().chars().collect();
    if v.first() != c.first() {
        return false;
    }
    let distance = strsim::damerau_levenshtein(&variant.to_lowercase(), &canonical.to_lowercase());
    if distance != 1 {
        return false;
    }
    let prefix = v.iter().zip(&c).take_while(|(a, b)| a == b).count();
    let suffix = v.iter().rev().zip(c.iter().rev()).take_while(|(a, b)| a == b).count();
    let shorter = v.len().min(c.len());
    if prefix + 2 >= shorter && suffix <= 1 {
        // The words differ only at the end: a vowel for a vowel, in words of one length. A changed
        // consonant there is as often a derivation ("Stalinism", "Stalinist") as a slip.
        let vowel = |ch: char| matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        return v.len() == c.len() && (prefix..v.len()).all(|k| v[k] == c[k] || vowel(v[k]) && vowel(c[k]));
    }
    // One letter changed in the middle: s and z are two conventions of one spelling.
    if v.len() == c.len() && prefix + suffix + 1 == v.len() {
        let (a, b) = (v[prefix], c[prefix]);
        if matches!((a, b), ('s', 'z') | ('z', 's')) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_misspelling;

    #[test]
    fn misspellings_are_one_edit_away() {
        assert!(is_misspelling("Khruschev", "Khrushchev"));
        assert!(is_misspelling("Joesph", "Joseph"));
        assert!(is_misspelling("Southhampton", "Southampton"));
    }

    #[test]
    fn dont_flag_derivations_conventions_other_initials_or_distant_names() {
        assert!(!is_misspelling("Germans", "German"));
        assert!(!is_misspelling("Germans", "Germany"));
        assert!(!is_misspelling("Titanica", "Titanic"));
        assert!(!is_misspelling("Stalinism", "Stalinists"));
        assert!(!is_misspelling("Stalinism", "Stalinist"));
        // A consonant slip at the very end is left alone with the derivations.
        assert!(!is_misspelling("Siegelbaun", "Siegelbaum"));
        assert!(!is_misspelling("Stalinisation", "Stalinization"));
        assert!(!is_misspelling("Russia", "Prussia"));
        assert!(!is_misspelling("Austria", "Australia"));
    }

    #[test]
    fn a_vowel_for_a_vowel_at_the_end_is_a_misspelling() {
        assert!(is_misspelling("Schabowsky", "Schabowski"));
        assert!(is_misspelling("Launey", "Launay"));
        assert!(is_misspelling("Bastile", "Bastille"));
        assert!(is_misspelling("Titannic", "Titanic"));
    }
}
