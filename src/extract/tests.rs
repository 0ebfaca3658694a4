use super::*;
use crate::corpus::{Format, scan};

/// Extracts from a line of Markdown and renders each claim as `text => kind value`.
fn claims(text: &str) -> Vec<String> {
    let prose = scan(text, Format::Markdown);
    extract(&prose).claims.iter().map(|c| format!("{} => {} {}", &text[c.span.clone()], c.kind, c.value)).collect()
}

/// Each claim's text with one of its flags ([`Claim::part`], [`Claim::rate`]).
fn flagged(text: &str, flag: impl Fn(&Claim) -> bool) -> Vec<(String, bool)> {
    let prose = scan(text, Format::Markdown);
    extract(&prose).claims.iter().map(|c| (text[c.span.clone()].to_string(), flag(c))).collect()
}

/// Claim texts with their flags, as [`flagged`] gives them.
fn owned(pairs: &[(&str, bool)]) -> Vec<(String, bool)> {
    pairs.iter().map(|&(t, f)| (t.to_string(), f)).collect()
}

#[track_caller]
fn check(text: &str, expected: &[&str]) {
    assert_eq!(claims(text), expected, "in {text:?}");
}

#[test]
fn a_day_with_its_suffix_after_a_month_and_a_comma() {
    check("The court sat on October, 1st.", &["October, 1st => date XXXX-10-01"]);
    check("The court sat on October, 1st, 1956.", &["October, 1st, 1956 => date 1956-10-01"]);
    // A rank the comma leaves to what follows it.
    check("In October, 1st Army attacked.", &["October => date XXXX-10", "1st => ordinal 1"]);
}

#[test]
fn a_claim_may_run_over_a_wrapped_line() {
    check("He spoke for four\nhours.", &["four\nhours => duration PT4H"]);
    check("It ended at 11:40\np.m. that night.", &["11:40\np.m. => date T23:40"]);
    check("- the wall ran for 155\n  km around the city", &["155\n  km => quantity 155 km"]);
    // A line opening with a capital is not read on from the line before.
    check("Length: 155\nMiles of it were walled.", &["155 => count 155"]);
    // Nor does a figure on the next line join a figure as its digit group.
    check("The total was 12\n345 ships sailed.", &["12 => count 12", "345 => count 345"]);
}

#[test]
fn a_word_opening_the_next_line_before_its_own_figure_is_no_noun_of_this_one() {
    let nouns = |text: &str| -> Vec<Option<String>> {
        extract(&scan(text, Format::Text)).claims.iter().map(|c| c.noun.clone()).collect()
    };
    assert_eq!(nouns("passengers 1,316\ncrew 908\n"), [None, None]);
    assert_eq!(nouns("died 1,517\nsurvivors 706\n"), [None, None]);
    // A wrapped line still gives the figure its noun.
    assert_eq!(
        nouns("There were 1,316\npassengers and 908\ncrew aboard.\n"),
        [Some("passengers".into()), Some("crew".into())]
    );
}

#[test]
fn full_dates_in_every_order() {
    check("The speech came on February 24, 1956 at night.", &["February 24, 1956 => date 1956-02-24"]);
    check("It began on the 24th of February 1956.", &["the 24th of February 1956 => date 1956-02-24"]);
    check("Delegates heard it on 24\u{a0}February 1956.", &["24\u{a0}February 1956 => date 1956-02-24"]);
    check("The ship sank on april 15th 1912.", &["april 15th 1912 => date 1912-04-15"]);
    check("It was 14 Apr 1912.", &["14 Apr 1912 => date 1912-04-14"]);
    check("They met on the fourteenth of July, 1789.", &["the fourteenth of July, 1789 => date 1789-07-14"]);
}

#[test]
fn day_ranges_and_partial_dates() {
    check(
        "The session ran Feb. 24–25, 1956, behind closed doors.",
        &["Feb. 24–25, 1956 => date 1956-02-24/1956-02-25"],
    );
    check("It took place in February of 1956.", &["February of 1956 => date 1956-02"]);
    check("The army crossed in June 1941.", &["June 1941 => date 1941-06"]);
    // One of two days.
    check("It happened on 3 or 4 May 1915.", &["3 or 4 May 1915 => date 1915-05-03/1915-05-04"]);
    check("It happened on Feb. 24 or 25, 1956.", &["Feb. 24 or 25, 1956 => date 1956-02-24/1956-02-25"]);
    check("Kirov was shot in December of 1934.", &["December of 1934 => date 1934-12"]);
    check("She left on 10 April for New York.", &["10 April => date XXXX-04-10"]);
    check("The wall went up on 12/13 August 1961.", &["12/13 August 1961 => date 1961-08-12/1961-08-13"]);
    check("In spring 1956 the thaw began.", &["spring 1956 => date 1956-03/1956-05"]);
}

#[test]
fn a_day_without_its_month_takes_it_from_the_end_of_its_range() {
    check(
        "The strike ran from Friday the 11th until Tuesday the 15th of March 1921.",
        &["Friday the 11th until Tuesday the 15th of March 1921 => date 1921-03-11/1921-03-15"],
    );
    // A later day of the month falls in the month before, and January's in the year before.
    check(
        "The fair ran from Sunday the 28th until Tuesday the 2nd of March 1920.",
        &["Sunday the 28th until Tuesday the 2nd of March 1920 => date 1920-02-28/1920-03-02"],
    );
    check(
        "The fair ran from Thursday the 30th until Monday the 3rd of January 1921.",
        &["Thursday the 30th until Monday the 3rd of January 1921 => date 1920-12-30/1921-01-03"],
    );
    // A weekday's short form before the second day belongs to it; alone it is a word.
    check(
        "The fair ran from 1st Jan until Wed. 22 Jan 1919.",
        &["1st Jan until Wed. 22 Jan 1919 => date 1919-01-01/1919-01-22"],
    );
    check("They sat 12 hours.", &["12 hours => duration PT12H"]);
    // April has no 31st: no range, and the day stays without a month.
    check(
        "The fair ran from Saturday the 31st until Monday the 2nd of May 1921.",
        &["Saturday the 31st => date XXXX-XX-31", "Monday the 2nd of May 1921 => date 1921-05-02"],
    );
}

#[test]
fn a_period_from_a_bare_day_to_a_date() {
    check("The siege ran from 4 to January 22, 1995.", &["4 to January 22, 1995 => date 1995-01-04/1995-01-22"]);
    check("They scored from 4 to January's end.", &["4 => count 4"]);
}

#[test]
fn numeric_dates_only_where_unambiguous() {
    check("Recorded as 1956-02-24 in the file.", &["1956-02-24 => date 1956-02-24"]);
    check("The visit was on 26.6.1963.", &["26.6.1963 => date 1963-06-26"]);
    check("The ledger gives 1963.6.26 for the visit.", &["1963.6.26 => date 1963-06-26"]);
}

#[test]
fn years_decades_centuries_and_circa() {
    check("The purges of the late 1930s shook the party.", &["late 1930s => year 1937/1939"]);
    check("Terror peaked in the mid-1930s.", &["mid-1930s => year 1933/1936"]);
    check("A photograph from c1935-c1937 survives.", &["c1935-c1937 => year 1935~/1937~"]);
    check("Stalin (1879-1953) ruled for decades.", &["1879-1953 => year 1879/1953"]);
    check("Peoples were deported in 1943 and 1944.", &["1943 and 1944 => year 1943/1944"]);
    check("The mason was born in 1809 or 1810.", &["1809 or 1810 => year 1809/1810"]);
    check("It burned in 1809 or 1812.", &["1809 => year 1809", "1812 => year 1812"]);
    check("Between 1949 and 1961 many left.", &["1949 => year 1949", "1961 => year 1961"]);
    check("A castle of the 14th century stood there.", &["14th century => year 13XX"]);
    check("It was built around 1370 or so.", &["around 1370 or so => year 1370~"]);
    check("Prices rose in the 1950's.", &["1950's => year 195X"]);
}

#[test]
fn a_year_after_a_word_of_time_dates_the_clause_it_starts() {
    // A plural noun after a year makes it a count ("1500 sacks"), but not after "in" or "since".
    check("In 2019 divers found a second anchor.", &["2019 => year 2019"]);
    check("Since 1972 visitors have come each summer.", &["1972 => year 1972"]);
    check("The store held 1500 sacks of grain.", &["1500 => count 1500"]);
    // An adverb is no counted noun.
    check("Surveys ran every summer from 1961 onwards.", &["1961 => year 1961"]);
    // A year before a range of its own stands alone.
    check("Divers went down in 1933 and 1934–35.", &["1933 => year 1933", "1934–35 => year 1934/1935"]);
    // Two consecutive years joined by "and" name what follows; joined by "or" they may be an estimate.
    check("The 1316 and 1317 charters dropped the clause.", &["1316 and 1317 => year 1316/1317"]);
    check("Some 1500 or 1501 men died.", &["Some 1500 or 1501 => count 1500..1501"]);
}

#[test]
fn centuries_and_decades_joined_in_one_phrase() {
    check("The nave dates from the 12th and 13th centuries.", &["12th and 13th centuries => year 1100/1299"]);
    check("Trade grew from the 12th to the 14th century.", &["12th to the 14th century => year 1100/1399"]);
    check("Ports grew in the 18th–19th centuries.", &["18th–19th centuries => year 1700/1899"]);
    check("Its walls stood in the 5th and 4th centuries BC.", &["5th and 4th centuries BC => year -499/-300"]);
    // Two that do not touch are two claims, and neither is a day of the month.
    check("The nave dates from the 12th and 14th centuries.", &["12th => year 11XX", "14th centuries => year 13XX"]);
    // A decade without its century takes the century of the one before it.
    check("The city grew in the 1850s and 60s.", &["1850s and 60s => year 1850/1869"]);
    check("Jazz spread in the 1920s to '40s.", &["1920s to '40s => year 1920/1949"]);
    check("In the 1950s and 60 people came.", &["1950s => year 195X", "60 => count 60"]);
    // Two decades with their centuries, the ends of a range.
    check("From the 1790s to the 1830s the town grew.", &["1790s to the 1830s => year 1790/1839"]);
    check("Between the 1920s and the 1940s it grew.", &["1920s and the 1940s => year 1920/1949"]);
    check("In the 1950s and the 1970s it grew.", &["1950s => year 195X", "1970s => year 197X"]);
}

#[test]
fn centuries_before_the_era_and_years_joined_by_a_slash() {
    check("The city fell in the 5th century BC.", &["5th century BC => year -499/-400"]);
    check("Its walls date from the third century B.C.", &["third century B.C. => year -299/-200"]);
    check("A road of the 1st century AD ran there.", &["1st century AD => year 00XX"]);
    check("In the 18th-century the port grew.", &["18th-century => year 17XX"]);
    check("In the winter of 1941/42 the front froze.", &["1941/42 => year 1941/1942"]);
    check("The 1999/2000 season was the last.", &["1999/2000 => year 1999/2000"]);
    // With a dash, or after "winter", two digits after a year end a range, not a month.
    check("In the winter of 1708–09 the Baltic froze.", &["1708–09 => year 1708/1709"]);
    check("In the winter of 1708-09 the Baltic froze.", &["1708-09 => year 1708/1709"]);
    check("Records for 2016-09 are lost.", &["2016-09 => date 2016-09"]);
    // Only consecutive years: "1941/45" is no winter.
    assert!(claims("Records for 1941/45 are lost.").iter().all(|c| !c.contains("1941/")));
}

#[test]
fn times_with_and_without_dates() {
    check(
        "At 11:40 p.m. on 14 April 1912 a lookout called out.",
        &["11:40 p.m. on 14 April 1912 => date 1912-04-14T23:40"],
    );
    check(
        "It sank on April 14th 1912 at about 2.20am.",
        &["April 14th 1912 at about 2.20am => date 1912-04-14T02:20~"],
    );
    check("Crowds gathered on 9 Nov 1989, around 8 p.m.", &["9 Nov 1989, around 8 p.m. => date 1989-11-09T20:00~"]);
    check("The ship arrived around 4 a.m. that day.", &["around 4 a.m. => date T04:00~"]);
    check("The fortress fell at about five in the afternoon.", &["about five in the afternoon => date T17:00~"]);
    check("Photo taken 2018-04-24 at 11.40.34 AM.", &["2018-04-24 at 11.40.34 AM => date 2018-04-24T11:40"]);
}

#[test]
fn counts_with_qualifiers_and_nouns() {
    check("Some 51,439 prisoners were released.", &["Some 51,439 => count ~51439"]);
    check("They freed over 50,000 people.", &["over 50,000 => count >50000"]);
    check("Sentences were cut for nearly 20,000 more.", &["nearly 20,000 => count ~20000"]);
    check("It ran to 26,000 words.", &["26,000 => count 26000"]);
    check("He gave a 26,000 word speech.", &["26,000 => count 26000"]);
    check("Ninety-eight attackers died.", &["Ninety-eight => count 98"]);
    check("There were twenty-six thousand copies.", &["twenty-six thousand => count 26000"]);
    check("A crowd of thousands gathered.", &["thousands => count >1000"]);
    check("About 1.5 million people left.", &["About 1.5 million => count ~1500000"]);
    check("Some 1 500 people died.", &["Some 1 500 => count ~1500"]);
    // A hedge makes the figure approximate.
    check("Perhaps 2 million starved.", &["Perhaps 2 million => count ~2000000"]);
    check("Upward of 10,000 marched.", &["Upward of 10,000 => count >10000"]);
    check("Roughly two dozen ships sank.", &["Roughly two dozen => count ~24"]);
    check("There were 20-odd survivors.", &["20-odd => count >20"]);
    // A figure grouped in thousands after a capitalised word is no name's number.
    check("The British 57,470 casualties fell.", &["57,470 => count 57470"]);
    check("The Boeing 747 flew.", &[]);
    check("It was probably 1956 when he spoke.", &["probably 1956 => year 1956~"]);
}

#[test]
fn counted_nouns_are_kept() {
    let prose = scan("In all 51,439 prisoners were released and 16 watertight compartments held.", Format::Markdown);
    let nouns: Vec<_> = extract(&prose).claims.into_iter().map(|c| c.noun).collect();
    assert_eq!(nouns, vec![Some("prisoners".to_string()), Some("compartments".to_string())]);
}

#[test]
fn dont_take_an_owner_for_the_counted_noun() {
    let prose = scan("About 70,000 of the city's 80,000 inhabitants lost their homes.", Format::Markdown);
    let nouns: Vec<_> = extract(&prose).claims.into_iter().map(|c| c.noun).collect();
    assert_eq!(nouns, vec![None, Some("inhabitants".to_string())]);
}

#[test]
fn durations_and_ages() {
    check("The speech lasted four hours.", &["four hours => duration PT4H"]);
    check("It took nearly four hours to read.", &["nearly four hours => duration ~PT4H"]);
    check("Within 6 months he led the party.", &["Within 6 months => duration <P6M"]);
    check("It sank two hours and forty minutes later.", &["two hours and forty minutes => duration PT2H40M"]);
    check("It took 160 minutes.", &["160 minutes => duration PT160M"]);
    check("Totality lasted 6 min 51 s.", &["6 min 51 s => duration PT6M51S"]);
    // A letter "d" is days before hours; alone it is as often pence.
    check("The flight took 8 d 3 h 18 min.", &["8 d 3 h 18 min => duration P8DT3H18M"]);
    check("A loaf cost 6 d in the war.", &["6 => count 6"]);
    check("The 59-year-old governor was killed.", &["59-year-old => duration P59Y"]);
    check("Gueffroy, aged 20, was shot.", &["aged 20 => duration P20Y"]);
    // A figure with thousands after a name is no age: "the South Summit, 28,700 ft".
    check("They reached the South Summit, 28,700 ft up.", &["28,700 ft => quantity 28700 ft"]);
}

#[test]
fn a_part_of_one_unit_is_a_length_or_a_measure() {
    check("They stayed a quarter of an hour.", &["a quarter of an hour => duration PT15M"]);
    check("It took three quarters of an hour.", &["three quarters of an hour => duration PT45M"]);
    check("Three quarters of a century later it fell.", &["Three quarters of a century => duration P75Y"]);
    check("The road ran a third of a mile.", &["a third of a mile => quantity 0.333333 mi"]);
    // A part of a whole that is no unit is a share.
    check("A third of the crew died.", &["A third => percent ~33%"]);
}

#[test]
fn a_part_of_a_scale_is_a_number() {
    check("A quarter of a million people marched.", &["A quarter of a million => count 250000"]);
    check("Some three-quarters of a million men served.", &["Some three-quarters of a million => count ~750000"]);
    check("A third of a million died.", &["A third of a million => count 333333"]);
}

#[test]
fn over_and_under_before_a_day_are_prepositions() {
    check("The push stretched over 28–29 May.", &["28–29 May => date XXXX-05-28/XXXX-05-29"]);
    check("Over 1,500 people died.", &["Over 1,500 => count >1500"]);
    check("It was over 1956 levels.", &["over 1956 => count >1956"]);
}

#[test]
fn approximation_signs_and_unit_letters_before_prepositions() {
    check("The camp stood at ≈ 26,000 ft.", &["≈ 26,000 ft => quantity ~26000 ft"]);
    check("They reached ~8,600 m on 28 May.", &["~8,600 m => quantity ~8600 m", "28 May => date XXXX-05-28"]);
    check("He sold 5 m people nothing.", &["5 m => count 5000000"]);
    check("Some 50ish people turned up.", &["Some 50ish => count ~50"]);
    check("The hall held 300-ish chairs.", &["300-ish => count ~300"]);
    check("We drove at 40ish km an hour.", &["40ish km an hour => quantity ~40 km/h"]);
}

