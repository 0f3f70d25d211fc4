use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut groups: Vec<Vec<String>> = Vec::new();
        for w in strs {
            let mut key = w.as_bytes().to_vec();
            key.sort_unstable();
            match index.get(&key) {
                Some(&j) => groups[j].push(w),
                None => {
                    index.insert(key, groups.len());
                    groups.push(vec![w]);
                }
            }
        }
        groups
    }
}
