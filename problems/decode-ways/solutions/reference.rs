impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let b = s.as_bytes();
        let (mut prev, mut cur): (i64, i64) = (1, if b[0] != b'0' { 1 } else { 0 });
        for i in 1..b.len() {
            let mut next = if b[i] != b'0' { cur } else { 0 };
            if b[i - 1] == b'1' || (b[i - 1] == b'2' && b[i] <= b'6') {
                next += prev;
            }
            prev = cur;
            cur = next;
        }
        cur as i32
    }
}