#[test]
fn over_after_a_length_says_across_what() {
    check("The road climbs 300 m over 5 km.", &["300 m => quantity 300 m", "5 km => quantity 5 km"]);
    check("The track ran over 5 km.", &["over 5 km => quantity >5 km"]);
}

#[test]
fn a_clock_time_takes_the_part_of_the_day_after_it() {
    check(
        "It blew up at 1:23 in the morning on 26 April 1986.",
        &["1:23 in the morning on 26 April 1986 => date 1986-04-26T01:23"],
    );
    check("At 9:30 in the evening the gates shut.", &["9:30 in the evening => date T21:30"]);
    check("At 10:15 the gates shut.", &["10:15 => date T10:15"]);
}

#[test]
fn a_day_after_a_place_is_a_date_not_a_name() {
    check("The news was printed in London 2 June.", &["2 June => date XXXX-06-02"]);
    check("The tower is Grenzmauer 75 in the catalogue.", &[]);
}

#[test]
fn fractions_written_as_one_sign() {
    check("The march took 21½ hours.", &["21½ hours => duration PT1290M"]);
    check("The road ran 3¾ miles.", &["3¾ miles => quantity 3.75 mi"]);
    check("The call took a ½ hour.", &["½ hour => duration PT30M"]);
    check("Only ¼ mile remained.", &["¼ mile => quantity 0.25 mi"]);
    check("The camp lay approximately one-half miles east.", &["approximately one-half miles => quantity ~0.5 mi"]);
    check("The climb took three-quarters hour.", &["three-quarters hour => duration PT45M"]);
    check("Three-quarters of a century later the wall fell.", &["Three-quarters of a century => duration P75Y"]);
    check("The path ran two-thirds of a mile.", &["two-thirds of a mile => quantity 0.666667 mi"]);
    check("One-half of the crew were ashore.", &["One-half => percent 50%"]);
    // A sign with nothing measured after it is no claim.
    check("He ate ½ of it.", &[]);
}

#[test]
fn the_age_of_a_person_after_the_age_of() {
    check("He died at the age of 74.", &["age of 74 => duration P74Y"]);
    check("By the age of twelve she read Latin.", &["age of twelve => duration P12Y"]);
    check("In the age of 500 ships trade grew.", &["500 => count 500"]);
    check("The Bronze Age of 3000 BC ended.", &["3000 BC => year -2999"]);
    check("She died at the age of about 90.", &["age of about 90 => duration ~P90Y"]);
}

#[test]
fn ages_with_a_qualifier_or_two_figures_after_aged() {
    check("The king, then aged about 60, fled.", &["aged about 60 => duration ~P60Y"]);
    check("He died aged 80 or 81.", &["aged 80 or 81 => duration P80Y..P81Y"]);
    check("Recruits were aged 18 to 25.", &["aged 18 to 25 => duration P18Y..P25Y"]);
}

#[test]
fn ages_told_by_their_decade() {
    check("He died in his 70s.", &["70s => duration P70Y..P79Y"]);
    check("She left in her early twenties.", &["early twenties => duration P20Y..P23Y"]);
    check("He was in his mid-40s then.", &["mid-40s => duration P43Y..P46Y"]);
    check("A man in his late thirties led them.", &["late thirties => duration P37Y..P39Y"]);
    // Without the possessive it is a decade of years or a temperature.
    check("Prices rose in the seventies.", &["seventies => year 197X"]);
}

#[test]
fn quantities_and_percentages() {
    check("The border was 155 km long.", &["155 km => quantity 155 km"]);
    check("It was a 155-mile wall.", &["155-mile => quantity 155 mi"]);
    check("The water was 28 °F that night.", &["28 °F => quantity 28 °F"]);
    check("The wall stood 3,6 metres high.", &["3,6 metres => quantity 3.6 m"]);
    check("Only 31.7% survived.", &["31.7% => percent 31.7%"]);
    check("Bread took 88 percent of a wage.", &["88 percent => percent 88%"]);
    check("The wreck lies some 2,100 fathoms down.", &["some 2,100 fathoms => quantity ~2100 fathom"]);
}

#[test]
fn ordinals_of_series_but_not_names() {
    check("The Twentieth Party Congress met in Moscow.", &["Twentieth Party Congress => ordinal 20"]);
    check("Delegates to the 20th Congress listened.", &["20th Congress => ordinal 20"]);
    check("He fought in the Second World War.", &[]);
    check("First Officer Murdoch gave the order.", &[]);
    check("The first lifeboat left half empty.", &["first => ordinal 1"]);
}

#[test]
fn dont_extract_pages_labels_or_citations() {
    check("The figure is disputed (Freeze 416).", &[]);
    check("He says so (Freeze, p. 417).", &[]);
    check("As noted (Lord 1955, p. 73), boats were few.", &[]);
    check("See Pg 269-275 for more.", &[]);
    check("The tower is Grenzmauer 75 in the catalogue.", &[]);
    check("A source says so [2].", &[]);
    check("It was one of the worst disasters.", &[]);
    check("The king dies in Act 3 of the play.", &[]);
}

#[test]
fn one_as_a_pronoun_or_a_none_is_no_count() {
    check("No one died in the fire.", &[]);
    check("Not one man survived the crossing.", &[]);
    check("Each one carried 40 men.", &["40 => count 40"]);
    check("There were 300 men on site at any one time.", &["300 => count 300"]);
    check("At one time the fort held 500 men.", &["500 => count 500"]);
    check("At one point the river rose.", &[]);
    // A count of one still stands.
    check("Only one worker died.", &["one => count 1"]);
    check("They arrived at one o'clock.", &["one o'clock => date T01:00"]);
}

#[test]
fn the_year_of_a_law_named_with_it_is_a_year() {
    check("- Rebuilding Act 1667: brick or stone only", &["1667 => year 1667"]);
    check("The Education Act 1944 raised the leaving age.", &["1944 => year 1944"]);
}

#[test]
fn dont_count_numbered_units_or_reactors() {
    check("Unit 4 exploded at night.", &[]);
    check("| Reactor | Unit 4 |", &[]);
    check("Reactor 4 burned; units 5 & 6 were never finished.", &[]);
    check("See pages 4 and 9 for maps.", &[]);
    // A count of units is still a count.
    check("The plant had 4 units.", &["4 => count 4"]);
}

#[test]
fn dont_extract_from_code_urls_or_list_markers() {
    let text = "1. first item here\n\n```\nx = 2224\n```\n\nSee [this](https://example.org/1912/page2).\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
}

#[test]
fn parenthesised_years_stay_claims() {
    check("He is pictured beside Stalin (1946).", &["1946 => year 1946"]);
}

#[test]
fn citations_are_read_and_attached_to_the_claims_before_them() {
    let text = "It ran to 26,000 words (Freeze 416). Then 51,439 were freed (Lord 1955, p. 73) and more [2].";
    let extraction = extract(&scan(text, Format::Markdown));
    let cited: Vec<(String, Option<String>, Option<String>)> =
        extraction.citations.iter().map(|c| (c.author.clone(), c.year.clone(), c.page.clone())).collect();
    assert_eq!(
        cited,
        vec![
            ("Freeze".to_string(), None, Some("416".to_string())),
            ("Lord".to_string(), Some("1955".to_string()), Some("73".to_string())),
            ("[2]".to_string(), None, None),
        ]
    );
    let attached: Vec<Vec<usize>> = extraction.claims.iter().map(|c| c.citations.clone()).collect();
    assert_eq!(attached, vec![vec![0], vec![1]]);
}

#[test]
fn dont_read_event_names_with_years_as_citations() {
    let extraction = extract(&scan("He began a new purge (Doctors’ Plot, 1953) shortly before.", Format::Markdown));
    assert!(extraction.citations.is_empty());
    assert_eq!(extraction.claims.len(), 1);
}

#[test]
fn dont_read_a_label_and_its_number_as_a_citation() {
    for text in ["# Quiz on the plague (Year 8)", "The cooling failed (Unit 3) at night.", "See the map (Chapter 4)."] {
        let extraction = extract(&scan(text, Format::Markdown));
        assert!(extraction.citations.is_empty(), "{text}: {:?}", extraction.citations);
    }
    // An author whose name is no label still cites a page.
    assert_eq!(extract(&scan("It fell in 1348 (Kelly 44).", Format::Markdown)).citations.len(), 1);
}

/// Extracts with a document date.
fn claims_on(text: &str, date: (i32, u8, u8)) -> Vec<String> {
    let anchor = crate::value::DatePoint {
        year: Some(crate::value::YearSpan::single(date.0)),
        month: Some(date.1),
        day: Some(date.2),
    };
    let prose = scan(text, Format::Markdown);
    extract_with(&prose, &Options { document_date: Some(anchor) })
        .claims
        .iter()
        .map(|c| format!("{} => {} {}", &text[c.span.clone()], c.kind, c.value))
        .collect()
}

#[test]
fn relative_dates_resolve_against_the_document_date() {
    let day = (1998, 2, 6); // a Friday
    assert_eq!(claims_on("The report came out yesterday.", day), ["yesterday => date 1998-02-05"]);
    assert_eq!(claims_on("Prices fell three years ago.", day), ["three years ago => year 1995"]);
    assert_eq!(claims_on("Sales rose last month.", day), ["last month => date 1998-01"]);
    assert_eq!(claims_on("The vote is next year.", day), ["next year => year 1999"]);
    assert_eq!(claims_on("The talks ended on Tuesday.", day), ["Tuesday => date 1998-02-03"]);
}

#[test]
fn amounts_counted_from_a_day_named_from_the_document_date() {
    let day = (2018, 7, 5);
    assert_eq!(claims_on("Are you free two days after today?", day), ["two days after today => date 2018-07-07"]);
    assert_eq!(
        claims_on("Where was it two days before yesterday?", day),
        ["two days before yesterday => date 2018-07-02"]
    );
    assert_eq!(claims_on("It opens 4 months from tomorrow.", day), ["4 months from tomorrow => date 2018-11"]);
    assert_eq!(claims_on("The vote is the day after tomorrow.", day), ["the day after tomorrow => date 2018-07-07"]);
    assert_eq!(claims_on("The vote is day after tomorrow.", day), ["day after tomorrow => date 2018-07-07"]);
}

#[test]
fn an_amount_after_will_and_in_is_counted_on_from_the_document_date() {
    let day = (2018, 7, 5);
    assert_eq!(claims_on("The council will vote in two months.", day), ["two months => date 2018-09"]);
    assert_eq!(claims_on("We'll meet in 10 days.", day), ["10 days => date 2018-07-15"]);
    assert_eq!(claims_on("Will he be back in two days?", day), ["two days => date 2018-07-07"]);
    // Told of the past, or with "would", it is a length of time; without a document date, too.
    assert_eq!(claims_on("The city was rebuilt in two years.", day), ["two years => duration P2Y"]);
    assert_eq!(claims_on("It would be rebuilt in two years.", day), ["two years => duration P2Y"]);
    check("The council will vote in two months.", &["two months => duration P2M"]);
}

#[test]
fn the_next_day_follows_the_last_date_in_the_paragraph() {
    let text = "The ship struck ice on 14 April 1912. It sank the next day.";
    assert_eq!(claims_on(text, (2024, 1, 1)), ["14 April 1912 => date 1912-04-14", "the next day => date 1912-04-15"]);
    let text = "The ship struck ice on 14 April 1912. Next day it sank, and next morning the news broke.";
    assert_eq!(
        claims_on(text, (2024, 1, 1)),
        ["14 April 1912 => date 1912-04-14", "Next day => date 1912-04-15", "next morning => date 1912-04-16"]
    );
}

#[test]
fn dont_guess_relative_dates_without_an_anchor() {
    check("The report came out yesterday and sales rose last month.", &[]);
    check("It sank the next day.", &[]);
    check("The fête came twelve months later.", &["twelve months => duration P12M"]);
    // "the day after his death" counts from his death, which may be no date the paragraph gives.
    let text = "He was crowned on 3 May 1815. The day after his death, the town rose.";
    assert_eq!(claims_on(text, (2024, 1, 1)), ["3 May 1815 => date 1815-05-03"]);
    let text = "He was crowned on 3 May 1815. The day after, the town rose.";
    assert_eq!(claims_on(text, (2024, 1, 1)), ["3 May 1815 => date 1815-05-03", "The day after => date 1815-05-04"]);
}

#[test]
fn dont_follow_a_date_the_story_has_moved_on_from() {
    let text = "The ship left on 10 April 1912. Four days later it struck ice, and the next day it sank.";
    assert_eq!(claims_on(text, (2024, 1, 1)), ["10 April 1912 => date 1912-04-10", "Four days => duration P4D"]);
    let text = "The strike began in 1926. A decade later it was forgotten; the following year a film revived it.";
    assert_eq!(claims_on(text, (2024, 1, 1)), ["1926 => year 1926", "A decade => duration P10Y"]);
}

#[test]
fn fractions_of_a_whole_are_percentages() {
    check("Only about a third of those on board survived.", &["about a third => percent ~33%"]);
    check("Two thirds of the crew were lost.", &["Two thirds => percent ~67%"]);
    check("A third lifeboat was lowered.", &[]);
    check("Two-thirds of voters agreed.", &["Two-thirds => percent ~67%"]);
    check("The bill needed a two-thirds majority.", &["two-thirds => percent ~67%"]);
    check("Three-quarters of the crew were conscripts.", &["Three-quarters => percent 75%"]);
    check("Two fifths of the harvest was lost.", &["Two fifths => percent 40%"]);
    check("Nearly three-tenths of the town burned.", &["Nearly three-tenths => percent ~30%"]);
    check("One eighth of the crew deserted.", &["One eighth => percent ~13%"]);
    check("A fifth lifeboat was lowered.", &[]);
    check("They met on the fifth of May.", &["the fifth of May => date XXXX-05-05"]);
}

#[test]
fn half_or_a_fraction_sign_of_a_whole_is_a_percentage() {
    check("Nearly half of the prisoners were freed.", &["Nearly half => percent ~50%"]);
    check("Half of them never came home.", &["Half => percent 50%"]);
    check("More than half of all the harvest rotted.", &["More than half => percent >50%"]);
    check("About ⅓ of the town burned.", &["About ⅓ => percent ~33%"]);
    check("¾ of the votes went to the mayor.", &["¾ => percent 75%"]);
    check("Nearly half the population died.", &["Nearly half => percent ~50%"]);
    check("They lost half their ships.", &["half => percent 50%"]);
    check("Half the time he slept.", &[]);
    // The half of a period is no share, nor is half of a figure, and a sign before a unit measures.
    check("The latter half of the war was worse.", &[]);
    assert!(claims("In the second half of 1956 the thaw ended.").iter().all(|c| !c.contains("percent")));
    check("He gave half of 26,000 francs away.", &["26,000 francs => quantity 26000 francs"]);
    check("The ford lay about ½ mile upstream.", &["about ½ mile => quantity ~0.5 mi"]);
}

#[test]
fn fractional_durations_use_the_smaller_unit() {
    check("Most died in less than half an hour.", &["less than half an hour => duration <PT30M"]);
    check("The wall stood about 3.6 m high.", &["about 3.6 m => quantity ~3.6 m"]);
}

#[test]
fn dont_extract_number_words_that_are_part_of_a_name() {
    check("Then the Two Plus Four Treaty was signed.", &[]);
    check("Two men were arrested.", &["Two => count 2"]);
    check("Luther posted the Ninety-five Theses.", &[]);
    check("The ninety-five theses were posted.", &["ninety-five => count 95"]);
    // A unit's dot ends its sentence when a capital follows, so the next sentence may open with a
    // number in words.
    check(
        "The party had covered 985 km. Seventy-eight men signed on.",
        &["985 km => quantity 985 km", "Seventy-eight => count 78"],
    );
}

#[test]
fn weekdays_follow_the_tense_of_their_sentence() {
    let friday = (1998, 2, 6);
    assert_eq!(claims_on("Shares fell on Tuesday.", friday), ["Tuesday => date 1998-02-03"]);
    assert_eq!(claims_on("The board will meet Tuesday.", friday), ["Tuesday => date 1998-02-10"]);
    assert_eq!(claims_on("Talks resumed Friday.", friday), ["Friday => date 1998-02-06"]);
    check("Shares fell on Tuesday.", &[]);
}

#[test]
fn weekdays_take_the_tense_of_the_nearest_verb() {
    let friday = (1998, 2, 6);
    // A future word far off in the sentence does not outweigh the past verb beside the weekday.
    assert_eq!(
        claims_on("A bomb ripped through a building next to the embassy on Tuesday.", friday),
        ["Tuesday => date 1998-02-03"]
    );
    assert_eq!(
        claims_on("Police arrested him on Tuesday as he was about to be deported.", friday),
        ["Tuesday => date 1998-02-03"]
    );
    // "scheduled to", "would", "is to" and "as soon as" look forward, a verb before "to" does not
    // look back.
    assert_eq!(claims_on("The sale is scheduled to close Monday.", friday), ["Monday => date 1998-02-09"]);
    assert_eq!(claims_on("He said the team would be travelling Thursday.", friday), ["Thursday => date 1998-02-12"]);
    assert_eq!(claims_on("The stock is to resume trading Tuesday.", friday), ["Tuesday => date 1998-02-10"]);
    assert_eq!(claims_on("They might come as soon as Tuesday, he said.", friday), ["Tuesday => date 1998-02-10"]);
}

