impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        if edges.len() as i32 != n - 1 {
            return false;
        }
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut parent: Vec<usize> = (0..n as usize).collect();
        for e in &edges {
            let a = find(&mut parent, e[0] as usize);
            let b = find(&mut parent, e[1] as usize);
            if a == b {
                return false;
            }
            parent[a] = b;
        }
        true
    }
}
