struct DetectSquares {
    cnt: HashMap<(i32, i32), i32>,
    points: Vec<(i32, i32)>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl DetectSquares {

    fn new() -> Self {
        DetectSquares { cnt: HashMap::new(), points: Vec::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        let p = (point[0], point[1]);
        let c = self.cnt.entry(p).or_insert(0);
        if *c == 0 {
            self.points.push(p);
        }
        *c += 1;
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        let (x, y) = (point[0], point[1]);
        let get = |p: (i32, i32)| *self.cnt.get(&p).unwrap_or(&0);
        let mut total = 0;
        for &(px, py) in &self.points {
            if (px - x).abs() != (py - y).abs() || px == x {
                continue;
            }
            total += get((px, py)) * get((x, py)) * get((px, y));
        }
        total
    }
}

/**
 * Your DetectSquares object will be instantiated and called as such:
 * let obj = DetectSquares::new();
 * obj.add(point);
 * let ret_2: i32 = obj.count(point);
 */
