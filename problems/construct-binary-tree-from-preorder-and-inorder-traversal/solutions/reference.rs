use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        fn build(pre: &[i32], next: &mut usize, where_: &HashMap<i32, i64>, lo: i64, hi: i64) -> Option<Rc<RefCell<TreeNode>>> {
            if lo > hi {
                return None;
            }
            let val = pre[*next];
            *next += 1;
            let mid = where_[&val];
            let node = Rc::new(RefCell::new(TreeNode::new(val)));
            let left = build(pre, next, where_, lo, mid - 1);
            let right = build(pre, next, where_, mid + 1, hi);
            node.borrow_mut().left = left;
            node.borrow_mut().right = right;
            Some(node)
        }
        let where_: HashMap<i32, i64> = inorder.iter().enumerate().map(|(i, &v)| (v, i as i64)).collect();
        let mut next = 0;
        build(&preorder, &mut next, &where_, 0, inorder.len() as i64 - 1)
    }
}
