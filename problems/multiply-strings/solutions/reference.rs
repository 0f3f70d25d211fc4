impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        let (a, b) = (num1.as_bytes(), num2.as_bytes());
        let (n1, n2) = (a.len(), b.len());
        let mut pos = vec![0u32; n1 + n2];
        for i in 0..n1 {
            for j in 0..n2 {
                pos[i + j] += ((a[n1 - 1 - i] - b'0') as u32) * ((b[n2 - 1 - j] - b'0') as u32);
            }
        }
        let mut carry = 0;
        for d in pos.iter_mut() {
            carry += *d;
            *d = carry % 10;
            carry /= 10;
        }
        while pos.len() > 1 && *pos.last().unwrap() == 0 {
            pos.pop();
        }
        pos.iter().rev().map(|&d| (b'0' + d as u8) as char).collect()
    }
}
