use std::collections::HashMap;

/// A doubly linked list kept in a Vec: slot 0 is the sentinel, prev/next are slot numbers.
struct LRUCache {
    capacity: usize,
    index: HashMap<i32, usize>,
    keys: Vec<i32>,
    values: Vec<i32>,
    prev: Vec<usize>,
    next: Vec<usize>,
}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl LRUCache {

    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, index: HashMap::new(), keys: vec![0], values: vec![0], prev: vec![0], next: vec![0] }
    }
    
    fn get(&mut self, key: i32) -> i32 {
        match self.index.get(&key) {
            None => -1,
            Some(&slot) => {
                self.unlink(slot);
                self.push_front(slot);
                self.values[slot]
            }
        }
    }
    
    fn put(&mut self, key: i32, value: i32) {
        if let Some(&slot) = self.index.get(&key) {
            self.values[slot] = value;
            self.unlink(slot);
            self.push_front(slot);
            return;
        }
        let slot = if self.index.len() == self.capacity {
            // Reuse the least recent slot for the new key.
            let last = self.prev[0];
            self.unlink(last);
            self.index.remove(&self.keys[last]);
            last
        } else {
            self.keys.push(0);
            self.values.push(0);
            self.prev.push(0);
            self.next.push(0);
            self.keys.len() - 1
        };
        self.keys[slot] = key;
        self.values[slot] = value;
        self.index.insert(key, slot);
        self.push_front(slot);
    }

    fn unlink(&mut self, slot: usize) {
        let (p, n) = (self.prev[slot], self.next[slot]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn push_front(&mut self, slot: usize) {
        let first = self.next[0];
        self.prev[slot] = 0;
        self.next[slot] = first;
        self.prev[first] = slot;
        self.next[0] = slot;
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * let obj = LRUCache::new(capacity);
 * let ret_1: i32 = obj.get(key);
 * obj.put(key, value);
 */
