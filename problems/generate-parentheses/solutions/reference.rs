impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        fn build(s: &mut String, opened: i32, closed: i32, n: i32, out: &mut Vec<String>) {
            if s.len() == 2 * n as usize {
                out.push(s.clone());
                return;
            }
            if opened < n {
                s.push('(');
                build(s, opened + 1, closed, n, out);
                s.pop();
            }
            if closed < opened {
                s.push(')');
                build(s, opened, closed + 1, n, out);
                s.pop();
            }
        }
        let mut out = Vec::new();
        build(&mut String::new(), 0, 0, n, &mut out);
        out
    }
}
