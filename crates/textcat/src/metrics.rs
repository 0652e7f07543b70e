//! How well predictions match gold labels: accuracy, weighted F1 (the AfriSenti shared
//! task's metric: each class's F1 weighted by its share of the gold labels) and the
//! confusion matrix.

/// Gold against predicted class indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// `confusion[gold][predicted]`: how many texts of class `gold` were predicted as
    /// `predicted`.
    pub confusion: Vec<Vec<usize>>,
}

impl Evaluation {
    /// Counts `(gold, predicted)` pairs over `classes` classes.
    pub fn new(classes: usize, pairs: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut confusion = vec![vec![0; classes]; classes];
        for (gold, predicted) in pairs {
            confusion[gold][predicted] += 1;
        }
        Evaluation { confusion }
    }

    /// Texts counted.
    pub fn total(&self) -> usize {
        self.confusion.iter().flatten().sum()
    }

    /// Share predicted correctly, 0 to 1.
    pub fn accuracy(&self) -> f64 {
        let right: usize = (0..self.confusion.len())
            .map(|c| self.confusion[c][c])
            .sum();
        right as f64 / self.total().max(1) as f64
    }

    /// Class `class`'s F1 (0 when it is never predicted nor gold).
    pub fn f1(&self, class: usize) -> f64 {
        let right = self.confusion[class][class] as f64;
        let gold: usize = self.confusion[class].iter().sum();
        let predicted: usize = self.confusion.iter().map(|row| row[class]).sum();
        if gold + predicted == 0 {
            0.0
        } else {
            2.0 * right / (gold + predicted) as f64
        }
    }

    /// Each class's F1 weighted by its gold count, 0 to 1.
    pub fn weighted_f1(&self) -> f64 {
        let total = self.total().max(1) as f64;
        (0..self.confusion.len())
            .map(|c| self.f1(c) * self.confusion[c].iter().sum::<usize>() as f64 / total)
            .sum()
    }

    /// The weighted F1 of always predicting the most frequent gold class.
    pub fn majority_weighted_f1(&self) -> f64 {
        let golds: Vec<usize> = self.confusion.iter().map(|row| row.iter().sum()).collect();
        let majority = (0..golds.len()).max_by_key(|&c| golds[c]).unwrap_or(0);
        let pairs = golds
            .iter()
            .enumerate()
            .flat_map(|(c, &n)| std::iter::repeat_n((c, majority), n));
        Evaluation::new(golds.len(), pairs).weighted_f1()
    }
}