#[test]
fn dont_read_a_future_in_words_that_only_look_like_one() {
    let friday = (1998, 2, 6);
    // "next to" is a place and "plans for" a noun; "will be released" takes its tense from "will".
    assert_eq!(claims_on("Shares closed next to their low on Tuesday.", friday), ["Tuesday => date 1998-02-03"]);
    assert_eq!(
        claims_on("On Tuesday, when she set aside her plans for a trip, the ban was lifted.", friday),
        ["Tuesday => date 1998-02-03"]
    );
    assert_eq!(claims_on("The report will be released Tuesday.", friday), ["Tuesday => date 1998-02-10"]);
}

#[test]
fn a_date_word_in_the_possessive_names_the_date() {
    let monday = (1989, 10, 30);
    assert_eq!(claims_on("Friday's purchases were large.", monday), ["Friday => date 1989-10-27"]);
    assert_eq!(claims_on("Profit fell from last year's level.", monday), ["last year => year 1988"]);
    assert_eq!(
        claims_on("Results for last year's third quarter were restated.", monday),
        ["last year's third quarter => date 1988-07/1988-09"]
    );
    check("Sales rose in March’s first week.", &["March => date XXXX-03"]);
}

#[test]
fn dont_read_other_possessives_as_dates() {
    let monday = (1989, 10, 30);
    assert_eq!(claims_on("Jan's friends and the company's staff came.", monday), Vec::<String>::new());
    assert_eq!(claims_on("He read the New Year's greetings.", monday), Vec::<String>::new());
}

#[test]
fn quarters_weeks_and_months_on_their_own() {
    let day = (1989, 10, 25);
    assert_eq!(claims_on("Profit rose in the third quarter.", day), ["the third quarter => date 1989-07/1989-09"]);
    assert_eq!(
        claims_on("Sales in the first quarter of 1990 fell.", day),
        ["the first quarter of 1990 => date 1990-01/1990-03"]
    );
    assert_eq!(claims_on("Prices rose last week.", day), ["last week => date 1989-10-16/1989-10-22"]);
    check("The strike began in January and ended in March.", &["January => date XXXX-01", "March => date XXXX-03"]);
    check("March on, they said. May we go?", &[]);
}

#[test]
fn a_season_with_its_year_in_words() {
    check(
        "In the spring of nineteen seventy-eight it rained.",
        &["spring of nineteen seventy-eight => date 1978-03/1978-05"],
    );
    check("The summer of 1789 was hot.", &["summer of 1789 => date 1789-06/1789-08"]);
}

#[test]
fn a_season_before_or_after_the_document_date() {
    let october = (1998, 10, 26);
    // Autumn is not over in October, so the last one was the year before; summer is.
    assert_eq!(claims_on("Last fall the museum moved.", october), ["Last fall => date 1997-09/1997-11"]);
    assert_eq!(claims_on("Last summer was wet.", october), ["Last summer => date 1998-06/1998-08"]);
    let november = (1998, 11, 20);
    assert_eq!(claims_on("Last fall the museum moved.", november), ["Last fall => date 1997-09/1997-11"]);
    assert_eq!(claims_on("It reopens next spring.", october), ["next spring => date 1999-03/1999-05"]);
    assert_eq!(claims_on("This summer was hot.", october), ["This summer => date 1998-06/1998-08"]);
    let april = (1999, 4, 2);
    assert_eq!(claims_on("It reopens next autumn.", april), ["next autumn => date 1999-09/1999-11"]);
    // Without the document's date there is nothing to count from.
    check("Last fall the museum moved.", &[]);
}

#[test]
fn modifiers_belong_to_the_span_of_a_date_or_a_length_of_time() {
    let day = (2000, 1, 20);
    assert_eq!(claims_on("Prices peaked in late November.", day), ["late November => date XXXX-11"]);
    assert_eq!(claims_on("Sales fell last November.", day), ["last November => date 1999-11"]);
    assert_eq!(claims_on("It rained six weeks ago.", day), ["six weeks ago => date 1999-12-09"]);
    check("Output rose in the past two months.", &["the past two months => duration P2M"]);
}

#[test]
fn a_unit_letter_before_a_word_of_position_or_of_is_a_unit() {
    check("Divers found her hull 42 m down.", &["42 m => quantity 42 m"]);
    check("The shaft reached 30 m below the surface.", &["30 m => quantity 30 m"]);
    check("The pipe is 2 m in diameter.", &["2 m => quantity 2 m"]);
    check("Add 200 g of flour.", &["200 g => quantity 200 g"]);
    check("The waves reached 40 m in places.", &["40 m => quantity 40 m"]);
    check("The tower stands 40 m from the bank.", &["40 m => quantity 40 m"]);
    check("Waves of 30 m near the coast drowned the towns.", &["30 m => quantity 30 m"]);
    check("The spire rose 90 m to the cross, 96 m in all.", &["90 m => quantity 90 m", "96 m => quantity 96 m"]);
    check("Today it stands about 99 m with the mast.", &["about 99 m => quantity ~99 m"]);
}

#[test]
fn the_depth_of_what_covers_a_thing_bounds_nothing() {
    check("The village lay under 3 to 5 metres of mud.", &["3 to 5 metres => quantity 3..5 m"]);
    check("The chapel was buried under 12 feet of sand.", &["12 feet => quantity 12 ft"]);
    check("The roof lay under 3–4 feet of snow.", &["3–4 feet => quantity 3..4 ft"]);
    check("The mill made under 5 kg of flour a week.", &["under 5 kg => quantity <5 kg"]);
}

#[test]
fn dont_read_a_unit_letter_before_a_noun_or_in_as_a_unit() {
    // Before a plural noun the letter is millions (see `a_letter_m_before_a_plural_noun_is_millions`).
    check("He sold 5 m people nothing.", &["5 m => count 5000000"]);
    check("The tax cost 5 m families their homes.", &["5 m => count 5000000"]);
    check("They hauled 5 t bricks.", &["5 => count 5"]);
}

#[test]
fn ranges_of_years_may_span_centuries() {
    check("The dynasty ruled 1368–1644.", &["1368–1644 => year 1368/1644"]);
    check("The empire lasted 1299–1922 in all.", &["1299–1922 => year 1299/1922"]);
    check("In 1914-1918 states fought on.", &["1914-1918 => year 1914/1918"]);
}

#[test]
fn dont_read_a_range_of_counts_or_amounts_as_years() {
    check("Some 1500-1600 people came.", &["Some 1500-1600 => count 1500..1600"]);
    check("It cost 1500-1600 dollars.", &["1500-1600 dollars => quantity 1500..1600 USD"]);
}

#[test]
fn ranges_of_months_and_years_through() {
    check("The siege ran June–August 1941.", &["June–August 1941 => date 1941-06/1941-08"]);
    check("It ran from June to August of 1941.", &["June to August of 1941 => date 1941-06/1941-08"]);
    check("Fighting went on from November to February 1942.", &["November to February 1942 => date 1941-11/1942-02"]);
    check("Cuts came in Jan.-Feb. 2017.", &["Jan.-Feb. 2017 => date 2017-01/2017-02"]);
    check("Talks ran from March to May.", &["March to May => date XXXX-03/XXXX-05"]);
    check("The war went on from 1914 through 1918.", &["1914 through 1918 => year 1914/1918"]);
    // The part of a month or a year at either end is read as the month or the year.
    check(
        "The siege ran from late August to mid-October 1941.",
        &["late August to mid-October 1941 => date 1941-08/1941-10"],
    );
    check("It lasted from early 1941 to late 1942.", &["early 1941 to late 1942 => year 1941/1942"]);
}

#[test]
fn dont_read_days_or_pairs_of_months_as_ranges_of_months() {
    check("Prices rose March 5 to May 7, 1917.", &["March 5 to May 7, 1917 => date 1917-03-05/1917-05-07"]);
    check("In June, July and August 1941 it rained.", &["June => date XXXX-06", "August 1941 => date 1941-08"]);
    check("We may to some extent agree.", &[]);
}

#[test]
fn dont_extract_identifiers() {
    check("Cells expressing CXCR4 and SOX17 were counted in Fig. 4A.", &[]);
}

#[test]
fn adjacent_number_words_do_not_add_up() {
    check("Set it for eight forty.", &["eight => count 8", "forty => count 40"]);
    check("There were twenty six guards.", &["twenty six => count 26"]);
    check("He finished twenty-first in the race.", &["twenty-first => ordinal 21"]);
}

#[test]
fn signs_decimals_bounds_and_ranges() {
    check("It fell to -5 degrees fahrenheit.", &["-5 degrees fahrenheit => quantity -5 °F"]);
    check("The rate was .08 then.", &[".08 => count 0.08"]);
    check("Allow 200 or more guests.", &["200 or more => count >200"]);
    check("Keep it less than or equal to 100 entries.", &["less than or equal to 100 => count <100"]);
    check("We expect between 20 and 30 guests.", &["20 and 30 => count 20..30"]);
    check("Print 1000-5000 copies.", &["1000-5000 => count 1000..5000"]);
}

#[test]
fn a_scale_after_a_range_is_the_scale_of_both_ends() {
    check("The plague killed between 75 and 200 million people.", &["75 and 200 million => count 75000000..200000000"]);
    check("Some 2-3 million fled.", &["Some 2-3 million => count 2000000..3000000"]);
    check("Some 5–7,000 men died.", &["Some 5–7,000 => count 5000..7000"]);
    check("The hall held 300-1,000 people.", &["300-1,000 => count 300..1000"]);
    check("Two to three million marched.", &["Two to three million => count 2000000..3000000"]);
    check("Between 500 and 2 million voted.", &["500 and 2 million => count 500..2000000"]);
}

#[test]
fn a_range_keeps_both_ends_after_about_and_as_a_length_of_time() {
    check("Some 40,000–50,000 people died.", &["Some 40,000–50,000 => count 40000..50000"]);
    check("The march took about 3–4 hours.", &["about 3–4 hours => duration PT3H..PT4H"]);
    check("The reign lasted 10-12 years.", &["10-12 years => duration P10Y..P12Y"]);
}

#[test]
fn numeric_dates_and_clock_times() {
    check("Filed 2016-11 in the archive.", &["2016-11 => date 2016-11"]);
    check("Due 02/22/2016 at noon.", &["02/22/2016 at noon => date 2016-02-22T12:00"]);
    check("Due 02/03/2016 at the latest.", &[]);
    check("We met October 14 8:00am.", &["October 14 8:00am => date XXXX-10-14T08:00"]);
    check("Logged Wed Oct 26 15:50:06 2016 by the clerk.", &["Oct 26 15:50:06 2016 => date 2016-10-26T15:50"]);
    check("On March 3 10:00 1500 soldiers marched.", &["March 3 10:00 => date XXXX-03-03T10:00", "1500 => count 1500"]);
}

#[test]
fn more_units() {
    check("Add 75ml of water.", &["75ml => quantity 75 ml"]);
    check("It carried 16,000 metric tons.", &["16,000 metric tons => quantity 16000 t"]);
    check("The wind reached 188 miles an hour.", &["188 miles an hour => quantity 188 mph"]);
    check("The lake covers 190 km2 in all.", &["190 km2 => quantity 190 km2"]);
    check("It took one hour and a half.", &["one hour and a half => duration PT90M"]);
    check("The refit took one and a quarter years.", &["one and a quarter years => duration P1.25Y"]);
    check("They walked two and a quarter miles.", &["two and a quarter miles => quantity 2.25 mi"]);
}

#[test]
fn a_length_in_a_unit_of_time_is_a_speed_in_its_own_units() {
    check("The shell left the gun at 800 m/s.", &["800 m/s => quantity 800 m/s"]);
    check("The ice moved 3 feet per second.", &["3 feet per second => quantity 3 ft/s"]);
    check("The climbers gained 300 m per hour.", &["300 m per hour => quantity 300 m/h"]);
    check("The probe flew at 11 km/s.", &["11 km/s => quantity 11 km/s"]);
}

#[test]
fn dont_read_the_amount_of_a_rate_as_an_amount() {
    check("The mill shipped about 4,500 tonnes per day.", &[]);
    check("Dockers were paid $15.4/hour.", &[]);
    check("The army marched 20 miles a day for 300 miles.", &["300 miles => quantity 300 mi"]);
    // A unit of time that dates something leaves the amount alone.
    check("He had lost 10 kg a week earlier.", &["10 kg => quantity 10 kg"]);
}

#[test]
fn currencies_by_code_mark_sign_after_and_cents() {
    check("The bill came to EUR 240 in all.", &["EUR 240 => quantity 240 EUR"]);
    check("They raised C$ 12 million.", &["C$ 12 million => quantity 12000000 CAD"]);
    check("A ticket was 30 € then.", &["30 € => quantity 30 EUR"]);
    check("He paid 4 dollars and 20 cents.", &["4 dollars and 20 cents => quantity 4.2 USD"]);
    check("It sold for 90 australian dollars.", &["90 australian dollars => quantity 90 AUD"]);
    check("The rent was 800 pesos.", &["800 pesos => quantity 800 MXN"]);
    check("A loaf in Rome cost 20 lire.", &["20 lire => quantity 20 ITL"]);
    check("A loaf in Izmir cost 20 lira.", &["20 lira => quantity 20 TRY"]);
    // Lower-case letters before a number are no currency code.
    check("Use the eur 12 adapter.", &["12 => count 12"]);
}

#[test]
fn number_words_signs_groups_and_bounds() {
    check("It fell to minus 7 overnight.", &["minus 7 => count -7"]);
    check("The city has 2 345 678 residents.", &["2 345 678 => count 2345678"]);
    check("They bought 4 dozen eggs.", &["4 dozen => count 48"]);
    check("Nearly two and a half million voted.", &["Nearly two and a half million => count ~2500000"]);
    check("Some 2 million and a half came.", &["Some 2 million and a half => count ~2500000"]);
    check("Scores ran 40 through 90.", &["40 through 90 => count 40..90"]);
    check("Costs exceeded 4000 units.", &["exceeded 4000 => count >4000"]);
    check("Open to ages 18 and over.", &["18 and over => count >18"]);
    check("Men aged 65 and over were spared.", &["aged 65 and over => duration >P65Y"]);
    check("Lots of 100 and above were sold.", &["100 and above => count >100"]);
    // A word the preposition takes keeps it from the figure.
    check("He scored 30 and over the season led.", &["30 => count 30"]);
    check("Turnout was 61 percentage points higher.", &["61 percentage => percent 61%"]);
}

#[test]
fn more_units_and_compound_durations() {
    check("A 12-ounce can sat there.", &["12-ounce => quantity 12 oz"]);
    check("They stored 3 cubic metres of grain.", &["3 cubic metres => quantity 3 m3"]);
    check("He waited for an hour.", &["an hour => duration PT1H"]);
    check("It took half an hour.", &["half an hour => duration PT30M"]);
    check("The trip took 1 year 2 months 3 days.", &["1 year 2 months 3 days => duration P1Y2M3D"]);
    // "for a minute" is an idiom of a moment.
    check("Stop for a minute and think.", &[]);
}

#[test]
fn a_unit_after_a_verb_of_lasting_is_a_length_of_time() {
    check("The general strike lasted a month.", &["a month => duration P1M"]);
    check("Crossing the pass took a week.", &["a week => duration P1W"]);
    check("The exiles spent a year in Geneva.", &["a year => duration P1Y"]);
}

#[test]
fn a_word_between_a_number_and_its_unit_of_time_stays_in_the_length() {
    check("The siege lasted three long years.", &["three long years => duration P3Y"]);
    check("Unloading took six working days.", &["six working days => duration P6D"]);
    check("The ferry crossing took 4 full hours.", &["4 full hours => duration PT4H"]);
    check("He held the fort for at least 20 more years.", &["at least 20 more years => duration >P20Y"]);
    check("The strike ran two more weeks.", &["two more weeks => duration P2W"]);
    // A count with a word before its noun stays a count, and an abbreviated unit takes no adjective.
    check("He had 20 more men than the enemy.", &["20 => count 20"]);
    check("It took 3 long hrs to cross.", &["3 => count 3"]);
}

#[test]
fn an_answer_keys_refused_answers_are_rejected_claims() {
    let rejected = |text: &str| flagged(text, |c| c.reported);
    assert_eq!(
        rejected("Launch: 1961. Do not accept 1960 or 1962."),
        owned(&[("1961", false), ("1960", true), ("1962", true)])
    );
    assert_eq!(rejected("Don't accept 1960."), owned(&[("1960", true)]));
    assert_eq!(rejected("Reject 1860; accept 1861."), owned(&[("1860", true), ("1861", false)]));
    assert_eq!(rejected("We accept 1861 or 1864."), owned(&[("1861", false), ("1864", false)]));
    assert_eq!(rejected("Voters reject 3 bills a year."), owned(&[("3", false)]));
}

