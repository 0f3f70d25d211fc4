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
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut good = 0;
        let mut stack = Vec::new();
        if let Some(r) = root {
            stack.push((r, i32::MIN));
        }
        while let Some((node, best)) = stack.pop() {
            let n = node.borrow();
            let mut best = best;
            if n.val >= best {
                good += 1;
                best = n.val;
            }
            if let Some(l) = n.left.clone() {
                stack.push((l, best));
            }
            if let Some(r) = n.right.clone() {
                stack.push((r, best));
            }
        }
        good
    }
}
