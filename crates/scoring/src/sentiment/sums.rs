//! What `_but_check` and `score_valence` make of a text's token sentiments, taken one at a
//! time in token order so that no list of them is kept.
//!
//! Without a "but" the three sums are running totals. With one, the reference walks the list
//! and rewrites, for each value, the *first* element equal to it (halved before the "but",
//! one and a half times after it), which can reach back to any earlier token: the tokens are
//! kept grouped by the value they hold now, each group a heap of positions whose least is
//! the first holder, so that every step is a look-up and a heap operation rather than the
//! reference's scan of the whole list. Zeros take no part: a zero scaled stays zero and no
//! other value equals it, so they are only counted.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rustc_hash::FxHashMap;

use super::{pystr, Emphasis, Polarity};

/// The token sentiments of one text and what `score_valence` makes of them.
#[derive(Default)]
pub(super) struct Sentiments {
    tokens: usize,
    zeros: usize,
    /// The position of the first "but", when the text has one.
    but: Option<u32>,
    sums: Sums,
    holders: Holders,
}

/// `score_valence`'s three sums, each in token order as the reference adds them.
#[derive(Debug, Default, Clone, Copy)]
struct Sums {
    total: f64,
    positive: f64,
    negative: f64,
}

impl Sums {
    fn add(&mut self, sentiment: f64) {
        self.total += sentiment;
        if sentiment > 0.0 {
            self.positive += sentiment + 1.0;
        }
        if sentiment < 0.0 {
            self.negative += sentiment - 1.0;
        }
    }
}

impl Sentiments {
    /// Starts a text whose first "but" is token `but`.
    pub fn start(&mut self, but: Option<usize>) {
        self.tokens = 0;
        self.zeros = 0;
        self.but = but.map(position);
        self.sums = Sums::default();
        self.holders.clear();
    }

    /// The sentiment of the text's next token. Inlined into the loop over the tokens: as a
    /// call per token it took 2% of English scoring.
    #[inline]
    pub fn push(&mut self, sentiment: f64) {
        let at = position(self.tokens);
        self.tokens += 1;
        if sentiment == 0.0 {
            self.zeros += 1;
            return;
        }
        match self.but {
            None => self.sums.add(sentiment),
            Some(but) => self.holders.but_step(at, sentiment, but),
        }
    }

    /// `score_valence` of the sentiments given, after `_but_check`.
    pub fn polarity(&mut self, emphasis: Emphasis, french: bool) -> Polarity {
        if self.tokens == 0 {
            return Polarity {
                neg: 0.0,
                neu: 0.0,
                pos: 0.0,
                compound: 0.0,
            };
        }
        let (sums, neutral) = match self.but {
            None => (self.sums, self.zeros),
            Some(_) => {
                let (mut sums, mut neutral) = (Sums::default(), self.zeros);
                // A value halved a thousand times is zero, and counts as the reference counts
                // a zero.
                self.holders.in_order(|value| {
                    if value == 0.0 {
                        neutral += 1;
                    } else {
                        sums.add(value);
                    }
                });
                (sums, neutral)
            }
        };
        score_valence(sums, neutral, emphasis, french)
    }
}

/// A token's position. Texts are scored in windows, but a text longer than 4 GiB could not
/// be held to begin with, and a token takes at least one byte.
fn position(token: usize) -> u32 {
    u32::try_from(token).expect("a text of fewer than 2^32 tokens")
}

/// Each value some token holds, with the positions that hold it.
#[derive(Default)]
struct Holders {
    /// The value's bits → its group in `groups`.
    by_value: FxHashMap<u64, usize>,
    groups: Vec<Group>,
    /// Groups in use; those beyond are kept, empty, for the next text.
    used: usize,
}

#[derive(Default)]
struct Group {
    value: f64,
    positions: BinaryHeap<Reverse<u32>>,
}

impl Holders {
    fn clear(&mut self) {
        self.by_value.clear();
        for group in &mut self.groups[..self.used] {
            group.positions.clear();
        }
        self.used = 0;
    }

