impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        if hand.len() % group_size as usize != 0 {
            return false;
        }
        let mut count: BTreeMap<i64, i32> = BTreeMap::new();
        for &x in &hand {
            *count.entry(x as i64).or_insert(0) += 1;
        }
        let values: Vec<i64> = count.keys().cloned().collect();
        for v in values {
            let c = count[&v];
            if c == 0 {
                continue;
            }
            for w in v..v + group_size as i64 {
                match count.get_mut(&w) {
                    Some(have) if *have >= c => *have -= c,
                    _ => return false,
                }
            }
        }
        true
    }
}
