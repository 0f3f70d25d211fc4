impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        if digits.is_empty() {
            return vec![];
        }
        let keys = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let mut out = vec![String::new()];
        for d in digits.bytes() {
            let mut next = Vec::new();
            for s in &out {
                for ch in keys[(d - b'0') as usize].chars() {
                    let mut t = s.clone();
                    t.push(ch);
                    next.push(t);
                }
            }
            out = next;
        }
        out
    }
}
