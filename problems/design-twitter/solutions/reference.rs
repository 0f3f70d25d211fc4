struct Twitter {
    clock: i32,
    tweets: HashMap<i32, Vec<(i32, i32)>>,
    follows: HashMap<i32, HashSet<i32>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl Twitter {

    fn new() -> Self {
        Twitter { clock: 0, tweets: HashMap::new(), follows: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.clock += 1;
        self.tweets.entry(user_id).or_default().push((self.clock, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        // (time, tweet id, user, index in the user's list)
        let mut heap = BinaryHeap::new();
        let mut users: Vec<i32> = self.follows.get(&user_id).map(|s| s.iter().copied().collect()).unwrap_or_default();
        users.push(user_id);
        for u in users {
            if let Some(lst) = self.tweets.get(&u) {
                if let Some(&(t, id)) = lst.last() {
                    heap.push((t, id, u, lst.len() - 1));
                }
            }
        }
        let mut feed = Vec::new();
        while feed.len() < 10 {
            match heap.pop() {
                None => break,
                Some((_, id, u, i)) => {
                    feed.push(id);
                    if i > 0 {
                        let (t, next) = self.tweets[&u][i - 1];
                        heap.push((t, next, u, i - 1));
                    }
                }
            }
        }
        feed
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        if follower_id != followee_id {
            self.follows.entry(follower_id).or_default().insert(followee_id);
        }
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(s) = self.follows.get_mut(&follower_id) {
            s.remove(&followee_id);
        }
    }
}

/**
 * Your Twitter object will be instantiated and called as such:
 * let obj = Twitter::new();
 * obj.post_tweet(userId, tweetId);
 * let ret_2: Vec<i32> = obj.get_news_feed(userId);
 * obj.follow(followerId, followeeId);
 * obj.unfollow(followerId, followeeId);
 */