#[test]
fn values_given_side_by_side_are_a_set_or_a_choice() {
    let among = |text: &str| flagged(text, |c| c.among.is_some());
    assert_eq!(
        among("The charter was sealed in 1310 and reissued in 1316, 1318 and 1326."),
        owned(&[("1310", false), ("1316", true), ("1318", true), ("1326", true)])
    );
    assert_eq!(
        among("The fair opened on May 3 or, more likely, early June."),
        owned(&[("May 3", true), ("early June", true)])
    );
    // Bounds of a period, figures of different kinds and figures with their own nouns are not.
    assert_eq!(among("Between 1949 and 1961 many left."), owned(&[("1949", false), ("1961", false)]));
    assert_eq!(among("The ship carried 1,316 passengers and 908 crew."), owned(&[("1,316", false), ("908", false)]));
    assert_eq!(among("It took 3 days and cost $40."), owned(&[("3 days", false), ("$40", false)]));
}

#[test]
fn a_figure_for_each_unit_of_time_is_a_rate() {
    let rates = |text: &str| flagged(text, |c| c.rate);
    let rate = |text: &str| rates(text).into_iter().any(|(_, rate)| rate);
    assert!(rate("Two or three thousand people died each day in the first winter."));
    assert!(rate("Every year, about 7 million people visit the tower."));
    assert!(rate("The mill turned out 300 bolts of cloth a week."));
    assert!(rate("Prices rose 50% a month."));
    assert!(rate("By then the guns fired 2,000 shells daily."));
    assert!(rate("The plant would make about 10,000 units annually."));
    assert_eq!(
        rates("The siege lasted 872 days, and 800,000 civilians died, 3,000 of them each day."),
        [("872 days".to_string(), false), ("800,000".to_string(), false), ("3,000".to_string(), true)]
    );
    // A total over a stretch of time, a date counted from one, and a figure the rate is not of.
    assert!(!rate("About 800,000 civilians died in a year."));
    assert!(!rate("A year later 4,000 men had left the town."));
    assert!(!rate("The 500 delegates met twice a year."));
    assert!(!rate("Bread cost 88% of a labourer's daily wage."));
    assert_eq!(rates("The 300 workers were each paid 2 shillings a day.")[0], ("300".to_string(), false));
    assert!(!rate("Some 20,000 people came, each year of the war more than the last."));
}

#[test]
fn a_figure_after_of_whom_counts_some_of_those_before_it() {
    let parts = |text: &str| flagged(text, |c| c.part);
    assert_eq!(
        parts("The army lost about 9,000 men, of whom some 3,100 were killed."),
        [("about 9,000".to_string(), false), ("some 3,100".to_string(), true)]
    );
    assert_eq!(
        parts("Of the 2,000 who sailed, of these 600 came home."),
        [("2,000".to_string(), false), ("600".to_string(), true)]
    );
    assert_eq!(parts("Some 600 of the sailors came home."), [("Some 600".to_string(), false)]);
}

#[test]
fn a_length_of_time_into_something_is_a_part_of_it() {
    let parts = |text: &str| flagged(text, |c| c.part);
    assert_eq!(parts("About 40 hours into the voyage the engine failed."), [("About 40 hours".to_string(), true)]);
    assert_eq!(parts("The voyage lasted 90 hours."), [("90 hours".to_string(), false)]);
}

#[test]
fn a_total_told_twice_in_two_units_is_no_part_of_itself() {
    let parts = |text: &str| flagged(text, |c| c.part);
    assert_eq!(
        parts("The voyage lasted just under four days, around 95 hours in all."),
        [("just under four days".to_string(), false), ("around 95 hours".to_string(), false)]
    );
    // A figure the total sums is still a part, however round.
    assert_eq!(
        parts("The mast rose 300 m to the deck, plus 12 metres of flagpole, 312 m in all."),
        [("300 m".to_string(), true), ("12 metres".to_string(), true), ("312 m".to_string(), false)]
    );
}

#[test]
fn a_length_of_time_added_to_another_is_a_part() {
    let parts = |text: &str| flagged(text, |c| c.part);
    assert_eq!(parts("He ruled for ten more years."), [("ten more years".to_string(), true)]);
    assert_eq!(parts("She lived another 20 years."), [("20 years".to_string(), true)]);
    assert_eq!(parts("The king ruled for a further three years."), [("three years".to_string(), true)]);
    // The whole of a reign, however it is coloured, is no part.
    assert_eq!(parts("He ruled for ten long years."), [("ten long years".to_string(), false)]);
    assert_eq!(parts("He ruled for more than ten years."), [("more than ten years".to_string(), false)]);
}

#[test]
fn dont_read_a_moment_or_a_unit_of_a_later_date_as_a_length_of_time() {
    check("The clerk took a second look at the ledger.", &[]);
    check("It took a minute to decide.", &[]);
    check("A week later the strike ended.", &[]);
}

#[test]
fn feasts_and_holidays_are_days_of_their_year() {
    check("The truce held on Christmas Day 1914.", &["Christmas Day 1914 => date 1914-12-25"]);
    // "Christmas" and "Easter" alone are seasons as often as days: they give their month.
    check("It was the Christmas of 1914.", &["Christmas of 1914 => date 1914-12"]);
    check("The rebels rose at Easter 1916.", &["Easter 1916 => date 1916-04"]);
    check("The fast ended on Easter 1916.", &["Easter 1916 => date 1916-04-23"]);
    check("The rising began on Easter Monday 1916.", &["Easter Monday 1916 => date 1916-04-24"]);
    check("They met on Good Friday, 1916.", &["Good Friday, 1916 => date 1916-04-21"]);
    check("On New Year's Day 1863 the order took effect.", &["New Year's Day 1863 => date 1863-01-01"]);
    check("He died on Bastille Day 1880.", &["Bastille Day 1880 => date 1880-07-14"]);
    // A part of the day names the day itself, not the season.
    check("On Christmas morning 1914 the men sang.", &["Christmas morning 1914 => date 1914-12-25"]);
    check("The Christmas morning service ran long.", &[]);
    check(
        "They marched on International Workers' Day, 1890.",
        &["International Workers' Day, 1890 => date 1890-05-01"],
    );
    // Without its year a feast on a fixed day is a day of the month, as "25 December" is.
    check("The guns fell silent at Christmas and the men sang.", &["Christmas => date XXXX-12"]);
    check("By Christmas Eve the snow had come.", &["Christmas Eve => date XXXX-12-24"]);
}

#[test]
fn dont_read_a_feast_that_names_something_else_or_moves_without_its_year() {
    check("The Christmas truce of 1914 was brief.", &["1914 => year 1914"]);
    check("They landed on Easter Island.", &[]);
    check("The Easter Rising failed.", &[]);
    check("The Bastille Day parade was long.", &[]);
    // Easter moves, and before 1753 fell on days of another calendar in Britain: only the year is read.
    check("Easter 1666 was cold.", &["1666 => year 1666"]);
    check("The fast ended on Easter Sunday.", &[]);
}

#[test]
fn month_year_forms_and_date_ranges() {
    check("Filed 11/2016 and again 2017/03.", &["11/2016 => date 2016-11", "2017/03 => date 2017-03"]);
    check("It shipped in 1998 October.", &["1998 October => date 1998-10"]);
    check("We stayed 3 to 12 May 1990.", &["3 to 12 May 1990 => date 1990-05-03/1990-05-12"]);
    check("Open Oct. 2 to October 22.", &["Oct. 2 to October 22 => date XXXX-10-02/XXXX-10-22"]);
    check("It ran between 5 and 9 June that year.", &["5 and 9 June => date XXXX-06-05/XXXX-06-09"]);
    check("Due 16. Nov. 2016 at the latest.", &["16. Nov. 2016 => date 2016-11-16"]);
    check("Born on the 4th of may.", &["the 4th of may => date XXXX-05-04"]);
    check("It opens May the eleventh.", &["May the eleventh => date XXXX-05-11"]);
    check("We left in Dec, then returned.", &["Dec => date XXXX-12"]);
    // A chain of figures is a code; a name after a month is a name.
    assert!(claims("The code is 133-03-03-2020 here.").iter().all(|c| !c.contains("date")));
    check("We celebrated in May Day parades.", &[]);
    check("Results for June second-quarter sales.", &["second-quarter => date XXXX-04/XXXX-06"]);
}

#[test]
fn times_in_more_forms() {
    check("We met at 10 past 9.", &["10 past 9 => date T09:10"]);
    check("Dinner at seven thirty pm.", &["seven thirty pm => date T19:30"]);
    check("It opens 1140 a.m. daily.", &["1140 a.m. => date T11:40"]);
    check("Back at half past 8pm.", &["half past 8pm => date T20:30"]);
    check("Doors open at 7 p m, then close.", &["7 p m => date T19:00"]);
    check("Set it for eight forty.", &["eight => count 8", "forty => count 40"]);
    check("The bell rang at 9 oclock.", &["9 oclock => date T09:00"]);
}

#[test]
fn times_beside_relative_days() {
    let day = (2016, 11, 7);
    assert_eq!(claims_on("Call me at 8pm today.", day), ["8pm today => date 2016-11-07T20:00"]);
    assert_eq!(claims_on("Leave tomorrow 8:00am.", day), ["tomorrow 8:00am => date 2016-11-08T08:00"]);
    // "this morning" alone is a part of a day.
    assert_eq!(claims_on("I ran this morning.", day), Vec::<String>::new());
}

#[test]
fn a_verb_after_a_number_is_no_counted_noun() {
    let nouns = |text: &str| -> Vec<Option<String>> {
        extract(&scan(text, Format::Markdown)).claims.into_iter().map(|c| c.noun).collect()
    };
    assert_eq!(nouns("Of the boats, 9 sank and 5 were saved."), vec![None, None]);
    assert_eq!(nouns("He gave a 26,000 word speech."), vec![Some("word".to_string())]);
    assert_eq!(nouns("The garrison held 32 Swiss."), vec![Some("swiss".to_string())]);
}

/// The string literals of a Rust source file (comments aside), as written between the quotes.
fn string_literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let code = match line.find("//") {
            Some(k) if !line[..k].contains('"') => &line[..k],
            _ => line,
        };
        let mut rest = code;
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('"') else { break };
            out.push(after[..close].to_string());
            rest = &after[close + 1..];
        }
    }
    out
}

/// Words the recognizers name only around a claim, never as its first token: after a number ("of",
/// "to", "per", "or so", the words of position that make a letter a unit: "down", "in diameter"),
/// before one ("between", "for", "since", "as soon as"), or elsewhere in its sentence (the verbs
/// that set a weekday's tense: "would", "is to", "slated"; the words that close a bare age: "he was
/// only 18"). Each was checked by reading every place it is named.
const NAMED_AROUND_CLAIMS: &[&str] = &[
    "'ll",
    "after",
    "afterward",
    "afterwards",
    "ages",
    "ahead",
    "all",
    "along",
    "already",
    "altogether",
    "amid",
    "and",
    "annum",
    "any",
    "are",
    "arrive",
    "arrives",
    "ash",
    "ave",
    "avenue",
    "barely",
    "battle",
    "be",
    "before",
    "begins",
    "behind",
    "being",
    "beneath",
    "besides",
    "better",
    "between",
    "beyond",
    "black",
    "bloody",
    "bombs",
    "boulevard",
    "bribe",
    "btc",
    "budget",
    "buried",
    "but",
    "by",
    "calendar",
    "call",
    "came",
    "cargo",
    "change",
    "circumference",
    "cl",
    "closer",
    "compensation",
    "convene",
    "convenes",
    "cooler",
    "cost",
    "costing",
    "costs",
    "couple",
    "cubed",
    "cyber",
    "date",
    "dawn",
    "daybreak",
    "debt",
    "debts",
    "decline",
    "decrease",
    "deeper",
    "deficit",
    "degrees",
    "depth",
    "despite",
    "dial",
    "diameter",
    "did",
    "died",
    "dies",
    "difference",
    "donated",
    "down",
    "downhill",
    "downstream",
    "dowry",
    "drop",
    "during",
    "each",
    "earned",
    "earnings",
    "easter",
    "eve",
    "every",
    "expires",
    "farther",
    "fawkes",
    "fax",
    "fee",
    "fees",
    "fell",
    "few",
    "finally",
    "fined",
    "finished",
    "finishes",
    "finishing",
    "fold",
    "for",
    "fortune",
    "from",
    "fun",
    "funding",
    "further",
    "furthermore",
    "gave",
    "good",
    "grant",
    "had",
    "he",
    "heavy",
    "height",
    "held",
    "hence",
    "her",
    "hidden",
    "his",
    "holy",
    "hotter",
    "however",
    "idr",
    "including",
    "income",
    "increase",
    "indeed",
    "inheritance",
    "inherited",
    "inland",
    "instead",
    "into",
    "invested",
    "investment",
    "is",
    "ish",
    "its",
    "just",
    "krw",
    "lane",
    "latter",
    "lay",
    "left",
    "length",
    "lent",
    "lie",
    "lies",
    "livres",
    "load",
    "loan",
    "loans",
    "lose",
    "losing",
    "loss",
    "losses",
    "lost",
    "ly",
    "lying",
    "made",
    "mark",
    "marks",
    "meanwhile",
    "meets",
    "met",
    "millisecond",
    "ml",
    "moreover",
    "my",
    "near",
    "nearer",
    "never",
    "nevertheless",
    "not",
    "now",
    "o",
    "odd",
    "of",
    "off",
    "offshore",
    "oh",
    "on",
    "only",
    "open",
    "opens",
    "or",
    "other",
    "otherwise",
    "our",
    "out",
    "overall",
    "overhead",
    "owed",
    "paid",
    "palm",
    "parts",
    "pay",
    "per",
    "phone",
    "placed",
    "places",
    "planning",
    "plus",
    "point",
    "post",
    "pound",
    "pounds",
    "pre",
    "present",
    "price",
    "priced",
    "profit",
    "profits",
    "raised",
    "ranked",
    "ranking",
    "ranks",
    "ransom",
    "rested",
    "rests",
    "resume",
    "resumes",
    "return",
    "returns",
    "revenue",
    "revenues",
    "reward",
    "rise",
    "road",
    "rose",
    "said",
    "salary",
    "sank",
    "set",
    "shall",
    "she",
    "short",
    "shrove",
    "since",
    "slated",
    "so",
    "sold",
    "soon",
    "spend",
    "spending",
    "spent",
    "square",
    "squared",
    "stage",
    "starts",
    "still",
    "street",
    "subsidy",
    "sum",
    "sunk",
    "super",
    "tax",
    "taxes",
    "tel",
    "telephone",
    "terrace",
    "than",
    "that",
    "their",
    "them",
    "then",
    "therefore",
    "these",
    "thickness",
    "those",
    "through",
    "thus",
    "till",
    "to",
    "told",
    "took",
    "total",
    "trapped",
    "underground",
    "underwater",
    "unless",
    "until",
    "uphill",
    "upstream",
    "visit",
    "visits",
    "votes",
    "wages",
    "was",
    "wealth",
    "weigh",
    "weighed",
    "weighing",
    "weighs",
    "weight",
    "went",
    "were",
    "when",
    "where",
    "whereas",
    "which",
    "while",
    "whilst",
    "whit",
    "who",
    "whom",
    "whose",
    "width",
    "will",
    "with",
    "without",
    "won",
    "workers",
    "worth",
    "would",
    "x",
    "younger",
    "your",
];

#[test]
fn every_word_the_recognizers_name_may_start_a_claim() {
    // The scanner tries no recognizer at a word `may_start_claim` rejects, so every word the
    // recognizers compare a token with must be accepted, or a claim beginning with it would be lost,
    // unless it is one of the reviewed words named only around a claim.
    let sources =
        [include_str!("recognize.rs"), include_str!("recognize/relative.rs"), include_str!("recognize/holiday.rs")];
    for source in sources {
        for literal in string_literals(source) {
            let word = literal.to_lowercase();
            let is_word = word.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’'));
            if !is_word || !word.chars().any(char::is_alphabetic) {
                continue;
            }
            assert!(
                lexicon::may_start_claim(&word) || NAMED_AROUND_CLAIMS.contains(&word.as_str()),
                "{word:?} is named by a recognizer but may not start a claim"
            );
        }
    }
}

#[test]
fn all_of_them_counts_the_noun_before_it() {
    let nouns = |text: &str| -> Vec<Option<String>> {
        extract(&scan(text, Format::Markdown)).claims.into_iter().map(|c| c.noun).collect()
    };
    assert_eq!(nouns("Her lifeboats, all 16 of them, held too few."), vec![Some("lifeboats".to_string())]);
    // Only a plural noun right before ", all" is gathered.
    assert_eq!(nouns("They came, all 300 of them, at dawn."), vec![None]);
    assert_eq!(nouns("Her boats were full, 16 of them at least."), vec![None]);
}

#[test]
fn claims_still_begin_at_qualifiers_and_named_words() {
    check(
        "Some 2,400 workers came, more than 300 of them women.",
        &["Some 2,400 => count ~2400", "more than 300 => count >300"],
    );
}

#[test]
fn years_that_bound_a_period_are_parts_of_it() {
    let parts = |text: &str| flagged(text, |c| c.part);
    let bounded = parts("Between 1949 and 1961 around 2.7 million people left for the West.");
    assert_eq!(bounded[..2], [("1949".to_string(), true), ("1961".to_string(), true)]);
    // Two years of two events are not the bounds of a period.
    let events = parts("The elections of 1949 and 1961 were both disputed.");
    assert_eq!(events, [("1949".to_string(), false), ("1961".to_string(), false)]);
    // So do dates, and the end of a period whose start is no claim.
    let dates = parts("Between May 1918 and June 1919 the flu spread.");
    assert_eq!(dates, [("May 1918".to_string(), true), ("June 1919".to_string(), true)]);
    let lone = parts("Most died between September and December 1918.");
    assert_eq!(lone, [("December 1918".to_string(), true)]);
    let event = parts("Most died in December 1918.");
    assert_eq!(event, [("December 1918".to_string(), false)]);
    // Where a change started is no figure of its own; where it ended is.
    let change = parts("Shares rose from £100 to over £1,000.");
    assert_eq!(change, [("£100".to_string(), true), ("over £1,000".to_string(), false)]);
}

