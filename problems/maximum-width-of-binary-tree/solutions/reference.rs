// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn width_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best: u64 = 0;
        let mut level: Vec<(Rc<RefCell<TreeNode>>, u64)> = Vec::new();
        if let Some(r) = root {
            level.push((r, 0));
        }
        while !level.is_empty() {
            let first = level[0].1;
            best = best.max(level[level.len() - 1].1 - first + 1);
            let mut next = Vec::new();
            for (node, pos) in &level {
                let p = pos - first;
                let n = node.borrow();
                if let Some(l) = n.left.clone() {
                    next.push((l, 2 * p));
                }
                if let Some(r) = n.right.clone() {
                    next.push((r, 2 * p + 1));
                }
            }
            level = next;
        }
        best as i32
    }
}
