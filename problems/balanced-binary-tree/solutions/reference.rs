use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    let l = height(&n.left);
                    if l < 0 {
                        return -1;
                    }
                    let r = height(&n.right);
                    if r < 0 || (l - r).abs() > 1 {
                        return -1;
                    }
                    1 + l.max(r)
                }
            }
        }
        height(&root) >= 0
    }
}
