use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut seen = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(last) = level.last() {
            seen.push(last.borrow().val);
            let mut next = Vec::new();
            for node in &level {
                let node = node.borrow();
                if let Some(l) = &node.left {
                    next.push(Rc::clone(l));
                }
                if let Some(r) = &node.right {
                    next.push(Rc::clone(r));
                }
            }
            level = next;
        }
        seen
    }
}
