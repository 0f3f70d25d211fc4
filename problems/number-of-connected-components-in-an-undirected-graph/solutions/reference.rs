impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut parent: Vec<usize> = (0..n as usize).collect();
        let mut components = n;
        for e in &edges {
            let a = find(&mut parent, e[0] as usize);
            let b = find(&mut parent, e[1] as usize);
            if a != b {
                parent[a] = b;
                components -= 1;
            }
        }
        components
    }
}