#[test]
fn ages_told_without_a_unit() {
    check("Captain Edward Smith, 62, went down with his ship.", &["62 => duration P62Y"]);
    check("Peter Fechter was shot on the wall, and he was only 18.", &["18 => duration P18Y"]);
    check("Her father died when she was eight.", &["eight => duration P8Y"]);
    check("She died at 37 in 1852.", &["37 => duration P37Y", "1852 => year 1852"]);
    check("He dies at 81, in his bed.", &["81 => duration P81Y"]);
    check("Tenzing was 39 and Hillary was 33.", &["39 => duration P39Y", "33 => duration P33Y"]);
    check("The elder, Tenzing, at 39, was fitter.", &["39 => duration P39Y"]);
    check("The pilot, Ana Reis, then 41, flew alone.", &["41 => duration P41Y"]);
    check("The heir, who was just twelve, was crowned.", &["twelve => duration P12Y"]);
    check("- ages: H. 33, T. 39", &["33 => duration P33Y", "39 => duration P39Y"]);
    // A word of time after the age still closes it.
    check("She was 34 at the time.", &["34 => duration P34Y"]);
    // A name opening the sentence may be any noun ("Turnout was 62."), but not before "when".
    check("Mallory was 37 when he vanished.", &["37 => duration P37Y"]);
    check("He was only 18 then.", &["18 => duration P18Y"]);
    check("In Paris she was 24 in 1891.", &["24 => duration P24Y", "1891 => year 1891"]);
    check("Turnout was 62 in 1921.", &["62 => count 62", "1921 => year 1921"]);
}

#[test]
fn dont_read_a_number_after_a_thing_that_was_as_an_age() {
    check("It was 12 and rising.", &["12 => count 12"]);
    check("The toll was 40, then 50.", &["40 => count 40", "50 => count 50"]);
    // A title in title case tells no age.
    check("Why Tatiana Was Only Thirteen", &[]);
    check("Berlin was 28 years divided.", &["28 years => duration P28Y"]);
    check("Everest is 29,029 feet high.", &["29,029 feet => quantity 29029 ft"]);
    check("- pages: 33, 39", &["33 => count 33", "39 => count 39"]);
    check("Turnout was 80%.", &["80% => percent 80%"]);
    check("Inflation, at 12, was the highest yet.", &["12 => count 12"]);
    check("Prices, then 40, rose.", &["40 => count 40"]);
    check("The toll, which was 40, rose.", &["40 => count 40"]);
    check("Inflation was 12, the highest yet.", &["12 => count 12"]);
    check("In 1953 Hillary was 33.", &["1953 => year 1953", "33 => duration P33Y"]);
}

#[test]
fn dont_read_a_clock_time_after_died_at_as_an_age() {
    check("He died at 3 in the morning.", &["3 in the morning => date T03:00"]);
}

#[test]
fn dont_read_other_numbers_between_commas_as_ages() {
    check("In 1912, 62 lifeboats were ordered.", &["1912 => year 1912", "62 => count 62"]);
    check("The score was 18, and he was 18 minutes late.", &["18 => count 18", "18 minutes => duration PT18M"]);
}

#[test]
fn two_digits_after_a_day_and_month_belong_to_the_date() {
    // Whether of the first century or the twentieth, the date does not say; it counts nothing.
    check("Traditional date: 24 August 79", &["24 August 79 => date XXXX-08-24"]);
    check("The town burned on 3 May 64, at night.", &["3 May 64 => date XXXX-05-03"]);
    check("On 24 August 79 people died.", &["24 August => date XXXX-08-24", "79 => count 79"]);
}

#[test]
fn years_after_a_day_and_month() {
    check("The treaty was signed on June 28th of 1919.", &["June 28th of 1919 => date 1919-06-28"]);
    check("The tsar gave up the throne on 15 March in 1917.", &["15 March in 1917 => date 1917-03-15"]);
    check("Troops left Kabul from April to June in 1842.", &["April to June in 1842 => date 1842-04/1842-06"]);
}

#[test]
fn years_said_in_words() {
    check("The band was founded in nineteen sixty-two.", &["nineteen sixty-two => year 1962"]);
    check("The mill burned in nineteen oh five.", &["nineteen oh five => year 1905"]);
    check(
        "On 18 June eighteen hundred and fifteen the battle was fought.",
        &["18 June eighteen hundred and fifteen => date 1815-06-18"],
    );
    check(
        "Peace came on May the eighth, nineteen forty-five.",
        &["May the eighth, nineteen forty-five => date 1945-05-08"],
    );
    check("The strike began on January twenty-two, 1905.", &["January twenty-two, 1905 => date 1905-01-22"]);
    check(
        "The dam opened on twenty five January nineteen eighty six.",
        &["twenty five January nineteen eighty six => date 1986-01-25"],
    );
    check("The mill closed on fifteen August 1993.", &["fifteen August 1993 => date 1993-08-15"]);
    // Without a year after the month, a cardinal is a count; "one May 1940 morning" is a morning.
    check("In all twenty June recruits deserted.", &["twenty => count 20"]);
    check("It happened one May 1940 morning.", &["May 1940 => date 1940-05"]);
    check(
        "Both sides signed on october the third, two thousand.",
        &["october the third, two thousand => date 2000-10-03"],
    );
}

#[test]
fn years_said_in_words_after_a_word_that_places_them() {
    check("The abbey was rebuilt in two thousand and twelve.", &["two thousand and twelve => year 2012"]);
    check(
        "Since seventeen hundred and ninety the square has held a market.",
        &["seventeen hundred and ninety => year 1790"],
    );
}

#[test]
fn dont_read_odds_or_counts_after_in_as_spoken_years() {
    check("The chance of a fire was one in two thousand.", &["one in two thousand => percent 0.05%"]);
    check("The grain was stored in two thousand and forty sacks.", &["two thousand and forty => count 2040"]);
}

#[test]
fn dont_read_titles_counts_or_lone_cardinals_as_spoken_years() {
    check("A reprint of Nineteen Eighty-Four sold well.", &[]);
    check("Nineteen Eighty-Four was a warning.", &[]);
    check("Some eighteen hundred soldiers crossed the river.", &["Some eighteen hundred => count ~1800"]);
    check("In June twenty men deserted.", &["June => date XXXX-06", "twenty => count 20"]);
}

#[test]
fn decades_in_words_and_without_their_century() {
    check(
        "Jazz boomed in the twenties and faded in the late fifties.",
        &["twenties => year 192X", "late fifties => year 1957/1959"],
    );
    check("Records from the nineteen-thirties survive.", &["nineteen-thirties => year 193X"]);
    check("The town grew in the 60s and the 70's.", &["60s => year 196X", "70's => year 197X"]);
    check("Rents rose in 70's Britain and fell during eighties.", &["70's => year 197X", "eighties => year 198X"]);
    // After a possessive the decade is an age.
    check(
        "He wrote it in his 70s and she in her eighties.",
        &["70s => duration P70Y..P79Y", "eighties => duration P80Y..P89Y"],
    );
    // A century said by its hundreds.
    check("The town was founded in the sixteen hundreds.", &["sixteen hundreds => year 16XX"]);
    check("During the eighteen-hundreds it grew.", &["eighteen-hundreds => year 18XX"]);
    assert!(claims("He freed the sixteen hundreds of prisoners.").iter().all(|c| !c.contains("year")));
}

#[test]
fn years_with_their_era_before_or_after() {
    check("Rome was founded in 753 BC.", &["753 BC => year -752"]);
    check("Caesar died in 44 BC.", &["44 BC => year -043"]);
    check("Claudius landed in 43 AD with four legions.", &["43 AD => year 0043", "four => count 4"]);
    check("Augustus died in 14 CE.", &["14 CE => year 0014"]);
    check("Troy fell in 1180 B.C. and burned.", &["1180 B.C. => year -1179"]);
    check("Hadrian died in AD 138.", &["AD 138 => year 0138"]);
    check("The abbey was founded in A.D. 1066 by monks.", &["A.D. 1066 => year 1066"]);
}

#[test]
fn a_range_of_years_with_its_era_after_the_second() {
    check("The war lasted from 431 to 404 BC.", &["431 to 404 BC => year -430/-403"]);
    check("In 480–479 BC the Persians came.", &["480–479 BC => year -479/-478"]);
    check("The temple was rebuilt in 20–19 BC.", &["20–19 BC => year -019/-018"]);
    check("Rome held it from 43 to 410 AD.", &["43 to 410 AD => year 0043/0410"]);
    check("Augustus ruled from 27 BC to AD 14.", &["27 BC to AD 14 => year -026/0014"]);
    // Years before the era run backwards: 404 to 431 BC is no range of years.
    check("From 404 to 431 BC it grew.", &["404 to 431 => count 404..431"]);
}

#[test]
fn a_number_named_a_year_is_one() {
    check("Rome fell in the year 476.", &["476 => year 0476"]);
    check("In the year 1000 few people travelled.", &["1000 => year 1000"]);
    check("The year 44 BC ended a republic.", &["44 BC => year -043"]);
    // Without the words, three digits are a count.
    check("Rome lost 476 ships.", &["476 => count 476"]);
    // "Year 3" is a school year, a label, wherever it stands.
    check("Year 3 pupils came.", &[]);
    check("Then the Year 3 pupils came.", &[]);
}

#[test]
fn dont_read_a_lower_case_word_after_a_small_number_as_an_era() {
    check("The firm paid 40 ad agencies.", &["40 => count 40"]);
    check("They hired 12 ce staff.", &["12 => count 12"]);
}

#[test]
fn dont_read_ages_or_temperatures_as_decades() {
    check("She was in her 60s by then.", &["60s => duration P60Y..P69Y"]);
    check("Her father was in his seventies.", &["seventies => duration P70Y..P79Y"]);
    check("The temperature stayed in the mid-70s all week.", &[]);
    check("Afternoons reached the 80s degrees.", &[]);
}

#[test]
fn periods_whose_ends_differ_in_precision() {
    check("The occupation lasted from 1940 to May 1945.", &["1940 to May 1945 => date 1940/1945-05"]);
    check("The siege ran from Feb 1st to March 1944.", &["Feb 1st to March 1944 => date 1944-02-01/1944-03"]);
    check("He was in exile June 1941–1944.", &["June 1941–1944 => date 1941-06/1944"]);
}

#[test]
fn dont_join_a_date_to_a_later_count() {
    check("Raids in 1941 to 1,500 homes followed.", &["1941 => year 1941", "1,500 => count 1500"]);
    check("Between 1949 and May 1961 many left.", &["1949 => year 1949", "May 1961 => date 1961-05"]);
}

#[test]
fn imperial_measures_told_in_two_units() {
    check("The sergeant stood 5 feet 10 inches.", &["5 feet 10 inches => quantity 70 in"]);
    check("The door was 6 ft 2 in tall.", &["6 ft 2 in => quantity 74 in"]);
    check("The baby weighed 7 pounds and 4 ounces.", &["7 pounds and 4 ounces => quantity 116 oz"]);
    check("The mast was 12 ft 2 in or so.", &["12 ft 2 in => quantity 146 in"]);
    check("The wall was 5 ft. 10 in. high.", &["5 ft. 10 in => quantity 70 in"]);
    check("It weighed 7 lb. 4 oz. at birth.", &["7 lb. 4 oz => quantity 116 oz"]);
    check("The wall was 5 ft. 10 people watched.", &["5 ft => quantity 5 ft", "10 => count 10"]);
}

#[test]
fn dont_join_a_measure_to_a_number_that_is_no_smaller_part() {
    check("The wall was 12 ft, 20 inches of it brick.", &["12 ft => quantity 12 ft", "20 inches => quantity 20 in"]);
    assert_eq!(claims("A post 8 ft 2 in the ground held it.")[0], "8 ft => quantity 8 ft");
    assert_eq!(claims("He stood 6 ft 2 in Paris.")[0], "6 ft => quantity 6 ft");
}

#[test]
fn odds_of_a_whole_are_percentages() {
    check("About one in eight of the crew died.", &["About one in eight => percent ~13%"]);
    check("Roughly 1 in 3 soldiers deserted.", &["Roughly 1 in 3 => percent ~33%"]);
    check("One in a hundred returned.", &["One in a hundred => percent 1%"]);
    check("Just 5 in 2,000 of them fell ill.", &["5 in 2,000 => percent 0.25%"]);
    check("Nine out of ten voters agreed.", &["Nine out of ten => percent 90%"]);
    check("One in every five soldiers died.", &["One in every five => percent 20%"]);
    check("They came out of 1945 stronger.", &["1945 => year 1945"]);
    // A second figure that is a year or a measure counts no whole.
    assert!(claims("He scored 2 in 10 minutes.").iter().all(|c| !c.contains("percent")));
    assert!(claims("Troop 1 in 1967 camped there.").iter().all(|c| !c.contains("percent")));
}

#[test]
fn scale_letters_on_money() {
    check("The museum won a $1.8M grant.", &["$1.8M => quantity 1800000 USD"]);
    check("The dam cost 2B euros.", &["2B euros => quantity 2000000000 EUR"]);
    check("The bridge cost £1.5m to build.", &["£1.5m => quantity 1500000 GBP"]);
}

#[test]
fn a_letter_m_before_a_plural_noun_is_millions() {
    check("About 1.5m people fled the war.", &["About 1.5m => count ~1500000"]);
    check("Some 5 m refugees crossed.", &["Some 5 m => count ~5000000"]);
    check("They shipped 3m tonnes of grain.", &["3m tonnes => quantity 3000000 t"]);
    // Before an extent, a length or a singular noun it is metres.
    check("The wall was 2m high.", &["2m => quantity 2 m"]);
    check("A 2m wall stood there.", &["2m => quantity 2 m"]);
    check("They raised 3m dollars.", &["3m dollars => quantity 3000000 USD"]);
}

#[test]
fn dont_read_a_length_in_metres_as_millions() {
    check("The road is 1.5m wide.", &["1.5m => quantity 1.5 m"]);
}

#[test]
fn dont_read_codes_and_designations_as_numbers() {
    check("The COVID-19 wave closed the archive.", &[]);
    check("Crews flew the B-52 over the delta.", &[]);
    check("Part 24703m212 was replaced.", &[]);
    // The number of a clause, a lesson, a question or a tank names it.
    check("The barons insisted on clause 61.", &[]);
    check("Fuel tank 2 burst.", &[]);
    check("Answer question 4 and skip lesson 6.", &[]);
    check("# Year 9 History: the plague quiz", &[]);
    // A few marks are a test's score, not a sum of money.
    check("Bonus question (2 marks).", &["2 => count 2"]);
    check("The fine was 50 marks.", &["50 marks => quantity 50 DEM"]);
    // Labels listed together, with their subsections.
    check("Read sections 4.2 and 4.3, then chapters 7 and 9.", &[]);
    check("The account is in Seneca, Letters 6.16 and 6.20.", &[]);
    check("The charter ran to 63 clauses.", &["63 => count 63"]);
}

#[test]
fn numeric_dates_with_dashes_or_the_year_first() {
    check("The order is dated 21-04-2016.", &["21-04-2016 => date 2016-04-21"]);
    check("The order is dated 2015/08/12.", &["2015/08/12 => date 2015-08-12"]);
    check(
        "Filed on 05-Aug-2016 and again on 2019-aug-01.",
        &["05-Aug-2016 => date 2016-08-05", "2019-aug-01 => date 2019-08-01"],
    );
    check("The ledger runs Dec-2018 to Mar-2019.", &["Dec-2018 to Mar-2019 => date 2018-12/2019-03"]);
    check(
        "He was away from 12 August 1915 until October 22.",
        &["12 August 1915 until October 22 => date 1915-08-12/1915-10-22"],
    );
}

#[test]
fn dont_read_dashed_figures_of_unknown_order_or_codes_as_dates() {
    check("The ticket read 3-7-2017.", &[]);
    check("Call 12-34-5678 at once.", &[]);
}

#[test]
fn quarters_and_halves_in_shorthand() {
    check("Exports fell in Q3 2016.", &["Q3 2016 => date 2016-07/2016-09"]);
    check(
        "Orders recovered in 2017 Q1 and 2019-H2.",
        &["2017 Q1 => date 2017-01/2017-03", "2019-H2 => date 2019-07/2019-12"],
    );
}

#[test]
fn a_part_of_a_year_decade_or_century_named_by_its_place() {
    check("The army fell back in the first half of 1942.", &["first half of 1942 => date 1942-01/1942-06"]);
    check("The final quarter of 1942 was worse.", &["final quarter of 1942 => date 1942-10/1942-12"]);
    check("Prices rose in the latter half of the 1930s.", &["latter half of the 1930s => year 1935/1939"]);
    check(
        "Trade boomed in the second half of the 18th century.",
        &["second half of the 18th century => year 1750/1799"],
    );
    check(
        "The town grew in the first quarter of the nineteenth century.",
        &["first quarter of the nineteenth century => year 1800/1824"],
    );
    check("Strikes spread in the last decade of the 19th century.", &["last decade of the 19th century => year 189X"]);
    check(
        "Athens rose in the second half of the 5th century BC.",
        &["second half of the 5th century BC => year -449/-400"],
    );
    check("It was the last third of the 20th century.", &["last third of the 20th century => year 1966/1999"]);
}

