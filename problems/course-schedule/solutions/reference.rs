impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut after: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut indegree = vec![0; n];
        for p in &prerequisites {
            after[p[1] as usize].push(p[0] as usize);
            indegree[p[0] as usize] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
        let mut done = 0;
        while done < ready.len() {
            let c = ready[done];
            done += 1;
            for &next in &after[c] {
                indegree[next] -= 1;
                if indegree[next] == 0 {
                    ready.push(next);
                }
            }
        }
        done == n
    }
}
