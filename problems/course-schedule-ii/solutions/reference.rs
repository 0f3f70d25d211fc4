impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut needed_by = vec![Vec::new(); n];
        let mut missing = vec![0; n];
        for p in &prerequisites {
            needed_by[p[1] as usize].push(p[0] as usize);
            missing[p[0] as usize] += 1;
        }
        let mut order: Vec<usize> = (0..n).filter(|&c| missing[c] == 0).collect();
        let mut head = 0;
        while head < order.len() {
            let c = order[head];
            head += 1;
            for &d in &needed_by[c] {
                missing[d] -= 1;
                if missing[d] == 0 {
                    order.push(d);
                }
            }
        }
        if order.len() != n {
            return vec![];
        }
        order.into_iter().map(|c| c as i32).collect()
    }
}
