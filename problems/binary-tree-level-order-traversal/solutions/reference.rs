// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut out = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !level.is_empty() {
            let mut vals = Vec::with_capacity(level.len());
            let mut next = Vec::new();
            for node in &level {
                let node = node.borrow();
                vals.push(node.val);
                if let Some(left) = &node.left {
                    next.push(Rc::clone(left));
                }
                if let Some(right) = &node.right {
                    next.push(Rc::clone(right));
                }
            }
            out.push(vals);
            level = next;
        }
        out
    }
}
