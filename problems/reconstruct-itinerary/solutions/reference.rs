impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        for t in &tickets {
            out.entry(t[0].clone()).or_default().push(t[1].clone());
        }
        for list in out.values_mut() {
            list.sort_unstable_by(|a, b| b.cmp(a));
        }
        let mut route = Vec::new();
        let mut stack = vec!["JFK".to_string()];
        while let Some(top) = stack.last().cloned() {
            match out.get_mut(&top).and_then(|list| list.pop()) {
                Some(next) => stack.push(next),
                None => route.push(stack.pop().unwrap()),
            }
        }
        route.reverse();
        route
    }
}
