struct TimeMap {
    m: HashMap<String, Vec<(i32, String)>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl TimeMap {

    fn new() -> Self {
        TimeMap { m: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.m.entry(key).or_default().push((timestamp, value));
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        match self.m.get(&key) {
            None => String::new(),
            Some(list) => {
                let i = list.partition_point(|e| e.0 <= timestamp);
                if i == 0 { String::new() } else { list[i - 1].1.clone() }
            }
        }
    }
}

/**
 * Your TimeMap object will be instantiated and called as such:
 * let obj = TimeMap::new();
 * obj.set(key, value, timestamp);
 * let ret_2: String = obj.get(key, timestamp);
 */
