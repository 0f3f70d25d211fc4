use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut node = root;
        let mut k = k;
        loop {
            while let Some(n) = node {
                node = n.borrow().left.clone();
                stack.push(n);
            }
            let top = stack.pop().unwrap();
            k -= 1;
            if k == 0 {
                return top.borrow().val;
            }
            node = top.borrow().right.clone();
        }
    }
}
