use std::collections::HashSet;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut words: HashSet<Vec<u8>> = word_list.into_iter().map(String::into_bytes).collect();
        let end = end_word.into_bytes();
        if !words.contains(&end) {
            return 0;
        }
        let begin = begin_word.into_bytes();
        words.remove(&begin);
        let mut frontier = vec![begin];
        let mut steps = 1;
        while !frontier.is_empty() {
            steps += 1;
            let mut next = Vec::new();
            for mut w in frontier {
                for i in 0..w.len() {
                    let orig = w[i];
                    for c in b'a'..=b'z' {
                        if c == orig {
                            continue;
                        }
                        w[i] = c;
                        if words.remove(&w) {
                            if w == end {
                                return steps;
                            }
                            next.push(w.clone());
                        }
                    }
                    w[i] = orig;
                }
            }
            frontier = next;
        }
        0
    }
}
