#[derive(Default)]
struct Node {
    next: [Option<Box<Node>>; 26],
    end: bool,
}

struct WordDictionary {
    root: Node,
}

fn walk(node: &Node, word: &[u8], i: usize) -> bool {
    if i == word.len() {
        return node.end;
    }
    if word[i] != b'.' {
        return match &node.next[(word[i] - b'a') as usize] {
            Some(child) => walk(child, word, i + 1),
            None => false,
        };
    }
    node.next.iter().flatten().any(|child| walk(child, word, i + 1))
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl WordDictionary {

    fn new() -> Self {
        WordDictionary { root: Node::default() }
    }

    fn add_word(&mut self, word: String) {
        let mut node = &mut self.root;
        for b in word.bytes() {
            node = node.next[(b - b'a') as usize].get_or_insert_with(|| Box::new(Node::default()));
        }
        node.end = true;
    }

    fn search(&self, word: String) -> bool {
        walk(&self.root, word.as_bytes(), 0)
    }
}

/**
 * Your WordDictionary object will be instantiated and called as such:
 * let obj = WordDictionary::new();
 * obj.add_word(word);
 * let ret_2: bool = obj.search(word);
 */
