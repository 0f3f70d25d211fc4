impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let mut parent: Vec<usize> = (0..=edges.len()).collect();
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for e in &edges {
            let ra = find(&mut parent, e[0] as usize);
            let rb = find(&mut parent, e[1] as usize);
            if ra == rb {
                return e.clone();
            }
            parent[ra] = rb;
        }
        vec![]
    }
}
