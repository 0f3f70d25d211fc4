use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn same(a: &Option<Rc<RefCell<TreeNode>>>, b: &Option<Rc<RefCell<TreeNode>>>) -> bool {
            match (a, b) {
                (None, None) => true,
                (Some(x), Some(y)) => {
                    let (x, y) = (x.borrow(), y.borrow());
                    x.val == y.val && same(&x.left, &y.left) && same(&x.right, &y.right)
                }
                _ => false,
            }
        }
        fn walk(node: &Option<Rc<RefCell<TreeNode>>>, sub: &Option<Rc<RefCell<TreeNode>>>) -> bool {
            match node {
                None => false,
                Some(n) => same(node, sub) || walk(&n.borrow().left, sub) || walk(&n.borrow().right, sub),
            }
        }
        walk(&root, &sub_root)
    }
}