    /// The group of the tokens holding `value`, made if none does.
    fn group(&mut self, value: f64) -> usize {
        // Every zero is one group (0.0 == -0.0); no other value is equal to itself in another
        // bit pattern, and none here is NaN.
        let key = if value == 0.0 { 0 } else { value.to_bits() };
        *self.by_value.entry(key).or_insert_with(|| {
            if self.used == self.groups.len() {
                self.groups.push(Group::default());
            }
            self.groups[self.used].value = value;
            self.used += 1;
            self.used - 1
        })
    }

    /// One step of `_but_check`'s walk: token `at` holds `value` still, as every token not
    /// yet walked does. The first token holding `value` (an earlier one, or `at` itself) is
    /// halved before the "but", scaled by 1.5 after it, and left alone if it is the "but".
    fn but_step(&mut self, at: u32, value: f64, but: u32) {
        let same = self.group(value);
        let first = match self.groups[same].positions.peek() {
            Some(&Reverse(earlier)) => earlier,
            None => at,
        };
        let factor = match first.cmp(&but) {
            std::cmp::Ordering::Less => 0.5,
            std::cmp::Ordering::Greater => 1.5,
            std::cmp::Ordering::Equal => {
                self.groups[same].positions.push(Reverse(at));
                return;
            }
        };
        if first != at {
            self.groups[same].positions.pop();
            self.groups[same].positions.push(Reverse(at));
        }
        let scaled = self.group(value * factor);
        self.groups[scaled].positions.push(Reverse(first));
    }

    /// Every token's value, in token order.
    fn in_order(&mut self, mut visit: impl FnMut(f64)) {
        // Each group's positions sorted, last first, and the groups merged by their next
        // position.
        let mut sorted: Vec<(f64, Vec<Reverse<u32>>)> = self.groups[..self.used]
            .iter_mut()
            .map(|group| {
                let positions = std::mem::take(&mut group.positions).into_sorted_vec();
                (group.value, positions)
            })
            .collect();
        let mut next: BinaryHeap<Reverse<(u32, usize)>> = sorted
            .iter()
            .enumerate()
            .filter_map(|(index, (_, positions))| {
                positions.last().map(|&Reverse(at)| Reverse((at, index)))
            })
            .collect();
        while let Some(Reverse((_, index))) = next.pop() {
            let (value, positions) = &mut sorted[index];
            visit(*value);
            positions.pop();
            if let Some(&Reverse(at)) = positions.last() {
                next.push(Reverse((at, index)));
            }
        }
    }
}

/// `score_valence`: compound from the sum, and the positive/negative/neutral proportions.
/// `french` adds vaderSentiment-fr's capitals to a sum that is clearly signed and takes half
/// the punctuation from a zero sum.
fn score_valence(sums: Sums, neutral: usize, emphasis: Emphasis, french: bool) -> Polarity {
    let mut sum = sums.total;
    let punctuation = emphasis.punctuation;
    if sum > 0.0 {
        sum += punctuation;
        if french && sum >= 0.05 {
            sum += emphasis.capitals;
        }
    } else if sum < 0.0 {
        sum -= punctuation;
        if french && sum <= -0.05 {
            sum -= emphasis.capitals;
        }
    } else if french {
        sum -= 0.5 * punctuation;
    }
    let compound = normalize(sum);

    let (mut pos_sum, mut neg_sum) = (sums.positive, sums.negative);
    if pos_sum > neg_sum.abs() {
        pos_sum += punctuation;
    } else if pos_sum < neg_sum.abs() {
        neg_sum -= punctuation;
    }
    let total = pos_sum + neg_sum.abs() + neutral as f64;
    Polarity {
        neg: pystr::round((neg_sum / total).abs(), 3),
        neu: pystr::round((neutral as f64 / total).abs(), 3),
        pos: pystr::round((pos_sum / total).abs(), 3),
        compound: pystr::round(compound, 4),
    }
}

/// Maps a raw sum of valences into [-1, 1] with VADER's alpha of 15.
fn normalize(score: f64) -> f64 {
    (score / (score * score + 15.0).sqrt()).clamp(-1.0, 1.0)
}
