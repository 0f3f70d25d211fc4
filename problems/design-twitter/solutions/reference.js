
var Twitter = function() {
    this.clock = 0;
    this.tweets = new Map();
    this.follows = new Map();
};

/**
 * @param {number} userId
 * @param {number} tweetId
 * @return {void}
 */
Twitter.prototype.postTweet = function(userId, tweetId) {
    if (!this.tweets.has(userId)) this.tweets.set(userId, []);
    this.tweets.get(userId).push([++this.clock, tweetId]);
};

/**
 * @param {number} userId
 * @return {number[]}
 */
Twitter.prototype.getNewsFeed = function(userId) {
    // Ten rounds, each taking the newest unread tweet among the heads of the visible users' lists.
    const lists = [];
    for (const u of new Set([userId, ...(this.follows.get(userId) || [])])) {
        const lst = this.tweets.get(u);
        if (lst && lst.length) lists.push(lst);
    }
    const next = lists.map((lst) => lst.length - 1);
    const feed = [];
    while (feed.length < 10) {
        let best = -1;
        for (let i = 0; i < lists.length; i++) {
            if (next[i] >= 0 && (best < 0 || lists[i][next[i]][0] > lists[best][next[best]][0])) best = i;
        }
        if (best < 0) break;
        feed.push(lists[best][next[best]--][1]);
    }
    return feed;
};

/**
 * @param {number} followerId
 * @param {number} followeeId
 * @return {void}
 */
Twitter.prototype.follow = function(followerId, followeeId) {
    if (followerId === followeeId) return;
    if (!this.follows.has(followerId)) this.follows.set(followerId, new Set());
    this.follows.get(followerId).add(followeeId);
};

/**
 * @param {number} followerId
 * @param {number} followeeId
 * @return {void}
 */
Twitter.prototype.unfollow = function(followerId, followeeId) {
    const s = this.follows.get(followerId);
    if (s) s.delete(followeeId);
};

/**
 * Your Twitter object will be instantiated and called as such:
 * var obj = new Twitter()
 * obj.postTweet(userId,tweetId)
 * var param_2 = obj.getNewsFeed(userId)
 * obj.follow(followerId,followeeId)
 * obj.unfollow(followerId,followeeId)
 */