#[test]
fn the_halves_of_a_game_are_no_ranks_or_shares() {
    check("They scored twice in the second half of the match.", &[]);
    check("They scored twice in the 2nd half of the game.", &[]);
}

#[test]
fn a_couple_is_about_two_before_a_scale_or_a_unit_of_time() {
    check("Rebuilding took a couple of years.", &["a couple of years => duration ~P2Y"]);
    check("A couple of thousand people marched.", &["A couple of thousand => count ~2000"]);
    check("A couple of people waved.", &[]);
}

#[test]
fn dont_read_question_labels_or_molecules_as_quarters() {
    check("Q1: who signed the treaty?", &[]);
    check("The H2 molecule is light.", &[]);
}

#[test]
fn ranks_standing_alone() {
    check("In the final she finished 11th.", &["11th => ordinal 11"]);
    check("The team ranked 21st in the league.", &["21st => ordinal 21"]);
}

#[test]
fn ranks_in_words_alone_after_a_placing_or_with_hundreds() {
    check("twenty-first", &["twenty-first => ordinal 21"]);
    check("Eleventh.", &["Eleventh => ordinal 11"]);
    check("Our crew finished fourth in the regatta.", &["fourth => ordinal 4"]);
    check("The town held the two hundredth fair.", &["two hundredth => ordinal 200"]);
    check("It was the one hundred and fiftieth session.", &["one hundred and fiftieth => ordinal 150"]);
    check("The one hundred twenty fifth jubilee was held.", &["one hundred twenty fifth => ordinal 125"]);
    check("The Nineth Meeting of the guild voted.", &["Nineth Meeting => ordinal 9"]);
}

#[test]
fn dont_read_ranks_in_words_that_open_a_sentence_or_follow_other_verbs() {
    check("First, the army crossed the river.", &[]);
    check("The idea came first and the plan later.", &[]);
    check("She finished second-guessing the plan.", &[]);
    check("He finished first things before lunch.", &[]);
    check("Wait one hundred second intervals.", &["one hundred second => duration PT100S"]);
}

#[test]
fn units_in_brackets_after_a_quote_mark_and_with_a_power_in_words() {
    check("The load was 20 (kg) in all.", &["20 (kg) => quantity 20 kg"]);
    check("The sample weighed 12 [mg] dry.", &["12 [mg] => quantity 12 mg"]);
    check("A 9\" blade was fitted.", &["9\" => quantity 9 in"]);
    check("The board was 10 \" long.", &["10 \" => quantity 10 in"]);
    check("He bought a Steel Wrench 8\" for the job.", &["8\" => quantity 8 in"]);
    check("The crew of \"Apollo 8\" saw the far side.", &[]);
    check("The lake holds 4 km cubed of water.", &["4 km cubed => quantity 4 km3"]);
    check("The plot covers 3 m squared.", &["3 m squared => quantity 3 m2"]);
    check("The mat is 2 m x 3 m.", &["2 m => quantity 2 m", "3 m => quantity 3 m"]);
    check("A grain is 16.25 nanometres wide.", &["16.25 nanometres => quantity 16.25 nm"]);
    check("Trucks ran at 60km/hr on the plain.", &["60km/hr => quantity 60 km/h"]);
    check("The pencil is 2 in.", &["2 in => quantity 2 in"]);
    check("The door is 2 in thick.", &["2 in => quantity 2 in"]);
    check("A 100 cl bottle stood there.", &["100 cl => quantity 100 cl"]);
    check("They poured 44 ml to start.", &["44 ml => quantity 44 ml"]);
}

#[test]
fn dont_read_quotation_marks_notes_or_prepositions_as_units() {
    check("He said \"bring 10\" and left.", &["10 => count 10"]);
    check("The rowers were 30 in deep water.", &["30 => count 30"]);
    check("The roll listed 42 (m) members.", &["42 => count 42"]);
    check("She kept 3 in the drawer.", &["3 => count 3"]);
}

#[test]
fn dont_read_degrees_with_no_scale_or_their_minutes_as_counts() {
    check("The roof sloped at 35° to the east.", &[]);
    check("The party reached 87°10′S on 3 March 1911.", &["3 March 1911 => date 1911-03-03"]);
    check("It was 30°C at the coast and 30° C inland.", &["30°C => quantity 30 °C", "30° C => quantity 30 °C"]);
}

#[test]
fn dont_read_codes_or_the_figure_after_a_slash_as_numbers() {
    check("The file scp-173 m was sealed.", &[]);
    check("Patients with covid-19 recovered.", &[]);
    check("The crate 24703 L-202 shipped.", &[]);
    check("The object J1149.5+6663 glowed.", &[]);
    check("The early barcode-0.90 failed.", &[]);
    check("The ratio 1/0 is undefined.", &[]);
    check("Rents rose in the mid-1950s.", &["mid-1950s => year 1953/1956"]);
}

#[test]
fn hundredths_without_their_name_millions_of_a_code_and_sterling_by_context() {
    check("The ticket was 12 dollars 40.", &["12 dollars 40 => quantity 12.4 USD"]);
    check("Lunch came to nine euros and thirty.", &["nine euros and thirty => quantity 9.3 EUR"]);
    check("The firm booked 40 MUSD that year.", &["40 MUSD => quantity 40000000 USD"]);
    check("Losses reached 75 EUR million.", &["75 EUR million => quantity 75000000 EUR"]);
    check("The war cost 20 million pounds in all.", &["20 million pounds => quantity 20000000 GBP"]);
    // A sum of millions in pounds is sterling even with no word of money near it.
    check(
        "Disraeli took the Khedive's shares, 44 per cent of the company, for four million pounds.",
        &["44 per cent => percent 44%", "four million pounds => quantity 4000000 GBP"],
    );
    check("The sack held 50 pounds.", &["50 pounds => quantity 50 lb"]);
    // Thousands of pounds lost or inherited are money; a few pounds lost, or pounds in weight, are not.
    check("The banker lost some twenty thousand pounds.", &["some twenty thousand pounds => quantity ~20000 GBP"]);
    check("She inherited a fortune of 40,000 pounds.", &["40,000 pounds => quantity 40000 GBP"]);
    check("He lost 30 pounds that winter.", &["30 pounds => quantity 30 lb"]);
    check("The hull lost 5,000 pounds in weight.", &["5,000 pounds => quantity 5000 lb"]);
    check("The debt stood at 12,34,567 rupees.", &["12,34,567 rupees => quantity 1234567 INR"]);
    check("Both 10 bln and 3 tln were named.", &["10 bln => count 10000000000", "3 tln => count 3000000000000"]);
}

#[test]
fn dont_read_a_count_after_money_as_its_hundredths() {
    check("They paid 15 dollars and 50 people came.", &["15 dollars => quantity 15 USD", "50 => count 50"]);
    check("The rent was 5 pounds 10.", &["5 pounds => quantity 5 lb", "10 => count 10"]);
    check("The ship carried 20 million pounds of grain.", &["20 million pounds => quantity 20000000 lb"]);
    check("The cargo load weighed 3 million pounds and cost much.", &["3 million pounds => quantity 3000000 lb"]);
    check("He counted 4 thousand 3 hundred and 0 more.", &["4 thousand 3 hundred => count 4300", "0 => count 0"]);
    check("He counted 3 hundred and 2.5 hundred more.", &["3 hundred => count 300", "2.5 => count 2.5"]);
}

#[test]
fn ranges_with_signs_in_words_and_a_tilde() {
    check("Scores ran between negative five and twelve.", &["negative five and twelve => count -5..12"]);
    check("The nets held 30~60 fish.", &["30~60 => count 30..60"]);
}

#[test]
fn dont_read_phone_numbers_or_addresses_as_ranges() {
    check("Call +1-555-2368-1234 for the archive.", &[]);
    check("The host 192.168.10.4 answered.", &[]);
    check("The depth was 0.51–0.85 m.", &["0.51–0.85 m => quantity 0.51..0.85 m"]);
    check("The mobility was 3.4+0.1 units.", &["3.4 => count 3.4", "0.1 => count 0.1"]);
    check("Ring +44-20-7946 for the clerk.", &[]);
    check("The pay was rmb 10 usd 20", &["10 usd => quantity 10 USD", "20 => count 20"]);
}

#[test]
fn dont_read_phone_numbers_or_section_numbers_as_figures() {
    check("The archive is on +44 20 7946 0958 in term time.", &[]);
    check("Call 555-123-4567 or (555) 123-4567 to book.", &[]);
    check("The office, 020 7946 0958, has 12 clerks.", &["12 => count 12"]);
    check("Call 555-0199 for a guide.", &[]);
    check("Section 4.2.1 sets out the rules.", &[]);
    // Thousands written with spaces, dates in figures and ranges are still read.
    check("The state had 26 000 000 people.", &["26 000 000 => count 26000000"]);
    check("It opened on 1956-02-24.", &["1956-02-24 => date 1956-02-24"]);
    // A hyphen before an ISO date in a name joins it to the name; it is no minus sign.
    check("The scan was saved as -2020-07-01- by the clerk.", &["2020-07-01 => date 2020-07-01"]);
    check("Tickets cost 100-1000 francs.", &["100-1000 francs => quantity 100..1000 francs"]);
    check("They formed a ring of 1 500 000 troops.", &["1 500 000 => count 1500000"]);
}

#[test]
fn dont_read_days_as_ranks() {
    check("They met on 22nd as agreed.", &["22nd => date XXXX-XX-22"]);
    check("Pay arrives by the 5th.", &["the 5th => date XXXX-XX-05"]);
}

#[test]
fn fractions_of_a_unit_and_numbers_in_digits_and_scale_words() {
    check("The cable ran 10 1/2 miles.", &["10 1/2 miles => quantity 10.5 mi"]);
    check("They were given 45 and 50 mg of it.", &["45 => quantity 45 mg", "50 mg => quantity 50 mg"]);
    check("They planned an 8- to 16-meter mirror.", &["8- to 16-meter => quantity 8..16 m"]);
    check("The beam weighs 2,000.45±0.01 pounds.", &["2,000.45±0.01 pounds => quantity 2000.45 lb"]);
    check("The walk took 3 or 4 hours.", &["3 or 4 hours => duration PT3H..PT4H"]);
    check("Of the 45 and 50 people, none left.", &["45 => count 45", "50 => count 50"]);
    check("The plank is 2 1/2 in thick.", &["2 1/2 in => quantity 2.5 in"]);
    check("The account stood at $-99.99 that year.", &["$-99.99 => quantity -99.99 USD"]);
    check("It is a 1/4 mile track.", &["1/4 mile => quantity 0.25 mi"]);
    check("He paid 3 hundred and 21 rupees.", &["3 hundred and 21 rupees => quantity 321 INR"]);
    check(
        "The fund held 13 lakh rupees and 2 crore more.",
        &["13 lakh rupees => quantity 1300000 INR", "2 crore => count 20000000"],
    );
}

#[test]
fn dont_read_a_fraction_with_nothing_measured() {
    assert!(claims("Only 1/4 of the crew survived.").iter().all(|c| !c.contains("0.25")));
    check("He counted 3 hundred and 2 hundred more.", &["3 hundred => count 300", "2 hundred => count 200"]);
}

#[test]
fn ranges_with_the_unit_written_twice() {
    check("Nights ranged from -18 °C to -34 °C.", &["-18 °C to -34 °C => quantity -34..-18 °C"]);
    check("The dose rose from 44 mg to 50 mg.", &["44 mg to 50 mg => quantity 44..50 mg"]);
    check("The camp lay between 5 km and 8 km inland.", &["5 km and 8 km => quantity 5..8 km"]);
}

#[test]
fn dont_join_measures_of_different_units_into_a_range() {
    check("It went from 44 cm to 50 km.", &["44 cm => quantity 44 cm", "50 km => quantity 50 km"]);
}

#[test]
fn square_measures_in_short_and_trillions_of_money() {
    check("The colony covered 116,347 sq mi.", &["116,347 sq mi => quantity 116347 mi2"]);
    check("The house had 2,000 square feet.", &["2,000 square feet => quantity 2000 ft2"]);
    check("Debt reached $2.1T that year.", &["$2.1T => quantity 2100000000000 USD"]);
}

#[test]
fn days_after_a_weekday_and_parts_of_a_month_tied_by_a_hyphen() {
    check("They met on Tuesday the eleventh.", &["Tuesday the eleventh => date XXXX-XX-11"]);
    check("The vote came in mid-November.", &["mid-November => date XXXX-11"]);
    check("Few expected to see the year two thousand.", &["two thousand => year 2000"]);
}

#[test]
fn dont_read_a_rank_after_a_weekday_as_a_day() {
    check("On Friday the second battalion left.", &["second => ordinal 2"]);
    check("A mid-range car was cheap.", &[]);
}

#[test]
fn amounts_of_time_ago_in_digits_and_in_several_units() {
    let day = (2017, 11, 23);
    assert_eq!(claims_on("The firm was sold 3 years ago.", day), ["3 years ago => year 2014"]);
    assert_eq!(
        claims_on("The mill closed 1 month and 21 days ago.", day),
        ["1 month and 21 days ago => date 2017-10-02"]
    );
    assert_eq!(
        claims_on("The lease began two years and three months ago.", day),
        ["two years and three months ago => date 2015-08"]
    );
    // A count of months is as often rounded as not: the month it lands on is told circa.
    assert_eq!(claims_on("The mill closed five months ago.", day), ["five months ago => date 2017-06~"]);
    assert_eq!(claims_on("The mill closed a month ago.", day), ["a month ago => date 2017-10"]);
    check(
        "Lincoln spoke on 19 November 1863. The battle had been fought five months earlier.",
        &["19 November 1863 => date 1863-11-19", "five months earlier => date 1863-06~"],
    );
}

#[test]
fn dont_count_back_amounts_out_of_order_or_without_ago() {
    let day = (2017, 11, 23);
    assert_eq!(claims_on("The repairs took 2 years 1 month.", day), ["2 years 1 month => duration P2Y1M"]);
    assert!(claims_on("It was 1 month 2 years ago.", day).iter().all(|c| !c.contains("2015-10")));
}

#[test]
fn a_clock_named_after_a_time_does_not_end_its_sentence() {
    let sentences = |text: &str| -> Vec<usize> {
        extract(&scan(text, Format::Markdown)).claims.iter().map(|c| c.sentence_index).collect()
    };
    assert_eq!(sentences("It lifted off at 9:32 a.m. EDT on 16 July."), [0]);
    assert_eq!(sentences("It landed at 4:17 p.m. Eastern time on 20 July 1969."), [0, 0]);
    // A capital after "p.m." that names no clock opens a sentence.
    assert_eq!(sentences("It landed at 4:17 p.m. Armstrong stepped out in 1969."), [0, 1]);
}

#[test]
fn clock_hours_take_the_part_of_the_day_their_sentence_names() {
    check(
        "On the night the border opened she crossed at about half past eleven.",
        &["about half past eleven => date T23:30~"],
    );
    check("That evening the envoy arrived at 9:15 with the reply.", &["9:15 => date T21:15"]);
    check("The talks ran all afternoon and broke up at 7:00.", &["7:00 => date T19:00"]);
    check("The night was cold, and at 2:20 the last boat left.", &["2:20 => date T02:20"]);
    // A morning named after the time, or a time on a 24-hour clock, keeps its hour.
    check("After a sleepless night he rose at 7:30 the next morning.", &["7:30 => date T07:30"]);
    // A morning in the next sentence does not count.
    check(
        "That night the gates opened at half past ten. The next morning crowds came.",
        &["half past ten => date T22:30"],
    );
    check("The night shift ended at 08:45.", &["08:45 => date T08:45"]);
}

#[test]
fn a_time_of_day_beside_a_weekday_falls_on_that_day() {
    let wednesday = (1990, 8, 15);
    assert_eq!(claims_on("The envoys met at noon Thursday.", wednesday), ["noon Thursday => date 1990-08-09T12:00"]);
    assert_eq!(
        claims_on("The polls closed at 9 p.m. EST Tuesday.", wednesday),
        ["9 p.m. EST Tuesday => date 1990-08-14T21:00"]
    );
    assert_eq!(
        claims_on("The council sat on Monday at 10 a.m. to hear him.", wednesday),
        ["Monday at 10 a.m. => date 1990-08-13T10:00"]
    );
    // Without a document date the weekday names no day, and the time stands alone.
    check("The envoys met at noon Thursday.", &["noon => date T12:00"]);
}

#[test]
fn dont_read_a_feast_or_an_event_named_for_a_weekday_as_a_weekday() {
    let wednesday = (1990, 8, 15);
    assert_eq!(claims_on("The rising began on Easter Monday at 11 a.m.", wednesday), ["11 a.m. => date T11:00"]);
    assert_eq!(claims_on("Shares crashed on Black Tuesday.", wednesday), Vec::<String>::new());
}

#[test]
fn a_month_and_day_after_last_or_next_fall_either_side_of_the_document_date() {
    let day = (1998, 10, 25);
    assert_eq!(claims_on("The strike began last Oct. 23.", day), ["last Oct. 23 => date 1998-10-23"]);
    assert_eq!(claims_on("It ended last Nov. 2.", day), ["last Nov. 2 => date 1997-11-02"]);
    assert_eq!(claims_on("The vote is next May 4.", day), ["next May 4 => date 1999-05-04"]);
}

