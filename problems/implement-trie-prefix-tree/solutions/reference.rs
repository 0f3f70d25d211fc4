struct Trie {
    next: Vec<[u32; 26]>,
    end: Vec<bool>,
}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl Trie {

    fn new() -> Self {
        Trie { next: vec![[0; 26]], end: vec![false] }
    }
    
    fn insert(&mut self, word: String) {
        let mut cur = 0usize;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.next[cur][c] == 0 {
                self.next[cur][c] = self.next.len() as u32;
                self.next.push([0; 26]);
                self.end.push(false);
            }
            cur = self.next[cur][c] as usize;
        }
        self.end[cur] = true;
    }
    
    fn search(&self, word: String) -> bool {
        self.walk(&word).map_or(false, |node| self.end[node])
    }
    
    fn starts_with(&self, prefix: String) -> bool {
        self.walk(&prefix).is_some()
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut cur = 0usize;
        for b in s.bytes() {
            cur = self.next[cur][(b - b'a') as usize] as usize;
            if cur == 0 {
                return None;
            }
        }
        Some(cur)
    }
}

/**
 * Your Trie object will be instantiated and called as such:
 * let obj = Trie::new();
 * obj.insert(word);
 * let ret_2: bool = obj.search(word);
 * let ret_3: bool = obj.starts_with(prefix);
 */
