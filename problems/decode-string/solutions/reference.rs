impl Solution {
    pub fn decode_string(s: String) -> String {
        let mut stack: Vec<(String, usize)> = Vec::new();
        let (mut text, mut k) = (String::new(), 0usize);
        for c in s.chars() {
            if let Some(d) = c.to_digit(10) {
                k = k * 10 + d as usize;
            } else if c == '[' {
                stack.push((std::mem::take(&mut text), k));
                k = 0;
            } else if c == ']' {
                let (before, times) = stack.pop().unwrap();
                text = before + &text.repeat(times);
            } else {
                text.push(c);
            }
        }
        text
    }
}