#[test]
fn a_quarter_after_its_year_or_a_year_ago() {
    let day = (1989, 10, 27);
    assert_eq!(
        claims_on("Profit fell in the 1988 second quarter.", day),
        ["1988 second quarter => date 1988-04/1988-06"]
    );
    assert_eq!(
        claims_on("Sales beat the year-earlier third quarter.", day),
        ["earlier third quarter => date 1988-07/1988-09"]
    );
}

#[test]
fn nearly_an_amount_of_time_ago_is_an_approximate_date() {
    let day = (1998, 10, 25);
    assert_eq!(claims_on("The mine closed nearly four years ago.", day), ["nearly four years ago => year 1994~"]);
    assert_eq!(claims_on("The mine closed almost four years later.", day), ["almost four years => duration ~P4Y"]);
}

#[test]
fn dont_read_numbers_with_leading_zeros_or_tied_digit_groups_as_years() {
    check("The blast came at 10:35 a.m. (0735 GMT).", &["10:35 a.m. => date T10:35", "0735 => date T07:35"]);
    assert!(claims("Call 138-2010-2015 for details.").iter().all(|c| !c.contains("year")));
}

#[test]
fn the_nth_day_of_a_month_and_day_ranges_in_words() {
    check("It was signed on the 4th day of July, 1776.", &["the 4th day of July, 1776 => date 1776-07-04"]);
    check(
        "The fair opened on the twenty-third day of September.",
        &["the twenty-third day of September => date XXXX-09-23"],
    );
    check(
        "The court sat from the ninth to the seventeenth of April.",
        &["the ninth to the seventeenth of April => date XXXX-04-09/XXXX-04-17"],
    );
    check(
        "The strike ran April ninth through seventeenth.",
        &["April ninth through seventeenth => date XXXX-04-09/XXXX-04-17"],
    );
    // A number of days is a length of time, not a day.
    check("Four days of March were lost.", &["Four days => duration P4D", "March => date XXXX-03"]);
}

#[test]
fn a_month_with_last_this_or_next_year_and_months_after_for_and_to() {
    let day = (1998, 2, 6);
    assert_eq!(claims_on("Hiring rose in January this year.", day), ["January this year => date 1998-01"]);
    assert_eq!(claims_on("The plant shut on 5 June last year.", day), ["5 June last year => date 1997-06-05"]);
    check(
        "The figures for October and those to December were weak.",
        &["October => date XXXX-10", "December => date XXXX-12"],
    );
    check("He sent the letter to May.", &[]);
}

#[test]
fn current_and_coming_periods_resolve_like_this_and_next() {
    let day = (1998, 2, 6);
    assert_eq!(claims_on("Sales in the current quarter fell.", day), ["current quarter => date 1998-01/1998-03"]);
    assert_eq!(claims_on("Prices may rise in the coming year.", day), ["coming year => year 1999"]);
    assert_eq!(claims_on("The current account is in deficit.", day), Vec::<String>::new());
    assert_eq!(claims_on("The day is this coming Sunday, March 8.", day), ["Sunday, March 8 => date XXXX-03-08"]);
}

#[test]
fn two_steps_from_the_document_date_and_the_calendar_year() {
    let day = (2019, 6, 18);
    assert_eq!(claims_on("Profits rose this calendar year.", day), ["this calendar year => year 2019"]);
    assert_eq!(claims_on("The mine closes the year after next.", day), ["the year after next => year 2021"]);
    assert_eq!(claims_on("It reopens the month after the next.", day), ["the month after the next => date 2019-08"]);
    assert_eq!(claims_on("It shut the year before last.", day), ["the year before last => year 2017"]);
}

#[test]
fn the_next_year_follows_the_story_not_the_document() {
    let day = (2020, 3, 1);
    assert_eq!(
        claims_on("In 1956 Khrushchev spoke. The next year he purged his rivals.", day),
        ["1956 => year 1956", "The next year => year 1957"]
    );
    // With no year before it in its paragraph it stands for no year; "next year" alone is the
    // document's.
    assert_eq!(claims_on("The next year he purged his rivals.", day), Vec::<String>::new());
    assert_eq!(claims_on("The vote is next year.", day), ["next year => year 2021"]);
}

#[test]
fn the_next_day_is_no_day_after_a_paragraph_tells_of_another_time() {
    let day = (2020, 3, 1);
    // "February 1956" is no full date to follow, and the document's date is no day of that story.
    assert_eq!(
        claims_on("In February 1956 Khrushchev spoke. The next day the delegates left.", day),
        ["February 1956 => date 1956-02"]
    );
    assert_eq!(
        claims_on("On 25 February 1956 Khrushchev spoke. The next day the delegates left.", day),
        ["25 February 1956 => date 1956-02-25", "The next day => date 1956-02-26"]
    );
    // A year beside the document's own tells of the same time.
    assert_eq!(
        claims_on("The budget for 2019 passed. The next day the council met.", day),
        ["2019 => year 2019", "The next day => date 2020-03-02"]
    );
}

#[test]
fn the_following_year_counts_from_the_last_year_of_its_paragraph() {
    let day = (2020, 5, 1);
    assert_eq!(
        claims_on("The Bastille fell in 1789. The following year the Federation was held.", day),
        ["1789 => year 1789", "The following year => year 1790"]
    );
    assert_eq!(
        claims_on("He was promoted on May 22, 1995, and the following month he left.", day),
        ["May 22, 1995 => date 1995-05-22", "the following month => date 1995-06"]
    );
    // Without a date before it, or beside the year it stands for, it is no claim.
    assert_eq!(claims_on("The following year the Federation was held.", day), Vec::<String>::new());
    assert_eq!(
        claims_on("It was found in 1985. He returned the following year, in 1986.", day),
        ["1985 => year 1985", "1986 => year 1986"]
    );
    // A season or a range of days falls in one year and counts; a range of years does not.
    assert_eq!(
        claims_on("It rose in 1942. In early summer 1940 France fell; the following year Russia was invaded.", day),
        ["1942 => year 1942", "early summer 1940 => date 1940-06/1940-08", "the following year => year 1941"]
    );
    assert_eq!(
        claims_on("It rose in 1912. The war ran from 1914 to 1918. The following year was calm.", day),
        ["1912 => year 1912", "1914 to 1918 => year 1914/1918"]
    );
}

#[test]
fn an_amount_of_time_ago_after_a_name_is_a_date() {
    let day = (1999, 2, 16);
    assert_eq!(claims_on("Truman founded NATO 50 years ago.", day), ["50 years ago => year 1949"]);
}

#[test]
fn a_verb_in_the_present_sets_a_weekday_in_the_coming_week() {
    let friday = (1998, 5, 1);
    assert_eq!(claims_on("The leaders meet separately Monday.", friday), ["Monday => date 1998-05-04"]);
    assert_eq!(claims_on("The trial opens Tuesday in Boston.", friday), ["Tuesday => date 1998-05-05"]);
    assert_eq!(claims_on("The leaders did not meet Monday.", friday), ["Monday => date 1998-04-27"]);
}

#[test]
fn a_day_after_on_and_a_day_of_a_month_named_from_the_document_date() {
    check("The fleet sailed on 22nd, and she finished 22nd.", &["22nd => date XXXX-XX-22", "22nd => ordinal 22"]);
    let day = (2016, 11, 7);
    assert_eq!(claims_on("We return on the 20th of next month.", day), ["the 20th of next month => date 2016-12-20"]);
    assert_eq!(
        claims_on("The hall is shut 4 till 23 of this month.", day),
        ["4 till 23 of this month => date 2016-11-04/2016-11-23"]
    );
}

#[test]
fn decades_named_from_the_document_date() {
    let day = (2016, 11, 7);
    assert_eq!(claims_on("It may come in the next decade.", day), ["next decade => year 202X"]);
    assert_eq!(claims_on("Prices doubled this decade.", day), ["this decade => year 201X"]);
}

#[test]
fn a_part_of_the_day_before_at_marks_a_bare_hour() {
    check("In the evening at seven the guns fell silent.", &["evening at seven => date T19:00"]);
    check("In the morning at 10:30 they resumed.", &["10:30 => date T10:30"]);
    check("In the afternoon at 5 people came.", &["5 => count 5"]);
}

#[test]
fn a_clock_time_joined_to_its_date_by_a_dash_a_t_or_a_repeated_part_of_day() {
    check("Logged 2016-12-16T12:23:59 by the clerk.", &["2016-12-16T12:23:59 => date 2016-12-16T12:23"]);
    check("Filed 6 Jan 2017 - 6:37am.", &["6 Jan 2017 - 6:37am => date 2017-01-06T06:37"]);
    check(
        "They left at 8pm in the evening, 1st Jan 1917.",
        &["8pm in the evening, 1st Jan 1917 => date 1917-01-01T20:00"],
    );
    check("The 1914 - 1918 war ended.", &["1914 - 1918 => year 1914/1918"]);
}

#[test]
fn a_dot_tied_on_both_sides_joins_a_month_to_its_day() {
    check("Filed september.16th by the clerk.", &["september.16th => date XXXX-09-16"]);
    check("It closed in October. 2 days later it opened.", &["October => date XXXX-10", "2 days => duration P2D"]);
}

#[test]
fn years_after_fiscal_pre_and_post_before_a_noun() {
    check("Sales beat fiscal 1989 sales.", &["fiscal 1989 => year 1989"]);
    check("The post-1959 politics split families.", &["1959 => year 1959"]);
    check("They studied 1959 politics.", &["1959 => count 1959"]);
}

#[test]
fn the_next_morning_is_the_next_day() {
    check(
        "The ship left on 14 April 1912 and the next morning it sank.",
        &["14 April 1912 => date 1912-04-14", "the next morning => date 1912-04-15"],
    );
}

#[test]
fn the_first_months_of_a_period_are_a_length_of_time_not_a_rank() {
    check("Profit in the first nine months rose.", &["the first nine months => duration P9M"]);
    check("Then the first lifeboat left.", &["first => ordinal 1"]);
    check("We read the first two books.", &["first => ordinal 1", "two => count 2"]);
}

#[test]
fn a_later_day_without_its_year_moves_the_anchor_of_the_next_day() {
    check(
        "He left Elba on 26 February 1815, landed on 1 March, and the next day marched north.",
        &["26 February 1815 => date 1815-02-26", "1 March => date XXXX-03-01", "the next day => date 1815-03-02"],
    );
}

/// Each claim's text with the era it is told as of and the figure a year is paired with.
fn eras(text: &str, written: Option<i32>) -> Vec<String> {
    let date = written
        .map(|y| crate::value::DatePoint { year: Some(crate::value::YearSpan::single(y)), ..Default::default() });
    let prose = scan(text, Format::Markdown);
    extract_with(&prose, &Options { document_date: date })
        .claims
        .iter()
        .map(|c| {
            let era = c.era.map_or(String::new(), |e| format!(" as of {e:?}"));
            let figure = c.figure.as_ref().map_or(String::new(), |f| format!(" pairs {f}"));
            format!("{}{era}{figure}", &text[c.span.clone()])
        })
        .collect()
}

#[test]
fn a_figure_is_told_as_of_the_years_of_its_clause() {
    assert_eq!(
        eras("In 1850 the town had a population of 2,000. By 1900 it had grown to 6,500.", None),
        ["1850 pairs 2000", "2,000 as of Years(1850, 1850)", "1900 pairs 6500", "6,500 as of Years(1900, 1900)"]
    );
    // Each clause has its own year.
    assert_eq!(
        eras("The census of 1900 counted 6,400 residents; the population in 1850 had been 2,100.", None),
        ["1900 pairs 6400", "6,400 as of Years(1900, 1900)", "1850 pairs 2100", "2,100 as of Years(1850, 1850)"]
    );
    // A day dates an event, so it pairs with no figure, though the figure is still told as of it.
    assert_eq!(
        eras("On 14 July 1789 a crowd seized 30,000 muskets.", None),
        ["14 July 1789", "30,000 as of Years(1789, 1789)"]
    );
}

#[test]
fn dont_tell_a_figure_as_of_a_year_in_another_clause() {
    assert_eq!(
        eras("It was built in August 1961, after nearly three million people had fled.", None),
        ["August 1961", "nearly three million"]
    );
    assert_eq!(eras("The hall opened in 1921 and seats 900 people.", None), ["1921", "900"]);
    // A length of time is its own period.
    assert_eq!(eras("In 1956 he spoke for four hours.", None), ["1956", "four hours"]);
}

#[test]
fn a_date_in_a_clause_after_until_ends_the_time_a_figure_held() {
    assert_eq!(
        eras("At 300 metres it was the tallest tower until the Chrysler Building topped it in 1930.", None),
        ["300 metres", "1930"]
    );
    assert_eq!(eras("The mill employed 400 workers until it closed in 1902.", None), ["400", "1902"]);
    // A date right after "until" is the time the figure is told as of.
    assert_eq!(
        eras("The town had 5,000 people until 1850.", None),
        ["5,000 as of Years(1850, 1850)", "1850 pairs 5000"]
    );
}

#[test]
fn counts_that_add_up_to_a_count_of_their_sentence_are_its_breakdown() {
    let summed = |text: &str| -> Vec<String> {
        let prose = scan(text, Format::Markdown);
        extract(&prose).claims.iter().filter(|c| c.summed).map(|c| text[c.span.clone()].to_string()).collect()
    };
    assert_eq!(summed("Dead: 412 (230 civilians, 101 soldiers, 66 rebels, 15 police)."), ["230", "101", "66", "15"]);
    assert_eq!(summed("There were 1,316 passengers and 908 crew, 2,224 people."), ["1,316", "908"]);
    // Small counts add up by chance, and counts that do not add up are no breakdown.
    assert!(summed("The fleet had 5 ships, 10 boats and 15 rafts.").is_empty());
    assert!(summed("Dead: 412 (230 civilians, 101 soldiers).").is_empty());
}

#[test]
fn a_figure_with_its_own_year_is_told_as_of_that_year_alone() {
    assert_eq!(
        eras("The town grew from 5,000 people in 1900 to 50,000 by 2000.", None),
        ["5,000 as of Years(1900, 1900)", "1900 pairs 5000", "50,000 as of Years(2000, 2000)", "2000 pairs 50000"]
    );
}

#[test]
fn a_figure_told_some_years_after_a_date_is_told_as_of_the_later_year() {
    assert_eq!(
        eras("The population, 8.2 million in 1841, was 6.5 million ten years later.", None),
        [
            "8.2 million as of Years(1841, 1841)",
            "1841 pairs 8200000",
            "6.5 million as of Years(1851, 1851)",
            "ten years"
        ]
    );
    assert_eq!(
        eras("The mill, 400 workers strong in 1890, had 250 two decades earlier.", None),
        ["400 as of Years(1890, 1890)", "1890 pairs 400", "250 as of Years(1870, 1870)", "two decades"]
    );
}

#[test]
fn a_figure_between_two_years_is_told_as_of_both() {
    assert_eq!(
        eras("About 1.2 million emigrated between 1845 and 1855.", None),
        ["About 1.2 million as of Years(1845, 1855)", "1845 pairs ~1200000", "1855 pairs ~1200000"]
    );
}

#[test]
fn a_year_that_labels_a_figure_is_a_year() {
    assert_eq!(
        eras("- Population 1841: 8.2 million; 1851: 6.6 million", None),
        [
            "1841 pairs 8200000",
            "8.2 million as of Years(1841, 1841)",
            "1851 pairs 6600000",
            "6.6 million as of Years(1851, 1851)"
        ]
    );
    // A ratio written tight is no year.
    check("The odds were 1000:1 against.", &["1000 => count 1000", "1 => count 1"]);
}

#[test]
fn a_figure_told_as_of_the_past_or_the_present() {
    assert_eq!(eras("The headland was then thought to be 230 feet high.", None), ["230 feet as of Past"]);
    assert_eq!(eras("The headland is now 64 metres high.", None), ["64 metres as of Present"]);
    assert_eq!(
        eras("| Height (old survey) | 230 ft | the figure used at the time |\n|---|---|---|\n", None),
        ["230 ft as of Past"]
    );
    // The present of a dated note is the year it was written.
    assert_eq!(eras("Today the town has 30,000 people.", Some(2024)), ["30,000 as of Years(2024, 2024)"]);
}

#[test]
fn dont_count_the_noun_of_the_next_figure() {
    let nouns = |text: &str| -> Vec<Option<String>> {
        extract(&scan(text, Format::Markdown)).claims.iter().map(|c| c.noun.clone()).collect()
    };
    assert_eq!(
        nouns("Membership stood at 5.5 million in 1925 and 4.9 million two years later."),
        [None, None, None, None]
    );
    assert_eq!(nouns("They freed 40 prisoners."), [Some("prisoners".to_string())]);
}

#[test]
fn a_clause_is_read_no_further_than_the_context_window() {
    // A sentence of figures with no clause break: each figure's clause stops at the window, so the
    // words of the past or the present are looked for near it, and a long run is read in linear time.
    let text = "Today ".to_string() + &"7 ".repeat(200) + "items.";
    let tokens = lex::tokenize(&text, 0..text.len());
    let lowered = Lowered::new(&text, &tokens);
    let lower = lowered.words(&tokens);
    let clause = clause_around(&tokens, &lower, &(0..tokens.len()), 150..151);
    assert_eq!(clause, 150 - CONTEXT_WINDOW..151 + CONTEXT_WINDOW);
    let near = clause_around(&tokens, &lower, &(0..tokens.len()), 3..4);
    assert_eq!(near, 0..4 + CONTEXT_WINDOW);
}

