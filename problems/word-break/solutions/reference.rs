impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let words: HashSet<&str> = word_dict.iter().map(|w| w.as_str()).collect();
        let lengths: BTreeSet<usize> = word_dict.iter().map(|w| w.len()).collect();
        let n = s.len();
        let mut ok = vec![false; n + 1];
        ok[0] = true;
        for i in 1..=n {
            for &k in &lengths {
                if k > i {
                    break;
                }
                if ok[i - k] && words.contains(&s[i - k..i]) {
                    ok[i] = true;
                    break;
                }
            }
        }
        ok[n]
    }
}
