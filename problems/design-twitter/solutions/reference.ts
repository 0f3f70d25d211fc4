class Twitter {
    private clock = 0;
    private tweets = new Map<number, [number, number][]>();
    private follows = new Map<number, Set<number>>();

    constructor() {
    }

    postTweet(userId: number, tweetId: number): void {
        let lst = this.tweets.get(userId);
        if (!lst) this.tweets.set(userId, (lst = []));
        lst.push([++this.clock, tweetId]);
    }

    getNewsFeed(userId: number): number[] {
        // Ten rounds, each taking the newest unread tweet among the heads of the visible users' lists.
        const lists: [number, number][][] = [];
        for (const u of new Set([userId, ...(this.follows.get(userId) ?? [])])) {
            const lst = this.tweets.get(u);
            if (lst && lst.length) lists.push(lst);
        }
        const next = lists.map((lst) => lst.length - 1);
        const feed: number[] = [];
        while (feed.length < 10) {
            let best = -1;
            for (let i = 0; i < lists.length; i++) {
                if (next[i] >= 0 && (best < 0 || lists[i][next[i]][0] > lists[best][next[best]][0])) best = i;
            }
            if (best < 0) break;
            feed.push(lists[best][next[best]--][1]);
        }
        return feed;
    }

    follow(followerId: number, followeeId: number): void {
        if (followerId === followeeId) return;
        let s = this.follows.get(followerId);
        if (!s) this.follows.set(followerId, (s = new Set()));
        s.add(followeeId);
    }

    unfollow(followerId: number, followeeId: number): void {
        this.follows.get(followerId)?.delete(followeeId);
    }
}

/**
 * Your Twitter object will be instantiated and called as such:
 * var obj = new Twitter()
 * obj.postTweet(userId,tweetId)
 * var param_2 = obj.getNewsFeed(userId)
 * obj.follow(followerId,followeeId)
 * obj.unfollow(followerId,followeeId)
 */