#[test]
fn decades_of_this_millennium_in_words() {
    check("Streaming grew in the twenty-tens.", &["twenty-tens => year 201X"]);
    check("Phones shrank in the two thousands.", &["two thousands => year 200X"]);
    check("Rents rose in the two thousand and tens.", &["two thousand and tens => year 201X"]);
    check("Cars spread in the nineteen-tens.", &["nineteen-tens => year 191X"]);
}

#[test]
fn several_or_a_few_hundreds_are_at_least_a_hundred() {
    check("Several hundred guards held the gate.", &["Several hundred => count >100"]);
    check("A few thousand people gathered.", &["A few thousand => count >1000"]);
    check("A few hundred thousand fled west.", &["A few hundred thousand => count >100000"]);
    // A vague amount of time is left alone, and "several" alone counts nothing.
    check("The abbey stood for several hundred years.", &[]);
    check("Several guards held the gate.", &[]);
}

#[test]
fn dont_read_counts_in_thousands_as_decades() {
    check("The two thousand men left.", &["two thousand => count 2000"]);
    check("Tens of thousands fled.", &["Tens of thousands => count >10000"]);
    check("The tens of men waited.", &[]);
}

#[test]
fn two_years_joined_by_a_tilde_are_a_period() {
    check("The war years 1939~1945 were lean.", &["1939~1945 => year 1939/1945"]);
    // Before a year alone, or apart from the first, a tilde means "about".
    check("It was 1939 ~1945 in the notes.", &["1939 => year 1939", "~1945 => year 1945~"]);
}

#[test]
fn a_year_written_with_two_digits_after_an_apostrophe() {
    check("It was the summer of '69.", &["summer of '69 => date 1969-06/1969-08"]);
    check("They married in April ’87.", &["April ’87 => date 1987-04"]);
    check("It closed on 12 April '87.", &["12 April '87 => date 1987-04-12"]);
    check("He left in '87.", &["'87 => year 1987"]);
    // The century is that of the year the paragraph has dated, else the last one before the
    // document's date.
    check("In 1848 the revolt began; by '49 it was over.", &["1848 => year 1848", "'49 => year 1849"]);
    assert_eq!(claims_on("The shop opened in '05.", (2016, 11, 7)), ["'05 => year 2005"]);
    assert_eq!(claims_on("The shop opened in '87.", (2016, 11, 7)), ["'87 => year 1987"]);
    // And after "of" and a month, without the apostrophe.
    check("She was born in April of 87.", &["April of 87 => date 1987-04"]);
    check("In June of 44, the allies landed.", &["June of 44 => date 1944-06"]);
}

#[test]
fn dont_read_an_apostrophe_that_ends_a_word_or_a_counted_figure_as_a_year() {
    check("The Smiths' 40 acres were sold.", &["40 acres => quantity 40 acre"]);
    check("He stood 5’10 in his boots.", &["5 => count 5", "10 => count 10"]);
    check("The '50s were calm.", &["'50s => year 195X"]);
    check("In April of 87 people died.", &["April => date XXXX-04", "87 => count 87"]);
    check("By June of 45% of them.", &["June => date XXXX-06", "45% => percent 45%"]);
}

#[test]
fn a_period_that_runs_to_the_present_ends_on_the_document_date() {
    let day = (2016, 11, 7);
    assert_eq!(
        claims_on("The museum has been open from 1991 to the present.", day),
        ["1991 to the present => date 1991/2016-11-07"]
    );
    assert_eq!(
        claims_on("It ran from 12 March 1991 to today.", day),
        ["12 March 1991 to today => date 1991-03-12/2016-11-07"]
    );
    assert_eq!(claims_on("She has chaired it 2010–present.", day), ["2010–present => date 2010/2016-11-07"]);
    assert_eq!(
        claims_on("Records from 2010-01-01 till current date.", day),
        ["2010-01-01 till current date => date 2010-01-01/2016-11-07"]
    );
    // Without the document's date the period has no known end.
    check("The museum has been open from 1991 to the present.", &["1991 => year 1991"]);
}

#[test]
fn dont_read_an_aside_after_a_spaced_dash_as_a_period() {
    let day = (2016, 11, 7);
    assert_eq!(claims_on("In 1991 – now a museum – it stood empty.", day), ["1991 => year 1991"]);
    assert_eq!(
        claims_on("In 1991 – today a museum – it stood empty.", day),
        ["1991 => year 1991", "today => date 2016-11-07"]
    );
}

#[test]
fn a_month_in_lower_case_after_next_or_last() {
    let day = (2016, 11, 7);
    assert_eq!(claims_on("The fair returns next june.", day), ["next june => date 2017-06"]);
    assert_eq!(claims_on("We last met last sept.", day), ["last sept => date 2016-09"]);
    // "may" and "march" are other words too.
    assert_eq!(claims_on("The last may be first.", day), Vec::<String>::new());
    assert_eq!(claims_on("They came to the last march.", day), Vec::<String>::new());
    assert_eq!(claims_on("The next august gathering sat in spring.", day), Vec::<String>::new());
}

#[test]
fn a_number_named_a_year_without_the() {
    check("By year 1500, prices had doubled.", &["1500 => year 1500"]);
    check("Year two hundred and sixty seven was dry.", &["two hundred and sixty seven => year 0267"]);
    check(
        "Sales fell in the third quarter of two thousand and twenty.",
        &["the third quarter of two thousand and twenty => date 2020-07/2020-09"],
    );
}

#[test]
fn dont_read_a_school_year_or_a_year_of_a_reign_as_a_calendar_year() {
    check("In year two of the war rations fell.", &["two => count 2"]);
    check("In year 22 of his reign he died.", &["22 => count 22"]);
    check("Year two hundred men came.", &["two hundred => count 200"]);
}

#[test]
fn a_paragraph_longer_than_a_piece_is_read_whole() {
    // One paragraph of about 200 KB, read in pieces cut after a sentence: every claim is found, with
    // its span in the document, as in a short paragraph.
    let sentence = "The bridge opened on 24 February 1956 after some 2,400 workers had spent four years on it. ";
    let text = sentence.repeat(200_000 / sentence.len());
    let found = claims(&text);
    let one = claims(sentence);
    assert!(text.len() > 3 * MAX_PIECE, "{}", text.len());
    assert_eq!(found.len(), one.len() * (text.len() / sentence.len()));
    assert!(found.chunks(one.len()).all(|c| c == one), "{:?}", &found[..6]);
}

/// Where each section of a Markdown text starts, with its first few stems.
fn sections(text: &str) -> Vec<(usize, Vec<String>)> {
    let extraction = extract(&scan(text, Format::Markdown));
    let stem = |slot: u32| extraction.stems[slot as usize].to_string();
    extraction.sections.iter().map(|s| (s.start, s.topic.iter().take(2).map(|&(w, _)| stem(w)).collect())).collect()
}

#[test]
fn a_file_with_two_top_level_headings_holds_two_sections() {
    let two = "Draft.\n\n# Broren Bridge\n\nCarts crossed.\n\n## Span\n\nLong.\n\n# Halden Bridge\n\nShips passed.\n";
    let second = two.find("Halden Bridge").unwrap();
    assert_eq!(
        sections(two),
        [
            (0, vec!["draft".to_string(), "broren".to_string()]),
            (second, vec!["halden".to_string(), "bridg".to_string()])
        ]
    );
    // One title, its subheadings, and a "#" line of code are one section.
    let one = "# Broren Bridge\n\nCarts crossed.\n\n## Halden\n\n```\n# not a heading\n```\n\nShips passed.\n";
    assert_eq!(sections(one), [(0, vec!["broren".to_string(), "bridg".to_string()])]);
}

#[test]
fn the_words_of_a_citation_are_no_claims_context() {
    let text = "Some 362 porters carried the stores (Hale 1962, p. 62) up to the glacier camp (Orme 1970, p. 3).";
    let extraction = extract(&scan(text, Format::Markdown));
    let words: Vec<&str> = extraction.claims[0].context.iter().map(|w| &*w.word).collect();
    assert!(words.contains(&"stores") && words.contains(&"glacier"), "{words:?}");
    assert!(!words.contains(&"hale") && !words.contains(&"orme"), "{words:?}");
}

#[test]
fn a_reflexive_pronoun_is_no_context() {
    let text = "Rome itself may have held a million people, and the emperor himself paid for the games.";
    let extraction = extract(&scan(text, Format::Markdown));
    let words: Vec<&str> = extraction.claims[0].context.iter().map(|w| &*w.word).collect();
    assert!(words.contains(&"held") && !words.contains(&"itself") && !words.contains(&"himself"), "{words:?}");
}

#[test]
fn a_whole_owned_by_a_name_keeps_only_the_words_before_it() {
    let text = "The fire spread fast, and some 70,000 of the city's 80,000 people lost their homes.";
    let extraction = extract(&scan(text, Format::Markdown));
    let whole: Vec<&str> = extraction.claims[1].context.iter().map(|w| &*w.word).collect();
    assert!(whole.contains(&"fire") && !whole.contains(&"homes"), "{whole:?}");
    let part: Vec<&str> = extraction.claims[0].context.iter().map(|w| &*w.word).collect();
    assert!(part.contains(&"homes"), "{part:?}");
}

#[test]
fn a_measure_restated_in_other_units_points_at_the_first() {
    let restates = |text: &str| -> Vec<Option<usize>> {
        extract(&scan(text, Format::Markdown)).claims.iter().map(|c| c.restates).collect()
    };
    let text = "The burned area was 436 acres, which works out at about 1,080 hectares.";
    assert_eq!(restates(text), [None, Some(text.find("436").unwrap())]);
    let text = "The wall ran for 155 km (about 96 miles) around the city.";
    assert_eq!(restates(text), [None, Some(text.find("155").unwrap())]);
    // A comma alone lists another measure.
    assert_eq!(restates("It lies at a depth of 3,800 metres, roughly 600 km from the coast."), [None, None]);
    // A count has no units to restate.
    assert_eq!(restates("There were 40 men (or 40 soldiers) in the fort."), [None, None]);
}

#[test]
fn a_restatement_in_other_units_is_no_more_precise_than_the_measure() {
    let covers = |text: &str| -> Vec<(f64, f64)> {
        extract(&scan(text, Format::Markdown))
            .claims
            .iter()
            .map(|c| match &c.value {
                Value::Number(n) => {
                    let i = n.interval();
                    ((i.lo * 10.0).round() / 10.0, (i.hi * 10.0).round() / 10.0)
                }
                Value::Date(_) => panic!("a date in {text}"),
            })
            .collect()
    };
    // 300 metres is known to 30 metres either way, and so are the feet that convert it.
    assert_eq!(covers("At 300 metres (984 ft) it was the tallest."), [(270.0, 330.0), (269.9, 329.9)]);
    // Feet rounder than the metres keep their own rounding; the metres keep theirs.
    assert_eq!(covers("The summit is 8,848 metres (29,000 feet) high."), [(8847.5, 8848.5), (8686.8, 8991.6)]);
}

#[test]
fn two_figures_joined_by_or_are_a_range() {
    check("Two or three thousand men deserted.", &["Two or three thousand => count 2000..3000"]);
    check("The crossing took three or four days.", &["three or four days => duration P3D..P4D"]);
    check("Some 20 or 30 ships were lost.", &["Some 20 or 30 => count 20..30"]);
    check("Two or three dozen carts burned.", &["Two or three dozen => count 24..36"]);
    // The larger figure first is two figures, and "or more" an open end.
    check("Of the boats, 10 or 5 came back.", &["10 => count 10", "5 => count 5"]);
    check("It needs 2 or more carts.", &["2 or more => count >2"]);
}

#[test]
fn as_many_as_is_the_most_claimed() {
    check("Perhaps as many as 120,000 died.", &["as many as 120,000 => count <120000"]);
    check("It cost as much as £5 million.", &["as much as £5 million => quantity <5000000 GBP"]);
}

#[test]
fn an_open_bound_before_a_range_opens_from_its_end() {
    check("Up to 40–50 people came.", &["Up to 40–50 => count <50"]);
    check("Over 40 to 50 people came.", &["Over 40 to 50 => count >40"]);
    check("Most of the fish grow to under 3–4 feet.", &["under 3–4 feet => quantity <4 ft"]);
    check("Nearly 40–50 people came.", &["Nearly 40–50 => count 40..50"]);
}

#[test]
fn two_fractions_joined_are_a_range_of_shares() {
    check("Between a quarter and a third of the town burned.", &["a quarter and a third => percent 25..33%"]);
    check("One-third to one-half of the crew died.", &["One-third to one-half => percent 33..50%"]);
    check("Half to two-thirds of the army deserted.", &["Half to two-thirds => percent 50..67%"]);
    check(
        "Two-thirds or three-quarters of the vote went to him.",
        &["Two-thirds or three-quarters => percent 67..75%"],
    );
    // Each end holds the share it rounds: a third is 33.3%, within 25..33%.
    let prose = scan("Between a quarter and a third of the town burned.", Format::Markdown);
    let third = Value::Number(crate::value::Number::exact(100.0 / 3.0, "33.3", crate::value::Unit::percent()));
    let verdict = extract(&prose).claims[0].value.compare(&third);
    assert_eq!(verdict, Some(crate::value::Verdict::Compatible));
    // Shares given to different people are not one range.
    check("He left a third to his son and a half to his wife.", &[]);
}

#[test]
fn half_to_an_hour_is_no_clock_time() {
    check("We met at a quarter to three.", &["quarter to three => date T02:45"]);
    check("We met at half past two.", &["half past two => date T02:30"]);
    check("Half to two-thirds of the army deserted.", &["Half to two-thirds => percent 50..67%"]);
    check("A quarter to three-quarters of the town burned.", &["A quarter to three-quarters => percent 25..75%"]);
}

#[test]
fn multiples_count_nothing() {
    check("Prices rose ten-fold.", &[]);
    check("Output grew 3-fold in 1850.", &["1850 => year 1850"]);
}

#[test]
fn a_scale_joined_by_a_hyphen() {
    check("It was a 100-billion-dollar deal.", &["100-billion-dollar => quantity 100000000000 USD"]);
    check("He led a two-million-strong army.", &["two-million-strong => count 2000000"]);
    check("A hundred-million people voted.", &["A hundred-million => count 100000000"]);
    check("It was a thousand-year reign.", &["a thousand-year => duration P1000Y"]);
}

#[test]
fn a_mark_passed_is_a_figure_reached() {
    check("The city passed the 100,000 mark in 1850.", &["100,000 => count 100000", "1850 => year 1850"]);
    check("It cost 500 marks.", &["500 marks => quantity 500 DEM"]);
}

#[test]
fn a_change_of_temperature_converts_without_the_zero_of_its_scale() {
    let value = |text: &str| extract(&scan(text, Format::Markdown)).claims[0].value.clone();
    let change_f = value("Temperatures fell by 1.2 °F that year.");
    let change_c = value("Temperatures fell by 0.7 °C that year.");
    assert_eq!(change_f.compare(&change_c), Some(crate::value::Verdict::Compatible));
    let warmer = value("The summer was 1.2 °F warmer.");
    assert_eq!(warmer.compare(&change_c), Some(crate::value::Verdict::Compatible));
    let rise = value("It was a rise of 1.2 °F in all.");
    assert_eq!(rise.compare(&change_c), Some(crate::value::Verdict::Compatible));
    // A temperature read on a thermometer keeps its scale's zero: 28 °F is below freezing.
    let frost = value("The water was 28 °F that night.");
    let thaw = value("The water was 1 °C that night.");
    assert_eq!(frost.compare(&thaw), Some(crate::value::Verdict::Conflict));
}

#[test]
fn dont_read_the_parts_of_scientific_notation() {
    check("The constant is 6.022 × 10^23 per mole.", &[]);
    check("Roughly 10^12 stars shine there.", &[]);
    check("The charge is 1.6 x 10^-19 coulombs and light runs at 3 × 10⁸ m/s.", &[]);
    // A product of two figures is not a power of ten.
    check("They cut a 2 x 4 plank.", &["2 => count 2", "4 => count 4"]);
}

#[test]
fn dont_read_a_house_number_as_a_count() {
    check("The minister lived at 10 Downing Street for 11 years.", &["11 years => duration P11Y"]);
    check("She moved to 221 Baker St in 1881.", &["1881 => year 1881"]);
    check("About 40 Street vendors came.", &["About 40 => count ~40"]);
}

#[test]
fn a_name_may_open_a_sentence() {
    check("Apollo 11 launched in July 1969.", &["July 1969 => date 1969-07"]);
    check("It was launched. Voyager 2 flew past Neptune.", &[]);
    // Words that open sentences before figures are no names.
    check("Perhaps 500 people died.", &["Perhaps 500 => count ~500"]);
    check("Overall 12 died.", &["12 => count 12"]);
    check("Whilst 10 native species grew, others died.", &["10 => count 10"]);
    check("Another 300 were hurt.", &["300 => count 300"]);
    check("Happy 70th anniversary.", &["70th anniversary => ordinal 70"]);
    check("I'm 1.8m tall.", &["1.8m => quantity 1.8 m"]);
}
